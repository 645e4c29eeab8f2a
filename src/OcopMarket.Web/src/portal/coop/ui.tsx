// Pieces shared by the cooperative portal's pages: a confirmation dialog, server userErrors placed next to their
// inputs, the unsaved-changes guard, and the "not yours" answer.
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import type { CombinedError } from 'urql';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';

export type UserError = { code: string; field: string[]; message: string };

/** ["input", "variants", "0", "priceTiers"] → "variants.0.pricetiers" (the server's property names, case aside). */
export function fieldKey(path: readonly string[]): string {
  return path.filter((p, i) => !(i === 0 && p === 'input')).join('.').toLowerCase();
}

/** The id an input of this field key has, so an error can point at it (aria-describedby) and a test can find it. */
export function inputId(key: string): string {
  return 'f-' + key.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

/**
 * The server's message (the API answers in the language the client sends as Accept-Language), with the portal's own
 * words where the code says more. CONFLICT on expectedVersion is the stale-save case: someone else changed the record.
 */
export function useErrorText() {
  const { t } = useI18n();
  return useCallback((e: UserError): string => {
    if (e.code === 'CONFLICT' && e.field.includes('expectedVersion')) return t('coop.error.stale');
    const known: Record<string, MessageKey> = {
      FORBIDDEN: 'coop.error.FORBIDDEN',
      UNAUTHENTICATED: 'auth.expired',
      INVALID_TRANSITION: 'coop.error.INVALID_TRANSITION',
    };
    const key = known[e.code];
    return key ? `${t(key)} (${e.message})` : e.message;
  }, [t]);
}

/**
 * Places userErrors on the form's slots: each error goes to the longest slot key that is a prefix of its field path;
 * the rest (no field, or one the form has no input for) go to the summary. Nothing is dropped.
 */
export function placeErrors(errors: UserError[], slots: string[]) {
  const bySlot = new Map<string, UserError[]>();
  const rest: UserError[] = [];
  const sorted = [...slots].sort((a, b) => b.length - a.length);
  for (const e of errors) {
    const key = fieldKey(e.field);
    const slot = key ? sorted.find((s) => key === s || key.startsWith(s + '.')) : undefined;
    if (slot) bySlot.set(slot, [...(bySlot.get(slot) ?? []), e]);
    else rest.push(e);
  }
  return { bySlot, rest };
}

/** Messages under a field; its id is what the input's aria-describedby names. */
export function FieldError({ id, errors }: { id: string; errors?: UserError[] | string[] }) {
  const text = useErrorText();
  if (!errors || errors.length === 0) return null;
  return (
    <p className="field-error" id={`${id}-error`} data-testid={`${id}-error`}>
      {errors.map((e) => (typeof e === 'string' ? e : text(e))).join(' ')}
    </p>
  );
}

/** A labelled input with its error: the label names it, the error describes it. */
export function Field({ id, label, error, hint, children }: {
  id: string; label: ReactNode; error?: UserError[] | string[]; hint?: ReactNode; children: ReactNode;
}) {
  return (
    <div className={`field${error?.length ? ' invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children}
      {hint && <p className="muted small" id={`${id}-hint`}>{hint}</p>}
      <FieldError id={id} errors={error} />
    </div>
  );
}

/** aria attributes of an input that may have an error (and a hint). */
export function describe(id: string, error?: unknown[], hint = false) {
  const ids = [hint ? `${id}-hint` : '', error?.length ? `${id}-error` : ''].filter(Boolean).join(' ');
  return { 'aria-invalid': error?.length ? true : undefined, 'aria-describedby': ids || undefined };
}

/**
 * A confirmation before anything is sent: a native modal <dialog> (focus is trapped and Escape cancels). `children`
 * may hold inputs (a rejection's reason); onConfirm receives the dialog's form data.
 */
export function ConfirmDialog({ open, title, text, confirmLabel, danger, onConfirm, onCancel, children }: {
  open: boolean; title: string; text?: ReactNode; confirmLabel: string; danger?: boolean;
  onConfirm: (form: FormData) => void; onCancel: () => void; children?: ReactNode;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog ref={ref} className="confirm" aria-labelledby="confirm-title" onCancel={(e) => { e.preventDefault(); onCancel(); }}>
      {open && (
        <form method="dialog" onSubmit={(e) => { e.preventDefault(); onConfirm(new FormData(e.currentTarget)); }}>
          <h2 id="confirm-title">{title}</h2>
          {text && <p>{text}</p>}
          {children}
          <div className="actions">
            <button type="submit" className={`button${danger ? ' danger' : ''}`} data-testid="confirm-yes">{confirmLabel}</button>
            <button type="button" className="button secondary" onClick={onCancel}>{t('coop.cancel')}</button>
          </div>
        </form>
      )}
    </dialog>
  );
}

/**
 * While `dirty`, leaving asks first: links inside the app (a capturing click listener, since BrowserRouter has no
 * blocker) and closing or reloading the tab (beforeunload). Returns the dialog to render.
 */
export function useUnsavedChanges(dirty: boolean) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [pending, setPending] = useState<string | null>(null);
  useEffect(() => {
    if (!dirty) return;
    const onClick = (e: MouseEvent) => {
      if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      const a = (e.target as Element | null)?.closest?.('a[href]') as HTMLAnchorElement | null;
      if (!a || a.target || a.hasAttribute('download')) return;
      const url = new URL(a.href, window.location.href);
      if (url.origin !== window.location.origin || url.pathname + url.search === window.location.pathname + window.location.search) return;
      e.preventDefault();
      e.stopPropagation();
      setPending(url.pathname + url.search + url.hash);
    };
    const onUnload = (e: BeforeUnloadEvent) => { e.preventDefault(); e.returnValue = ''; };
    document.addEventListener('click', onClick, true);
    window.addEventListener('beforeunload', onUnload);
    return () => {
      document.removeEventListener('click', onClick, true);
      window.removeEventListener('beforeunload', onUnload);
    };
  }, [dirty]);
  const dialog = (
    <ConfirmDialog
      open={pending !== null}
      title={t('coop.unsaved.title')}
      text={t('coop.unsaved.text')}
      confirmLabel={t('coop.unsaved.leave')}
      danger
      onCancel={() => setPending(null)}
      onConfirm={() => { const to = pending!; setPending(null); navigate(to); }}
    />
  );
  return dialog;
}

/** A GraphQL error whose code says the record belongs to someone else. */
export function isForbidden(error?: CombinedError): boolean {
  return !!error?.graphQLErrors.some((e) => e.extensions?.code === 'FORBIDDEN');
}

/** The status of a listing as a badge, in words. */
export function StatusBadge({ status }: { status: string }) {
  const { t } = useI18n();
  return <span className={`badge status-${status.toLowerCase()}`}>{t(`status.${status}` as MessageKey)}</span>;
}

/** A round number of đồng typed by a person ("46.000", "46000") → 46000; null when it is not a whole number. */
export function parseInteger(text: string): number | null {
  const clean = text.replace(/[.\s_,₫]/g, '');
  if (!/^-?\d+$/.test(clean)) return null;
  const n = Number(clean);
  return Number.isSafeInteger(n) ? n : null;
}

/** Vietnam-time date and time of an ISO timestamp, 24-hour: "29/11/2026 14:05". */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  const parts = new Intl.DateTimeFormat('vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false,
  }).formatToParts(d);
  const p = (type: string) => parts.find((x) => x.type === type)?.value ?? '';
  return `${p('day')}/${p('month')}/${p('year')} ${p('hour')}:${p('minute')}`;
}

/** Today in Vietnam as yyyy-MM-dd. */
export function todayInVietnam(offsetDays = 0): string {
  const d = new Date(Date.now() + offsetDays * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(d);
}
