import { useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/i18n';
import { formatVnd } from '../../lib/format';
import { useTitle } from '../../lib/useTitle';
import { PageSkeleton } from '../../components/Skeleton';
import { QueryError } from '../../components/QueryError';
import NotFoundPage from '../../pages/NotFoundPage';
import { useAddToCart } from './cart';
import { StatusBadge, formatDateTime } from './shared';
import { useBuyer } from './useBuyer';
import type { MessageKey } from '../../i18n/messages';

const OrdersQuery = graphql(`
  query BuyerOrders($after: String) {
    purchaseOrders(first: 20, after: $after) {
      totalCount
      nodes {
        id number createdAt total
        payment { status }
        cooperativeOrders { id status cooperative { name } }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export function OrdersPage() {
  const { t } = useI18n();
  useTitle(t('buyer.orders.title'));
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, error, fetching }, retry] = useQuery({ query: OrdersQuery, variables: { after }, requestPolicy: 'cache-and-network' });
  if (error && !data) return <QueryError error={error} retry={() => retry({ requestPolicy: 'network-only' })} />;
  if (!data) return <PageSkeleton />;
  const orders = data.purchaseOrders.nodes;
  return (
    <div className="page">
      <h1>{t('buyer.orders.title')}</h1>
      {orders.length > 0 && <p className="muted list-total" data-testid="list-total">{t('buyer.orders.total', { n: data.purchaseOrders.totalCount })}</p>}
      {orders.length === 0 ? (
        <div className="empty">
          <p>{t('buyer.orders.empty')}</p>
          <p><Link className="button" to="/buyer/quick-order">{t('buyer.nav.quick')}</Link></p>
        </div>
      ) : (
        <ul className="order-list">
          {orders.map((o) => (
            <li key={o.id} className="card" data-testid="order-row">
              <Link to={`/buyer/orders/${encodeURIComponent(o.id)}`} className="order-link"><strong>{o.number}</strong></Link>
              <span className="muted small"> · {formatDateTime(o.createdAt)}</span>
              <p className="order-sum"><span className="price">{formatVnd(o.total)}</span>{' '}
                <StatusBadge prefix="buyer.payment" status={o.payment?.status ?? 'NONE'} /></p>
              <ul className="parts-inline">
                {o.cooperativeOrders.map((c) => (
                  <li key={c.id}>{c.cooperative.name}: <StatusBadge prefix="buyer.orderStatus" status={c.status} /></li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
      {data.purchaseOrders.pageInfo.hasNextPage && (
        <p className="more"><button type="button" className="button secondary" disabled={fetching}
          onClick={() => setAfter(data.purchaseOrders.pageInfo.endCursor ?? null)}>{t('buyer.orders.older')}</button></p>
      )}
    </div>
  );
}

export const OrderQuery = graphql(`
  query BuyerOrder($id: ID!) {
    purchaseOrder(id: $id) {
      id number createdAt total note
      deliveryAddress { recipient phone line commune provinceCode }
      payment { status method amountDue amountReceived paidAt transferReference }
      cooperativeOrders {
        id status subtotal
        cooperative { name slug province { name } }
        lines { sku productName variantName unit quantity unitPrice priceSource lineTotal }
        history { at from to by { name role } reason }
      }
    }
  }
`);

const CancelPartMutation = graphql(`
  mutation BuyerCancelPart($id: ID!, $reason: String) {
    cancelOrder(id: $id, reason: $reason) { cooperativeOrder { id status history { at from to by { name role } reason } } userErrors { code field message } }
  }
`);

const CancelAllMutation = graphql(`
  mutation BuyerCancelAll($id: ID!, $reason: String) {
    cancelPurchaseOrder(id: $id, reason: $reason) {
      purchaseOrder { id cooperativeOrders { id status history { at from to by { name role } reason } } }
      userErrors { code field message }
    }
  }
`);

export function OrderPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { buyer } = useBuyer();
  const [{ data, error }, refetch] = useQuery({ query: OrderQuery, variables: { id }, requestPolicy: 'cache-and-network' });
  const [, cancelPart] = useMutation(CancelPartMutation);
  const [, cancelAll] = useMutation(CancelAllMutation);
  const addToCart = useAddToCart();
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const order = data?.purchaseOrder;
  useTitle(order ? t('buyer.order.title', { number: order.number }) : t('buyer.orders.title'));
  if (error && !data) return <QueryError error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!data) return <PageSkeleton />;
  if (!order) return <NotFoundPage />;

  const placed = order.cooperativeOrders.filter((c) => c.status === 'PLACED');
  const active = order.cooperativeOrders.filter((c) => c.status !== 'CANCELLED' && c.status !== 'REJECTED');
  const settled = order.payment && ['PAID', 'PARTIALLY_REFUNDED', 'REFUNDED'].includes(order.payment.status);

  async function run(action: () => Promise<{ data?: { x: { userErrors: { message: string }[] } } }>) {
    setBusy(true);
    setMessage(null);
    const r = await action();
    setBusy(false);
    const errs = r.data?.x.userErrors ?? [];
    setMessage(errs.length ? errs.map((e) => e.message).join(' ') : t('buyer.order.cancelled'));
    refetch({ requestPolicy: 'network-only' });
  }
  const cancelOne = (partId: string) => {
    if (!window.confirm(t('buyer.order.confirmCancelPart'))) return;
    void run(async () => { const r = await cancelPart({ id: partId, reason: null }); return { data: r.data ? { x: r.data.cancelOrder } : undefined }; });
  };
  const cancelEverything = () => {
    if (!window.confirm(t('buyer.order.confirmCancelAll'))) return;
    void run(async () => { const r = await cancelAll({ id: order.id, reason: null }); return { data: r.data ? { x: r.data.cancelPurchaseOrder } : undefined }; });
  };
  const orderAgain = async () => {
    if (!buyer) return;
    const result = await addToCart(order.cooperativeOrders.flatMap((c) => c.lines.map((l) => ({ sku: l.sku, quantity: l.quantity }))));
    if (result.ok) navigate('/buyer/cart');
    else setMessage(result.message ?? t('buyer.cart.notAdded'));
  };

  return (
    <div className="page">
      <p className="crumbs"><Link to="/buyer/orders">{t('buyer.orders.title')}</Link></p>
      <h1 data-testid="order-number">{t('buyer.order.title', { number: order.number })}</h1>
      {params.get('placed') && <p className="form-ok" role="status">{t('buyer.order.placed')}</p>}
      <dl className="facts">
        <dt>{t('buyer.order.placedAt')}</dt><dd>{formatDateTime(order.createdAt)}</dd>
        <dt>{t('buyer.order.total')}</dt><dd className="price" data-testid="order-total" data-amount={order.total}>{formatVnd(order.total)}</dd>
        <dt>{t('buyer.order.payment')}</dt>
        <dd data-testid="payment-status"><StatusBadge prefix="buyer.payment" status={order.payment?.status ?? 'NONE'} /></dd>
        <dt>{t('buyer.cart.deliverTo')}</dt>
        <dd>{order.deliveryAddress.recipient}, {order.deliveryAddress.phone} — {order.deliveryAddress.line}, {order.deliveryAddress.commune}</dd>
        {order.note && <><dt>{t('buyer.cart.note')}</dt><dd>{order.note}</dd></>}
      </dl>
      {!settled && active.length > 0 && (
        <p><Link className="button" to={`/buyer/orders/${encodeURIComponent(order.id)}/pay`} data-testid="pay-link">{t('buyer.order.pay')}</Link></p>
      )}
      <h2>{t('buyer.order.parts', { n: order.cooperativeOrders.length })}</h2>
      <div className="parts">
        {order.cooperativeOrders.map((c) => (
          <section key={c.id} className="card coop-part" data-testid="coop-part" aria-labelledby={`part-${c.id}`}>
            <h3 id={`part-${c.id}`}>{c.cooperative.name} <span className="muted small">· {c.cooperative.province.name}</span></h3>
            <p><StatusBadge prefix="buyer.orderStatus" status={c.status} /> · <span className="price" data-testid="part-subtotal">{formatVnd(c.subtotal)}</span></p>
            <ul className="order-lines" aria-label={t('buyer.order.lines')}>
              {c.lines.map((l) => (
                <li key={l.sku} data-sku={l.sku}>
                  <span className="ol-name">{l.productName} <span className="muted small">· {l.variantName} · {l.sku}</span></span>
                  <span className="ol-qty">{l.quantity} {l.unit} × {formatVnd(l.unitPrice)} <span className="muted small">({t(`buyer.source.${l.priceSource}` as MessageKey)})</span></span>
                  <span className="ol-total price">{formatVnd(l.lineTotal)}</span>
                </li>
              ))}
            </ul>
            <h4>{t('buyer.order.timeline')}</h4>
            <ol className="timeline">
              {c.history.map((h, i) => (
                <li key={i}>
                  <time dateTime={h.at}>{formatDateTime(h.at)}</time> — <StatusBadge prefix="buyer.orderStatus" status={h.to} />
                  <span className="muted small" data-testid="history-by"> · {h.by
                    ? t('buyer.order.historyPerson', { name: h.by.name, role: t(`buyer.role.${h.by.role}` as MessageKey) })
                    : t('buyer.order.historyGone')}</span>
                  {h.reason && <span>: {h.reason}</span>}
                </li>
              ))}
            </ol>
            {c.status === 'PLACED' && active.length > 1 && (
              <button type="button" className="button secondary" disabled={busy} onClick={() => cancelOne(c.id)}>{t('buyer.order.cancelPart')}</button>
            )}
          </section>
        ))}
      </div>
      {message && <p role="status" className="notice-inline">{message}</p>}
      <div className="actions">
        {placed.length > 0 && placed.length === active.length && (
          <button type="button" className="button secondary" disabled={busy} onClick={cancelEverything}>
            {t(placed.length === 1 && order.cooperativeOrders.length === 1 ? 'buyer.order.cancel' : 'buyer.order.cancelAll')}
          </button>
        )}
        <button type="button" className="button secondary" onClick={() => void orderAgain()}>{t('buyer.order.again')}</button>
      </div>
    </div>
  );
}
