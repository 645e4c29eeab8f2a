import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import type { AdminImportBankStatementMutation, BankStatementLineStatus } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { formatVnd } from '../../lib/format';

// importBankStatement with the chosen file as an Upload: urql's fetch exchange sends a variable holding a File as a
// GraphQL multipart request, so a statement past the JSON body limit (256 KiB) still goes up in one piece.
const ImportStatement = graphql(`
  mutation AdminImportBankStatement($input: ImportBankStatementInput!) {
    importBankStatement(input: $input) {
      lines { line bankTransactionId amount status purchaseOrderNumber message }
      userErrors { code field message }
    }
  }
`);

const OUTCOMES: BankStatementLineStatus[] = ['MATCHED', 'MISMATCH', 'UNMATCHED', 'DUPLICATE', 'IGNORED', 'INVALID'];
const TONE: Record<BankStatementLineStatus, string> = {
  MATCHED: 'good', MISMATCH: 'warn', UNMATCHED: 'ok', DUPLICATE: 'neutral', IGNORED: 'neutral', INVALID: 'warn',
};

type Report = AdminImportBankStatementMutation['importBankStatement'] & { name: string };

export default function StatementUpload({ onImported }: { onImported(): void }) {
  const { t } = useI18n();
  const [, importStatement] = useMutation(ImportStatement);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [report, setReport] = useState<Report | null>(null);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const file = (e.currentTarget.elements.namedItem('statement') as HTMLInputElement).files?.[0];
    setReport(null);
    if (!file) { setFailure(t('admin.bank.chooseFile')); return; }
    setFailure(null);
    setBusy(true);
    const r = await importStatement({ input: { file } });
    setBusy(false);
    const p = r.data?.importBankStatement;
    if (!p) { setFailure(t('error.other.title')); return; }
    if (p.userErrors.length > 0) { setFailure(p.userErrors.map((u) => u.message).join(' ')); return; }
    setReport({ ...p, name: file.name });
    onImported();
  }

  const counts = report ? OUTCOMES.map((s) => [s, report.lines.filter((l) => l.status === s).length] as const) : [];
  return (
    <section className="card statement" aria-labelledby="st-h">
      <h2 id="st-h">{t('admin.bank.upload')}</h2>
      <p id="st-hint" className="muted small">{t('admin.bank.uploadHint')}</p>
      <form className="form" onSubmit={submit} noValidate>
        <label htmlFor="st-file">{t('admin.bank.file')}</label>
        <input id="st-file" name="statement" type="file" accept=".csv,text/csv,.txt,text/plain" aria-describedby={failure ? 'st-hint st-error' : 'st-hint'}
          aria-invalid={failure ? true : undefined} onChange={() => { setFailure(null); }} />
        {failure && <p id="st-error" className="form-error" role="alert" data-testid="statement-error">{failure}</p>}
        {busy && <p role="status" className="muted">{t('admin.bank.uploading')}</p>}
        <button type="submit" className="button" disabled={busy}>{t('admin.bank.uploadButton')}</button>
      </form>
      {report && (
        <section aria-labelledby="st-report-h" data-testid="statement-report" className="statement-report">
          <h3 id="st-report-h">{t('admin.bank.report', { name: report.name, n: report.lines.length })}</h3>
          <ul className="counts outcome-counts" aria-label={t('admin.bank.summary')}>
            {counts.map(([s, n]) => (
              <li key={s} className={`badge ${n > 0 ? TONE[s] : 'neutral'}`} data-testid={`count-${s}`} data-count={n}>
                {t(`admin.bank.line.${s}` as MessageKey)}: {n}
              </li>
            ))}
          </ul>
          {report.lines.length > 0 && (
            <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="st-report-h">
              <table className="tiers stack">
                <thead><tr>
                  <th scope="col">{t('admin.bank.lineNo')}</th><th scope="col">{t('admin.bank.transactionId')}</th>
                  <th scope="col">{t('admin.bank.amount')}</th><th scope="col">{t('admin.bank.result')}</th><th scope="col">{t('admin.bank.note')}</th>
                </tr></thead>
                <tbody>
                  {report.lines.map((l) => (
                    <tr key={l.line} data-line={l.line} data-status={l.status}>
                      <td data-label={t('admin.bank.lineNo')}>{l.line}</td>
                      <td data-label={t('admin.bank.transactionId')}><code className="memo">{l.bankTransactionId ?? '—'}</code></td>
                      <td data-label={t('admin.bank.amount')} className="tier-price">{l.amount == null ? '—' : formatVnd(l.amount)}</td>
                      <td data-label={t('admin.bank.result')}><span className={`badge ${TONE[l.status]}`}>{t(`admin.bank.line.${l.status}` as MessageKey)}</span></td>
                      <td data-label={t('admin.bank.note')}>{[l.purchaseOrderNumber, l.message].filter(Boolean).join(' · ') || '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      )}
    </section>
  );
}
