// Money in đồng ("46.000 ₫") and dates as dd/MM/yyyy, whatever the UI language: these are Vietnamese prices and papers.
const vnd = new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND', maximumFractionDigits: 0 });

export function formatVnd(amount: number): string {
  return vnd.format(amount); // keeps the no-break space between number and ₫
}

/** "2026-11-29" or an ISO timestamp → "29/11/2026" (the date part as written, no time-zone shift). */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}
