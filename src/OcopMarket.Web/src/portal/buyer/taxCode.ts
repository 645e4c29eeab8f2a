// The server's rule (Ordering/Buyers/TaxCode.cs), so a mistyped digit is caught before the form is sent:
// 10 digits, or 10 + "-" + a branch 001–999; the 10th digit is 10 − (Σ wᵢ·dᵢ mod 11), weights 31 29 23 19 17 13 7 5 3.
const weights = [31, 29, 23, 19, 17, 13, 7, 5, 3];

export function normalizeTaxCode(text: string): string {
  const compact = text.replace(/[\s.]/g, '');
  return /^\d{13}$/.test(compact) ? `${compact.slice(0, 10)}-${compact.slice(10)}` : compact;
}

export function isValidTaxCode(text: string): boolean {
  const code = normalizeTaxCode(text);
  if (!/^\d{10}(-\d{3})?$/.test(code)) return false;
  if (code.length === 14 && code.slice(11) === '000') return false;
  const sum = weights.reduce((s, w, i) => s + w * Number(code[i]), 0);
  const check = 10 - (sum % 11);
  return check < 10 && String(check) === code[9];
}
