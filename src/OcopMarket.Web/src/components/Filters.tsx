import { useState, type FormEvent } from 'react';
import type { OcopGroup, SearchQuery } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import type { SearchState } from '../lib/searchParams';

type Facets = SearchQuery['productFacets'];

function toggle<T>(list: T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

/** The facet sidebar (a sheet on phones): counts come from productFacets for the same search and filter. */
export function Filters({ state, facets, update, open, onClose }: {
  state: SearchState;
  facets: Facets | null;
  update: (next: Partial<SearchState>) => void;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const [min, setMin] = useState(state.minPrice?.toString() ?? '');
  const [max, setMax] = useState(state.maxPrice?.toString() ?? '');
  const applyPrice = (e: FormEvent) => {
    e.preventDefault();
    const whole = (v: string) => (/^\d{1,12}$/.test(v.replace(/[.\s]/g, '')) ? Number(v.replace(/[.\s]/g, '')) : null);
    update({ minPrice: whole(min), maxPrice: whole(max) });
  };
  // Stars: "from N stars" counts the products with N or more (the filter is minStars).
  const starLevels = [5, 4, 3].map((n) => ({
    n, count: (facets?.stars ?? []).filter((s) => s.stars >= n).reduce((sum, s) => sum + s.count, 0),
  }));

  return (
    <aside className={`filters${open ? ' open' : ''}`} aria-labelledby="filters-h">
      <div className="filters-head">
        <h2 id="filters-h">{t('filters.title')}</h2>
        <button type="button" className="button secondary filters-close" onClick={onClose}>{t('filters.close')}</button>
      </div>

      <fieldset>
        <legend>{t('filters.group')}</legend>
        {(facets?.groups ?? []).map((g) => (
          <label key={g.group} className="check">
            <input type="checkbox" name="group" value={g.group} checked={state.groups.includes(g.group)}
              onChange={() => update({ groups: toggle<OcopGroup>(state.groups, g.group) })} />
            {t(`group.${g.group}`)} <span className="facet-count">{g.count}</span>
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t('filters.province')}</legend>
        {(facets?.provinces ?? []).map((p) => (
          <label key={p.code} className="check">
            <input type="checkbox" name="province" value={p.code} checked={state.provinces.includes(p.code)}
              onChange={() => update({ provinces: toggle(state.provinces, p.code) })} />
            {p.name} <span className="facet-count">{p.count}</span>
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t('filters.stars')}</legend>
        {starLevels.map(({ n, count }) => (
          <label key={n} className="check">
            <input type="checkbox" name="stars" value={n} checked={state.minStars === n}
              disabled={count === 0 && state.minStars !== n}
              onChange={() => update({ minStars: state.minStars === n ? null : n })} />
            {t('filters.starsAtLeast', { n })} <span className="facet-count">{count}</span>
          </label>
        ))}
      </fieldset>

      <form className="price-range" onSubmit={applyPrice}>
        <fieldset>
          <legend>{t('filters.price')}</legend>
          <label>{t('filters.priceMin')} <input inputMode="numeric" name="min" value={min} onChange={(e) => setMin(e.target.value)} /></label>
          <label>{t('filters.priceMax')} <input inputMode="numeric" name="max" value={max} onChange={(e) => setMax(e.target.value)} /></label>
          <button type="submit" className="button secondary">{t('filters.apply')}</button>
        </fieldset>
      </form>

      <fieldset>
        <label className="check">
          <input type="checkbox" name="stock" checked={state.inStock} onChange={() => update({ inStock: !state.inStock })} />
          {t('filters.inStock')}
        </label>
        <label className="check">
          <input type="checkbox" name="cert" checked={state.certifiedOnly}
            onChange={() => update({ certifiedOnly: !state.certifiedOnly })} />
          {t('filters.certifiedOnly')}
        </label>
      </fieldset>
    </aside>
  );
}
