import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { useClient, useQuery } from 'urql';
import { graphql } from '../gql';
import type { ProductCardFieldsFragment } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { useTitle } from '../lib/useTitle';
import { ProductCard } from '../components/ProductCard';
import { ProductImage } from '../components/ProductImage';
import { QueryError } from '../components/QueryError';
import { PageSkeleton } from '../components/Skeleton';
import NotFoundPage from './NotFoundPage';

const PAGE_SIZE = 12;

const CooperativeQuery = graphql(`
  query CooperativePage($slug: String!, $first: Int) {
    cooperative(slug: $slug) {
      slug name story storyEn address commune foundedYear memberCount
      province { name }
      formerProvince { name }
      contacts { phone email website }
      storefront { tagline bannerUrl featuredProducts { ...ProductCardFields } }
      products(first: $first, order: NAME_ASC) {
        totalCount
        pageInfo { hasNextPage endCursor }
        nodes { ...ProductCardFields }
      }
    }
  }
`);

const MoreQuery = graphql(`
  query CooperativeMore($slug: String!, $first: Int, $after: String) {
    cooperative(slug: $slug) {
      products(first: $first, after: $after, order: NAME_ASC) {
        pageInfo { hasNextPage endCursor }
        nodes { ...ProductCardFields }
      }
    }
  }
`);

export default function CooperativePage() {
  const { slug = '' } = useParams();
  const { t, lang } = useI18n();
  const [{ data, fetching, error }, refetch] = useQuery({ query: CooperativeQuery, variables: { slug, first: PAGE_SIZE } });
  const client = useClient();
  const [more, setMore] = useState<{ slug: string; nodes: ProductCardFieldsFragment[]; cursor: string | null; hasNext: boolean } | null>(null);
  const c = data?.cooperative;
  useTitle(c ? `${c.name} · ${t('app.name')}` : null);

  if (error && !data) return <QueryError error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (fetching || !data) return <PageSkeleton />;
  if (!c) return <NotFoundPage />;

  const extra = more?.slug === slug ? more : null;
  const seen = new Set<string>();
  const products = [...c.products.nodes, ...(extra?.nodes ?? [])].filter((p) => !seen.has(p.id) && seen.add(p.id));
  const hasNext = extra ? extra.hasNext : c.products.pageInfo.hasNextPage;
  const cursor = extra ? extra.cursor : c.products.pageInfo.endCursor;
  const loadMore = async () => {
    const result = await client.query(MoreQuery, { slug, first: PAGE_SIZE, after: cursor }).toPromise();
    const page = result.data?.cooperative?.products;
    if (page) setMore({ slug, nodes: [...(extra?.nodes ?? []), ...page.nodes], cursor: page.pageInfo.endCursor ?? null, hasNext: page.pageInfo.hasNextPage });
  };
  const story = (lang === 'en' && c.storyEn) || c.story;

  return (
    <div className="page coop-page">
      {c.storefront.bannerUrl && <ProductImage src={c.storefront.bannerUrl} alt="" name={c.name.replace(/^Hợp tác xã\s*/i, '')} className="banner" />}
      <p className="eyebrow">{t('coop.storefront')}</p>
      <h1>{c.name}</h1>
      {c.storefront.tagline && <p className="tagline">{c.storefront.tagline}</p>}
      <p className="muted">
        {c.commune}, {c.province.name}
        {c.formerProvince && ` (${t('coop.formerProvince', { name: c.formerProvince.name })})`}
        {c.foundedYear && ` · ${t('coop.founded', { year: c.foundedYear })}`}
        {' · '}{t('coop.members', { n: c.memberCount })}
      </p>

      <div className="coop-about">
        <section aria-labelledby="story-h">
          <h2 id="story-h">{t('coop.story')}</h2>
          <p className="description">{story}</p>
        </section>
        <section aria-labelledby="contacts-h" className="card">
          <h2 id="contacts-h">{t('coop.contacts')}</h2>
          <dl className="facts">
            <dt>{t('coop.address')}</dt>
            <dd>{c.address}</dd>
            {c.contacts.phone && <><dt>{t('coop.phone')}</dt><dd><a href={`tel:${c.contacts.phone.replace(/\s/g, '')}`}>{c.contacts.phone}</a></dd></>}
            {c.contacts.email && <><dt>{t('coop.email')}</dt><dd><a href={`mailto:${c.contacts.email}`}>{c.contacts.email}</a></dd></>}
            {c.contacts.website && /^https?:\/\//.test(c.contacts.website) && (
              <><dt>{t('coop.website')}</dt><dd><a href={c.contacts.website} rel="noopener noreferrer">{c.contacts.website}</a></dd></>
            )}
          </dl>
        </section>
      </div>

      {c.storefront.featuredProducts.length > 0 && (
        <section aria-labelledby="featured-h">
          <h2 id="featured-h">{t('coop.featured')}</h2>
          <div className="cards">
            {c.storefront.featuredProducts.map((p) => <ProductCard key={p.id} product={p} />)}
          </div>
        </section>
      )}

      <section aria-labelledby="all-h">
        <h2 id="all-h">{t('coop.allProducts', { n: c.products.totalCount })}</h2>
        <div className="cards">
          {products.map((p) => <ProductCard key={p.id} product={p} />)}
        </div>
        {hasNext && <p className="more"><button type="button" className="button" onClick={loadMore}>{t('search.loadMore')}</button></p>}
      </section>
    </div>
  );
}
