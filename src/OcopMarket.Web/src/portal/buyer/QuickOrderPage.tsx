import { useState, type ChangeEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { useClient } from 'urql';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { useTitle } from '../../lib/useTitle';
import { useAddToCart, VariantsQuery } from './cart';
import { goodLines, parseQuickOrder, type QuickLine } from './quickOrder';
import { useBuyer } from './useBuyer';
import { VerificationNotice } from './BuyerPortal';

/** Paste "SKU quantity" lines or pick a CSV; good lines go to the cart, bad ones are shown with their line number. */
export default function QuickOrderPage() {
  const { t } = useI18n();
  useTitle(t('buyer.quick.title'));
  const navigate = useNavigate();
  const { buyer } = useBuyer();
  const [text, setText] = useState('');
  const [checked, setChecked] = useState<QuickLine[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const client = useClient();
  const addToCart = useAddToCart();

  async function pickFile(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    if (!file) return;
    const content = await file.text();
    setText(content);
    setChecked(parseQuickOrder(content));
  }

  /** The form first, then the server: a SKU that is not on sale is named on its line before anything reaches the cart. */
  async function add() {
    const lines = parseQuickOrder(text);
    setChecked(lines);
    setFailed(null);
    if (!buyer || lines.length === 0 || lines.some((l) => l.problem)) return;
    setBusy(true);
    const skus = [...new Set(lines.map((l) => l.sku!))];
    const found = await client.query(VariantsQuery, { skus }, { requestPolicy: 'network-only' }).toPromise();
    const lookups = found.data?.variants;
    if (!lookups) { setBusy(false); setFailed(t('buyer.quick.notChecked')); return; }
    const unknown = new Set(lookups.filter((v) => v.problem).map((v) => v.sku));
    if (unknown.size > 0) {
      setBusy(false);
      setChecked(lines.map((l): QuickLine => (l.sku && unknown.has(l.sku) ? { ...l, problem: 'unknownSku' } : l)));
      return;
    }
    const added = await addToCart(goodLines(lines));
    setBusy(false);
    if (!added.ok) { setFailed(added.message ?? t('buyer.quick.notChecked')); return; }
    navigate('/buyer/cart');
  }

  const problems = checked?.filter((l) => l.problem) ?? [];
  return (
    <div className="page narrow">
      <h1>{t('buyer.quick.title')}</h1>
      <VerificationNotice />
      <p className="muted">{t('buyer.quick.intro')}</p>
      <div className="form">
        <label htmlFor="qo-text">{t('buyer.quick.lines')}</label>
        <textarea id="qo-text" rows={8} value={text} spellCheck={false} aria-describedby="qo-hint"
          onChange={(e) => { setText(e.target.value); setChecked(null); }} placeholder={'GTT-BMR-30 5\nNM-500 24'} />
        <p id="qo-hint" className="muted small">{t('buyer.quick.hint')}</p>
        <label htmlFor="qo-file">{t('buyer.quick.file')}</label>
        <input id="qo-file" type="file" accept=".csv,text/csv,text/plain" onChange={pickFile} />
      </div>
      {checked && checked.length === 0 && <p className="form-error" role="alert">{t('buyer.quick.empty')}</p>}
      {problems.length > 0 && (
        <section className="line-problems" role="alert" aria-labelledby="qo-problems">
          <h2 id="qo-problems">{t('buyer.quick.problems', { n: problems.length })}</h2>
          <ul>
            {problems.map((p) => (
              <li key={p.line} data-line={p.line}>
                {t('buyer.quick.lineN', { n: p.line })}: <code>{p.text}</code> — {t(`buyer.quick.${p.problem}` as MessageKey)}
              </li>
            ))}
          </ul>
        </section>
      )}
      {failed && <p className="form-error" role="alert">{failed}</p>}
      <div className="actions">
        <button type="button" className="button" onClick={() => void add()} disabled={busy}>{t('buyer.quick.add')}</button>
      </div>
      <p className="muted small">{t('buyer.quick.serverChecks')}</p>
    </div>
  );
}
