import { Link, NavLink, Route, Routes } from 'react-router-dom';
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
import { useCart } from './cart';
import RegisterPage from './RegisterPage';
import QuickOrderPage from './QuickOrderPage';
import CartPage from './CartPage';
import { OrderPage, OrdersPage } from './OrdersPages';
import PayPage from './PayPage';
import { AgreementsPage, RequestPage, RequestsPage } from './RequestsPages';

/** Until the alliance verifies the business, every page says so and what happens next. */
export function VerificationNotice() {
  const { t } = useI18n();
  const { buyer } = useBuyer();
  if (!buyer || buyer.status === 'VERIFIED') return null;
  return (
    <section className="notice-inline" role="status" data-testid="buyer-status" data-status={buyer.status}>
      <p><strong>{t(`buyer.status.${buyer.status}` as MessageKey)}</strong></p>
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

function Home() {
  const { t } = useI18n();
  useTitle(t('portal.buyer.title'));
  const { buyer, displayName, fetching, error, refetch } = useBuyer();
  const cart = useCart(buyer?.id);
  if (error && !buyer) return <QueryError error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (fetching && !buyer) return <PageSkeleton />;
  const verified = buyer?.status === 'VERIFIED';
  return (
    <div className="page">
      <p className="eyebrow">{t('portal.buyer.title')}</p>
      <h1 data-testid="buyer-name">{buyer?.name}</h1>
      <p data-testid="who">{t('portal.signedInAs', { name: displayName })}{buyer ? ` · ${t('buyer.taxCodeShort')} ${buyer.taxCode}` : ''}</p>
      <VerificationNotice />
      <div className="stats">
        <Link className="stat" to="/buyer/quick-order"><span className="stat-value" aria-hidden="true">⚡</span><span className="stat-label">{t('buyer.nav.quick')}</span></Link>
        <Link className="stat" to="/buyer/cart" data-testid="cart-count"><span className="stat-value">{cart.lines.length}</span><span className="stat-label">{t('buyer.cartLines')}</span></Link>
        <Link className="stat" to="/buyer/orders"><span className="stat-value" aria-hidden="true">≡</span><span className="stat-label">{t('buyer.nav.orders')}</span></Link>
        <Link className="stat" to="/buyer/requests"><span className="stat-value" aria-hidden="true">?</span><span className="stat-label">{t('buyer.nav.requests')}</span></Link>
      </div>
      {verified && <p><Link className="button" to="/search">{t('buyer.browse')}</Link></p>}
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
