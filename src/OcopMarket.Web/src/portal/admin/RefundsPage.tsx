import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/i18n';
import { formatVnd } from '../../lib/format';
import { useTitle } from '../../lib/useTitle';
import { PageSkeleton } from '../../components/Skeleton';
import { QueryError } from '../../components/QueryError';
import { StatusBadge, formatDateTime } from '../buyer/shared';

// Refunds are not a queue of the API yet: the page reads the latest 100 purchase orders and keeps those with a refund
// that did not succeed (see the README).
const AdminOrdersQuery = graphql(`
  query AdminOrders {
    purchaseOrders(first: 100) {
      nodes {
        id number buyerName createdAt total
        payment {
          status method amountDue amountReceived transferReference paidAt
          refunds { cooperativeOrderId amount status error at }
          failures { at code message source }
        }
      }
      pageInfo { hasNextPage }
    }
  }
`);

const RetryRefundsMutation = graphql(`
  mutation AdminRetryRefunds($id: ID!) {
    retryRefunds(purchaseOrderId: $id) { payment { purchaseOrderId status refunds { cooperativeOrderId amount status error at } } userErrors { code field message } }
  }
`);

/** Refunds that failed at Stripe (retry them) and those paid by transfer that staff must send back by hand. */
export default function RefundsPage() {
  const { t } = useI18n();
  useTitle(t('admin.nav.refunds'));
  const [{ data, error }, refetch] = useQuery({ query: AdminOrdersQuery, requestPolicy: 'cache-and-network' });
  const [, retry] = useMutation(RetryRefundsMutation);
  const [message, setMessage] = useState<string | null>(null);
  if (error && !data) return <QueryError error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!data) return <PageSkeleton />;
  const withRefunds = data.purchaseOrders.nodes.filter((o) => o.payment?.refunds.some((r) => r.status !== 'SUCCEEDED'));
  async function again(id: string) {
    const r = (await retry({ id })).data?.retryRefunds;
    setMessage(r?.userErrors.length ? r.userErrors.map((u) => u.message).join(' ') : t('admin.refunds.retried'));
    refetch({ requestPolicy: 'network-only' });
  }
  return (
    <div className="page">
      <h1>{t('admin.nav.refunds')}</h1>
      <p className="muted">{t('admin.refunds.intro')}</p>
      {message && <p role="status" className="notice-inline">{message}</p>}
      {withRefunds.length === 0 ? <p className="empty">{t('admin.refunds.none')}</p> : (
        <ul className="judge-list">
          {withRefunds.map((o) => (
            <li key={o.id} className="card judge" data-testid="refund-card">
              <h2 className="h3">{o.number} · {o.buyerName}</h2>
              <ul>
                {o.payment!.refunds.filter((r) => r.status !== 'SUCCEEDED').map((r) => (
                  <li key={r.cooperativeOrderId + r.at}>{formatVnd(r.amount)} · <StatusBadge prefix="admin.refundStatus" status={r.status} /> · {formatDateTime(r.at)}
                    {r.error && <span className="muted small"> — {r.error}</span>}</li>
                ))}
              </ul>
              {o.payment!.refunds.some((r) => r.status === 'FAILED')
                ? <button type="button" className="button" onClick={() => again(o.id)}>{t('admin.refunds.retry')}</button>
                : <p className="small muted">{t('admin.refunds.manual')}</p>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
