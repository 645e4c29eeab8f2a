import { Link, NavLink, Route, Routes } from 'react-router-dom';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { useSession } from '../../lib/auth';
import { useTitle } from '../../lib/useTitle';
import NotFoundPage from '../../pages/NotFoundPage';
import { RequireRole } from '../RequireRole';
import { SignOutButton } from '../SignOut';
import VerificationPage from './VerificationPage';
import TransfersPage from './TransfersPage';
import BankFeedPage from './BankFeedPage';
import RefundsPage from './RefundsPage';
import ApiKeysPage from './ApiKeysPage';
import ReportPage from './ReportPage';

const sections: [string, MessageKey, MessageKey][] = [
  ['/admin/verify', 'admin.nav.verify', 'admin.home.verify'],
  ['/admin/transfers', 'admin.nav.transfers', 'admin.home.transfers'],
  ['/admin/bank', 'admin.nav.bank', 'admin.home.bank'],
  ['/admin/refunds', 'admin.nav.refunds', 'admin.home.refunds'],
  ['/admin/api-keys', 'admin.nav.apiKeys', 'admin.home.apiKeys'],
  ['/admin/report', 'admin.nav.report', 'admin.home.report'],
];

function Home() {
  const { t } = useI18n();
  const { me } = useSession();
  useTitle(t('portal.admin.title'));
  return (
    <div className="page">
      <h1>{t('portal.admin.title')}</h1>
      <p data-testid="who">{t('portal.signedInAs', { name: me?.displayName ?? '' })}</p>
      <ul className="admin-sections">
        {sections.map(([to, key, text]) => (
          <li key={to} className="card"><Link to={to}><strong>{t(key)}</strong></Link><p className="small muted">{t(text)}</p></li>
        ))}
      </ul>
      <div className="actions">
        <Link className="button secondary" to="/account/password">{t('auth.changePassword')}</Link>
        <SignOutButton />
      </div>
    </div>
  );
}

function AdminShell() {
  const { t } = useI18n();
  return (
    <div className="portal">
      <nav className="portal-nav seven" aria-label={t('portal.admin.title')}>
        <NavLink to="/admin" end>{t('admin.nav.home')}</NavLink>
        {sections.map(([to, key]) => <NavLink key={to} to={to}>{t(key)}</NavLink>)}
      </nav>
      <Routes>
        <Route index element={<Home />} />
        <Route path="verify" element={<VerificationPage />} />
        <Route path="transfers" element={<TransfersPage />} />
        <Route path="bank" element={<BankFeedPage />} />
        <Route path="refunds" element={<RefundsPage />} />
        <Route path="api-keys" element={<ApiKeysPage />} />
        <Route path="report" element={<ReportPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </div>
  );
}

export default function AdminPortal() {
  return <RequireRole role="ADMIN"><AdminShell /></RequireRole>;
}
