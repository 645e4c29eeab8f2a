import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useClient } from 'urql';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { useTitle } from '../../lib/useTitle';
import { formatVnd } from '../../lib/format';
import { PageSkeleton } from '../../components/Skeleton';
import { ProductImage } from '../../components/ProductImage';
import { useAllListings } from './listings';
import { StatusBadge } from './ui';

const statuses = ['DRAFT', 'PUBLISHED', 'ARCHIVED'] as const;

const SearchDocument = graphql(`
  query CoopListingSearch($search: String!, $after: String) {
    listings(first: 100, after: $after, search: $search) { nodes { slug } pageInfo { hasNextPage endCursor } }
  }
`);

/**
 * The slugs the server finds for the words typed (name vi/en, slug, tags, SKUs; with or without diacritics), a
 * moment after typing stops; null when nothing is typed. The status filter and its counts stay on the loaded list.
 */
function useServerSearch(q: string) {
  const client = useClient();
  const [found, setFound] = useState<{ q: string; slugs: Set<string> } | null>(null);
  const query = q.trim();
  useEffect(() => {
    if (!query) { setFound(null); return; }
    let live = true;
    const timer = setTimeout(async () => {
      const slugs = new Set<string>();
      let after: string | null = null;
      for (let i = 0; i < 50; i++) {
        const r = await client.query(SearchDocument, { search: query, after }, { requestPolicy: 'network-only' }).toPromise();
        if (!live || !r.data) return;
        for (const n of r.data.listings.nodes) slugs.add(n.slug);
        if (!r.data.listings.pageInfo.hasNextPage) break;
        after = r.data.listings.pageInfo.endCursor ?? null;
      }
      if (live) setFound({ q: query, slugs });
    }, 250);
    return () => { live = false; clearTimeout(timer); };
  }, [client, query]);
  return { found: query ? found : null, pending: !!query && found?.q !== query };
}

export default function ListingsPage() {
  const { t } = useI18n();
  useTitle(t('portal.listings'));
  const [params, setParams] = useSearchParams();
  const status = statuses.find((s) => s === params.get('status')) ?? null;
  const q = params.get('q') ?? '';
  const { listings, total, error, reload } = useAllListings();
  const search = useServerSearch(q);

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
  // While the server searches, the last answer stays (or the whole list, before the first).
  const shown = listings.filter((l) => (!status || l.status === status) && (!search.found || search.found.slugs.has(l.slug)));

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
        <ul className="listing-list" aria-label={t('coop.listings.count', { n: shown.length })} aria-busy={search.pending}>
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
