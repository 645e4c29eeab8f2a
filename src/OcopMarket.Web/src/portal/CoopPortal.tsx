import { NavLink, Link, Route, Routes } from 'react-router-dom';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { useSession } from '../lib/auth';
import { useTitle } from '../lib/useTitle';
import { PageSkeleton } from '../components/Skeleton';
import { QueryError } from '../components/QueryError';
import { RequireRole } from './RequireRole';
import { SignOutButton } from './SignOut';
import NotFoundPage from '../pages/NotFoundPage';

// What needs doing, from what the API offers today: listings by status, sales orders waiting for the cooperative,
// and open demand requests that match it. Lists have no total count, so each is read up to 100 ("100+" beyond).
// Demand requests are asked separately: the API refuses them (FORBIDDEN) to a cooperative not yet verified.
const TodayQuery = graphql(`
  query CoopToday {
    me { id cooperative { id slug name verificationStatus } }
    drafts: listings(status: [DRAFT], first: 100) { nodes { id } pageInfo { hasNextPage } }
    published: listings(status: [PUBLISHED], first: 100) { nodes { id } pageInfo { hasNextPage } }
    archived: listings(status: [ARCHIVED], first: 100) { nodes { id } pageInfo { hasNextPage } }
    toConfirm: salesOrders(status: [PLACED], first: 100) { nodes { id } pageInfo { hasNextPage } }
    toShip: salesOrders(status: [CONFIRMED], first: 100) { nodes { id } pageInfo { hasNextPage } }
  }
`);

const RequestsQuery = graphql(`
  query CoopOpenRequests {
    requests: demandRequests(first: 100) { nodes { id open } pageInfo { hasNextPage } }
  }
`);

type Page = { nodes: unknown[]; pageInfo: { hasNextPage: boolean } };
const count = (p: Page) => (p.pageInfo.hasNextPage ? `${p.nodes.length}+` : String(p.nodes.length));

function Stat({ id, label, value, to }: { id: string; label: string; value: string; to: string }) {
  return (
    <Link className="stat" to={to} data-testid={id}>
      <span className="stat-value">{value}</span>
      <span className="stat-label">{label}</span>
    </Link>
  );
}

function OpenRequests() {
  const { t } = useI18n();
  const [{ data }] = useQuery({ query: RequestsQuery, requestPolicy: 'network-only' });
  const value = data ? count({ nodes: data.requests.nodes.filter((r) => r.open), pageInfo: data.requests.pageInfo }) : '…';
  return <Stat id="open-requests" label={t('portal.openRequests')} value={value} to="/coop/requests" />;
}

function Today() {
  const { t } = useI18n();
  useTitle(t('portal.today'));
  const [{ data, error, fetching }, retry] = useQuery({ query: TodayQuery, requestPolicy: 'network-only' });
  if (error && !data) return <QueryError error={error} retry={() => retry({ requestPolicy: 'network-only' })} />;
  if (fetching || !data) return <PageSkeleton />;
  const coop = data.me?.cooperative;
  return (
    <div className="page">
      <p className="eyebrow">{t('portal.today')}</p>
      <h1 data-testid="coop-name">{coop?.name}</h1>
      {coop && coop.verificationStatus !== 'VERIFIED' && (
        <p className="notice-inline" role="status">{t(`portal.coopStatus.${coop.verificationStatus}` as MessageKey)}</p>
      )}
      <section aria-labelledby="todo-orders">
        <h2 id="todo-orders">{t('portal.orders')}</h2>
        <div className="stats">
          <Stat id="to-confirm" label={t('portal.toConfirm')} value={count(data.toConfirm)} to="/coop/orders" />
          <Stat id="to-ship" label={t('portal.toShip')} value={count(data.toShip)} to="/coop/orders" />
        </div>
      </section>
      <section aria-labelledby="todo-listings">
        <h2 id="todo-listings">{t('portal.listings')}</h2>
        <div className="stats">
          <Stat id="drafts" label={t('status.DRAFT')} value={count(data.drafts)} to="/coop/listings" />
          <Stat id="published" label={t('status.PUBLISHED')} value={count(data.published)} to="/coop/listings" />
          <Stat id="archived" label={t('status.ARCHIVED')} value={count(data.archived)} to="/coop/listings" />
        </div>
      </section>
      <section aria-labelledby="todo-requests">
        <h2 id="todo-requests">{t('portal.requests')}</h2>
        <div className="stats">
          {coop?.verificationStatus === 'VERIFIED'
            ? <OpenRequests />
            : <p className="muted" data-testid="open-requests">{t('portal.requestsAfterVerification')}</p>}
        </div>
      </section>
      {coop?.verificationStatus === 'VERIFIED' && <p><Link to={`/cooperatives/${coop.slug}`}>{t('portal.publicPage')}</Link></p>}
      <div className="actions">
        <Link className="button secondary" to="/account/password">{t('auth.changePassword')}</Link>
        <SignOutButton />
      </div>
    </div>
  );
}

function ComingSoon({ title }: { title: MessageKey }) {
  const { t } = useI18n();
  useTitle(t(title));
  return (
    <div className="page">
      <h1>{t(title)}</h1>
      <p className="empty">{t('portal.comingSoon')}</p>
    </div>
  );
}

function CoopShell() {
  const { t } = useI18n();
  const { me } = useSession();
  const links: [string, MessageKey][] = [
    ['/coop', 'portal.today'],
    ['/coop/listings', 'portal.listings'],
    ['/coop/orders', 'portal.orders'],
    ['/coop/requests', 'portal.requests'],
  ];
  return (
    <div className="portal">
      <nav className="portal-nav" aria-label={t('portal.nav', { name: me?.cooperative?.name ?? '' })}>
        {links.map(([to, key]) => (
          <NavLink key={to} to={to} end>{t(key)}</NavLink>
        ))}
      </nav>
      <Routes>
        <Route index element={<Today />} />
        <Route path="listings" element={<ComingSoon title="portal.listings" />} />
        <Route path="orders" element={<ComingSoon title="portal.orders" />} />
        <Route path="requests" element={<ComingSoon title="portal.requests" />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </div>
  );
}

export default function CoopPortal() {
  return <RequireRole role="COOPERATIVE_MANAGER"><CoopShell /></RequireRole>;
}
