// The buyer's and the admin's homes share one chunk; each route picks its page.
import { AdminHome, BuyerHome } from './RoleHome';

export default function OtherPortals({ role }: { role: 'BUYER' | 'ADMIN' }) {
  return role === 'BUYER' ? <BuyerHome /> : <AdminHome />;
}
