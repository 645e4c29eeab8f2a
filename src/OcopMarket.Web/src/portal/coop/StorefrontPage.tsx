import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { CoopStorefrontQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { useTitle } from '../../lib/useTitle';
import { PageSkeleton } from '../../components/Skeleton';
import { QueryError } from '../../components/QueryError';
import { useAllListings } from './listings';
import { Field, describe, placeErrors, useErrorText, useUnsavedChanges, type UserError } from './ui';

const StorefrontQuery = graphql(`
  query CoopStorefront {
    me {
      id
      cooperative {
        id slug name version status statusReason story storyEn logoUrl
        contacts { phone email website }
        storefront { tagline bannerUrl featuredProducts { slug name } }
      }
    }
  }
`);

const UpdateStorefront = graphql(`
  mutation CoopUpdateStorefront($input: UpdateStorefrontInput!) {
    updateStorefront(input: $input) { cooperative { id version } userErrors { code field message } }
  }
`);

type Coop = NonNullable<NonNullable<CoopStorefrontQuery['me']>['cooperative']>;
type Form = { tagline: string; bannerUrl: string; logoUrl: string; story: string; storyEn: string; phone: string; email: string; website: string; featured: string[] };

const toForm = (c: Coop): Form => ({
  tagline: c.storefront.tagline ?? '', bannerUrl: c.storefront.bannerUrl ?? '', logoUrl: c.logoUrl ?? '', story: c.story, storyEn: c.storyEn ?? '',
  phone: c.contacts.phone ?? '', email: c.contacts.email ?? '', website: c.contacts.website ?? '', featured: c.storefront.featuredProducts.map((p) => p.slug),
});

function StorefrontForm({ coop, reload }: { coop: Coop; reload: () => void }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const initial = useMemo(() => toForm(coop), [coop]);
  const [form, setForm] = useState(initial);
  const [errors, setErrors] = useState<UserError[]>([]);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const [, update] = useMutation(UpdateStorefront);
  const { listings } = useAllListings(['PUBLISHED']);
  useEffect(() => setForm(initial), [initial]);
  const dirty = JSON.stringify(form) !== JSON.stringify(initial);
  const leave = useUnsavedChanges(dirty && !busy);
  const stale = errors.some((e) => e.code === 'CONFLICT' && e.field.includes('expectedVersion'));
  const { bySlot, rest } = placeErrors(errors.filter((e) => !(e.code === 'CONFLICT' && e.field.includes('expectedVersion'))),
    ['tagline', 'bannerurl', 'logourl', 'story', 'storyen', 'contacts.phone', 'contacts.email', 'contacts.website', 'featuredproductslugs']);
  const set = (k: keyof Form, v: string | string[]) => { setSaved(false); setForm((f) => ({ ...f, [k]: v })); };

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    const r = (await update({
      input: {
        // An emptied URL field is sent as "": the API removes the banner or logo (null would keep it).
        cooperativeId: coop.id, expectedVersion: coop.version, tagline: form.tagline, bannerUrl: form.bannerUrl.trim(),
        logoUrl: form.logoUrl.trim(), story: form.story, storyEn: form.storyEn,
        contacts: { phone: form.phone.trim() || null, email: form.email.trim() || null, website: form.website.trim() || null },
        featuredProductSlugs: form.featured,
      },
    })).data?.updateStorefront;
    setBusy(false);
    if (!r || r.userErrors.length) { setErrors(r?.userErrors ?? [{ code: 'NETWORK', field: [], message: t('error.other.title') }]); return; }
    setErrors([]);
    setSaved(true);
    reload();
  }

  const input = (k: keyof Form, slot: string, label: string, opts: { type?: string; multiline?: boolean; lang?: string } = {}) => {
    const id = `sf-${k}`;
    const error = bySlot.get(slot);
    const common = { id, value: form[k] as string, lang: opts.lang, onChange: (e: { target: { value: string } }) => set(k, e.target.value), ...describe(id, error) };
    return <Field id={id} label={label} error={error}>{opts.multiline ? <textarea rows={6} {...common} /> : <input type={opts.type ?? 'text'} {...common} />}</Field>;
  };

  const published = listings ?? [];
  return (
    <form className="form editor" onSubmit={submit} noValidate>
      {leave}
      {stale && (
        <div className="notice-inline conflict" role="alert" data-testid="conflict">
          <p>{t('coop.error.stale')}</p>
          <button type="button" className="button secondary" onClick={() => { setErrors([]); reload(); }}>{t('coop.reload')}</button>
        </div>
      )}
      {rest.map((e, i) => <p key={i} className="form-error" role="alert">{errorText(e)}</p>)}
      {saved && !dirty && <p className="form-ok" role="status">{t('coop.saved')}</p>}
      <fieldset>
        <legend>{t('coop.storefront.look')}</legend>
        {input('tagline', 'tagline', t('coop.storefront.tagline'))}
        {input('bannerUrl', 'bannerurl', t('coop.storefront.banner'), { type: 'url' })}
        {/^https?:\/\//.test(form.bannerUrl) && <img className="banner-preview" src={form.bannerUrl} alt={t('coop.storefront.bannerPreview')} />}
        {input('logoUrl', 'logourl', t('coop.storefront.logo'), { type: 'url' })}
      </fieldset>
      <fieldset>
        <legend>{t('coop.storefront.story')}</legend>
        {input('story', 'story', t('coop.storefront.storyVi'), { multiline: true })}
        {input('storyEn', 'storyen', t('coop.storefront.storyEn'), { multiline: true, lang: 'en' })}
      </fieldset>
      <fieldset>
        <legend>{t('coop.storefront.contacts')}</legend>
        {input('phone', 'contacts.phone', t('coop.storefront.phone'), { type: 'tel' })}
        {input('email', 'contacts.email', t('auth.email'), { type: 'email' })}
        {input('website', 'contacts.website', t('coop.storefront.website'), { type: 'url' })}
      </fieldset>
      <fieldset>
        <legend>{t('coop.storefront.featured')}</legend>
        <p className="muted small">{t('coop.storefront.featuredHint')}</p>
        {bySlot.get('featuredproductslugs') && <p className="field-error">{bySlot.get('featuredproductslugs')!.map(errorText).join(' ')}</p>}
        {published.length === 0 ? <p className="muted">{t('coop.storefront.noPublished')}</p> : published.map((l) => (
          <label key={l.slug} className="check">
            <input type="checkbox" checked={form.featured.includes(l.slug)}
              onChange={(e) => set('featured', e.target.checked ? [...form.featured, l.slug] : form.featured.filter((s) => s !== l.slug))} />
            {l.name}{form.featured.includes(l.slug) ? ` (#${form.featured.indexOf(l.slug) + 1})` : ''}
          </label>
        ))}
      </fieldset>
      <div className="sticky-actions">
        <button type="submit" className="button" disabled={busy || !dirty}>{t('coop.save')}</button>
        {dirty && <span className="muted small" role="status">{t('coop.unsaved.badge')}</span>}
      </div>
    </form>
  );
}

export default function StorefrontPage() {
  const { t } = useI18n();
  useTitle(t('coop.storefront.title'));
  const [{ data, error, fetching }, retry] = useQuery({ query: StorefrontQuery, requestPolicy: 'network-only' });
  const coop = data?.me?.cooperative;
  if (error && !data) return <QueryError error={error} retry={() => retry({ requestPolicy: 'network-only' })} />;
  if ((fetching && !data) || !coop) return <PageSkeleton />;
  return (
    <div className="page coop-page">
      <h1>{t('coop.storefront.title')}</h1>
      <p>
        {coop.status === 'VERIFIED'
          ? <Link to={`/cooperatives/${coop.slug}`} data-testid="public-link">{t('portal.publicPage')}</Link>
          : <span className="muted" data-testid="coop-status">{t(`portal.coopStatus.${coop.status}` as MessageKey)}</span>}
      </p>
      {coop.status !== 'VERIFIED' && coop.statusReason && <p className="notice-inline" data-testid="status-reason">{t('portal.statusReason', { reason: coop.statusReason })}</p>}
      <StorefrontForm coop={coop} reload={() => retry({ requestPolicy: 'network-only' })} />
    </div>
  );
}
