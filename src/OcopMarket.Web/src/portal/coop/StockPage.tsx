import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/i18n';
import { useTitle } from '../../lib/useTitle';
import { PageSkeleton } from '../../components/Skeleton';
import { useAllListings, type Listing } from './listings';
import { StatusBadge, describe, parseInteger, useErrorText, type UserError } from './ui';

const SetStock = graphql(`
  mutation CoopSetStock($input: SetStockInput!) {
    setStock(input: $input) { sku onHand reserved product { id version variants { sku stockAvailable } } userErrors { code field message } }
  }
`);

type Row = { listing: Listing; variant: Listing['variants'][number] };

/**
 * One SKU: on hand, reserved and available as the API serves them to the cooperative's own managers
 * (`stockOnHand`, `stockReserved`); after a save, setStock's answer.
 */
function StockRow({ row, onSaved }: { row: Row; onSaved: () => void }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const [, setStock] = useMutation(SetStock);
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [level, setLevel] = useState<{ onHand: number; reserved: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const { variant: v, listing: l } = row;
  const id = `stock-${v.sku}`;
  const available = level ? level.onHand - level.reserved : v.stockAvailable;
  const reserved = level ? level.reserved : (v.stockReserved ?? 0);
  const onHand = level ? level.onHand : (v.stockOnHand ?? v.stockAvailable + reserved);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const n = parseInteger(value);
    if (n === null) { setError(t('coop.error.wholeNumber')); return; }
    setBusy(true);
    setError(null);
    const result = await setStock({ input: { sku: v.sku, onHand: n } });
    setBusy(false);
    const p = result.data?.setStock;
    if (!p) { setError(t('error.other.title')); return; }
    if (p.userErrors.length) {
      const e0: UserError = p.userErrors[0];
      setError(e0.code === 'CONFLICT' && e0.field.includes('onHand') ? `${t('coop.stock.belowReserved')} ${e0.message}` : errorText(e0));
      return;
    }
    setLevel({ onHand: p.onHand ?? n, reserved: p.reserved ?? 0 });
    setValue('');
    onSaved();
  }

  return (
    <tr data-sku={v.sku}>
      <th scope="row">
        <Link to={`/coop/listings/${l.slug}`}>{l.name}</Link>
        <span className="muted small block">{v.name} · {v.sku} <StatusBadge status={l.status} /></span>
      </th>
      <td data-label={t('coop.stock.onHand')} data-testid="on-hand">{onHand}</td>
      <td data-label={t('coop.stock.reserved')} data-testid="reserved">{reserved}</td>
      <td data-label={t('coop.stock.available')} data-testid="available">
        <span className={available === 0 ? 'badge warn' : ''}>{available}</span> <span className="muted small">{v.unit}</span>
      </td>
      <td>
        <form className="stock-form" onSubmit={submit} noValidate>
          <label htmlFor={id} className="small">{t('coop.stock.newOnHand', { sku: v.sku })}</label>
          <div className="inline">
            <input id={id} inputMode="numeric" value={value} onChange={(e) => setValue(e.target.value)} {...describe(id, error ? [error] : undefined)} />
            <button type="submit" className="button secondary" disabled={busy || !value.trim()}>{t('coop.save')}</button>
          </div>
          {error && <p className="field-error" id={`${id}-error`} role="alert" data-testid="stock-error">{error}</p>}
          {level && !error && <p className="form-ok small" role="status">{t('coop.stock.saved')}</p>}
        </form>
      </td>
    </tr>
  );
}

export default function StockPage() {
  const { t } = useI18n();
  useTitle(t('coop.stock.title'));
  const { listings, error, reload } = useAllListings(['DRAFT', 'PUBLISHED']);
  if (error && !listings) return <div className="page"><p className="form-error" role="alert">{t('error.other.title')}</p></div>;
  if (!listings) return <PageSkeleton />;
  const rows: Row[] = listings.flatMap((listing) => listing.variants.map((variant) => ({ listing, variant })));
  return (
    <div className="page coop-page">
      <p className="crumbs"><Link to="/coop/listings">{t('portal.listings')}</Link></p>
      <h1>{t('coop.stock.title')}</h1>
      <p className="muted">{t('coop.stock.intro')}</p>
      {rows.length === 0 ? (
        <div className="empty"><p>{t('coop.stock.empty')}</p><Link className="button" to="/coop/listings/new">{t('coop.listings.new')}</Link></div>
      ) : (
        <table className="stock-table responsive">
          <caption className="visually-hidden">{t('coop.stock.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('product.variant')}</th>
              <th scope="col">{t('coop.stock.onHand')}</th>
              <th scope="col">{t('coop.stock.reserved')}</th>
              <th scope="col">{t('coop.stock.available')}</th>
              <th scope="col">{t('coop.stock.set')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <StockRow key={r.variant.sku} row={r} onSaved={reload} />
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
