import type { ClusterReportQuery } from '../../gql/graphql';

export type Figures = ClusterReportQuery['clusterReport']['total'];

/** Order value and count: what was placed and not cancelled or rejected (those never became sales). */
export function liveOrders(f: Figures): { count: number; value: number } {
  return f.orders.filter((o) => o.status !== 'CANCELLED' && o.status !== 'REJECTED')
    .reduce((s, o) => ({ count: s.count + o.count, value: s.value + o.value }), { count: 0, value: 0 });
}

export function stars(f: Figures, n: number): number {
  return f.productsByStars.find((s) => s.stars === n)?.count ?? 0;
}

export const columns: { key: string; of: (f: Figures) => number }[] = [
  { key: 'cooperativesVerified', of: (f) => f.cooperativesVerified },
  { key: 'cooperativesActive', of: (f) => f.cooperativesActive },
  { key: 'publishedListings', of: (f) => f.publishedListings },
  { key: 'stars3', of: (f) => stars(f, 3) },
  { key: 'stars4', of: (f) => stars(f, 4) },
  { key: 'stars5', of: (f) => stars(f, 5) },
  { key: 'buyers', of: (f) => f.buyers },
  { key: 'orderCount', of: (f) => liveOrders(f).count },
  { key: 'orderValue', of: (f) => liveOrders(f).value },
  { key: 'demandRequests', of: (f) => f.demandRequests },
  { key: 'demandRequestsAnswered', of: (f) => f.demandRequestsAnswered },
  { key: 'demandRequestsAccepted', of: (f) => f.demandRequestsAccepted },
];

const cell = (v: string | number) => {
  const s = String(v);
  return /[",\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** UTF-8 with a BOM, so spreadsheet programs read the Vietnamese names right. */
export function toCsv(headers: string[], rows: { name: string; code: string; figures: Figures }[]): string {
  const lines = [['code', 'province', ...headers].map(cell).join(',')];
  for (const r of rows) lines.push([r.code, r.name, ...columns.map((c) => c.of(r.figures))].map(cell).join(','));
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
