import { Link } from 'react-router-dom';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import { SearchBox } from '../components/SearchBox';
import { QueryError } from '../components/QueryError';
import { PageSkeleton } from '../components/Skeleton';
import { groupNumerals, groups } from '../lib/groups';

const HomeQuery = graphql(`
  query Home {
    provinces { code name nameEn kind formerProvinces { code name } }
    cooperatives(first: 6) {
      nodes { slug name commune province { name } storefront { tagline } memberCount }
    }
  }
`);

export default function HomePage() {
  const { t, lang } = useI18n();
  const [{ data, fetching, error }, refetch] = useQuery({ query: HomeQuery });
  return (
    <div className="page home">
      <section className="hero">
        <h1>{t('home.title')}</h1>
        <p>{t('app.tagline')}</p>
        <SearchBox />
      </section>

      <section aria-labelledby="groups-h">
        <h2 id="groups-h">{t('home.groups')}</h2>
        <ul className="tiles">
          {groups.map((g) => (
            <li key={g}>
              <Link className="tile" to={`/search?group=${g}`}>
                <span aria-hidden="true" className="tile-icon">{groupNumerals[g]}</span>
                {t(`group.${g}`)}
              </Link>
            </li>
          ))}
        </ul>
      </section>

      {error && !data ? (
        <QueryError error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />
      ) : fetching || !data ? (
        <PageSkeleton />
      ) : (
        <>
          <section aria-labelledby="coops-h">
            <h2 id="coops-h">{t('home.cooperatives')}</h2>
            <ul className="coop-list">
              {data.cooperatives.nodes.map((c) => (
                <li key={c.slug} className="card coop-card">
                  <h3><Link to={`/cooperatives/${c.slug}`}>{c.name}</Link></h3>
                  {c.storefront.tagline && <p>{c.storefront.tagline}</p>}
                  <p className="muted">{c.commune}, {c.province.name} · {t('coop.members', { n: c.memberCount })}</p>
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="provinces-h">
            <h2 id="provinces-h">{t('home.provinces')}</h2>
            <ul className="province-list">
              {data.provinces.map((p) => (
                <li key={p.code}>
                  <Link to={`/search?province=${p.code}`}>{lang === 'en' ? p.nameEn : p.name}</Link>
                  {p.formerProvinces.length > 0 && (
                    <span className="muted small">
                      {' '}{t('home.formerProvinces', { names: p.formerProvinces.map((f) => f.name).join(', ') })}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </div>
  );
}
