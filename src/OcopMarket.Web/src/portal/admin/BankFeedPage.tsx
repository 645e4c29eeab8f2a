import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { AdminUnmatchedTransfersQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { formatVnd } from '../../lib/format';
import { useTitle } from '../../lib/useTitle';
import { PageSkeleton } from '../../components/Skeleton';
import { QueryError } from '../../components/QueryError';
import { formatDateTime } from '../buyer/shared';
import StatementUpload from './StatementUpload';

// Money on the alliance's account that paid no order by itself (unmatchedBankTransfers, the oldest first): the admin
// assigns it to a purchase order by number or transfer reference, or dismisses it with a reason (resolveBankTransfer).
// Statements of banks that send no notices are uploaded below; their unmatched lines join this queue.

const PAGE = 20;

const UnmatchedQuery = graphql(`
  query AdminUnmatchedTransfers($first: Int!, $after: String) {
    unmatchedBankTransfers(first: $first, after: $after) {
      totalCount
      nodes { id source bankTransactionId amount content gateway referenceCode reason purchaseOrderNumber receivedAt transactionDate }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

const ResolveMutation = graphql(`
  mutation AdminResolveBankTransfer($input: ResolveBankTransferInput!) {
    resolveBankTransfer(input: $input) {
      bankTransaction { id status purchaseOrderNumber resolutionNote }
      payment { purchaseOrderId status amountDue amountReceived }
      userErrors { code field message }
    }
  }
`);

type Transfer = AdminUnmatchedTransfersQuery['unmatchedBankTransfers']['nodes'][number];

export default function BankFeedPage() {
  const { t } = useI18n();
  useTitle(t('admin.bank.title'));
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, error }, refetch] = useQuery({ query: UnmatchedQuery, variables: { first: PAGE, after }, requestPolicy: 'cache-and-network' });
  const [done, setDone] = useState<string | null>(null);
  const reload = () => refetch({ requestPolicy: 'network-only' });

  if (error && !data) return <QueryError error={error} retry={reload} />;
  if (!data) return <PageSkeleton />;
  const queue = data.unmatchedBankTransfers;
  return (
    <div className="page">
      <h1>{t('admin.bank.title')}</h1>
      <p className="muted">{t('admin.bank.intro')}</p>
      <section aria-labelledby="ub-h">
        <h2 id="ub-h" data-testid="unmatched-count">{t('admin.bank.queue', { n: queue.totalCount })}</h2>
        <p className="muted small">{t('admin.bank.oldestFirst')}</p>
        <div aria-live="polite">{done && <p className="form-ok notice-ok" role="status" data-testid="resolved">{done}</p>}</div>
        {queue.nodes.length === 0 ? <p className="empty">{t('admin.bank.none')}</p> : (
          <ul className="judge-list">
            {queue.nodes.map((x) => (
              <UnmatchedTransfer key={x.id} transfer={x} onResolved={(text) => { setDone(text); reload(); }} onStale={reload} />
            ))}
          </ul>
        )}
        {(queue.pageInfo.hasNextPage || after !== null) && (
          <p className="actions pager">
            {after !== null && <button type="button" className="button secondary" onClick={() => setAfter(null)}>{t('admin.verify.firstPage')}</button>}
            {queue.pageInfo.hasNextPage && <button type="button" className="button secondary"
              onClick={() => setAfter(queue.pageInfo.endCursor ?? null)}>{t('admin.verify.nextPage')}</button>}
          </p>
        )}
      </section>
      <StatementUpload onImported={reload} />
    </div>
  );
}

/** One waiting transfer: what the bank said, and the two ways to resolve it, each with its own errors beside it. */
function UnmatchedTransfer({ transfer: x, onResolved, onStale }: { transfer: Transfer; onResolved(text: string): void; onStale(): void }) {
  const { t } = useI18n();
  const [, resolve] = useMutation(ResolveMutation);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<{ form: 'attach' | 'dismiss'; text: string } | null>(null);
  const key = x.id.replace(/[^A-Za-z0-9_-]/g, '');
  const amount = formatVnd(x.amount);

  async function submit(e: FormEvent<HTMLFormElement>, form: 'attach' | 'dismiss') {
    e.preventDefault();
    const value = String(new FormData(e.currentTarget).get('value') ?? '').trim();
    if (!value) {
      setErrors({ form, text: t(form === 'attach' ? 'admin.bank.orderRequired' : 'admin.bank.reasonRequired') });
      return;
    }
    setBusy(true);
    setErrors(null);
    const r = await resolve({ input: form === 'attach' ? { bankTransactionId: x.id, orderReference: value } : { bankTransactionId: x.id, dismissReason: value } });
    setBusy(false);
    const p = r.data?.resolveBankTransfer;
    if (!p) { setErrors({ form, text: t('error.other.title') }); return; }
    if (p.userErrors.length > 0) {
      // Switch on the code, show the server's message (worded in the page's language through Accept-Language).
      const stale = p.userErrors.some((u) => u.code === 'ALREADY_RESOLVED');
      setErrors({ form, text: stale ? t('admin.bank.alreadyResolved') : p.userErrors.map((u) => u.message).join(' ') });
      if (stale) onStale();
      return;
    }
    if (form === 'dismiss') onResolved(t('admin.bank.dismissed', { amount, id: x.bankTransactionId }));
    else {
      const pay = p.payment;
      const state = !pay ? '' : pay.status === 'PAID' ? t('admin.transfers.paid')
        : t('admin.transfers.mismatch', { received: formatVnd(pay.amountReceived), due: formatVnd(pay.amountDue) });
      onResolved(t('admin.bank.assigned', { amount, order: p.bankTransaction?.purchaseOrderNumber ?? value, status: state }));
    }
  }

  const errorId = `ub-${key}-error`;
  const field = (form: 'attach' | 'dismiss') => (errors?.form === form ? { 'aria-invalid': true, 'aria-describedby': `${errorId} ub-${key}-${form}-hint` }
    : { 'aria-describedby': `ub-${key}-${form}-hint` });
  return (
    <li className="card judge unmatched" data-testid="unmatched-row" data-transaction={x.bankTransactionId} aria-labelledby={`ub-${key}-h`}>
      <h3 className="h3" id={`ub-${key}-h`}><span className="amount">{amount}</span> · {formatDateTime(x.transactionDate ?? x.receivedAt)}</h3>
      <dl className="facts">
        <dt>{t('admin.bank.bank')}</dt><dd>{x.gateway ?? t(x.source === 'statement' ? 'admin.bank.source.statement' : 'admin.bank.source.sepay')}</dd>
        <dt>{t('admin.bank.content')}</dt><dd className="memo">{x.content || '—'}</dd>
        <dt>{t('admin.bank.transactionId')}</dt><dd><code className="memo">{x.bankTransactionId}</code></dd>
        {x.referenceCode && x.referenceCode !== x.bankTransactionId && <><dt>{t('admin.bank.referenceCode')}</dt><dd><code className="memo">{x.referenceCode}</code></dd></>}
        {x.reason && <><dt>{t('admin.bank.reason')}</dt><dd>{t(`admin.bank.reason.${x.reason}` as MessageKey)}</dd></>}
        {x.purchaseOrderNumber && <><dt>{t('admin.bank.namedOrder')}</dt><dd>{x.purchaseOrderNumber}</dd></>}
      </dl>
      {errors && <p id={errorId} className="form-error" role="alert" data-testid="row-error">{errors.text}</p>}
      <div className="resolve-forms">
        <form className="form" onSubmit={(e) => submit(e, 'attach')} noValidate aria-label={t('admin.bank.attach')}>
          <label htmlFor={`ub-${key}-attach`}>{t('admin.bank.orderRef')}</label>
          <input id={`ub-${key}-attach`} name="value" spellCheck={false} autoCapitalize="characters" defaultValue={x.purchaseOrderNumber ?? ''} {...field('attach')} />
          <p id={`ub-${key}-attach-hint`} className="muted small">{t('admin.bank.orderRefHint')}</p>
          <button type="submit" className="button" disabled={busy}>{t('admin.bank.attachButton')}</button>
        </form>
        <form className="form" onSubmit={(e) => submit(e, 'dismiss')} noValidate aria-label={t('admin.bank.dismiss')}>
          <label htmlFor={`ub-${key}-dismiss`}>{t('admin.bank.dismissReason')}</label>
          <textarea id={`ub-${key}-dismiss`} name="value" rows={2} maxLength={500} aria-required="true" {...field('dismiss')} />
          <p id={`ub-${key}-dismiss-hint`} className="muted small">{t('admin.bank.dismissHint')}</p>
          <button type="submit" className="button secondary" disabled={busy}>{t('admin.bank.dismissButton')}</button>
        </form>
      </div>
    </li>
  );
}
