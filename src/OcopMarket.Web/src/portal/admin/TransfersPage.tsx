import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/i18n';
import { formatVnd } from '../../lib/format';
import { useTitle } from '../../lib/useTitle';
import { PageSkeleton } from '../../components/Skeleton';
import { QueryError } from '../../components/QueryError';
import { StatusBadge, formatDateTime } from '../buyer/shared';

// The API has no "transfers awaiting confirmation" query: admins see all purchase orders, newest first, and the page
// keeps those whose bank transfer was started and is not settled (the latest 100; the missing query is in the README).
export const AdminOrdersQuery = graphql(`
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

const ConfirmTransferMutation = graphql(`
  mutation AdminConfirmTransfer($input: ConfirmBankTransferInput!) {
    confirmBankTransfer(input: $input) { payment { purchaseOrderId status amountDue amountReceived } userErrors { code field message } }
  }
`);

export default function TransfersPage() {
  const { t } = useI18n();
  useTitle(t('admin.nav.transfers'));
  const [{ data, error }, refetch] = useQuery({ query: AdminOrdersQuery, requestPolicy: 'cache-and-network' });
  const [, confirm] = useMutation(ConfirmTransferMutation);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const f = new FormData(form);
    const amount = Number(String(f.get('amount') ?? '').replace(/[.\s₫]/g, ''));
    setBusy(true);
    const r = await confirm({ input: { reference: String(f.get('reference') ?? '').trim(), amountReceived: amount } });
    setBusy(false);
    const p = r.data?.confirmBankTransfer;
    if (p?.payment) {
      setMessage({
        ok: p.payment.status === 'PAID',
        text: p.payment.status === 'PAID' ? t('admin.transfers.paid')
          : t('admin.transfers.mismatch', { received: formatVnd(p.payment.amountReceived), due: formatVnd(p.payment.amountDue) }),
      });
      form.reset();
      refetch({ requestPolicy: 'network-only' });
    } else setMessage({ ok: false, text: p?.userErrors.map((u) => u.message).join(' ') ?? t('error.other.title') });
  }

  if (error && !data) return <QueryError error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!data) return <PageSkeleton />;
  const waiting = data.purchaseOrders.nodes.filter((o) => o.payment?.method === 'BANK_TRANSFER' && o.payment.transferReference
    && (o.payment.status === 'PENDING' || o.payment.status === 'AMOUNT_MISMATCH'));
  return (
    <div className="page">
      <h1>{t('admin.nav.transfers')}</h1>
      <p className="muted">{t('admin.transfers.intro')}</p>
      <section className="card" aria-labelledby="ct-h">
        <h2 id="ct-h">{t('admin.transfers.confirm')}</h2>
        <form className="form" onSubmit={submit}>
          <label htmlFor="ct-ref">{t('admin.transfers.reference')}</label>
          <input id="ct-ref" name="reference" required spellCheck={false} aria-describedby="ct-ref-hint" />
          <p id="ct-ref-hint" className="muted small">{t('admin.transfers.referenceHint')}</p>
          <label htmlFor="ct-amount">{t('admin.transfers.amount')}</label>
          <input id="ct-amount" name="amount" required inputMode="numeric" pattern="[0-9. ]+" />
          {message && <p className={message.ok ? 'form-ok' : 'form-error'} role="status" data-testid="confirm-result">{message.text}</p>}
          <button className="button" type="submit" disabled={busy}>{t('admin.transfers.confirmButton')}</button>
        </form>
      </section>
      <h2>{t('admin.transfers.waiting', { n: waiting.length })}</h2>
      {waiting.length === 0 ? <p className="empty">{t('admin.transfers.none')}</p> : (
        <div className="table-wrap">
          <table className="tiers stack">
            <caption className="visually-hidden">{t('admin.transfers.waiting', { n: waiting.length })}</caption>
            <thead><tr>
              <th scope="col">{t('admin.transfers.order')}</th><th scope="col">{t('admin.transfers.buyer')}</th>
              <th scope="col">{t('admin.transfers.reference')}</th><th scope="col">{t('admin.transfers.due')}</th>
              <th scope="col">{t('admin.transfers.received')}</th><th scope="col">{t('admin.verify.status')}</th>
            </tr></thead>
            <tbody>
              {waiting.map((o) => (
                <tr key={o.id} data-testid="transfer-row" data-reference={o.payment!.transferReference}>
                  <td data-label={t('admin.transfers.order')}>{o.number}<br /><span className="muted small">{formatDateTime(o.createdAt)}</span></td>
                  <td data-label={t('admin.transfers.buyer')}>{o.buyerName}</td>
                  <td data-label={t('admin.transfers.reference')}><code>{o.payment!.transferReference}</code></td>
                  <td data-label={t('admin.transfers.due')} className="tier-price">{formatVnd(o.payment!.amountDue)}</td>
                  <td data-label={t('admin.transfers.received')} className="tier-price">{formatVnd(o.payment!.amountReceived)}
                    {o.payment!.status === 'AMOUNT_MISMATCH' && <><br /><span className="form-error small">{t('admin.transfers.diff', { d: formatVnd(o.payment!.amountReceived - o.payment!.amountDue) })}</span></>}</td>
                  <td data-label={t('admin.verify.status')}><StatusBadge prefix="buyer.payment" status={o.payment!.status} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
