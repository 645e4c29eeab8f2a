import { NavLink, Link, Route, Routes } from 'react-router-dom';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { addMessages, useI18n } from '../i18n/i18n';
import { coopEn, coopVi } from '../i18n/coop.messages';
import type { MessageKey } from '../i18n/messages';
import { useSession } from '../lib/auth';
import { useTitle } from '../lib/useTitle';
import { PageSkeleton } from '../components/Skeleton';
import { QueryError } from '../components/QueryError';
import { RequireRole } from './RequireRole';
import { SignOutButton } from './SignOut';
import NotFoundPage from '../pages/NotFoundPage';
import { useAllListings } from './coop/listings';
import { todayInVietnam } from './coop/ui';
import ListingsPage from './coop/ListingsPage';
import ProductEditorPage from './coop/ProductEditor';
import HistoryPage from './coop/HistoryPage';
import StockPage from './coop/StockPage';
import ImportPage from './coop/ImportPage';
import OrdersPage from './coop/OrdersPage';
import OrderPage from './coop/OrderPage';
import RequestsPage from './coop/RequestsPage';
import AgreementsPage from './coop/AgreementsPage';
import StorefrontPage from './coop/StorefrontPage';
import NotificationsPage from './NotificationsPage';
import './coop/coop.css';

addMessages(coopVi, coopEn);

// What needs doing, from what the API offers today: listings by status, sales orders waiting for the cooperative,
// and open demand requests that match it. Listings and orders are counted by the server (totalCount, first: 0 reads
// none); open requests are filtered here, so they are still read up to 100 ("100+" beyond).
// Demand requests are asked separately: the API refuses them (FORBIDDEN) to a cooperative not yet verified.
const TodayQuery = graphql(`
  query CoopToday {
    me { id cooperative { id slug name status statusReason } }
    drafts: listings(status: [DRAFT], first: 0) { totalCount }
    published: listings(status: [PUBLISHED], first: 0) { totalCount }
    archived: listings(status: [ARCHIVED], first: 0) { totalCount }
    toConfirm: salesOrders(status: [PLACED], first: 0) { totalCount }
    toShip: salesOrders(status: [CONFIRMED], first: 0) { totalCount }
  }
`);

const RequestsQuery = graphql(`
  query CoopOpenRequests {
    requests: demandRequests(first: 100) { nodes { id open quotes { id status } } pageInfo { hasNextPage } }
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
  const open = data?.requests.nodes.filter((r) => r.open) ?? [];
  const value = data ? count({ nodes: open, pageInfo: data.requests.pageInfo }) : '…';
  // A manager's quotes on open requests the buyer has not decided on yet (ACTIVE).
  const awaiting = data ? String(open.filter((r) => r.quotes.some((q) => q.status === 'ACTIVE')).length) : '…';
  return (
    <>
      <Stat id="open-requests" label={t('portal.openRequests')} value={value} to="/coop/requests" />
      <Stat id="quotes-awaiting" label={t('coop.today.quotesAwaiting')} value={awaiting} to="/coop/requests" />
    </>
  );
}

/**
 * SKUs low on stock (available below max(10, the minimum order): less than one more order) and certificates that
 * expire within 60 days, computed from the manager's listings: the API has no such query of its own.
 */
function ListingAlerts() {
  const { t } = useI18n();
  const { listings } = useAllListings(['DRAFT', 'PUBLISHED']);
  if (!listings) return <p className="muted">{t('loading')}</p>;
  const low = listings.flatMap((l) => l.variants.filter((v) => v.stockAvailable < Math.max(10, v.minOrderQuantity)).map((v) => ({ l, v })));
  const limit = todayInVietnam(60);
  const expiring = listings.filter((l) => l.certificate && l.certificate.expiresOn <= limit);
  return (
    <div className="alerts">
      <div className="card">
        <h3 id="low-stock">{t('coop.today.lowStock', { n: low.length })}</h3>
        {low.length === 0 ? <p className="muted small">{t('coop.today.lowStockNone')}</p> : (
          <ul className="plain-list" aria-labelledby="low-stock" data-testid="low-stock">
            {low.slice(0, 8).map(({ l, v }) => <li key={v.sku}>{l.name} · {v.name}: <strong>{v.stockAvailable}</strong> {v.unit}</li>)}
          </ul>
        )}
        <Link to="/coop/stock" className="more-link">{t('coop.stock.title')}</Link>
      </div>
      <div className="card">
        <h3 id="expiring">{t('coop.today.expiring', { n: expiring.length })}</h3>
        {expiring.length === 0 ? <p className="muted small">{t('coop.today.expiringNone')}</p> : (
          <ul className="plain-list" aria-labelledby="expiring" data-testid="expiring">
            {expiring.map((l) => <li key={l.slug}><Link to={`/coop/listings/${l.slug}`}>{l.name}</Link>: {l.certificate!.expiresOn.split('-').reverse().join('/')}</li>)}
          </ul>
        )}
      </div>
    </div>
  );
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
      {coop && coop.status !== 'VERIFIED' && (
        <div className="notice-inline" role="status" data-testid="coop-status" data-status={coop.status}>
          <p>{t(`portal.coopStatus.${coop.status}` as MessageKey)}</p>
          {coop.statusReason && <p data-testid="status-reason">{t('portal.statusReason', { reason: coop.statusReason })}</p>}
        </div>
      )}
      <section aria-labelledby="todo-orders">
        <h2 id="todo-orders">{t('portal.orders')}</h2>
        <div className="stats">
          <Stat id="to-confirm" label={t('portal.toConfirm')} value={String(data.toConfirm.totalCount)} to="/coop/orders" />
          <Stat id="to-ship" label={t('portal.toShip')} value={String(data.toShip.totalCount)} to="/coop/orders?status=CONFIRMED" />
        </div>
      </section>
      <section aria-labelledby="todo-listings">
        <h2 id="todo-listings">{t('portal.listings')}</h2>
        <div className="stats">
          <Stat id="drafts" label={t('status.DRAFT')} value={String(data.drafts.totalCount)} to="/coop/listings?status=DRAFT" />
          <Stat id="published" label={t('status.PUBLISHED')} value={String(data.published.totalCount)} to="/coop/listings?status=PUBLISHED" />
          <Stat id="archived" label={t('status.ARCHIVED')} value={String(data.archived.totalCount)} to="/coop/listings?status=ARCHIVED" />
        </div>
        <ListingAlerts />
      </section>
      <section aria-labelledby="todo-requests">
        <h2 id="todo-requests">{t('portal.requests')}</h2>
        <div className="stats">
          {coop?.status === 'VERIFIED'
            ? <OpenRequests />
            : <p className="muted" data-testid="open-requests">{t('portal.requestsAfterVerification')}</p>}
        </div>
      </section>
      {coop?.status === 'VERIFIED' && <p><Link to={`/cooperatives/${coop.slug}`}>{t('portal.publicPage')}</Link></p>}
      <div className="actions">
        <Link className="button secondary" to="/account/password">{t('auth.changePassword')}</Link>
        <SignOutButton />
      </div>
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
    ['/coop/agreements', 'coop.agreements.nav'],
    ['/coop/storefront', 'coop.storefront.nav'],
  ];
  return (
    <div className="portal">
      <nav className="portal-nav" aria-label={t('portal.nav', { name: me?.cooperative?.name ?? '' })}>
        {links.map(([to, key]) => (
          <NavLink key={to} to={to} end={to === '/coop'}>{t(key)}</NavLink>
        ))}
      </nav>
      <Routes>
        <Route index element={<Today />} />
        <Route path="listings" element={<ListingsPage />} />
        <Route path="listings/new" element={<ProductEditorPage key="new" mode="new" />} />
        <Route path="listings/:slug" element={<ProductEditorPage key="edit" mode="edit" />} />
        <Route path="listings/:slug/history" element={<HistoryPage />} />
        <Route path="stock" element={<StockPage />} />
        <Route path="import" element={<ImportPage />} />
        <Route path="orders" element={<OrdersPage />} />
        <Route path="orders/:id" element={<OrderPage />} />
        <Route path="requests" element={<RequestsPage />} />
        <Route path="agreements" element={<AgreementsPage />} />
        <Route path="storefront" element={<StorefrontPage />} />
        <Route path="notifications" element={<NotificationsPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </div>
  );
}

export default function CoopPortal() {
  return <RequireRole role="COOPERATIVE_MANAGER"><CoopShell /></RequireRole>;
}
