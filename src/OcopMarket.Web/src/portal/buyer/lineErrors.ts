import type { MessageKey } from '../../i18n/messages';

export interface ServerError { code: string; field: string[]; message: string }

/** The order's line a userError points at (["input", "lines", "2", "quantity"] → 2), or null. */
export function lineIndex(error: ServerError): number | null {
  const at = error.field.indexOf('lines');
  if (at < 0 || error.field[at + 1] == null) return null;
  const n = Number(error.field[at + 1]);
  return Number.isInteger(n) ? n : null;
}

/** How many are left, from OUT_OF_STOCK's message ("… 7 available."). */
export function available(error: ServerError): number | null {
  const m = /(\d+) available/.exec(error.message);
  return m ? Number(m[1]) : null;
}

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

/** A line's error in the user's language; the server's words when the code is one we do not know. */
export function lineMessage(t: T, error: ServerError, sku: string): string {
  if (error.code === 'NOT_FOUND') return t('buyer.line.NOT_FOUND', { sku });
  if (error.code === 'OUT_OF_STOCK') {
    const n = available(error);
    return n == null ? error.message : t('buyer.line.OUT_OF_STOCK', { n });
  }
  if (error.code === 'VALIDATION') {
    const min = /minimum order quantity of (\d+) (\S+); (\d+) was asked/.exec(error.message);
    if (min) return t('buyer.line.min', { min: min[1], unit: min[2] });
    const step = /sold in cases of (\d+): order (\d+), (\d+)/.exec(error.message);
    if (step) return t('buyer.line.step', { step: step[1], a: step[2], b: step[3] });
  }
  return error.message;
}
