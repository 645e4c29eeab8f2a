import { Link } from 'react-router-dom';
import { graphql } from '../gql';
import type { ProductCardFieldsFragment } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { formatVnd } from '../lib/format';
import { ProductImage } from './ProductImage';

export const ProductCardFields = graphql(`
  fragment ProductCardFields on Product {
    id
    slug
    name
    nameEn
    minPrice
    imageUrls
    certified
    certificate { stars }
    cooperative { slug name province { name } }
  }
`);

/** One product in a list: an <article> whose heading holds the name and links to its page. */
export function ProductCard({ product }: { product: ProductCardFieldsFragment }) {
  const { t, lang } = useI18n();
  const name = lang === 'en' && product.nameEn ? product.nameEn : product.name;
  return (
    <article className="card product-card" data-slug={product.slug}>
      <ProductImage src={product.imageUrls[0]} alt="" name={name} className="card-img" />
      <div className="card-body">
        <h3 className="card-title">
          <Link to={`/products/${product.slug}`}>{name}</Link>
        </h3>
        <p className="card-coop">{product.cooperative.name} · {product.cooperative.province.name}</p>
        <p className="card-meta">
          <span className="price" data-price={product.minPrice}>{t('product.from', { price: formatVnd(product.minPrice) })}</span>
          {product.certified && product.certificate && (
            <span className="badge ok" data-stars={product.certificate.stars}>
              OCOP {product.certificate.stars}★
            </span>
          )}
        </p>
      </div>
    </article>
  );
}
