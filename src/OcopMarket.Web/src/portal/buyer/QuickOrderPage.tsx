import { useState, type ChangeEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { useTitle } from '../../lib/useTitle';
import { cart } from './cart';
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

  async function pickFile(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    if (!file) return;
    const content = await file.text();
    setText(content);
    setChecked(parseQuickOrder(content));
  }

  function add() {
    const lines = parseQuickOrder(text);
    setChecked(lines);
    if (!buyer || lines.length === 0 || lines.some((l) => l.problem)) return;
    cart.add(buyer.id, goodLines(lines));
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
      <div className="actions">
        <button type="button" className="button" onClick={add}>{t('buyer.quick.add')}</button>
      </div>
      <p className="muted small">{t('buyer.quick.serverChecks')}</p>
    </div>
  );
}
