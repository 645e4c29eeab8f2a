import { useState, type ReactNode } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';

// Pieces the buyer's and the admin's pages share.

export const ProvincesQuery = graphql(`
  query PortalProvinces { provinces { code name nameEn } }
`);

export function useProvinces() {
  const [{ data }] = useQuery({ query: ProvincesQuery });
  return data?.provinces ?? [];
}

export function ProvinceSelect({ id, name, defaultValue, required, describedBy }:
  { id: string; name: string; defaultValue?: string; required?: boolean; describedBy?: string }) {
  const { t, lang } = useI18n();
  const provinces = useProvinces();
  return (
    <select id={id} name={name} defaultValue={defaultValue ?? ''} required={required} aria-describedby={describedBy}
      key={provinces.length /* re-render the default once the list arrives */}>
      <option value="" disabled>{t('buyer.chooseProvince')}</option>
      {provinces.map((p) => <option key={p.code} value={p.code}>{lang === 'en' ? p.nameEn : p.name}</option>)}
    </select>
  );
}

/** A copy-to-clipboard button that says when it worked. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const { t } = useI18n();
  const [done, setDone] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setDone(true);
      setTimeout(() => setDone(false), 2000);
    } catch {
      setDone(false);
    }
  }
  return (
    <button type="button" className="button secondary copy" onClick={copy} aria-label={`${t('buyer.copy')}: ${label}`}>
      {done ? t('buyer.copied') : t('buyer.copy')}
    </button>
  );
}

/** userErrors by field path without "input" ("taxCode", "member.email", "addresses.0.phone"). */
export function fieldErrors(errors: { field: string[]; message: string; code: string }[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of errors) {
    const key = e.field.filter((f, i) => !(i === 0 && f === 'input')).join('.');
    out[key] ??= e.message;
  }
  return out;
}

/** A labelled input with its error below it, tied by aria-describedby. */
export function Field({ id, label, error, hint, children }: { id: string; label: string; error?: string; hint?: string; children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
      {hint && <p id={`${id}-hint`} className="muted small">{hint}</p>}
      {error && <p id={`${id}-error`} className="form-error" role="alert">{error}</p>}
    </div>
  );
}

export function StatusBadge({ prefix, status }: { prefix: string; status: string }) {
  const { t } = useI18n();
  const tone = /CANCELLED|REJECTED|SUSPENDED|FAILED|MISMATCH|DECLINED|WITHDRAWN/.test(status) ? 'warn'
    : /PAID|DELIVERED|VERIFIED|ACCEPTED|ACTIVE|SUCCEEDED/.test(status) ? 'good' : 'neutral';
  return <span className={`badge ${tone}`} data-status={status}>{t(`${prefix}.${status}` as MessageKey)}</span>;
}

export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  // Vietnam time (UTC+7), 24-hour, as the users read it.
  const vn = new Date(d.getTime() + 7 * 3600_000);
  return `${pad(vn.getUTCDate())}/${pad(vn.getUTCMonth() + 1)}/${vn.getUTCFullYear()} ${pad(vn.getUTCHours())}:${pad(vn.getUTCMinutes())}`;
}
