import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/i18n';
import { formatVnd } from '../../lib/format';
import { useTitle } from '../../lib/useTitle';
import { PageSkeleton } from '../../components/Skeleton';
import { QueryError } from '../../components/QueryError';
import { StatusBadge, formatDateTime } from '../buyer/shared';

// The API's queue: bank transfers started and not settled (PENDING) or settled with another amount (AMOUNT_MISMATCH),
// the longest waiting first, each with its order (number, buyer, date), and how many there are in all.
const TransferQueueQuery = graphql(`
  query AdminTransferQueue($first: Int!, $after: String) {
    payments(status: [PENDING, AMOUNT_MISMATCH], method: BANK_TRANSFER, first: $first, after: $after) {
      totalCount
      nodes {
        purchaseOrderId status amountDue amountReceived transferReference
        purchaseOrder { id number buyerName createdAt }
      }
      pageInfo { hasNextPage endCursor }
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
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, error }, refetch] = useQuery({ query: TransferQueueQuery, variables: { first: 50, after }, requestPolicy: 'cache-and-network' });
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
  const waiting = data.payments.nodes;
  const total = data.payments.totalCount;
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
      <h2>{t('admin.transfers.waiting', { n: total })}</h2>
      <p className="muted small">{t('admin.verify.oldestFirst')}</p>
      {waiting.length === 0 ? <p className="empty">{t('admin.transfers.none')}</p> : (
        <div className="table-wrap">
          <table className="tiers stack">
            <caption className="visually-hidden">{t('admin.transfers.waiting', { n: total })}</caption>
            <thead><tr>
              <th scope="col">{t('admin.transfers.order')}</th><th scope="col">{t('admin.transfers.buyer')}</th>
              <th scope="col">{t('admin.transfers.reference')}</th><th scope="col">{t('admin.transfers.due')}</th>
              <th scope="col">{t('admin.transfers.received')}</th><th scope="col">{t('admin.verify.status')}</th>
            </tr></thead>
            <tbody>
              {waiting.map((p) => (
                <tr key={p.purchaseOrderId} data-testid="transfer-row" data-reference={p.transferReference}>
                  <td data-label={t('admin.transfers.order')}>{p.purchaseOrder.number}<br /><span className="muted small">{formatDateTime(p.purchaseOrder.createdAt)}</span></td>
                  <td data-label={t('admin.transfers.buyer')}>{p.purchaseOrder.buyerName}</td>
                  <td data-label={t('admin.transfers.reference')}><code>{p.transferReference}</code></td>
                  <td data-label={t('admin.transfers.due')} className="tier-price">{formatVnd(p.amountDue)}</td>
                  <td data-label={t('admin.transfers.received')} className="tier-price">{formatVnd(p.amountReceived)}
                    {p.status === 'AMOUNT_MISMATCH' && <><br /><span className="form-error small">{t('admin.transfers.diff', { d: formatVnd(p.amountReceived - p.amountDue) })}</span></>}</td>
                  <td data-label={t('admin.verify.status')}><StatusBadge prefix="buyer.payment" status={p.status} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {(data.payments.pageInfo.hasNextPage || after !== null) && (
        <p className="actions pager">
          {after !== null && <button type="button" className="button secondary" onClick={() => setAfter(null)}>{t('admin.verify.firstPage')}</button>}
          {data.payments.pageInfo.hasNextPage && <button type="button" className="button secondary"
            onClick={() => setAfter(data.payments.pageInfo.endCursor ?? null)}>{t('admin.verify.nextPage')}</button>}
        </p>
      )}
    </div>
  );
}
