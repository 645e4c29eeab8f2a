import { Link } from 'react-router-dom';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { useTitle } from '../../lib/useTitle';
import { formatDate, formatVnd } from '../../lib/format';
import { PageSkeleton } from '../../components/Skeleton';
import { QueryError } from '../../components/QueryError';
import { useAllListings } from './listings';

const AgreementsQuery = graphql(`
  query CoopSupplyAgreements {
    supplyAgreements { id sku unitPrice validFrom validTo status buyerId }
  }
`);

/**
 * The cooperative's supply agreements and their state. Proposing one needs the buyer's id, which the API gives a
 * manager nowhere (orders and requests carry the buyer's name only): the page says so instead of asking for an id.
 */
export default function AgreementsPage() {
  const { t } = useI18n();
  useTitle(t('coop.agreements.title'));
  const [{ data, error, fetching }, retry] = useQuery({ query: AgreementsQuery, requestPolicy: 'network-only' });
  const { listings } = useAllListings();
  if (error && !data) return <QueryError error={error} retry={() => retry({ requestPolicy: 'network-only' })} />;
  if (fetching || !data) return <PageSkeleton />;
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
              <p className="card-meta">
                <span className={`badge ${a.status === 'DECLINED' ? 'warn' : 'ok'}`}>{t(`coop.agreements.status.${a.status}` as MessageKey)}</span>
                <span className="price">{formatVnd(a.unitPrice)}</span>
                <span className="small">{formatDate(a.validFrom)} – {formatDate(a.validTo)}</span>
              </p>
            </li>
          ))}
        </ul>
      )}
      <section className="notice-inline" aria-labelledby="propose-title">
        <h2 id="propose-title">{t('coop.agreements.propose')}</h2>
        <p>{t('coop.agreements.missing')}</p>
        <p><Link to="/coop/orders">{t('coop.agreements.seeOrders')}</Link></p>
      </section>
    </div>
  );
}
