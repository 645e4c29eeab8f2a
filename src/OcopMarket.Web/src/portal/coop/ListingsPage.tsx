import { Link, useSearchParams } from 'react-router-dom';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { useTitle } from '../../lib/useTitle';
import { formatVnd } from '../../lib/format';
import { PageSkeleton } from '../../components/Skeleton';
import { ProductImage } from '../../components/ProductImage';
import { useAllListings, type Listing } from './listings';
import { StatusBadge } from './ui';

const statuses = ['DRAFT', 'PUBLISHED', 'ARCHIVED'] as const;

/** Lower-case, without Vietnamese diacritics (đ → d), for a forgiving search over the loaded listings. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'd').toLowerCase();
}

function matches(l: Listing, q: string) {
  const words = fold(q).split(/\s+/).filter(Boolean);
  const hay = fold([l.name, l.nameEn ?? '', l.slug, ...l.tags, ...l.variants.map((v) => v.sku)].join(' '));
  return words.every((w) => hay.includes(w));
}

export default function ListingsPage() {
  const { t } = useI18n();
  useTitle(t('portal.listings'));
  const [params, setParams] = useSearchParams();
  const status = statuses.find((s) => s === params.get('status')) ?? null;
  const q = params.get('q') ?? '';
  const { listings, total, error, reload } = useAllListings();

  function set(name: string, value: string | null) {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value); else next.delete(name);
    setParams(next, { replace: true });
  }

  if (error && !listings) {
    return (
      <div className="page coop-page">
        <h1>{t('portal.listings')}</h1>
        <p className="form-error" role="alert">{t('error.other.title')}</p>
        <button type="button" className="button" onClick={reload}>{t('error.retry')}</button>
      </div>
    );
  }
  if (!listings) return <PageSkeleton />;
  const count = (s: string | null) => listings.filter((l) => !s || l.status === s).length;
  const shown = listings.filter((l) => (!status || l.status === status) && (!q || matches(l, q)));

  return (
    <div className="page coop-page">
      <div className="page-head">
        <h1>{t('portal.listings')}</h1>
        <Link className="button" to="/coop/listings/new" data-testid="new-listing">{t('coop.listings.new')}</Link>
      </div>
      <p className="muted list-total" data-testid="list-total">{t('coop.listings.count', { n: total ?? listings.length })}</p>
      <p className="sub-links">
        <Link to="/coop/stock">{t('coop.stock.title')}</Link>
        <Link to="/coop/import">{t('coop.import.title')}</Link>
      </p>
      <div className="toolbar" role="search">
        <div className="field">
          <label htmlFor="listings-q">{t('coop.listings.search')}</label>
          <input id="listings-q" type="search" value={q} onChange={(e) => set('q', e.target.value)}
            placeholder={t('coop.listings.searchHint')} />
        </div>
        <fieldset className="segmented">
          <legend>{t('coop.listings.status')}</legend>
          {[null, ...statuses].map((s) => (
            <label key={s ?? 'all'} className={status === s ? 'on' : ''}>
              <input type="radio" name="status" checked={status === s} onChange={() => set('status', s)} />
              {s ? t(`status.${s}` as MessageKey) : t('coop.all')} <span className="n">({count(s)})</span>
            </label>
          ))}
        </fieldset>
      </div>
      {listings.length === 0 ? (
        <div className="empty" data-testid="listings-empty">
          <p>{t('coop.listings.emptyAll')}</p>
          <p className="muted">{t('coop.listings.emptyAllHint')}</p>
        </div>
      ) : shown.length === 0 ? (
        <p className="empty" data-testid="listings-empty">{t('coop.listings.emptyFilter')}</p>
      ) : (
        <ul className="listing-list" aria-label={t('coop.listings.count', { n: shown.length })}>
          {shown.map((l) => {
            const stock = l.variants.reduce((s, v) => s + v.stockAvailable, 0);
            return (
              <li key={l.id} className="card listing-row" data-slug={l.slug}>
                <ProductImage src={l.imageUrls[0]} alt="" name={l.name} className="thumb-sm" />
                <div className="listing-main">
                  <h2 className="h3"><Link to={`/coop/listings/${l.slug}`}>{l.name}</Link></h2>
                  <p className="muted small">{l.slug} · {t('coop.listings.variants', { n: l.variants.length })}</p>
                  <p className="card-meta">
                    <StatusBadge status={l.status} />
                    <span className="price">{formatVnd(l.minPrice)}</span>
                    <span className={stock === 0 ? 'badge warn' : 'small'}>{stock === 0 ? t('coop.stock.out') : t('coop.stock.availableN', { n: stock })}</span>
                    {l.certificate && (
                      <span className={`badge ${l.certificate.valid ? 'ok' : 'warn'}`}>
                        {l.certificate.stars}★ {l.certificate.valid ? '' : t(l.certificate.verified ? 'coop.cert.expired' : 'coop.cert.unverified')}
                      </span>
                    )}
                  </p>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
