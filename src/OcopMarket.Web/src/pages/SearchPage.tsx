import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useClient, useQuery } from 'urql';
import { graphql } from '../gql';
import type { ProductCardFieldsFragment } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { ProductCard } from '../components/ProductCard';
import { QueryError } from '../components/QueryError';
import { CardsSkeleton } from '../components/Skeleton';
import { Filters } from '../components/Filters';
import { readSearch, sorts, writeSearch, type SearchState } from '../lib/searchParams';
import { SearchQuery, searchVariables } from '../lib/routeData';


const MoreQuery = graphql(`
  query SearchMore($search: String, $filter: ProductFilter, $order: ProductOrder, $first: Int, $after: String) {
    products(search: $search, filter: $filter, order: $order, first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes { ...ProductCardFields }
    }
  }
`);

export default function SearchPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => readSearch(params), [params]);
  const key = writeSearch(state).toString();
  const variables = useMemo(
    () => searchVariables(state),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [key],
  );
  const [{ data, fetching, error }, refetch] = useQuery({ query: SearchQuery, variables });
  const client = useClient();

  // Pages added with "load more", for this search only.
  const [more, setMore] = useState<{ key: string; nodes: ProductCardFieldsFragment[]; endCursor: string | null; hasNext: boolean } | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const extra = more?.key === key ? more : null;

  const update = (next: Partial<SearchState>, replace = false) =>
    setParams(writeSearch({ ...state, ...next }), { replace });

  // Search as you type: the box writes the URL 300 ms after the last key (replacing, so Back skips the keystrokes).
  const inputId = useId();
  const [typed, setTyped] = useState(state.q);
  const lastWritten = useRef(state.q);
  useEffect(() => {
    if (state.q !== lastWritten.current) {
      lastWritten.current = state.q;
      setTyped(state.q); // Back or a link changed the search
    }
  }, [state.q]);
  useEffect(() => {
    if (typed === lastWritten.current) return;
    const timer = setTimeout(() => {
      lastWritten.current = typed;
      update({ q: typed }, true);
    }, 300);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [typed]);

  const [sheetOpen, setSheetOpen] = useState(false);

  const products = data?.products;
  const nodes = useMemo(() => {
    const all = [...(products?.nodes ?? []), ...(extra?.nodes ?? [])];
    const seen = new Set<string>();
    return all.filter((n) => !seen.has(n.id) && seen.add(n.id));
  }, [products, extra]);
  const hasNext = extra ? extra.hasNext : !!products?.pageInfo.hasNextPage;
  const cursor = extra ? extra.endCursor : products?.pageInfo.endCursor ?? null;

  const loadMore = async () => {
    if (!cursor) return;
    setLoadingMore(true);
    const result = await client.query(MoreQuery, { ...variables, after: cursor }).toPromise();
    setLoadingMore(false);
    if (result.data) {
      const page = result.data.products;
      setMore({
        key,
        nodes: [...(extra?.nodes ?? []), ...page.nodes],
        endCursor: page.pageInfo.endCursor ?? null,
        hasNext: page.pageInfo.hasNextPage,
      });
    }
  };

  const sortValue = state.sort ?? (state.q.trim() ? 'RELEVANCE' : 'NEWEST');
  const sortId = useId();

  return (
    <div className="page search-page">
      <h1>{state.q.trim() ? t('search.titleFor', { q: state.q.trim() }) : t('search.title')}</h1>
      <form role="search" className="searchbox" onSubmit={(e) => { e.preventDefault(); lastWritten.current = typed; update({ q: typed }); }}>
        <label htmlFor={inputId}>{t('search.label')}</label>
        <div className="searchbox-row">
          <input id={inputId} type="search" name="q" value={typed} placeholder={t('search.placeholder')}
            autoComplete="off" onChange={(e) => setTyped(e.target.value)} />
          <button type="submit" className="button">{t('search.submit')}</button>
        </div>
      </form>

      <div className="search-layout">
        <Filters state={state} facets={data?.productFacets ?? null} update={update}
          open={sheetOpen} onClose={() => setSheetOpen(false)} />

        <section className="results" aria-labelledby="results-count">
          <div className="results-bar">
            <p id="results-count" className="count" role="status" aria-live="polite">
              {products ? t('search.count', { n: products.totalCount }) : t('loading')}
            </p>
            <button type="button" className="button secondary filters-open" aria-expanded={sheetOpen}
              onClick={() => setSheetOpen(true)}>{t('filters.open')}</button>
            <label htmlFor={sortId} className="sort">
              {t('search.sort')}{' '}
              <select id={sortId} value={sortValue} onChange={(e) => update({ sort: e.target.value as SearchState['sort'] })}>
                {sorts.map((s) => <option key={s} value={s}>{t(`sort.${s}`)}</option>)}
              </select>
            </label>
          </div>

          {error && !data ? (
            <QueryError error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />
          ) : !products || (fetching && !data) ? (
            <CardsSkeleton />
          ) : nodes.length === 0 ? (
            <div className="empty">
              <p><strong>{t('search.empty')}</strong></p>
              <p>{t('search.emptyHint')}</p>
              <button type="button" className="button secondary" onClick={() => setParams(new URLSearchParams())}>
                {t('search.clear')}
              </button>
            </div>
          ) : (
            <>
              <div className="cards" aria-busy={fetching}>
                {nodes.map((p) => <ProductCard key={p.id} product={p} />)}
              </div>
              {hasNext && (
                <p className="more">
                  <button type="button" className="button" disabled={loadingMore} onClick={loadMore}>
                    {loadingMore ? t('loading') : t('search.loadMore')}
                  </button>
                </p>
              )}
            </>
          )}
        </section>
      </div>
    </div>
  );
}
