import { useEffect, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useClient, useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { CoopDemandRequestsQuery, CoopMyQuotesQuery, CoopQuotedRequestQuery, DemandRequestOrder } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { useTitle } from '../../lib/useTitle';
import { formatDate, formatVnd } from '../../lib/format';
import { PageSkeleton } from '../../components/Skeleton';
import { QueryError } from '../../components/QueryError';
import { useAllListings, type Listing } from './listings';
import { Field, describe, formatDateTime, isForbidden, parseInteger, placeErrors, todayInVietnam, useErrorText, type UserError } from './ui';

const RequestsQuery = graphql(`
  query CoopDemandRequests($order: DemandRequestOrder) {
    demandRequests(first: 50, order: $order) {
      totalCount
      nodes {
        id buyerName createdAt description group quantity unit neededBy expiresAt open status targetUnitPrice sameProvinceOnly
        deliveryProvince { code name }
        product { slug name }
        quotes { id sku quantity unitPrice deliveryDate validUntil note revision status updatedAt }
      }
      pageInfo { hasNextPage }
    }
  }
`);

const MyQuotesQuery = graphql(`
  query CoopMyQuotes {
    myQuotes { id requestId sku quantity unitPrice deliveryDate validUntil revision status updatedAt }
  }
`);

// A closed request (accepted, withdrawn or expired) is no longer among demandRequests; demandRequest(id:) still
// answers it to a cooperative that quoted on it.
const QuotedRequestQuery = graphql(`
  query CoopQuotedRequest($id: ID!) {
    demandRequest(id: $id) { id buyerName group unit status open product { name } }
  }
`);

const SubmitQuote = graphql(`
  mutation CoopSubmitQuote($input: QuoteInput!) {
    submitQuote(input: $input) { quote { id revision status unitPrice } userErrors { code field message } }
  }
`);
const ReviseQuote = graphql(`
  mutation CoopReviseQuote($id: ID!, $input: QuoteInput!) {
    reviseQuote(id: $id, input: $input) { quote { id revision status unitPrice } userErrors { code field message } }
  }
`);

type Request = CoopDemandRequestsQuery['demandRequests']['nodes'][number];

function QuoteForm({ request, listings, onDone, onCancel }: { request: Request; listings: Listing[]; onDone: () => void; onCancel: () => void }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const mine = request.quotes[0];
  const [, submit] = useMutation(SubmitQuote);
  const [, revise] = useMutation(ReviseQuote);
  const [errors, setErrors] = useState<UserError[]>([]);
  const [busy, setBusy] = useState(false);
  const skus = listings.filter((l) => l.status === 'PUBLISHED').flatMap((l) => l.variants.map((v) => ({ l, v })));
  const preferred = skus.find((x) => x.l.group === request.group) ?? skus[0];
  const { bySlot, rest } = placeErrors(errors, ['sku', 'quantity', 'unitprice', 'deliverydate', 'validuntil', 'note']);
  const id = (f: string) => `q-${request.id.slice(-8)}-${f}`;

  async function send(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const quantity = parseInteger(String(f.get('quantity')));
    const unitPrice = parseInteger(String(f.get('unitPrice')));
    const local: UserError[] = [];
    if (quantity === null) local.push({ code: 'LOCAL', field: ['input', 'quantity'], message: t('coop.error.wholeNumber') });
    if (unitPrice === null) local.push({ code: 'LOCAL', field: ['input', 'unitPrice'], message: t('coop.error.wholeNumber') });
    if (!f.get('deliveryDate')) local.push({ code: 'LOCAL', field: ['input', 'deliveryDate'], message: t('coop.error.required') });
    if (!f.get('validUntil')) local.push({ code: 'LOCAL', field: ['input', 'validUntil'], message: t('coop.error.required') });
    if (local.length) { setErrors(local); return; }
    const input = {
      requestId: request.id, sku: String(f.get('sku')), quantity: quantity!, unitPrice: unitPrice!,
      deliveryDate: String(f.get('deliveryDate')),
      validUntil: `${f.get('validUntil')}T23:59:00+07:00`, // to the end of that day, Vietnam time
      note: String(f.get('note') ?? '').trim() || null,
    };
    setBusy(true);
    const r = mine ? (await revise({ id: mine.id, input })).data?.reviseQuote : (await submit({ input })).data?.submitQuote;
    setBusy(false);
    if (!r || r.userErrors.length) { setErrors(r?.userErrors ?? [{ code: 'NETWORK', field: [], message: t('error.other.title') }]); return; }
    onDone();
  }

  if (skus.length === 0) return <p className="notice-inline">{t('coop.quote.noSkus')} <Link to="/coop/listings">{t('portal.listings')}</Link></p>;
  return (
    <form className="form quote-form" onSubmit={send} noValidate data-testid="quote-form">
      {rest.map((e, i) => <p key={i} className="form-error" role="alert">{errorText(e)}</p>)}
      <div className="grid-2">
        <Field id={id('sku')} label={t('coop.quote.sku')} error={bySlot.get('sku')}>
          <select id={id('sku')} name="sku" defaultValue={mine?.sku ?? preferred?.v.sku} {...describe(id('sku'), bySlot.get('sku'))}>
            {skus.map(({ l, v }) => <option key={v.sku} value={v.sku}>{l.name} · {v.name} ({v.sku})</option>)}
          </select>
        </Field>
        <Field id={id('quantity')} label={t('coop.quote.quantity', { unit: request.unit })} error={bySlot.get('quantity')}>
          <input id={id('quantity')} name="quantity" inputMode="numeric" defaultValue={mine?.quantity ?? request.quantity} {...describe(id('quantity'), bySlot.get('quantity'))} />
        </Field>
        <Field id={id('unitPrice')} label={t('coop.quote.unitPrice')} error={bySlot.get('unitprice')}>
          <input id={id('unitPrice')} name="unitPrice" inputMode="numeric" defaultValue={mine?.unitPrice ?? request.targetUnitPrice ?? ''} {...describe(id('unitPrice'), bySlot.get('unitprice'))} />
        </Field>
        <Field id={id('deliveryDate')} label={t('coop.quote.deliveryDate')} error={bySlot.get('deliverydate')}>
          <input id={id('deliveryDate')} name="deliveryDate" type="date" min={todayInVietnam()} defaultValue={mine?.deliveryDate ?? request.neededBy} {...describe(id('deliveryDate'), bySlot.get('deliverydate'))} />
        </Field>
        <Field id={id('validUntil')} label={t('coop.quote.validUntil')} error={bySlot.get('validuntil')}>
          <input id={id('validUntil')} name="validUntil" type="date" min={todayInVietnam()} defaultValue={(mine?.validUntil ?? request.expiresAt).slice(0, 10)} {...describe(id('validUntil'), bySlot.get('validuntil'))} />
        </Field>
        <Field id={id('note')} label={t('coop.quote.note')} error={bySlot.get('note')}>
          <textarea id={id('note')} name="note" rows={2} defaultValue={mine?.note ?? ''} />
        </Field>
      </div>
      <div className="actions">
        <button type="submit" className="button" disabled={busy}>{t(mine ? 'coop.quote.revise' : 'coop.quote.send')}</button>
        <button type="button" className="button secondary" onClick={onCancel}>{t('coop.cancel')}</button>
      </div>
    </form>
  );
}

function RequestCard({ request, listings, onChanged }: { request: Request; listings: Listing[]; onChanged: () => void }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [sent, setSent] = useState(false);
  const mine = request.quotes[0];
  return (
    <li className="card request-card" data-request={request.id}>
      <h2 className="h3">{request.product?.name ?? t(`group.${request.group}` as MessageKey)} · {request.quantity} {request.unit}</h2>
      <p className="description">{request.description}</p>
      <dl className="facts">
        <dt>{t('coop.request.buyer')}</dt><dd>{request.buyerName}</dd>
        <dt>{t('coop.request.deliverTo')}</dt><dd>{request.deliveryProvince.name}{request.sameProvinceOnly ? ` (${t('coop.request.sameProvince')})` : ''}</dd>
        <dt>{t('coop.request.neededBy')}</dt><dd>{formatDate(request.neededBy)}</dd>
        {request.targetUnitPrice != null && <><dt>{t('coop.request.target')}</dt><dd>{formatVnd(request.targetUnitPrice)}</dd></>}
        <dt>{t('coop.request.quotesUntil')}</dt><dd>{formatDateTime(request.expiresAt)}</dd>
      </dl>
      {sent && <p className="form-ok" role="status" data-testid="quote-sent">{t('coop.quote.sent')}</p>}
      {mine && (
        <p className="my-quote" data-testid="my-quote">
          <span className={`badge ${mine.status === 'DECLINED' ? 'warn' : 'ok'}`}>{t(`coop.quote.status.${mine.status}` as MessageKey)}</span>{' '}
          {t('coop.quote.summary', { q: mine.quantity, unit: request.unit, price: formatVnd(mine.unitPrice), date: formatDate(mine.deliveryDate), rev: mine.revision })}
        </p>
      )}
      {open ? (
        <QuoteForm request={request} listings={listings} onCancel={() => setOpen(false)} onDone={() => { setOpen(false); setSent(true); onChanged(); }} />
      ) : request.open && (!mine || mine.status === 'ACTIVE') && (
        <button type="button" className="button secondary" onClick={() => { setSent(false); setOpen(true); }}>
          {t(mine ? 'coop.quote.revise' : 'coop.quote.start')}
        </button>
      )}
    </li>
  );
}

type MyQuote = CoopMyQuotesQuery['myQuotes'][number];
type QuotedRequest = Pick<Request, 'id' | 'buyerName' | 'group' | 'unit' | 'status' | 'open' | 'product'> | NonNullable<CoopQuotedRequestQuery['demandRequest']>;

/** What became of a quote, from its own status and its request's. */
export function quoteOutcome(q: MyQuote, r: QuotedRequest | undefined, now = Date.now()) {
  if (q.status === 'ACCEPTED') return 'ACCEPTED';
  if (r?.status === 'WITHDRAWN') return 'WITHDRAWN';
  if (q.status === 'DECLINED' || r?.status === 'ACCEPTED') return 'DECLINED';
  if (r && !r.open) return 'CLOSED';
  if (Date.parse(q.validUntil) < now) return 'LAPSED';
  return 'ACTIVE';
}

/** The requests behind the quotes that are not among the open ones, read one by one (a cooperative quotes on few). */
function useQuotedRequests(ids: string[]) {
  const client = useClient();
  const [found, setFound] = useState<Map<string, QuotedRequest | null>>(new Map());
  const key = ids.join(',');
  useEffect(() => {
    if (!key) return;
    let live = true;
    Promise.all(key.split(',').map(async (id) => {
      const r = await client.query(QuotedRequestQuery, { id }, { requestPolicy: 'network-only' }).toPromise();
      return [id, r.data?.demandRequest ?? null] as const;
    })).then((pairs) => { if (live) setFound(new Map(pairs)); });
    return () => { live = false; };
  }, [client, key]);
  return found;
}

function MyQuotes({ open, round, listings }: { open: Request[]; round: number; listings: Listing[] }) {
  const { t } = useI18n();
  const productOf = (sku: string) => {
    const l = listings.find((x) => x.variants.some((v) => v.sku === sku));
    return l ? `${l.name} · ${l.variants.find((v) => v.sku === sku)!.name}` : sku;
  };
  const [{ data, error }, retry] = useQuery({ query: MyQuotesQuery, requestPolicy: 'network-only' });
  useEffect(() => { if (round) retry({ requestPolicy: 'network-only' }); }, [round, retry]);
  const quotes = data?.myQuotes ?? [];
  const byId = new Map<string, QuotedRequest>(open.map((r) => [r.id, r]));
  const closed = useQuotedRequests([...new Set(quotes.map((q) => q.requestId).filter((id) => !byId.has(id)))].slice(0, 50));
  for (const [id, r] of closed) if (r) byId.set(id, r);
  return (
    <section aria-labelledby="my-quotes">
      <h2 id="my-quotes">{t('coop.quote.mine')}</h2>
      {error && !data ? <p className="form-error" role="alert">{t('error.other.title')}</p>
        : !data ? <p className="muted">…</p>
        : quotes.length === 0 ? <p className="muted">{t('coop.quote.mineEmpty')}</p> : (
          <ul className="request-list my-quotes" data-testid="my-quotes">
            {quotes.map((q) => {
              const r = byId.get(q.requestId);
              const outcome = quoteOutcome(q, r);
              return (
                <li key={q.id} className="card" data-request={q.requestId} data-outcome={outcome}>
                  <p><strong>{productOf(q.sku)}</strong> <span className="muted small">({q.sku})</span></p>
                  {r && <p className="small">{r.buyerName} · {r.product?.name ?? t(`group.${r.group}` as MessageKey)}</p>}
                  <p className="small">
                    <span className={`badge ${outcome === 'ACCEPTED' ? 'good' : outcome === 'ACTIVE' ? 'ok' : outcome === 'LAPSED' || outcome === 'CLOSED' ? 'neutral' : 'warn'}`}>{t(`coop.quote.outcome.${outcome}` as MessageKey)}</span>{' '}
                    {t('coop.quote.summary', { q: q.quantity, unit: r?.unit ?? '', price: formatVnd(q.unitPrice), date: formatDate(q.deliveryDate), rev: q.revision })}
                  </p>
                  <p className="muted small">{t('coop.quote.updated', { when: formatDateTime(q.updatedAt) })}</p>
                </li>
              );
            })}
          </ul>
        )}
    </section>
  );
}

export default function RequestsPage() {
  const { t } = useI18n();
  useTitle(t('portal.requests'));
  const [params, setParams] = useSearchParams();
  const order: DemandRequestOrder = params.get('order') === 'DEADLINE' ? 'DEADLINE' : 'NEWEST';
  const [{ data, error, fetching }, retry] = useQuery({ query: RequestsQuery, variables: { order }, requestPolicy: 'network-only' });
  const { listings } = useAllListings();
  const [round, setRound] = useState(0);
  const refresh = () => { retry({ requestPolicy: 'network-only' }); setRound((n) => n + 1); };
  if (isForbidden(error)) {
    return <div className="page coop-page"><h1>{t('portal.requests')}</h1><p className="notice-inline" role="status">{t('portal.requestsAfterVerification')}</p></div>;
  }
  if (error && !data) return <QueryError error={error} retry={refresh} />;
  if ((fetching && !data) || !data || !listings) return <PageSkeleton />;
  const requests = data.demandRequests.nodes;
  return (
    <div className="page coop-page">
      <h1>{t('portal.requests')}</h1>
      <p className="muted">{t('coop.request.intro')}</p>
      <p className="muted list-total" data-testid="list-total">{t('coop.request.total', { n: data.demandRequests.totalCount })}</p>
      <div className="field inline-field">
        <label htmlFor="req-order">{t('search.sort')}</label>
        <select id="req-order" value={order} onChange={(e) => setParams({ order: e.target.value }, { replace: true })}>
          <option value="NEWEST">{t('coop.request.order.NEWEST')}</option>
          <option value="DEADLINE">{t('coop.request.order.DEADLINE')}</option>
        </select>
      </div>
      {requests.length === 0 ? (
        <div className="empty" data-testid="requests-empty"><p>{t('coop.request.empty')}</p><p className="muted">{t('coop.request.emptyHint')}</p></div>
      ) : (
        <ul className="request-list">
          {requests.map((r) => <RequestCard key={r.id} request={r} listings={listings} onChanged={refresh} />)}
        </ul>
      )}
      <MyQuotes open={requests} round={round} listings={listings} />
    </div>
  );
}
