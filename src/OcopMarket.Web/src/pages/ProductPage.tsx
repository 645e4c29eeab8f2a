import { Link, useParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { ProductPageQuery } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { formatVnd } from '../lib/format';
import { useTitle } from '../lib/useTitle';
import { QueryError } from '../components/QueryError';
import { PageSkeleton } from '../components/Skeleton';
import { ProductImage } from '../components/ProductImage';
import { Certificate } from '../components/Certificate';
import { TraceLabel } from '../components/TraceLabel';
import { AddToCart } from '../portal/buyer/AddToCart';
import NotFoundPage from './NotFoundPage';
import { ProductQuery } from '../lib/routeData';


type Product = NonNullable<ProductPageQuery['product']>;

/** schema.org Product, so search engines read the name, maker and price range. */
function jsonLd(p: Product, url: string): string {
  const prices = p.variants.map((v) => v.retailPrice);
  return JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: p.name,
    description: p.description,
    image: p.imageUrls,
    url,
    sku: p.variants[0]?.sku,
    brand: { '@type': 'Organization', name: p.cooperative.name },
    manufacturer: { '@type': 'Organization', name: p.cooperative.name },
    offers: {
      '@type': 'AggregateOffer',
      priceCurrency: 'VND',
      lowPrice: Math.min(...prices),
      highPrice: Math.max(...prices),
      offerCount: p.variants.length,
      availability: p.variants.some((v) => v.stockAvailable > 0) ? 'https://schema.org/InStock' : 'https://schema.org/OutOfStock',
    },
  });
}

export default function ProductPage() {
  const { slug = '' } = useParams();
  const { t, lang } = useI18n();
  const [{ data, fetching, error }, refetch] = useQuery({ query: ProductQuery, variables: { slug } });
  const p = data?.product;
  const name = p ? (lang === 'en' && p.nameEn) || p.name : null;
  useTitle(name ? `${name} · ${t('app.name')}` : null);

  if (error && !data) return <QueryError error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (fetching || !data) return <PageSkeleton />;
  if (!p) return <NotFoundPage />;

  const url = `${window.location.origin}/products/${p.slug}`;
  const description = (lang === 'en' && p.descriptionEn) || p.description;
  return (
    <div className="page product-page">
      <script type="application/ld+json">{jsonLd(p, url)}</script>
      <nav aria-label="breadcrumb" className="crumbs">
        <Link to="/">{t('nav.home')}</Link> › <Link to={`/search?group=${p.group}`}>{t(`group.${p.group}`)}</Link>
      </nav>
      <div className="product-top">
        <div className="gallery" aria-label={t('product.images')}>
          {(p.imageUrls.length ? p.imageUrls : [null]).slice(0, 3).map((src, i) => (
            <ProductImage key={i} src={src} alt={i === 0 ? name! : ''} name={name!} className={i === 0 ? 'main-img' : 'thumb'} />
          ))}
        </div>
        <div className="product-info">
          <h1>{name}</h1>
          {lang === 'en' && p.nameEn && <p className="muted" lang="vi">{p.name}</p>}
          <p className="coop-line">
            {t('product.by')}: <Link to={`/cooperatives/${p.cooperative.slug}`}>{p.cooperative.name}</Link>
          </p>
          {p.certificate && (
            <p>
              {p.certified ? (
                <span className="badge ok">{t('cert.certified', { n: p.certificate.stars })}</span>
              ) : (
                <a className="badge warn" href="#cert-h">
                  {t('cert.title')}: {t(p.certificate.verified ? 'cert.expired' : 'cert.unverified')}
                </a>
              )}
            </p>
          )}
          <p className="price-big">{t('product.from', { price: formatVnd(Math.min(...p.variants.map((v) => v.retailPrice))) })}</p>
          <h2>{t('product.description')}</h2>
          <p className="description">{description}</p>
          <p><strong>{t('product.origin')}:</strong> {p.origin}</p>
        </div>
      </div>

      <section aria-labelledby="variants-h">
        <h2 id="variants-h">{t('product.variants')}</h2>
        <div className="variants">
          {p.variants.map((v) => (
            <article key={v.sku} className="card variant" data-sku={v.sku}>
              <h3>{(lang === 'en' && v.nameEn) || v.name} <span className="muted small">({v.sku})</span></h3>
              <dl className="facts">
                <dt>{t('product.retailPrice')}</dt>
                <dd className="retail">{formatVnd(v.retailPrice)} / {v.unit}</dd>
                <dt>{t('product.minOrder')}</dt>
                <dd>{v.minOrderQuantity} {v.unit}</dd>
                <dt>{t('product.caseStep')}</dt>
                <dd>{v.orderIncrement} {v.unit}</dd>
                <dt>{t('product.availability')}</dt>
                <dd>{v.stockAvailable > 0 ? t('product.inStock', { n: v.stockAvailable }) : t('product.outOfStock')}</dd>
              </dl>
              {v.priceTiers.length > 0 ? (
                <table className="tiers">
                  <caption>{t('product.tiers')}</caption>
                  <thead>
                    <tr><th scope="col">{t('product.quantity')}</th><th scope="col">{t('product.unitPrice')}</th></tr>
                  </thead>
                  <tbody>
                    {v.priceTiers.map((tier) => (
                      <tr key={tier.minQuantity}>
                        <td>{t('product.tierFrom', { n: tier.minQuantity, unit: v.unit })}</td>
                        <td className="tier-price">{formatVnd(tier.unitPrice)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : (
                <p className="muted small">{t('product.noTiers')}</p>
              )}
              <AddToCart product={p} variant={v} />
            </article>
          ))}
        </div>
      </section>

      <Certificate certificate={p.certificate} certified={p.certified} />

      <section className="card coop-card" aria-labelledby="coop-h">
        <h2 id="coop-h">{p.cooperative.name}</h2>
        {p.cooperative.storefront.tagline && <p>{p.cooperative.storefront.tagline}</p>}
        <p className="muted">
          {p.cooperative.commune}, {p.cooperative.province.name}
          {p.cooperative.formerProvince && ` (${t('coop.formerProvince', { name: p.cooperative.formerProvince.name })})`}
          {' · '}{t('coop.members', { n: p.cooperative.memberCount })}
        </p>
        {p.cooperative.contacts.phone && <p>{t('coop.phone')}: {p.cooperative.contacts.phone}</p>}
        <Link className="button secondary" to={`/cooperatives/${p.cooperative.slug}`}>{t('coop.visit')}</Link>
      </section>

      <TraceLabel name={p.name} cooperative={p.cooperative.name} origin={p.origin} url={url} />
    </div>
  );
}
