import { Link } from 'react-router-dom';
import type { Role } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { useSession } from '../lib/auth';
import { useTitle } from '../lib/useTitle';
import { RequireRole } from './RequireRole';
import { SignOutButton } from './SignOut';

/** The buyer's and the admin's homes for now: who is signed in, and the account's actions (their portals come later). */
function Home({ role }: { role: Role }) {
  const { t } = useI18n();
  const { me } = useSession();
  const title = t(role === 'BUYER' ? 'portal.buyer.title' : 'portal.admin.title');
  useTitle(title);
  return (
    <div className="page narrow">
      <h1>{title}</h1>
      <p data-testid="who">{t('portal.signedInAs', { name: me?.displayName ?? '' })}{me?.buyer ? ` · ${me.buyer.name}` : ''}</p>
      <p className="muted">{t('portal.comingSoon')}</p>
      <div className="actions">
        <Link className="button secondary" to="/account/password">{t('auth.changePassword')}</Link>
        <SignOutButton />
      </div>
    </div>
  );
}

export function BuyerHome() {
  return <RequireRole role="BUYER"><Home role="BUYER" /></RequireRole>;
}

export function AdminHome() {
  return <RequireRole role="ADMIN"><Home role="ADMIN" /></RequireRole>;
}
