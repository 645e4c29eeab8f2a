import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import type { OcopGroup, VariantInput } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { useTitle } from '../../lib/useTitle';
import { formatDate, formatVnd } from '../../lib/format';
import { PageSkeleton } from '../../components/Skeleton';
import { NotAllowed } from '../NotAllowed';
import { useListing, type Listing } from './listings';
import {
  ConfirmDialog, Field, FieldError, StatusBadge, describe, inputId, parseInteger, placeErrors, todayInVietnam,
  useErrorText, useUnsavedChanges, type UserError,
} from './ui';

const CreateProduct = graphql(`
  mutation CoopCreateProduct($input: CreateProductInput!) {
    createProduct(input: $input) { product { id slug version } userErrors { code field message } }
  }
`);
const UpdateProduct = graphql(`
  mutation CoopUpdateProduct($input: UpdateProductInput!) {
    updateProduct(input: $input) { product { id slug version } userErrors { code field message } }
  }
`);
const PublishProduct = graphql(`
  mutation CoopPublishProduct($input: ProductActionInput!) {
    publishProduct(input: $input) { product { id slug status version } userErrors { code field message } }
  }
`);
const UnpublishProduct = graphql(`
  mutation CoopUnpublishProduct($input: ProductActionInput!) {
    unpublishProduct(input: $input) { product { id slug status version } userErrors { code field message } }
  }
`);
const ArchiveProduct = graphql(`
  mutation CoopArchiveProduct($input: ProductActionInput!) {
    archiveProduct(input: $input) { product { id slug status version } userErrors { code field message } }
  }
`);
const AttachCertificate = graphql(`
  mutation CoopAttachCertificate($input: AttachCertificateInput!) {
    attachCertificate(input: $input) { product { id version certificate { stars expiresOn verified valid } } userErrors { code field message } }
  }
`);

const groups: OcopGroup[] = ['FOOD', 'DRINKS', 'HERBAL', 'HANDICRAFTS', 'ORNAMENTAL', 'TOURISM'];

type Tier = { minQuantity: string; unitPrice: string };
type Variant = {
  key: number; sku: string; name: string; nameEn: string; unit: string; retailPrice: string; minOrderQuantity: string;
  orderIncrement: string; weightGrams: string; tiers: Tier[];
};
type Form = {
  name: string; nameEn: string; slug: string; group: OcopGroup; subgroup: string; origin: string; description: string;
  descriptionEn: string; tags: string; imageUrls: string[]; variants: Variant[];
};

let nextKey = 1;
const emptyVariant = (): Variant => ({
  key: nextKey++, sku: '', name: '', nameEn: '', unit: '', retailPrice: '', minOrderQuantity: '1', orderIncrement: '1', weightGrams: '0', tiers: [],
});

function toForm(l: Listing | null): Form {
  if (!l) {
    return { name: '', nameEn: '', slug: '', group: 'FOOD', subgroup: '', origin: '', description: '', descriptionEn: '', tags: '', imageUrls: [], variants: [emptyVariant()] };
  }
  return {
    name: l.name, nameEn: l.nameEn ?? '', slug: l.slug, group: l.group, subgroup: l.subgroup, origin: l.origin,
    description: l.description, descriptionEn: l.descriptionEn ?? '', tags: l.tags.join(', '), imageUrls: [...l.imageUrls],
    variants: l.variants.map((v) => ({
      key: nextKey++, sku: v.sku, name: v.name, nameEn: v.nameEn ?? '', unit: v.unit, retailPrice: String(v.retailPrice),
      minOrderQuantity: String(v.minOrderQuantity), orderIncrement: String(v.orderIncrement), weightGrams: String(v.weightGrams),
      tiers: v.priceTiers.map((p) => ({ minQuantity: String(p.minQuantity), unitPrice: String(p.unitPrice) })),
    })),
  };
}

/** Form → the API's input, or local errors for numbers that are not whole numbers (the server checks everything else). */
function toInput(form: Form, t: (k: MessageKey) => string) {
  const local: UserError[] = [];
  const int = (text: string, path: string[], required = true): number => {
    const n = parseInteger(text);
    if (n === null && (required || text.trim())) local.push({ code: 'LOCAL', field: ['input', ...path], message: t('coop.error.wholeNumber') });
    return n ?? 0;
  };
  if (!form.name.trim()) local.push({ code: 'LOCAL', field: ['input', 'name'], message: t('coop.error.required') });
  if (!form.slug.trim()) local.push({ code: 'LOCAL', field: ['input', 'slug'], message: t('coop.error.required') });
  const variants: VariantInput[] = form.variants.map((v, i) => {
    const at = (name: string) => ['variants', String(i), name];
    if (!v.sku.trim()) local.push({ code: 'LOCAL', field: ['input', ...at('sku')], message: t('coop.error.required') });
    if (!v.name.trim()) local.push({ code: 'LOCAL', field: ['input', ...at('name')], message: t('coop.error.required') });
    if (!v.unit.trim()) local.push({ code: 'LOCAL', field: ['input', ...at('unit')], message: t('coop.error.required') });
    return {
      sku: v.sku.trim(), name: v.name.trim(), nameEn: v.nameEn.trim() || null, unit: v.unit.trim(),
      retailPrice: int(v.retailPrice, at('retailPrice')),
      minOrderQuantity: int(v.minOrderQuantity, at('minOrderQuantity')),
      orderIncrement: int(v.orderIncrement, at('orderIncrement')),
      weightGrams: int(v.weightGrams || '0', at('weightGrams')),
      priceTiers: v.tiers.map((p, j) => ({
        minQuantity: int(p.minQuantity, ['variants', String(i), 'priceTiers', String(j), 'minQuantity']),
        unitPrice: int(p.unitPrice, ['variants', String(i), 'priceTiers', String(j), 'unitPrice']),
      })),
    };
  });
  const fields = {
    name: form.name.trim(), nameEn: form.nameEn.trim() || null, slug: form.slug.trim(), group: form.group,
    subgroup: form.subgroup.trim(), origin: form.origin.trim(), description: form.description, descriptionEn: form.descriptionEn || null,
    tags: form.tags.split(',').map((s) => s.trim()).filter(Boolean), imageUrls: form.imageUrls.map((u) => u.trim()).filter(Boolean), variants,
  };
  return { fields, local };
}

/** A URL name from a Vietnamese product name: "Mật ong rừng" → "mat-ong-rung". */
function slugify(name: string): string {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase()
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80);
}

function Preview({ url, alt }: { url: string; alt: string }) {
  const [failed, setFailed] = useState(false);
  useEffect(() => setFailed(false), [url]);
  if (!/^https?:\/\/\S+$/.test(url.trim())) return <span className="img-preview empty-preview" aria-hidden="true" />;
  if (failed) return <span className="img-preview empty-preview small muted">{alt}</span>;
  return <img className="img-preview" src={url.trim()} alt={alt} onError={() => setFailed(true)} />;
}

function EditorForm({ listing, reload }: { listing: Listing | null; reload: () => void }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const initial = useMemo(() => toForm(listing), [listing]);
  const [form, setForm] = useState<Form>(initial);
  const [errors, setErrors] = useState<UserError[]>([]);
  const [busy, setBusy] = useState(false);
  const [stale, setStale] = useState(false);
  const [saved, setSaved] = useState(false);
  const [slugTouched, setSlugTouched] = useState(!!listing);
  const [, create] = useMutation(CreateProduct);
  const [, update] = useMutation(UpdateProduct);
  const summaryRef = useRef<HTMLDivElement>(null);
  useEffect(() => { setForm(initial); setErrors([]); setStale(false); }, [initial]);

  const dirty = JSON.stringify(form) !== JSON.stringify(initial);
  const leaveDialog = useUnsavedChanges(dirty && !busy);

  const slots = ['name', 'nameen', 'slug', 'group', 'subgroup', 'origin', 'description', 'descriptionen', 'tags', 'imageurls', 'variants'];
  form.variants.forEach((v, i) => {
    for (const f of ['sku', 'name', 'nameen', 'unit', 'retailprice', 'minorderquantity', 'orderincrement', 'weightgrams', 'pricetiers']) slots.push(`variants.${i}.${f}`);
    v.tiers.forEach((_, j) => { slots.push(`variants.${i}.pricetiers.${j}.minquantity`, `variants.${i}.pricetiers.${j}.unitprice`); });
  });
  form.imageUrls.forEach((_, i) => slots.push(`imageurls.${i}`));
  const { bySlot, rest } = placeErrors(errors.filter((e) => !(e.code === 'CONFLICT' && e.field.includes('expectedVersion'))), slots);
  const err = (key: string) => bySlot.get(key.toLowerCase());

  const set = <K extends keyof Form>(k: K, v: Form[K]) => { setSaved(false); setForm((f) => ({ ...f, [k]: v })); };
  const setVariant = (i: number, patch: Partial<Variant>) => set('variants', form.variants.map((v, j) => (j === i ? { ...v, ...patch } : v)));
  const setTier = (i: number, j: number, patch: Partial<Tier>) =>
    setVariant(i, { tiers: form.variants[i].tiers.map((p, k) => (k === j ? { ...p, ...patch } : p)) });

  async function submit(e: FormEvent) {
    e.preventDefault();
    const { fields, local } = toInput(form, t);
    setSaved(false);
    if (local.length) { setErrors(local); focusFirstError(); return; }
    setBusy(true);
    setErrors([]);
    const result = listing
      ? await update({ input: { ...fields, productId: listing.id, expectedVersion: listing.version } })
      : await create({ input: fields });
    setBusy(false);
    const payload = result.data && ('updateProduct' in result.data ? result.data.updateProduct : result.data.createProduct);
    if (!payload) { setErrors([{ code: 'NETWORK', field: [], message: t('error.other.title') }]); focusFirstError(); return; }
    if (payload.userErrors.length) {
      setErrors(payload.userErrors);
      setStale(payload.userErrors.some((x) => x.code === 'CONFLICT' && x.field.includes('expectedVersion')));
      focusFirstError();
      return;
    }
    const slug = payload.product!.slug;
    setSaved(true);
    if (!listing) navigate(`/coop/listings/${slug}`, { replace: true, state: { created: true } });
    else if (slug !== listing.slug) navigate(`/coop/listings/${slug}`, { replace: true, state: { saved: true } });
    else reload();
  }

  function focusFirstError() {
    requestAnimationFrame(() => {
      const el = document.querySelector<HTMLElement>('[aria-invalid="true"], .field-error, .form-summary');
      el?.focus?.();
      el?.scrollIntoView({ block: 'center' });
    });
  }

  const text = (key: string, label: MessageKey, value: string, onChange: (v: string) => void, opts: { hint?: MessageKey; multiline?: boolean; inputMode?: 'numeric' | 'url' | 'text'; lang?: string; autoComplete?: string; money?: boolean } = {}) => {
    const id = inputId(key);
    const error = err(key);
    // Money fields echo the amount as it will read ("150.000 ₫"), so a missing or extra zero shows at once.
    const amount = opts.money ? parseInteger(value) : null;
    const hint = opts.hint ? t(opts.hint) : amount !== null && amount > 0 ? formatVnd(amount) : undefined;
    const common = { id, value, lang: opts.lang, ...describe(id, error, !!hint), onChange: (e: { target: { value: string } }) => onChange(e.target.value) };
    return (
      <Field id={id} label={t(label)} error={error} hint={hint}>
        {opts.multiline ? <textarea rows={5} {...common} /> : <input type="text" inputMode={opts.inputMode} autoComplete={opts.autoComplete ?? 'off'} {...common} />}
      </Field>
    );
  };

  const archived = listing?.status === 'ARCHIVED';
  return (
    <form className="form editor" onSubmit={submit} noValidate aria-busy={busy}>
      <fieldset className="plain" disabled={archived}>
      {leaveDialog}
      {stale && (
        <div className="notice-inline conflict" role="alert" data-testid="conflict">
          <p>{t('coop.error.stale')}</p>
          <button type="button" className="button secondary" onClick={() => { setStale(false); setErrors([]); reload(); }}>{t('coop.reload')}</button>
        </div>
      )}
      {rest.length > 0 && (
        <div className="form-summary" role="alert" tabIndex={-1} data-testid="form-errors">
          {rest.map((e, i) => <p key={i}>{errorText(e)}</p>)}
        </div>
      )}
      {errors.length > 0 && rest.length === 0 && !stale && <p className="form-error" role="alert">{t('coop.error.seeFields')}</p>}
      {saved && !dirty && <p className="form-ok" role="status">{t('coop.saved')}</p>}

      <fieldset>
        <legend>{t('coop.product.basics')}</legend>
        {text('name', 'coop.product.name', form.name, (v) => {
          setSaved(false);
          setForm((f) => ({ ...f, name: v, slug: slugTouched ? f.slug : slugify(v) }));
        })}
        {text('nameEn', 'coop.product.nameEn', form.nameEn, (v) => set('nameEn', v), { lang: 'en' })}
        {text('slug', 'coop.product.slug', form.slug, (v) => { setSlugTouched(true); set('slug', v); }, { hint: 'coop.product.slugHint' })}
        <Field id={inputId('group')} label={t('filters.group')} error={err('group')}>
          <select id={inputId('group')} value={form.group} onChange={(e) => set('group', e.target.value as OcopGroup)} {...describe(inputId('group'), err('group'))}>
            {groups.map((g) => <option key={g} value={g}>{t(`group.${g}` as MessageKey)}</option>)}
          </select>
        </Field>
        {text('subgroup', 'coop.product.subgroup', form.subgroup, (v) => set('subgroup', v), { hint: 'coop.product.subgroupHint' })}
        {text('origin', 'coop.product.origin', form.origin, (v) => set('origin', v))}
        {text('description', 'coop.product.description', form.description, (v) => set('description', v), { multiline: true })}
        {text('descriptionEn', 'coop.product.descriptionEn', form.descriptionEn, (v) => set('descriptionEn', v), { multiline: true, lang: 'en' })}
        {text('tags', 'coop.product.tags', form.tags, (v) => set('tags', v), { hint: 'coop.product.tagsHint' })}
      </fieldset>

      <fieldset>
        <legend>{t('coop.product.images')}</legend>
        <FieldError id={inputId('imageurls')} errors={err('imageurls')} />
        {form.imageUrls.length === 0 && <p className="muted">{t('coop.product.noImages')}</p>}
        <ul className="image-list">
          {form.imageUrls.map((url, i) => {
            const id = inputId(`imageurls.${i}`);
            return (
              <li key={i} className="image-row">
                <Preview url={url} alt={t('coop.product.imagePreview', { n: i + 1 })} />
                <div className="grow">
                  <Field id={id} label={t('coop.product.imageUrl', { n: i + 1 })} error={err(`imageurls.${i}`)}>
                    <input id={id} type="url" inputMode="url" value={url} placeholder="https://…" {...describe(id, err(`imageurls.${i}`))}
                      onChange={(e) => set('imageUrls', form.imageUrls.map((u, j) => (j === i ? e.target.value : u)))} />
                  </Field>
                  <button type="button" className="button secondary small-button" onClick={() => set('imageUrls', form.imageUrls.filter((_, j) => j !== i))}>
                    {t('coop.remove')} <span className="visually-hidden">{t('coop.product.imageUrl', { n: i + 1 })}</span>
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
        <button type="button" className="button secondary" onClick={() => set('imageUrls', [...form.imageUrls, ''])}>{t('coop.product.addImage')}</button>
      </fieldset>

      <fieldset>
        <legend>{t('product.variants')}</legend>
        <FieldError id={inputId('variants')} errors={err('variants')} />
        {form.variants.map((v, i) => {
          const k = (f: string) => `variants.${i}.${f}`;
          const num = (f: string, label: MessageKey, value: string, onChange: (x: string) => void, hint?: MessageKey) => text(k(f), label, value, onChange, { inputMode: 'numeric', hint });
          return (
            <section key={v.key} className="variant-card card" aria-labelledby={`variant-${v.key}`} data-testid={`variant-${i}`}>
              <div className="variant-head">
                <h3 id={`variant-${v.key}`}>{t('coop.product.variantN', { n: i + 1 })}{v.name ? `: ${v.name}` : ''}</h3>
                {form.variants.length > 1 && (
                  <button type="button" className="button secondary small-button" onClick={() => set('variants', form.variants.filter((_, j) => j !== i))}>
                    {t('coop.remove')} <span className="visually-hidden">{t('coop.product.variantN', { n: i + 1 })}</span>
                  </button>
                )}
              </div>
              <div className="grid-2">
                {text(k('sku'), 'coop.product.sku', v.sku, (x) => setVariant(i, { sku: x }), { hint: 'coop.product.skuHint' })}
                {text(k('name'), 'coop.product.variantName', v.name, (x) => setVariant(i, { name: x }), { hint: 'coop.product.variantNameHint' })}
                {text(k('nameEn'), 'coop.product.variantNameEn', v.nameEn, (x) => setVariant(i, { nameEn: x }), { lang: 'en' })}
                {text(k('unit'), 'coop.product.unit', v.unit, (x) => setVariant(i, { unit: x }), { hint: 'coop.product.unitHint' })}
                {text(k('retailPrice'), 'coop.product.retailPrice', v.retailPrice, (x) => setVariant(i, { retailPrice: x }), { inputMode: 'numeric', money: true })}
                {num('weightGrams', 'coop.product.weight', v.weightGrams, (x) => setVariant(i, { weightGrams: x }))}
                {num('minOrderQuantity', 'product.minOrder', v.minOrderQuantity, (x) => setVariant(i, { minOrderQuantity: x }))}
                {num('orderIncrement', 'coop.product.casePack', v.orderIncrement, (x) => setVariant(i, { orderIncrement: x }))}
              </div>
              <fieldset className="tiers-edit" aria-describedby={err(k('priceTiers')) ? `${inputId(k('priceTiers'))}-error` : undefined}>
                <legend>{t('product.tiers')}</legend>
                <p className="muted small">{t('coop.product.tiersHint')}</p>
                <FieldError id={inputId(k('priceTiers'))} errors={err(k('priceTiers'))} />
                {v.tiers.map((p, j) => {
                  const tk = (f: string) => `variants.${i}.priceTiers.${j}.${f}`;
                  return (
                    <div key={j} className="tier-row">
                      {text(tk('minQuantity'), 'coop.product.tierFrom', p.minQuantity, (x) => setTier(i, j, { minQuantity: x }), { inputMode: 'numeric' })}
                      {text(tk('unitPrice'), 'coop.product.tierPrice', p.unitPrice, (x) => setTier(i, j, { unitPrice: x }), { inputMode: 'numeric', money: true })}
                      <button type="button" className="button secondary small-button" onClick={() => setVariant(i, { tiers: v.tiers.filter((_, m) => m !== j) })}>
                        {t('coop.remove')} <span className="visually-hidden">{t('coop.product.tierN', { n: j + 1 })}</span>
                      </button>
                    </div>
                  );
                })}
                <button type="button" className="button secondary" onClick={() => setVariant(i, { tiers: [...v.tiers, { minQuantity: '', unitPrice: '' }] })}>
                  {t('coop.product.addTier')} <span className="visually-hidden">{t('coop.product.variantN', { n: i + 1 })}</span>
                </button>
              </fieldset>
            </section>
          );
        })}
        <button type="button" className="button secondary" onClick={() => set('variants', [...form.variants, emptyVariant()])}>{t('coop.product.addVariant')}</button>
      </fieldset>

      {!archived && (
        <div className="sticky-actions">
          <button type="submit" className="button" disabled={busy} data-testid="save">{t(listing ? 'coop.save' : 'coop.product.createDraft')}</button>
          {dirty && <span className="muted small" role="status">{t('coop.unsaved.badge')}</span>}
        </div>
      )}
      </fieldset>
    </form>
  );
}

type Action = 'publish' | 'unpublish' | 'archive';

function StatusActions({ listing, reload }: { listing: Listing; reload: () => void }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const [asking, setAsking] = useState<Action | null>(null);
  const [error, setError] = useState<UserError | null>(null);
  const [done, setDone] = useState<Action | null>(null);
  const [, publish] = useMutation(PublishProduct);
  const [, unpublish] = useMutation(UnpublishProduct);
  const [, archive] = useMutation(ArchiveProduct);
  const actions: Action[] = listing.status === 'DRAFT' ? ['publish', 'archive'] : listing.status === 'PUBLISHED' ? ['unpublish', 'archive'] : [];

  async function run(action: Action) {
    setAsking(null);
    setError(null);
    const input = { productId: listing.id, expectedVersion: listing.version };
    const result = action === 'publish' ? await publish({ input }) : action === 'unpublish' ? await unpublish({ input }) : await archive({ input });
    const payload = result.data && ('publishProduct' in result.data ? result.data.publishProduct
      : 'unpublishProduct' in result.data ? result.data.unpublishProduct : result.data.archiveProduct);
    if (!payload || payload.userErrors.length) {
      setError(payload?.userErrors[0] ?? { code: 'NETWORK', field: [], message: t('error.other.title') });
      return;
    }
    setDone(action);
    reload();
  }

  const stale = error?.code === 'CONFLICT';
  return (
    <section className="card status-card" aria-labelledby="status-title">
      <h2 id="status-title">{t('coop.listings.status')}: <StatusBadge status={listing.status} /></h2>
      <p className="muted small">{t(`coop.status.explain.${listing.status}` as MessageKey)}</p>
      {done && <p className="form-ok" role="status">{t(`coop.action.done.${done}` as MessageKey)}</p>}
      {error && (
        <div className="form-error" role="alert" data-testid="action-error">
          <p>{errorText(error)}</p>
          {stale && <button type="button" className="button secondary" onClick={() => { setError(null); reload(); }}>{t('coop.reload')}</button>}
        </div>
      )}
      <div className="actions">
        {actions.map((a) => (
          <button key={a} type="button" className={`button secondary${a === 'archive' ? ' danger-outline' : ''}`} onClick={() => { setDone(null); setAsking(a); }}>
            {t(`coop.action.${a}` as MessageKey)}
          </button>
        ))}
        {listing.status === 'PUBLISHED' && <Link className="button secondary" to={`/products/${listing.slug}`}>{t('coop.product.publicPage')}</Link>}
        <Link className="button secondary" to={`/coop/listings/${listing.slug}/history`}>{t('coop.history.title')}</Link>
      </div>
      <ConfirmDialog
        open={asking !== null}
        title={asking ? t(`coop.action.confirm.${asking}` as MessageKey, { name: listing.name }) : ''}
        text={asking ? t(`coop.action.confirmText.${asking}` as MessageKey) : ''}
        confirmLabel={asking ? t(`coop.action.${asking}` as MessageKey) : ''}
        danger={asking === 'archive'}
        onCancel={() => setAsking(null)}
        onConfirm={() => asking && run(asking)}
      />
    </section>
  );
}

function CertificateSection({ listing, reload }: { listing: Listing; reload: () => void }) {
  const { t } = useI18n();
  const [, attach] = useMutation(AttachCertificate);
  const [errors, setErrors] = useState<UserError[]>([]);
  const [open, setOpen] = useState(!listing.certificate);
  const [busy, setBusy] = useState(false);
  const [ok, setOk] = useState(false);
  const c = listing.certificate;
  const slots = ['stars', 'decisionnumber', 'issuer', 'level', 'issuedon', 'score'];
  const { bySlot, rest } = placeErrors(errors, slots);
  const errorText = useErrorText();

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const score = String(f.get('score') ?? '').trim();
    setBusy(true);
    setOk(false);
    const result = await attach({
      input: {
        productId: listing.id, stars: Number(f.get('stars')), decisionNumber: String(f.get('decisionNumber')), issuer: String(f.get('issuer')),
        level: String(f.get('level')), issuedOn: String(f.get('issuedOn')), score: score ? parseInteger(score) : null,
      },
    });
    setBusy(false);
    const payload = result.data?.attachCertificate;
    if (!payload || payload.userErrors.length) { setErrors(payload?.userErrors ?? [{ code: 'NETWORK', field: [], message: t('error.other.title') }]); return; }
    setErrors([]);
    setOk(true);
    setOpen(false);
    reload();
  }
  const id = (k: string) => `cert-${k}`;
  return (
    <section className="card" aria-labelledby="cert-title" data-testid="certificate">
      <h2 id="cert-title">{t('coop.cert.title')}</h2>
      {ok && <p className="form-ok" role="status">{t('coop.cert.attached')}</p>}
      {c ? (
        <dl className="facts">
          <dt>{t('filters.stars')}</dt><dd>{c.stars}★{c.score != null ? ` (${c.score}/100)` : ''}</dd>
          <dt>{t('coop.cert.decision')}</dt><dd>{c.decisionNumber}</dd>
          <dt>{t('coop.cert.issuer')}</dt><dd>{c.issuer} · {t(`coop.cert.level.${c.level}` as MessageKey)}</dd>
          <dt>{t('coop.cert.issuedOn')}</dt><dd>{formatDate(c.issuedOn)}</dd>
          <dt>{t('coop.cert.validUntil')}</dt><dd>{formatDate(c.expiresOn)}</dd>
          <dt>{t('coop.cert.state')}</dt>
          <dd data-testid="cert-state">
            <span className={`badge ${c.valid ? 'ok' : 'warn'}`}>{t(c.valid ? 'coop.cert.valid' : !c.verified ? 'coop.cert.unverified' : 'coop.cert.expired')}</span>
          </dd>
        </dl>
      ) : <p className="muted">{t('coop.cert.none')}</p>}
      {!open ? (
        <button type="button" className="button secondary" onClick={() => setOpen(true)}>{t(c ? 'coop.cert.replace' : 'coop.cert.attach')}</button>
      ) : (
        <form className="form" onSubmit={submit} noValidate>
          {rest.map((e, i) => <p key={i} className="form-error" role="alert">{errorText(e)}</p>)}
          <div className="grid-2">
            <Field id={id('stars')} label={t('filters.stars')} error={bySlot.get('stars')}>
              <select id={id('stars')} name="stars" defaultValue={c?.stars ?? 3} {...describe(id('stars'), bySlot.get('stars'))}>
                {[3, 4, 5].map((s) => <option key={s} value={s}>{s}★</option>)}
              </select>
            </Field>
            <Field id={id('score')} label={t('coop.cert.score')} error={bySlot.get('score')}>
              <input id={id('score')} name="score" inputMode="numeric" defaultValue={c?.score ?? ''} {...describe(id('score'), bySlot.get('score'))} />
            </Field>
            <Field id={id('decisionNumber')} label={t('coop.cert.decision')} error={bySlot.get('decisionnumber')}>
              <input id={id('decisionNumber')} name="decisionNumber" defaultValue={c?.decisionNumber ?? ''} placeholder="Quyết định số 144/QĐ-UBND" {...describe(id('decisionNumber'), bySlot.get('decisionnumber'))} />
            </Field>
            <Field id={id('issuer')} label={t('coop.cert.issuer')} error={bySlot.get('issuer')}>
              <input id={id('issuer')} name="issuer" defaultValue={c?.issuer ?? ''} {...describe(id('issuer'), bySlot.get('issuer'))} />
            </Field>
            <Field id={id('level')} label={t('coop.cert.levelLabel')} error={bySlot.get('level')}>
              <select id={id('level')} name="level" defaultValue={c?.level ?? 'Province'} {...describe(id('level'), bySlot.get('level'))}>
                {['District', 'Province', 'Central'].map((l) => <option key={l} value={l}>{t(`coop.cert.level.${l}` as MessageKey)}</option>)}
              </select>
            </Field>
            <Field id={id('issuedOn')} label={t('coop.cert.issuedOn')} error={bySlot.get('issuedon')}>
              <input id={id('issuedOn')} name="issuedOn" type="date" max={todayInVietnam()} defaultValue={c?.issuedOn ?? ''} {...describe(id('issuedOn'), bySlot.get('issuedon'))} />
            </Field>
          </div>
          <p className="muted small">{t('coop.cert.hint')}</p>
          <div className="actions">
            <button type="submit" className="button secondary" disabled={busy}>{t('coop.cert.attach')}</button>
          </div>
        </form>
      )}
    </section>
  );
}

export function NotYours() {
  return <NotAllowed />;
}

export default function ProductEditorPage({ mode }: { mode: 'new' | 'edit' }) {
  const { t } = useI18n();
  const { slug } = useParams();
  const location = useLocation();
  const { listing, error, reload } = useListing(mode === 'edit' ? slug : undefined);
  useTitle(mode === 'new' ? t('coop.listings.new') : listing?.name ?? t('portal.listings'));
  if (mode === 'edit') {
    if (error && listing === undefined) return <div className="page"><p className="form-error" role="alert">{t('error.other.title')}</p></div>;
    if (listing === undefined) return <PageSkeleton />;
    if (listing === null) return <NotYours />;
  }
  const state = location.state as { created?: boolean; saved?: boolean } | null;
  return (
    <div className="page coop-page narrow-wide">
      <p className="crumbs"><Link to="/coop/listings">{t('portal.listings')}</Link></p>
      <h1>{mode === 'new' ? t('coop.listings.new') : listing!.name}</h1>
      {state?.created && <p className="form-ok" role="status" data-testid="created">{t('coop.product.created')}</p>}
      {state?.saved && <p className="form-ok" role="status">{t('coop.saved')}</p>}
      {mode === 'edit' && listing && <StatusActions listing={listing} reload={reload} />}
      <EditorForm listing={mode === 'edit' ? listing! : null} reload={reload} />
      {mode === 'edit' && listing && <CertificateSection listing={listing} reload={reload} />}
    </div>
  );
}
