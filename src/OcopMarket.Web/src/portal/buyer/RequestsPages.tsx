import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { OcopGroup } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { formatDate, formatVnd } from '../../lib/format';
import { groups } from '../../lib/groups';
import { useTitle } from '../../lib/useTitle';
import { PageSkeleton } from '../../components/Skeleton';
import { QueryError } from '../../components/QueryError';
import NotFoundPage from '../../pages/NotFoundPage';
import { Field, ProvinceSelect, StatusBadge, fieldErrors, formatDateTime } from './shared';
import { useBuyer } from './useBuyer';
import { VerificationNotice } from './BuyerPortal';

const RequestsQuery = graphql(`
  query BuyerDemandRequests {
    demandRequests(first: 50) {
      totalCount
      nodes { id description quantity unit neededBy status open createdAt quotes { id } deliveryProvince { name } }
    }
  }
`);

const PostRequestMutation = graphql(`
  mutation PostDemandRequest($input: PostDemandRequestInput!) {
    postDemandRequest(input: $input) { demandRequest { id } userErrors { code field message } }
  }
`);

function plusDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

export function RequestsPage() {
  const { t } = useI18n();
  useTitle(t('buyer.requests.title'));
  const navigate = useNavigate();
  const { buyer } = useBuyer();
  const verified = buyer?.status === 'VERIFIED';
  const [{ data, error }, retry] = useQuery({ query: RequestsQuery, pause: !verified, requestPolicy: 'cache-and-network' });
  const [, post] = useMutation(PostRequestMutation);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const v = (k: string) => String(f.get(k) ?? '').trim();
    setBusy(true);
    setGeneral(null);
    const r = await post({
      input: {
        description: v('description'), group: v('group') as OcopGroup, quantity: Number(v('quantity')), unit: v('unit'),
        targetUnitPrice: v('target') ? Number(v('target')) : null, deliveryProvinceCode: v('province'),
        neededBy: v('neededBy'), expiresAt: `${v('expiresAt')}T23:59:00+07:00`, sameProvinceOnly: f.get('same') === 'on',
      },
    });
    setBusy(false);
    const p = r.data?.postDemandRequest;
    if (p?.demandRequest) navigate(`/buyer/requests/${encodeURIComponent(p.demandRequest.id)}`);
    else {
      setErrors(fieldErrors(p?.userErrors ?? []));
      setGeneral(p?.userErrors.find((u) => !u.field.length)?.message ?? (p ? t('buyer.register.fix') : t('error.other.title')));
    }
  }

  if (!verified) {
    return <div className="page narrow"><h1>{t('buyer.requests.title')}</h1><VerificationNotice /></div>;
  }
  if (error && !data) return <QueryError error={error} retry={() => retry({ requestPolicy: 'network-only' })} />;
  const list = data?.demandRequests.nodes ?? [];
  return (
    <div className="page">
      <h1>{t('buyer.requests.title')}</h1>
      {data && list.length > 0 && <p className="muted list-total" data-testid="list-total">{t('buyer.requests.count', { n: data.demandRequests.totalCount })}</p>}
      {!data ? <PageSkeleton /> : list.length === 0 ? (
        <p className="empty">{t('buyer.requests.empty')}</p>
      ) : (
        <ul className="order-list">
          {list.map((r) => (
            <li key={r.id} className="card" data-testid="request-row">
              <Link to={`/buyer/requests/${encodeURIComponent(r.id)}`}><strong>{r.description}</strong></Link>
              <p className="small">{r.quantity} {r.unit} · {t('buyer.requests.neededBy')} {formatDate(r.neededBy)} · {r.deliveryProvince.name}</p>
              <p><StatusBadge prefix="buyer.requestStatus" status={r.open ? 'OPEN' : r.status === 'OPEN' ? 'EXPIRED' : r.status} />
                {' '}<span className="small">{t('buyer.requests.quotes', { n: r.quotes.length })}</span></p>
            </li>
          ))}
        </ul>
      )}
      <section className="card" aria-labelledby="post-h">
        <h2 id="post-h">{t('buyer.requests.post')}</h2>
        <form className="form" onSubmit={submit}>
          <Field id="dr-desc" label={t('buyer.requests.description')} error={errors.description}>
            <textarea id="dr-desc" name="description" required rows={3} maxLength={2000} />
          </Field>
          <Field id="dr-group" label={t('filters.group')} error={errors.group}>
            <select id="dr-group" name="group" required defaultValue="FOOD">
              {groups.map((g) => <option key={g} value={g}>{t(`group.${g}` as MessageKey)}</option>)}
            </select>
          </Field>
          <div className="two">
            <Field id="dr-qty" label={t('product.quantity')} error={errors.quantity}>
              <input id="dr-qty" name="quantity" type="number" min={1} required inputMode="numeric" />
            </Field>
            <Field id="dr-unit" label={t('buyer.requests.unit')} error={errors.unit}>
              <input id="dr-unit" name="unit" required maxLength={30} placeholder="kg" />
            </Field>
          </div>
          <Field id="dr-target" label={t('buyer.requests.target')} error={errors.targetUnitPrice}>
            <input id="dr-target" name="target" type="number" min={1} inputMode="numeric" />
          </Field>
          <Field id="dr-province" label={t('buyer.requests.deliveryProvince')} error={errors.deliveryProvinceCode}>
            <ProvinceSelect id="dr-province" name="province" required
              defaultValue={buyer?.addresses.find((a) => a.isDefault)?.provinceCode} />
          </Field>
          <div className="two">
            <Field id="dr-needed" label={t('buyer.requests.neededBy')} error={errors.neededBy}>
              <input id="dr-needed" name="neededBy" type="date" required min={plusDays(1)} defaultValue={plusDays(30)} />
            </Field>
            <Field id="dr-expires" label={t('buyer.requests.expiresAt')} error={errors.expiresAt}>
              <input id="dr-expires" name="expiresAt" type="date" required min={plusDays(1)} max={plusDays(180)} defaultValue={plusDays(14)} />
            </Field>
          </div>
          <label className="check"><input type="checkbox" name="same" /> {t('buyer.requests.sameProvince')}</label>
          {general && <p className="form-error" role="alert">{general}</p>}
          <button className="button" type="submit" disabled={busy}>{t('buyer.requests.submit')}</button>
        </form>
      </section>
    </div>
  );
}

const RequestQuery = graphql(`
  query BuyerDemandRequest($id: ID!) {
    demandRequest(id: $id) {
      id description quantity unit neededBy expiresAt status open targetUnitPrice purchaseOrderId
      deliveryProvince { name }
      quotes {
        id sku quantity unitPrice deliveryDate validUntil status note revision stockAvailable stockSuffices
        cooperative { name slug province { name } }
      }
    }
  }
`);

const AcceptQuotesMutation = graphql(`
  mutation AcceptQuotes($input: AcceptQuotesInput!) {
    acceptQuotes(input: $input) { purchaseOrder { id } demandRequest { id status } userErrors { code field message } }
  }
`);

const WithdrawMutation = graphql(`
  mutation WithdrawDemandRequest($id: ID!) {
    withdrawDemandRequest(id: $id) { demandRequest { id status open } userErrors { code field message } }
  }
`);

// A quote names only its SKU. The quoted product's OCOP stars are found in the cooperative's public products (up to 100
// per cooperative; the API has no Quote.product yet), one request per cooperative.
const QuoteProductQuery = graphql(`
  query QuoteProductStars($slug: String!) {
    cooperative(slug: $slug) { id products(first: 100) { nodes { id name certified certificate { stars } variants { sku } } } }
  }
`);

function QuoteProduct({ slug, sku }: { slug: string; sku: string }) {
  const { t } = useI18n();
  const [{ data }] = useQuery({ query: QuoteProductQuery, variables: { slug } });
  const product = data?.cooperative?.products.nodes.find((p) => p.variants.some((v) => v.sku === sku));
  if (!product) return null;
  return (
    <span className="small" data-testid="quote-stars">
      {product.name}{product.certified && product.certificate ? ` · ${t('cert.certified', { n: product.certificate.stars })}` : ''}
    </span>
  );
}

export function RequestPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const [{ data, error }, refetch] = useQuery({ query: RequestQuery, variables: { id }, requestPolicy: 'cache-and-network' });
  const [, accept] = useMutation(AcceptQuotesMutation);
  const [, withdraw] = useMutation(WithdrawMutation);
  const [chosen, setChosen] = useState<string[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const request = data?.demandRequest;
  useTitle(request?.description ?? t('buyer.requests.title'));
  if (error && !data) return <QueryError error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!data) return <PageSkeleton />;
  if (!request) return <NotFoundPage />;
  const active = request.quotes.filter((q) => q.status === 'ACTIVE');
  const cheapest = Math.min(...active.map((q) => q.unitPrice));
  // A quote whose cooperative no longer has the units would fail with OUT_OF_STOCK: say so before, not after.
  const acceptable = (q: (typeof request.quotes)[number]) => q.status === 'ACTIVE' && request.open && q.stockSuffices;
  const chosenNow = chosen.filter((id) => request.quotes.some((q) => q.id === id && acceptable(q)));

  async function acceptChosen() {
    setBusy(true);
    setMessage(null);
    const r = await accept({ input: { requestId: request!.id, quoteIds: chosenNow } });
    setBusy(false);
    const p = r.data?.acceptQuotes;
    if (p?.purchaseOrder) navigate(`/buyer/orders/${encodeURIComponent(p.purchaseOrder.id)}?placed=1`);
    else setMessage(p?.userErrors.map((e) => e.message).join(' ') ?? t('error.other.title'));
  }
  async function withdrawIt() {
    if (!window.confirm(t('buyer.requests.confirmWithdraw'))) return;
    const r = await withdraw({ id: request!.id });
    const errs = r.data?.withdrawDemandRequest.userErrors ?? [];
    setMessage(errs.length ? errs.map((e) => e.message).join(' ') : null);
    refetch({ requestPolicy: 'network-only' });
  }

  return (
    <div className="page">
      <p className="crumbs"><Link to="/buyer/requests">{t('buyer.requests.title')}</Link></p>
      <h1>{request.description}</h1>
      <p>{request.quantity} {request.unit} · {t('buyer.requests.neededBy')} {formatDate(request.neededBy)} · {request.deliveryProvince.name}
        {request.targetUnitPrice != null && <> · {t('buyer.requests.target')}: {formatVnd(request.targetUnitPrice)}</>}</p>
      <p><StatusBadge prefix="buyer.requestStatus" status={request.open ? 'OPEN' : request.status === 'OPEN' ? 'EXPIRED' : request.status} />
        {' '}<span className="muted small">{t('buyer.requests.expiresAt')}: {formatDateTime(request.expiresAt)}</span></p>
      {request.purchaseOrderId && <p><Link to={`/buyer/orders/${encodeURIComponent(request.purchaseOrderId)}`}>{t('buyer.requests.seeOrder')}</Link></p>}
      <h2>{t('buyer.requests.compare', { n: request.quotes.length })}</h2>
      {request.quotes.length === 0 ? <p className="empty">{t('buyer.requests.noQuotes')}</p> : (
        <div className="table-wrap">
          <table className="tiers compare stack">
            <caption className="visually-hidden">{t('buyer.requests.compare', { n: request.quotes.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('buyer.requests.choose')}</th><th scope="col">{t('buyer.requests.cooperative')}</th>
                <th scope="col">{t('product.unitPrice')}</th><th scope="col">{t('product.quantity')}</th>
                <th scope="col">{t('buyer.requests.total')}</th><th scope="col">{t('buyer.requests.delivery')}</th>
                <th scope="col">{t('buyer.requests.validUntil')}</th><th scope="col">{t('buyer.requests.status')}</th>
              </tr>
            </thead>
            <tbody>
              {request.quotes.map((q, i) => {
                const short = q.status === 'ACTIVE' && !q.stockSuffices;
                const shortId = `quote-stock-${i}`;
                return (
                <tr key={q.id} data-testid="quote-row" data-stock-short={short || undefined}>
                  <td data-label={t('buyer.requests.choose')}>
                    <input type="checkbox" className="big-check" aria-label={t('buyer.requests.chooseQuote', { name: q.cooperative.name })}
                      aria-describedby={short ? shortId : undefined}
                      disabled={!acceptable(q)} checked={chosenNow.includes(q.id)}
                      onChange={(e) => setChosen((c) => (e.target.checked ? [...c, q.id] : c.filter((x) => x !== q.id)))} />
                  </td>
                  <td data-label={t('buyer.requests.cooperative')}><span><strong>{q.cooperative.name}</strong><br /><span className="muted small">{q.cooperative.province.name} · {q.sku}</span>
                    <br /><QuoteProduct slug={q.cooperative.slug} sku={q.sku} />
                    {q.note && <><br /><span className="small">{q.note}</span></>}</span></td>
                  <td data-label={t('product.unitPrice')} className="tier-price">{formatVnd(q.unitPrice)}{q.status === 'ACTIVE' && q.unitPrice === cheapest && active.length > 1 && <><br /><span className="badge good">{t('buyer.requests.cheapest')}</span></>}</td>
                  <td data-label={t('product.quantity')}><span>{q.quantity} {request.unit}
                    {short && <span className="stock-short small" id={shortId} data-testid="stock-short">
                      {t('buyer.requests.stockShort', { n: q.stockAvailable, unit: request.unit })}</span>}</span></td>
                  <td data-label={t('buyer.requests.total')} className="tier-price">{formatVnd(q.unitPrice * q.quantity)}</td>
                  <td data-label={t('buyer.requests.delivery')}>{formatDate(q.deliveryDate)}</td>
                  <td data-label={t('buyer.requests.validUntil')}>{formatDateTime(q.validUntil)}</td>
                  <td data-label={t('buyer.requests.status')}><StatusBadge prefix="buyer.quoteStatus" status={q.status} /></td>
                </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {message && <p className="form-error" role="alert">{message}</p>}
      {request.open && (
        <div className="actions">
          <button type="button" className="button" disabled={busy || chosenNow.length === 0} onClick={acceptChosen}>
            {t('buyer.requests.accept', { n: chosenNow.length })}
          </button>
          <button type="button" className="button secondary" onClick={withdrawIt}>{t('buyer.requests.withdraw')}</button>
        </div>
      )}
    </div>
  );
}

const AgreementsQuery = graphql(`
  query BuyerAgreements { supplyAgreements { id sku unitPrice validFrom validTo status cooperative { name province { name } } } }
`);
const AcceptAgreementMutation = graphql(`
  mutation AcceptAgreement($id: ID!) { acceptSupplyAgreement(id: $id) { supplyAgreement { id status } userErrors { code field message } } }
`);
const DeclineAgreementMutation = graphql(`
  mutation DeclineAgreement($id: ID!) { declineSupplyAgreement(id: $id) { supplyAgreement { id status } userErrors { code field message } } }
`);

export function AgreementsPage() {
  const { t } = useI18n();
  useTitle(t('buyer.agreements.title'));
  const { buyer } = useBuyer();
  const [{ data, error }, retry] = useQuery({ query: AgreementsQuery, pause: !buyer, requestPolicy: 'cache-and-network' });
  const [, acceptIt] = useMutation(AcceptAgreementMutation);
  const [, declineIt] = useMutation(DeclineAgreementMutation);
  const [message, setMessage] = useState<string | null>(null);
  if (error && !data) return <QueryError error={error} retry={() => retry({ requestPolicy: 'network-only' })} />;
  if (!data) return <PageSkeleton />;
  const list = data.supplyAgreements;
  async function decide(id: string, yes: boolean) {
    const r = yes ? (await acceptIt({ id })).data?.acceptSupplyAgreement : (await declineIt({ id })).data?.declineSupplyAgreement;
    setMessage(r?.userErrors.length ? r.userErrors.map((e) => e.message).join(' ') : null);
  }
  return (
    <div className="page">
      <h1>{t('buyer.agreements.title')}</h1>
      <p className="muted">{t('buyer.agreements.intro')}</p>
      {message && <p className="form-error" role="alert">{message}</p>}
      {list.length === 0 ? <p className="empty">{t('buyer.agreements.empty')}</p> : (
        <ul className="order-list">
          {list.map((a) => (
            <li key={a.id} className="card" data-testid="agreement-row">
              <p><strong>{a.cooperative.name}</strong> <span className="muted small">· {a.cooperative.province.name}</span></p>
              <p>{a.sku}: <span className="price">{formatVnd(a.unitPrice)}</span> · {formatDate(a.validFrom)} – {formatDate(a.validTo)}</p>
              <p><StatusBadge prefix="buyer.agreementStatus" status={a.status} /></p>
              {a.status === 'PROPOSED' && (
                <div className="actions">
                  <button type="button" className="button" onClick={() => decide(a.id, true)}>{t('buyer.agreements.accept')}</button>
                  <button type="button" className="button secondary" onClick={() => decide(a.id, false)}>{t('buyer.agreements.decline')}</button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
