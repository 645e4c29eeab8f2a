import { Link, useParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { useTitle } from '../../lib/useTitle';
import { formatDate } from '../../lib/format';
import { PageSkeleton } from '../../components/Skeleton';
import { QueryError } from '../../components/QueryError';
import { NotAllowed } from '../NotAllowed';
import { formatDateTime, isForbidden } from './ui';

const HistoryQuery = graphql(`
  query CoopListingHistory($slug: String!, $after: String) {
    listing(slug: $slug) { id name }
    listingHistory(productSlug: $slug, first: 50, after: $after) {
      totalCount
      nodes { action at version by { name role } changes { field before after } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

// The history gives enums by name (PUBLISHED); records older than that may still hold the number (the server's enum
// order) if any slipped through. Either is shown in words where the catalog has a label.
const enums: Record<string, string[]> = {
  status: ['DRAFT', 'PUBLISHED', 'ARCHIVED'],
  group: ['FOOD', 'DRINKS', 'HERBAL', 'HANDICRAFTS', 'ORNAMENTAL', 'TOURISM'],
};
const fieldLabels: Record<string, MessageKey> = {
  name: 'coop.product.name', nameEn: 'coop.product.nameEn', slug: 'coop.product.slug', group: 'filters.group',
  subgroup: 'coop.product.subgroup', origin: 'coop.product.origin', description: 'coop.product.description',
  descriptionEn: 'coop.product.descriptionEn', tags: 'coop.product.tags', imageUrls: 'coop.product.images',
  status: 'coop.listings.status', publishedAt: 'coop.history.publishedAt', certificate: 'coop.cert.title',
  sku: 'coop.product.sku', unit: 'coop.product.unit', retailPrice: 'coop.product.retailPrice', weightGrams: 'coop.product.weight',
  minOrderQuantity: 'product.minOrder', orderIncrement: 'coop.product.casePack', tiers: 'product.tiers', priceTiers: 'product.tiers',
  onHand: 'coop.stock.onHand', stock: 'coop.stock.onHand', stars: 'filters.stars', decisionNumber: 'coop.cert.decision',
  issuer: 'coop.cert.issuer', level: 'coop.cert.levelLabel', issuedOn: 'coop.cert.issuedOn', expiresOn: 'coop.cert.validUntil',
  verified: 'coop.cert.verifiedField', score: 'coop.cert.score',
};

export function useFieldName() {
  const { t } = useI18n();
  return (field: string) => {
    const variant = field.match(/^variants\[([^\]]*)\]\.(.+)$/);
    const one = (f: string) => {
      const parts = f.split('.');
      const last = parts[parts.length - 1];
      const label = fieldLabels[last] ?? fieldLabels[parts[0]];
      const head = parts.length > 1 && fieldLabels[parts[0]] && parts[0] !== last ? `${t(fieldLabels[parts[0]])} · ` : '';
      return label ? head + t(label) : f;
    };
    if (variant) return `${t('product.variant')} ${variant[1]}: ${variant[2] === 'name' ? t('coop.product.variantName') : variant[2] === 'nameEn' ? t('coop.product.variantNameEn') : one(variant[2])}`;
    return one(field);
  };
}

function Value({ field, value }: { field: string; value: string | null | undefined }) {
  const { t } = useI18n();
  if (value == null || value === '') return <span className="muted">{t('coop.history.empty')}</span>;
  const last = field.split('.').pop()!;
  const names = enums[last];
  if (names) {
    const name = /^\d+$/.test(value) ? names[Number(value)] : value;
    const key = `${last}.${name}` as MessageKey;
    const label = name ? t(key) : key;
    if (label !== key) return <span>{label}</span>;
  }
  if (/^\d{4}-\d{2}-\d{2}T/.test(value)) return <span>{formatDateTime(value)}</span>;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return <span>{formatDate(value)}</span>;
  return <span className="value">{value}</span>;
}

export default function HistoryPage() {
  const { t } = useI18n();
  const { slug = '' } = useParams();
  useTitle(t('coop.history.title'));
  const fieldName = useFieldName();
  const [{ data, error, fetching }, retry] = useQuery({ query: HistoryQuery, variables: { slug }, requestPolicy: 'network-only' });
  if (isForbidden(error)) return <NotAllowed />;
  if (error && !data) return <QueryError error={error} retry={() => retry({ requestPolicy: 'network-only' })} />;
  if (fetching || !data) return <PageSkeleton />;
  const h = data.listingHistory;
  // t() answers the key itself when the catalog has no such string: then the raw value is the better label.
  const labelOr = (key: string, raw: string) => (t(key as MessageKey) === key ? raw : t(key as MessageKey));
  return (
    <div className="page coop-page">
      <p className="crumbs"><Link to="/coop/listings">{t('portal.listings')}</Link> › <Link to={`/coop/listings/${slug}`}
        data-testid="history-listing">{data.listing?.name ?? slug}</Link></p>
      <h1>{t('coop.history.title')}</h1>
      <p className="muted">{t('coop.history.count', { n: h.totalCount })}</p>
      {h.nodes.length === 0 ? <p className="empty">{t('coop.history.none')}</p> : (
        <ol className="timeline" data-testid="history">
          {h.nodes.map((c) => (
            <li key={c.version + c.at} className="card">
              <p><strong>{labelOr(`coop.history.action.${c.action}`, c.action)}</strong></p>
              <p className="muted small" data-testid="history-by">{t('coop.history.by', {
                who: c.by ? t('coop.order.historyPerson', { name: c.by.name, role: t(`coop.role.${c.by.role}` as MessageKey) }) : t('coop.history.system'),
                when: formatDateTime(c.at), v: c.version })}</p>
              {c.changes.length > 0 && (
                <table className="changes">
                  <caption className="visually-hidden">{t('coop.history.changes')}</caption>
                  <thead><tr><th scope="col">{t('coop.history.field')}</th><th scope="col">{t('coop.history.before')}</th><th scope="col">{t('coop.history.after')}</th></tr></thead>
                  <tbody>
                    {c.changes.map((f) => (
                      <tr key={f.field}>
                        <th scope="row">{fieldName(f.field)}</th>
                        <td><Value field={f.field} value={f.before} /></td>
                        <td><Value field={f.field} value={f.after} /></td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </li>
          ))}
        </ol>
      )}
      {h.pageInfo.hasNextPage && <p className="muted small">{t('coop.history.more')}</p>}
    </div>
  );
}
