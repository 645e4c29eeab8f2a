import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { useTitle } from '../../lib/useTitle';
import { formatDate, formatVnd } from '../../lib/format';
import { PageSkeleton } from '../../components/Skeleton';
import { QueryError } from '../../components/QueryError';
import { useAllListings } from './listings';
import { describe, Field, placeErrors, todayInVietnam, useErrorText, type UserError } from './ui';

const AgreementsQuery = graphql(`
  query CoopSupplyAgreements {
    supplyAgreements { id sku unitPrice validFrom validTo status buyerId buyerName }
    customers { buyerId name taxCode orderCount }
  }
`);

const ProposeMutation = graphql(`
  mutation CoopProposeSupplyAgreement($input: ProposeSupplyAgreementInput!) {
    proposeSupplyAgreement(input: $input) {
      supplyAgreement { id status }
      userErrors { code field message }
    }
  }
`);

/**
 * The cooperative's supply agreements and their state, and a proposal to a buyer it has sold to: `customers` names
 * every buyer with orders from the cooperative (not only those among its latest sales orders), with the tax code
 * that tells two businesses of one name apart.
 */
export default function AgreementsPage() {
  const { t } = useI18n();
  useTitle(t('coop.agreements.title'));
  const [{ data, error, fetching }, retry] = useQuery({ query: AgreementsQuery, requestPolicy: 'network-only' });
  const { listings } = useAllListings();
  const [, propose] = useMutation(ProposeMutation);
  const errorText = useErrorText();
  const [errors, setErrors] = useState<UserError[]>([]);
  const [sent, setSent] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const formEl = e.currentTarget;
    setBusy(true);
    setSent(false);
    const result = await propose({ input: {
      buyerId: String(form.get('buyerId')), sku: String(form.get('sku')), unitPrice: Number(form.get('unitPrice')),
      validFrom: String(form.get('validFrom')), validTo: String(form.get('validTo')),
    } });
    setBusy(false);
    const payload = result.data?.proposeSupplyAgreement;
    if (!payload) { setErrors([{ code: 'OTHER', field: [], message: t('error.other.title') }]); return; }
    setErrors(payload.userErrors);
    if (payload.userErrors.length === 0) {
      setSent(true);
      formEl.reset();
      retry({ requestPolicy: 'network-only' });
    }
  }
  if (error && !data) return <QueryError error={error} retry={() => retry({ requestPolicy: 'network-only' })} />;
  if (fetching || !data) return <PageSkeleton />;
  const buyers = data.customers;
  const skus = (listings ?? []).flatMap((l) => l.variants.map((v) => ({ sku: v.sku, name: `${l.name} · ${v.name}` })));
  const { bySlot, rest } = placeErrors(errors, ['buyerid', 'sku', 'unitprice', 'validfrom', 'validto']);
  const nameOf = (sku: string) => {
    for (const l of listings ?? []) for (const v of l.variants) if (v.sku === sku) return `${l.name} · ${v.name}`;
    return sku;
  };
  return (
    <div className="page coop-page">
      <h1>{t('coop.agreements.title')}</h1>
      <p className="muted">{t('coop.agreements.intro')}</p>
      {data.supplyAgreements.length === 0 ? (
        <p className="empty" data-testid="agreements-empty">{t('coop.agreements.empty')}</p>
      ) : (
        <ul className="plain-list cards-list">
          {data.supplyAgreements.map((a) => (
            <li key={a.id} className="card">
              <p><strong>{nameOf(a.sku)}</strong> <span className="muted small">({a.sku})</span></p>
              {a.buyerName && <p className="small" data-testid="agreement-buyer">{a.buyerName}</p>}
              <p className="card-meta">
                <span className={`badge ${a.status === 'DECLINED' ? 'warn' : 'ok'}`}>{t(`coop.agreements.status.${a.status}` as MessageKey)}</span>
                <span className="price">{formatVnd(a.unitPrice)}</span>
                <span className="small">{formatDate(a.validFrom)} – {formatDate(a.validTo)}</span>
              </p>
            </li>
          ))}
        </ul>
      )}
      <section className="card" aria-labelledby="propose-title" data-testid="propose">
        <h2 id="propose-title">{t('coop.agreements.propose')}</h2>
        {buyers.length === 0 ? (
          <p className="muted">{t('coop.agreements.noBuyers')}</p>
        ) : (
          <form className="form" onSubmit={submit}>
            <Field id="ag-buyer" label={t('coop.agreements.buyer')} error={bySlot.get('buyerid')}>
              <select id="ag-buyer" name="buyerId" required {...describe('ag-buyer', bySlot.get('buyerid'))}>
                {buyers.map((b) => (
                  <option key={b.buyerId} value={b.buyerId}>{t('coop.agreements.buyerOption', { name: b.name, taxCode: b.taxCode })}</option>
                ))}
              </select>
            </Field>
            <Field id="ag-sku" label={t('coop.product.sku')} error={bySlot.get('sku')}>
              <select id="ag-sku" name="sku" required {...describe('ag-sku', bySlot.get('sku'))}>
                {skus.map((v) => <option key={v.sku} value={v.sku}>{v.name} ({v.sku})</option>)}
              </select>
            </Field>
            <Field id="ag-price" label={t('coop.agreements.unitPrice')} error={bySlot.get('unitprice')}>
              <input id="ag-price" name="unitPrice" type="number" inputMode="numeric" min={1} step={1} required {...describe('ag-price', bySlot.get('unitprice'))} />
            </Field>
            <Field id="ag-from" label={t('coop.agreements.validFrom')} error={bySlot.get('validfrom')}>
              <input id="ag-from" name="validFrom" type="date" defaultValue={todayInVietnam()} required {...describe('ag-from', bySlot.get('validfrom'))} />
            </Field>
            <Field id="ag-to" label={t('coop.agreements.validTo')} error={bySlot.get('validto')}>
              <input id="ag-to" name="validTo" type="date" defaultValue={todayInVietnam(90)} required {...describe('ag-to', bySlot.get('validto'))} />
            </Field>
            {rest.map((e, i) => <p key={i} className="form-error" role="alert">{errorText(e)}</p>)}
            {sent && <p className="form-ok" role="status">{t('coop.agreements.sent')}</p>}
            <button className="button" type="submit" disabled={busy}>{t('coop.agreements.send')}</button>
          </form>
        )}
      </section>
    </div>
  );
}
