import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { CooperativeOrderStatus } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { useTitle } from '../../lib/useTitle';
import { formatVnd } from '../../lib/format';
import { PageSkeleton } from '../../components/Skeleton';
import { QueryError } from '../../components/QueryError';
import { formatDateTime } from './ui';

// Counts per status: totalCount alone (first: 0 reads no order).
const OrderCounts = graphql(`
  query CoopOrderCounts {
    PLACED: salesOrders(status: [PLACED], first: 0) { totalCount }
    CONFIRMED: salesOrders(status: [CONFIRMED], first: 0) { totalCount }
    SHIPPED: salesOrders(status: [SHIPPED], first: 0) { totalCount }
    DELIVERED: salesOrders(status: [DELIVERED], first: 0) { totalCount }
    REJECTED: salesOrders(status: [REJECTED], first: 0) { totalCount }
    CANCELLED: salesOrders(status: [CANCELLED], first: 0) { totalCount }
  }
`);

const OrdersQuery = graphql(`
  query CoopSalesOrders($status: [CooperativeOrderStatus!], $after: String) {
    salesOrders(status: $status, first: 30, after: $after) {
      totalCount
      nodes { id purchaseOrderNumber buyerName createdAt status subtotal lines { sku quantity } deliveryAddress { provinceCode commune } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export const orderStatuses: CooperativeOrderStatus[] = ['PLACED', 'CONFIRMED', 'SHIPPED', 'DELIVERED', 'REJECTED', 'CANCELLED'];

export function OrderStatusBadge({ status }: { status: CooperativeOrderStatus }) {
  const { t } = useI18n();
  return <span className={`badge order-${status.toLowerCase()}`}>{t(`coop.order.status.${status}` as MessageKey)}</span>;
}

export default function OrdersPage() {
  const { t } = useI18n();
  useTitle(t('portal.orders'));
  const [params, setParams] = useSearchParams();
  const status = orderStatuses.find((s) => s === params.get('status')) ?? 'PLACED';
  const [counts] = useQuery({ query: OrderCounts, requestPolicy: 'network-only' });
  // "Load more" walks the cursor: earlier pages are kept, the newest page is the query's.
  const [after, setAfter] = useState<string | null>(null);
  const [earlier, setEarlier] = useState<NonNullable<typeof data>['salesOrders']['nodes']>([]);
  const [{ data, error, fetching }, retry] = useQuery({ query: OrdersQuery, variables: { status: [status], after }, requestPolicy: 'network-only' });
  const shown = [...earlier, ...(data?.salesOrders.nodes ?? [])];
  const count = (s: CooperativeOrderStatus) => {
    const p = counts.data?.[s];
    return p ? String(p.totalCount) : '…';
  };
  return (
    <div className="page coop-page">
      <h1>{t('portal.orders')}</h1>
      <nav aria-label={t('coop.order.byStatus')} className="tabs">
        {orderStatuses.map((s) => (
          <button key={s} type="button" className={s === status ? 'tab on' : 'tab'} aria-pressed={s === status}
            onClick={() => { setAfter(null); setEarlier([]); setParams({ status: s }, { replace: true }); }} data-testid={`tab-${s}`}>
            {t(`coop.order.status.${s}` as MessageKey)} <span className="n">{count(s)}</span>
          </button>
        ))}
      </nav>
      {error && !data ? <QueryError error={error} retry={() => retry({ requestPolicy: 'network-only' })} />
        : (fetching && earlier.length === 0) || !data ? <PageSkeleton />
        : shown.length === 0 ? (
          <p className="empty" data-testid="orders-empty">{t(`coop.order.empty.${status}` as MessageKey)}</p>
        ) : (<>
          <p className="muted list-total" data-testid="list-total">{t('coop.order.total', { n: data.salesOrders.totalCount })}</p>
          <ul className="order-list">
            {shown.map((o) => (
              <li key={o.id} className="card order-row" data-number={o.purchaseOrderNumber}>
                <h2 className="h3"><Link to={`/coop/orders/${encodeURIComponent(o.id)}`}>{t('coop.order.number', { n: o.purchaseOrderNumber })}</Link></h2>
                <p className="muted small">{o.buyerName} · {formatDateTime(o.createdAt)}</p>
                <p className="card-meta">
                  <OrderStatusBadge status={o.status} />
                  <span className="price">{formatVnd(o.subtotal)}</span>
                  <span className="small">{t('coop.order.lines', { n: o.lines.length })}</span>
                </p>
              </li>
            ))}
          </ul>
        </>)}
      {data?.salesOrders.pageInfo.hasNextPage && !fetching && (
        <p className="more">
          <button type="button" className="button secondary" onClick={() => { setEarlier(shown); setAfter(data.salesOrders.pageInfo.endCursor ?? null); }}>
            {t('search.loadMore')}
          </button>
        </p>
      )}
    </div>
  );
}
