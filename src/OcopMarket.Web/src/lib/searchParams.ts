import type { OcopGroup, ProductFilter, ProductOrder } from '../gql/graphql';
import { groups } from './groups';

/** A search lives in the URL (shareable, and Back works): q, province*, group*, stars, min, max, stock, cert, sort. */
export interface SearchState {
  q: string;
  provinces: string[];
  groups: OcopGroup[];
  minStars: number | null;
  minPrice: number | null;
  maxPrice: number | null;
  inStock: boolean;
  certifiedOnly: boolean;
  sort: ProductOrder | null;
}

export const sorts: ProductOrder[] = ['RELEVANCE', 'NEWEST', 'PRICE_ASC', 'PRICE_DESC', 'STARS_DESC'];

function wholeNumber(value: string | null): number | null {
  if (value == null || !/^\d{1,12}$/.test(value)) return null;
  return Number(value);
}

export function readSearch(params: URLSearchParams): SearchState {
  const stars = wholeNumber(params.get('stars'));
  const sort = params.get('sort') as ProductOrder | null;
  return {
    q: params.get('q') ?? '',
    provinces: params.getAll('province').filter((p) => /^\d{2}$/.test(p)),
    groups: params.getAll('group').filter((g): g is OcopGroup => (groups as string[]).includes(g)),
    minStars: stars != null && stars >= 1 && stars <= 5 ? stars : null,
    minPrice: wholeNumber(params.get('min')),
    maxPrice: wholeNumber(params.get('max')),
    inStock: params.get('stock') === '1',
    certifiedOnly: params.get('cert') === '1',
    sort: sort && sorts.includes(sort) ? sort : null,
  };
}

export function writeSearch(s: SearchState): URLSearchParams {
  const p = new URLSearchParams();
  if (s.q.trim()) p.set('q', s.q.trim());
  s.provinces.forEach((c) => p.append('province', c));
  s.groups.forEach((g) => p.append('group', g));
  if (s.minStars != null) p.set('stars', String(s.minStars));
  if (s.minPrice != null) p.set('min', String(s.minPrice));
  if (s.maxPrice != null) p.set('max', String(s.maxPrice));
  if (s.inStock) p.set('stock', '1');
  if (s.certifiedOnly) p.set('cert', '1');
  if (s.sort) p.set('sort', s.sort);
  return p;
}

export function toFilter(s: SearchState): ProductFilter {
  const f: ProductFilter = {};
  if (s.provinces.length) f.provinceCodes = s.provinces;
  if (s.groups.length) f.groups = s.groups;
  if (s.minStars != null) f.minStars = s.minStars;
  if (s.minPrice != null) f.minPrice = s.minPrice;
  if (s.maxPrice != null) f.maxPrice = s.maxPrice;
  if (s.inStock) f.inStock = true;
  if (s.certifiedOnly) f.certifiedOnly = true;
  return f;
}

export function hasFilters(s: SearchState): boolean {
  return Object.keys(toFilter(s)).length > 0;
}
