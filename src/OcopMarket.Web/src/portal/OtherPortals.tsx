// The buyer's portal and the alliance's console: each its own chunk, loaded only on its routes.
import { lazy } from 'react';
import { addMessages } from '../i18n/i18n';
import { adminEn, adminVi } from '../i18n/admin.messages';
import { buyerEn, buyerVi } from '../i18n/buyer.messages';

// Both portals' strings: the console shows some of the buyer's (a business's dossier and address).
addMessages(buyerVi, buyerEn);
addMessages(adminVi, adminEn);

const BuyerPortal = lazy(() => import('./buyer/BuyerPortal'));
const AdminPortal = lazy(() => import('./admin/AdminPortal'));

export default function OtherPortals({ role }: { role: 'BUYER' | 'ADMIN' }) {
  return role === 'BUYER' ? <BuyerPortal /> : <AdminPortal />;
}
