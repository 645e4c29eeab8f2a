import { Link, NavLink, Route, Routes } from 'react-router-dom';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { useTitle } from '../../lib/useTitle';
import { PageSkeleton } from '../../components/Skeleton';
import { QueryError } from '../../components/QueryError';
import NotFoundPage from '../../pages/NotFoundPage';
import { RequireRole } from '../RequireRole';
import { SignOutButton } from '../SignOut';
import { CopyButton } from './shared';
import { useBuyer } from './useBuyer';
import { useServerCart } from './cart';
import RegisterPage from './RegisterPage';
import QuickOrderPage from './QuickOrderPage';
import CartPage from './CartPage';
import { OrderPage, OrdersPage } from './OrdersPages';
import PayPage from './PayPage';
import { AgreementsPage, RequestPage, RequestsPage } from './RequestsPages';
import NotificationsPage from '../NotificationsPage';

/** Until the alliance verifies the business, every page says so and what happens next. */
export function VerificationNotice() {
  const { t } = useI18n();
  const { buyer } = useBuyer();
  if (!buyer || buyer.status === 'VERIFIED') return null;
  return (
    <section className="notice-inline" role="status" data-testid="buyer-status" data-status={buyer.status}>
      <p><strong>{t(`buyer.status.${buyer.status}` as MessageKey)}</strong></p>
      {buyer.statusReason && <p data-testid="status-reason">{t('buyer.statusReason', { reason: buyer.statusReason })}</p>}
      <p>{t(buyer.status === 'SUSPENDED' ? 'buyer.suspendedNext' : 'buyer.waitingNext')}</p>
      {buyer.status === 'REGISTERED' && (
        <p className="copy-row">
          <span>{t('buyer.dossier')}: <code data-testid="buyer-id">{buyer.id}</code></span>
          <CopyButton text={buyer.id} label={t('buyer.dossier')} />
        </p>
      )}
    </section>
  );
}

// What needs doing, from what the API offers: orders to pay (no payment yet or pending), parts on their way, open
// requests. Lists have no total count, so each is read up to 100 ("100+" beyond).
const BuyerTodayQuery = graphql(`
  query BuyerToday {
    orders: purchaseOrders(first: 100) {
      nodes { id payment { status } cooperativeOrders { status } }
      pageInfo { hasNextPage }
    }
    requests: demandRequests(first: 100) { nodes { id open } pageInfo { hasNextPage } }
  }
`);

function Stat({ id, label, value, to }: { id: string; label: string; value: string; to: string }) {
  return (
    <Link className="stat" to={to} data-testid={id}>
      <span className="stat-value">{value}</span>
      <span className="stat-label">{label}</span>
    </Link>
  );
}

function Home() {
  const { t } = useI18n();
  useTitle(t('portal.buyer.title'));
  const { buyer, displayName, fetching, error, refetch } = useBuyer();
  const verified = buyer?.status === 'VERIFIED';
  const { cart } = useServerCart(verified);
  const [{ data }] = useQuery({ query: BuyerTodayQuery, pause: !verified, requestPolicy: 'cache-and-network' });
  if (error && !buyer) return <QueryError error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (fetching && !buyer) return <PageSkeleton />;
  const more = (hasNext: boolean, n: number) => (hasNext ? `${n}+` : String(n));
  const orders = data?.orders.nodes ?? [];
  const live = (o: (typeof orders)[number]) => o.cooperativeOrders.some((c) => c.status !== 'CANCELLED' && c.status !== 'REJECTED');
  const toPay = orders.filter((o) => live(o) && (!o.payment || o.payment.status === 'PENDING' || o.payment.status === 'FAILED' || o.payment.status === 'AMOUNT_MISMATCH'));
  const shipping = orders.filter((o) => o.cooperativeOrders.some((c) => c.status === 'SHIPPED'));
  const open = data?.requests.nodes.filter((r) => r.open) ?? [];
  const hasNext = data?.orders.pageInfo.hasNextPage ?? false;
  return (
    <div className="page">
      <p className="eyebrow">{t('portal.buyer.title')}</p>
      <h1 data-testid="buyer-name">{buyer?.name}</h1>
      <p data-testid="who">{t('portal.signedInAs', { name: displayName })}{buyer ? ` · ${t('buyer.taxCodeShort')} ${buyer.taxCode}` : ''}</p>
      <VerificationNotice />
      <div className="stats">
        <Stat id="cart-count" label={t('buyer.cartLines')} value={String(cart?.lines.length ?? 0)} to="/buyer/cart" />
        {verified && <>
          <Stat id="to-pay" label={t('buyer.home.toPay')} value={data ? more(hasNext, toPay.length) : '…'} to="/buyer/orders" />
          <Stat id="shipping" label={t('buyer.home.shipping')} value={data ? more(hasNext, shipping.length) : '…'} to="/buyer/orders" />
          <Stat id="open-requests" label={t('buyer.home.openRequests')} value={data ? more(data.requests.pageInfo.hasNextPage, open.length) : '…'} to="/buyer/requests" />
        </>}
      </div>
      <div className="actions">
        <Link className="button" to="/buyer/quick-order">{t('buyer.nav.quick')}</Link>
        <Link className="button secondary" to="/search">{t('buyer.browse')}</Link>
      </div>
      <div className="actions">
        <Link className="button secondary" to="/account/password">{t('auth.changePassword')}</Link>
        <SignOutButton />
      </div>
    </div>
  );
}

function BuyerShell() {
  const { t } = useI18n();
  const links: [string, MessageKey][] = [
    ['/buyer', 'buyer.nav.home'],
    ['/buyer/cart', 'buyer.nav.cart'],
    ['/buyer/quick-order', 'buyer.nav.quick'],
    ['/buyer/orders', 'buyer.nav.orders'],
    ['/buyer/requests', 'buyer.nav.requests'],
    ['/buyer/agreements', 'buyer.nav.agreements'],
  ];
  return (
    <div className="portal">
      <nav className="portal-nav six" aria-label={t('portal.buyer.title')}>
        {links.map(([to, key]) => <NavLink key={to} to={to} end={to === '/buyer'}>{t(key)}</NavLink>)}
      </nav>
      <Routes>
        <Route index element={<Home />} />
        <Route path="cart" element={<CartPage />} />
        <Route path="quick-order" element={<QuickOrderPage />} />
        <Route path="orders" element={<OrdersPage />} />
        <Route path="orders/:id" element={<OrderPage />} />
        <Route path="orders/:id/pay" element={<PayPage />} />
        <Route path="requests" element={<RequestsPage />} />
        <Route path="requests/:id" element={<RequestPage />} />
        <Route path="agreements" element={<AgreementsPage />} />
        <Route path="notifications" element={<NotificationsPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </div>
  );
}

export default function BuyerPortal() {
  return (
    <Routes>
      <Route path="register" element={<RegisterPage />} />
      <Route path="*" element={<RequireRole role="BUYER"><BuyerShell /></RequireRole>} />
    </Routes>
  );
}
