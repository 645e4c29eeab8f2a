// Quick order: lines of "SKU quantity" pasted from a spreadsheet or an e-mail, or a CSV of them. Separators may be
// spaces, tabs, commas or semicolons; a header row ("sku,quantity", "Mã SKU;Số lượng") is skipped; the same SKU twice
// adds up. The form is checked here; whether each SKU is on sale is asked of the server (`variants`) before the lines
// go to the cart, where the server names any quantity rule or stock problem on its line.

/** unknownSku: the server's `variants` found no product on sale with it. */
export type QuickLineProblem = 'noQuantity' | 'badQuantity' | 'badSku' | 'unknownSku';

export interface QuickLine {
  line: number;
  text: string;
  sku?: string;
  quantity?: number;
  problem?: QuickLineProblem;
}

const HEADER = /^\s*"?(sku|mã\s*sku|ma\s*sku|mã|code)"?\s*[,;\t ]/i;

export function parseQuickOrder(text: string): QuickLine[] {
  const rows = text.replace(/\r\n?/g, '\n').split('\n');
  const out: QuickLine[] = [];
  rows.forEach((raw, i) => {
    const row = raw.trim();
    if (!row || row.startsWith('#')) return;
    if (i === 0 && HEADER.test(row)) return;
    const cells = row.split(/[,;\t]|\s+/).map((c) => c.trim().replace(/^"|"$/g, '')).filter(Boolean);
    const [sku, quantity] = cells;
    if (!sku || !/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(sku)) out.push({ line: i + 1, text: row, problem: 'badSku' });
    else if (quantity == null) out.push({ line: i + 1, text: row, sku, problem: 'noQuantity' });
    else if (!/^\d{1,7}$/.test(quantity.replace(/\./g, '')) || Number(quantity.replace(/\./g, '')) < 1)
      out.push({ line: i + 1, text: row, sku, problem: 'badQuantity' });
    else out.push({ line: i + 1, text: row, sku, quantity: Number(quantity.replace(/\./g, '')) });
  });
  return out;
}

/** Good lines, with the same SKU added up. */
export function goodLines(lines: QuickLine[]): { sku: string; quantity: number }[] {
  const sums = new Map<string, number>();
  for (const l of lines) if (!l.problem && l.sku && l.quantity) sums.set(l.sku, (sums.get(l.sku) ?? 0) + l.quantity);
  return [...sums].map(([sku, quantity]) => ({ sku, quantity }));
}
