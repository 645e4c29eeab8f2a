// The buyer's portal and the alliance's console: each its own chunk, loaded only on its routes.
import { lazy } from 'react';

const BuyerPortal = lazy(() => import('./buyer/BuyerPortal'));
const AdminPortal = lazy(() => import('./admin/AdminPortal'));

export default function OtherPortals({ role }: { role: 'BUYER' | 'ADMIN' }) {
  return role === 'BUYER' ? <BuyerPortal /> : <AdminPortal />;
}
