import { useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { formatDate, formatVnd } from '../../lib/format';
import { useTitle } from '../../lib/useTitle';
import { PageSkeleton } from '../../components/Skeleton';
import { QueryError } from '../../components/QueryError';
import { useProvinces } from '../buyer/shared';
import { columns, liveOrders, stars, toCsv, type Figures } from './report';

const ClusterReportQueryDoc = graphql(`
  query ClusterReport($from: DateOnly!, $to: DateOnly!, $provinceCodes: [String!]) {
    clusterReport(from: $from, to: $to, provinceCodes: $provinceCodes) {
      from to
      total { ...ProvinceFiguresFields }
      provinces { ...ProvinceFiguresFields }
    }
  }
  fragment ProvinceFiguresFields on ProvinceFigures {
    provinceCode provinceName buyers cooperativesActive cooperativesVerified publishedListings
    demandRequests demandRequestsAnswered demandRequestsAccepted
    orders { status count value }
    productsByStars { stars count }
  }
`);

// The Red River Delta cluster the alliance reports on (today's codes: Hà Nội, Hải Phòng, Hưng Yên, Ninh Bình).
const CLUSTER = ['01', '31', '33', '37'];

function vietnamToday(): string {
  return new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
}

/** Horizontal bars drawn with CSS: no chart library, readable at 360 px, each bar's value written beside it. */
function Bars({ id, title, rows, format = String, series }: {
  id: string; title: string; rows: { label: string; values: number[] }[]; format?: (n: number) => string; series?: string[];
}) {
  const max = Math.max(1, ...rows.flatMap((r) => r.values));
  return (
    <figure className={`chart${format === String ? '' : ' money'}`} data-testid={id} aria-labelledby={`${id}-cap`}>
      <figcaption id={`${id}-cap`}>{title}</figcaption>
      {series && (
        <ul className="legend">
          {series.map((s, i) => <li key={s}><span className={`swatch s${i}`} aria-hidden="true" />{s}</li>)}
        </ul>
      )}
      <ul className="bars">
        {rows.map((r) => (
          <li key={r.label} className="bar-row">
            <span className="bar-label">{r.label}</span>
            <span className="bar-group">
              {r.values.map((v, i) => (
                <span key={i} className="bar-line">
                  <span className="bar-track" aria-hidden="true"><span className={`bar s${i}`} style={{ width: `${(v / max) * 100}%` }} /></span>
                  <span className="bar-value" data-value={v}>{series && <span className="visually-hidden">{series[i]}: </span>}{format(v)}</span>
                </span>
              ))}
            </span>
          </li>
        ))}
      </ul>
    </figure>
  );
}

export default function ReportPage() {
  const { t, lang } = useI18n();
  useTitle(t('admin.nav.report'));
  const provinces = useProvinces();
  const today = vietnamToday();
  const [period, setPeriod] = useState({ from: `${today.slice(0, 4)}-01-01`, to: today, codes: CLUSTER });
  const [{ data, error, fetching }, retry] = useQuery({
    query: ClusterReportQueryDoc,
    variables: { from: period.from, to: period.to, provinceCodes: period.codes.length ? period.codes : null },
    requestPolicy: 'cache-and-network',
  });

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    setPeriod({ from: String(f.get('from')), to: String(f.get('to')), codes: f.getAll('province').map(String) });
  }

  const report = data?.clusterReport;
  const header = (key: string) => t(`admin.report.col.${key}` as MessageKey);
  const nameOf = (f: Figures) => {
    const p = provinces.find((x) => x.code === f.provinceCode);
    return (lang === 'en' ? p?.nameEn : p?.name) ?? f.provinceName ?? '';
  };
  const rows = report?.provinces ?? [];

  function download() {
    if (!report) return;
    const csv = toCsv(columns.map((c) => header(c.key)), [
      ...rows.map((f) => ({ code: f.provinceCode ?? '', name: nameOf(f), figures: f })),
      { code: '', name: t('admin.report.total'), figures: report.total },
    ]);
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `bao-cao-lien-minh-${report.from}-${report.to}.csv`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  return (
    <div className="page report">
      <h1>{t('admin.nav.report')}</h1>
      <form className="form report-form" onSubmit={submit} aria-label={t('admin.report.period')}>
        <div className="two">
          <div className="field"><label htmlFor="rp-from">{t('admin.report.from')}</label>
            <input id="rp-from" name="from" type="date" required defaultValue={period.from} max={today} /></div>
          <div className="field"><label htmlFor="rp-to">{t('admin.report.to')}</label>
            <input id="rp-to" name="to" type="date" required defaultValue={period.to} max={today} /></div>
        </div>
        <details className="province-pick">
          <summary>{t('admin.report.provinces', { n: period.codes.length || 34 })}</summary>
          <p className="muted small">{t('admin.report.provincesHint')}</p>
          <div className="province-checks">
            {provinces.map((p) => (
              <label key={p.code} className="check">
                <input type="checkbox" name="province" value={p.code} defaultChecked={period.codes.includes(p.code)} />
                {lang === 'en' ? p.nameEn : p.name}
              </label>
            ))}
          </div>
        </details>
        <button type="submit" className="button">{t('admin.report.show')}</button>
      </form>
      {error && !data ? <QueryError error={error} retry={() => retry({ requestPolicy: 'network-only' })} />
        : !report ? <PageSkeleton /> : (
          <>
            <p className="muted" data-testid="report-period" aria-busy={fetching}>
              {t('admin.report.showing', { from: formatDate(report.from), to: formatDate(report.to) })}
            </p>
            <div className="report-layout">
              <div className="charts">
                <Bars id="chart-orders" title={t('admin.report.chart.orders')} format={formatVnd}
                  rows={rows.map((f) => ({ label: nameOf(f), values: [liveOrders(f).value] }))} />
                <Bars id="chart-stars" title={t('admin.report.chart.stars')}
                  rows={[3, 4, 5].map((n) => ({ label: `${n}★`, values: [stars(report.total, n)] }))} />
                <Bars id="chart-active" title={t('admin.report.chart.active')}
                  rows={rows.map((f) => ({ label: nameOf(f), values: [f.cooperativesActive] }))} />
                <Bars id="chart-requests" title={t('admin.report.chart.requests')}
                  series={[header('demandRequests'), header('demandRequestsAnswered'), header('demandRequestsAccepted')]}
                  rows={rows.map((f) => ({ label: nameOf(f), values: [f.demandRequests, f.demandRequestsAnswered, f.demandRequestsAccepted] }))} />
              </div>
              <div className="report-table">
                <div className="table-wrap" tabIndex={0} aria-labelledby="rt-cap">
                  <table className="tiers figures" data-testid="report-table">
                    <caption id="rt-cap">{t('admin.report.table')}</caption>
                    <thead>
                      <tr><th scope="col">{t('filters.province')}</th>{columns.map((c) => <th key={c.key} scope="col">{header(c.key)}</th>)}</tr>
                    </thead>
                    <tbody>
                      {rows.map((f) => (
                        <tr key={f.provinceCode} data-code={f.provinceCode}>
                          <th scope="row">{nameOf(f)}</th>
                          {columns.map((c) => <td key={c.key} data-key={c.key} data-value={c.of(f)}>{c.key === 'orderValue' ? formatVnd(c.of(f)) : c.of(f)}</td>)}
                        </tr>
                      ))}
                    </tbody>
                    <tfoot>
                      <tr data-code="total">
                        <th scope="row">{t('admin.report.total')}</th>
                        {columns.map((c) => <td key={c.key} data-key={c.key} data-value={c.of(report.total)}>{c.key === 'orderValue' ? formatVnd(c.of(report.total)) : c.of(report.total)}</td>)}
                      </tr>
                    </tfoot>
                  </table>
                </div>
                <p className="muted small">{t('admin.report.ordersNote')}</p>
                <button type="button" className="button secondary" onClick={download} data-testid="csv">{t('admin.report.csv')}</button>
              </div>
            </div>
          </>
        )}
    </div>
  );
}
