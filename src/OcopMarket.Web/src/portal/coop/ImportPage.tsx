import { useState, type ChangeEvent } from 'react';
import { Link } from 'react-router-dom';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import type { CoopImportProductsMutation } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { useTitle } from '../../lib/useTitle';
import { ConfirmDialog, useErrorText } from './ui';

const ImportProducts = graphql(`
  mutation CoopImportProducts($input: ImportProductsInput!) {
    importProducts(input: $input) {
      created updated unchanged rejected
      rows { line slug sku status errors }
      userErrors { code field message }
    }
  }
`);

// Vietnamese headers the API reads (it folds case and diacritics); one row per variant, product fields repeated.
export const templateHeaders = ['Đường dẫn', 'Tên sản phẩm', 'Nhóm', 'Mô tả', 'Xuất xứ', 'Ảnh', 'Thẻ', 'Quy cách', 'Mã SKU', 'Đơn vị',
  'Khối lượng (g)', 'Giá bán lẻ', 'Giá sỉ', 'SL tối thiểu', 'Bước đặt', 'Tồn kho'];
const templateRows = [
  ['mat-ong-rung-u-minh', 'Mật ong rừng U Minh', 'Thực phẩm', 'Mật ong rừng tràm nguyên chất', 'Cà Mau', '', 'mật ong|quà biếu', 'Chai 500 ml', 'MO-500', 'chai', '650', '180000', '20:165000|100:150000', '10', '10', '200'],
  ['mat-ong-rung-u-minh', 'Mật ong rừng U Minh', 'Thực phẩm', 'Mật ong rừng tràm nguyên chất', 'Cà Mau', '', 'mật ong|quà biếu', 'Thùng 12 chai', 'MO-T12', 'thùng', '7800', '2000000', '', '1', '1', '20'],
];

function csvCell(v: string) {
  return /[",;\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}
export function templateCsv(): string {
  return '\uFEFF' + [templateHeaders, ...templateRows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

type Report = CoopImportProductsMutation['importProducts'];

export default function ImportPage() {
  const { t } = useI18n();
  useTitle(t('coop.import.title'));
  const errorText = useErrorText();
  const [, importProducts] = useMutation(ImportProducts);
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<Report | null>(null);
  // The server's trial run of the chosen file (importProducts with dryRun): the same per-row report, nothing saved.
  const [check, setCheck] = useState<Report | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [templateUrl] = useState(() => URL.createObjectURL(new Blob([templateCsv()], { type: 'text/csv;charset=utf-8' })));

  async function choose(e: ChangeEvent<HTMLInputElement>) {
    const f = e.target.files?.[0];
    setReport(null);
    setCheck(null);
    setFailure(null);
    const chosen = f ? { name: f.name, text: await f.text() } : null;
    setFile(chosen);
    if (!chosen) return;
    setBusy(true);
    const result = await importProducts({ input: { csv: chosen.text, dryRun: true } });
    setBusy(false);
    const p = result.data?.importProducts;
    if (!p) { setFailure(t('error.other.title')); return; }
    setCheck(p);
  }

  async function run() {
    if (!file) return;
    setAsking(false);
    setBusy(true);
    const result = await importProducts({ input: { csv: file.text } });
    setBusy(false);
    const p = result.data?.importProducts;
    if (!p) { setFailure(t('error.other.title')); return; }
    setCheck(null);
    setReport(p);
  }

  return (
    <div className="page coop-page">
      <p className="crumbs"><Link to="/coop/listings">{t('portal.listings')}</Link></p>
      <h1>{t('coop.import.title')}</h1>
      <ol className="steps">
        <li>
          <h2>{t('coop.import.step1')}</h2>
          <p className="muted">{t('coop.import.templateHint')}</p>
          <a className="button secondary" href={templateUrl} download="mau-nhap-san-pham.csv" data-testid="template">{t('coop.import.template')}</a>
        </li>
        <li>
          <h2>{t('coop.import.step2')}</h2>
          <div className="field">
            <label htmlFor="import-file">{t('coop.import.file')}</label>
            <input id="import-file" type="file" accept=".csv,text/csv" onChange={choose} />
          </div>
          {file && busy && !check && <p role="status" className="muted">{t('coop.import.checking')}</p>}
          {file && check && (
            <section aria-labelledby="preview-title" data-testid="file-preview">
              <h3 id="preview-title">{t('coop.import.preview', { name: file.name, n: check.rows.length })}</h3>
              <p className="notice-inline">{t(check.rejected > 0 ? 'coop.import.checkFailed' : 'coop.import.checkOk')}</p>
              <RowReport report={check} labelledBy="preview-title" />
            </section>
          )}
        </li>
        <li>
          <h2>{t('coop.import.step3')}</h2>
          <button type="button" className="button" disabled={!file || busy || !check || check.rejected > 0} onClick={() => setAsking(true)} data-testid="import">{t('coop.import.run')}</button>
        </li>
      </ol>
      {failure && <p className="form-error" role="alert">{failure}</p>}
      {report && (
        <section aria-labelledby="report-title" data-testid="import-report" className="card">
          <h2 id="report-title">{t('coop.import.report')}</h2>
          {report.userErrors.map((e, i) => <p key={i} className="form-error" role="alert">{report.rejected > 0 ? t('coop.import.nothingSaved') : errorText(e)}</p>)}
          {report.userErrors.length === 0 && <p className="form-ok" role="status">{t('coop.import.saved')}</p>}
          <p className="counts">
            {(['created', 'updated', 'unchanged', 'rejected'] as const).map((k) => (
              <span key={k} className="badge" data-testid={`count-${k}`}>{t(`coop.import.count.${k}` as MessageKey, { n: report[k] })}</span>
            ))}
          </p>
          <RowReport report={report} labelledBy="report-title" />
        </section>
      )}
      <ConfirmDialog
        open={asking}
        title={t('coop.import.confirm', { n: check?.rows.length ?? 0 })}
        text={t('coop.import.confirmText')}
        confirmLabel={t('coop.import.run')}
        onCancel={() => setAsking(false)}
        onConfirm={run}
      />
    </div>
  );
}

/** A per-row import report (the trial run's or the import's): line, SKU and URL name, result, reason. */
function RowReport({ report, labelledBy }: { report: Report; labelledBy: string }) {
  const { t } = useI18n();
  if (report.rows.length === 0) return null;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={labelledBy}>
      <table className="report">
        <thead><tr><th scope="col">{t('coop.import.line')}</th><th scope="col">{t('coop.product.sku')}</th><th scope="col">{t('coop.import.result')}</th><th scope="col">{t('coop.import.reason')}</th></tr></thead>
        <tbody>
          {report.rows.map((r) => (
            <tr key={r.line} data-line={r.line} data-status={r.status}>
              <td>{r.line}</td>
              <td>{r.sku}<span className="muted small block">{r.slug}</span></td>
              <td><span className={`badge ${r.status === 'REJECTED' ? 'warn' : 'ok'}`}>{t(`coop.import.status.${r.status}` as MessageKey)}</span></td>
              <td>{r.errors.join(' ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
