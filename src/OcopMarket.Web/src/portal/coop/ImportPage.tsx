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

/** Records of a CSV text (quotes, doubled quotes, ',' ';' or tab, guessed from the header as the API does). */
export function parseCsv(text: string): { line: number; cells: string[] }[] {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length] as const).sort((a, b) => b[1] - a[1])[0][0];
  const records: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else { if (c === '\n') line++; cell += c; }
    } else if (c === '"') quoted = true;
    else if (c === delimiter) { cells.push(cell); cell = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && body[i + 1] === '\n') i++;
      cells.push(cell);
      if (cells.some((x) => x.trim())) records.push({ line: start, cells });
      cells = []; cell = ''; line++; start = line;
    } else cell += c;
  }
  cells.push(cell);
  if (cells.some((x) => x.trim())) records.push({ line: start, cells });
  return records;
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
  const [failure, setFailure] = useState<string | null>(null);
  const [templateUrl] = useState(() => URL.createObjectURL(new Blob([templateCsv()], { type: 'text/csv;charset=utf-8' })));

  async function choose(e: ChangeEvent<HTMLInputElement>) {
    const f = e.target.files?.[0];
    setReport(null);
    setFailure(null);
    setFile(f ? { name: f.name, text: await f.text() } : null);
  }

  async function run() {
    if (!file) return;
    setAsking(false);
    setBusy(true);
    const result = await importProducts({ input: { csv: file.text } });
    setBusy(false);
    const p = result.data?.importProducts;
    if (!p) { setFailure(t('error.other.title')); return; }
    setReport(p);
  }

  const records = file ? parseCsv(file.text) : [];
  const header = records[0]?.cells ?? [];
  const preview = records.slice(1);
  const col = (names: string[]) => header.findIndex((h) => names.includes(h.trim().toLowerCase()));
  const cols = { slug: col(['đường dẫn', 'slug']), sku: col(['mã sku', 'sku']), name: col(['tên sản phẩm', 'name']), price: col(['giá bán lẻ', 'retailprice']) };

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
          {file && (
            <section aria-labelledby="preview-title" data-testid="file-preview">
              <h3 id="preview-title">{t('coop.import.preview', { name: file.name, n: preview.length })}</h3>
              <p className="notice-inline">{t('coop.import.noDryRun')}</p>
              <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="preview-title">
                <table className="report">
                  <thead><tr><th scope="col">{t('coop.import.line')}</th><th scope="col">{t('coop.product.slug')}</th><th scope="col">{t('coop.product.sku')}</th><th scope="col">{t('coop.product.name')}</th><th scope="col">{t('coop.product.retailPrice')}</th></tr></thead>
                  <tbody>
                    {preview.slice(0, 50).map((r) => (
                      <tr key={r.line}>
                        <td>{r.line}</td>
                        <td>{r.cells[cols.slug] ?? ''}</td><td>{r.cells[cols.sku] ?? ''}</td><td>{r.cells[cols.name] ?? ''}</td><td>{r.cells[cols.price] ?? ''}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              {preview.length > 50 && <p className="muted small">{t('coop.import.more', { n: preview.length - 50 })}</p>}
            </section>
          )}
        </li>
        <li>
          <h2>{t('coop.import.step3')}</h2>
          <button type="button" className="button" disabled={!file || busy} onClick={() => setAsking(true)} data-testid="import">{t('coop.import.run')}</button>
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
          {report.rows.length > 0 && (
            <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="report-title">
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
          )}
        </section>
      )}
      <ConfirmDialog
        open={asking}
        title={t('coop.import.confirm', { n: preview.length })}
        text={t('coop.import.confirmText')}
        confirmLabel={t('coop.import.run')}
        onCancel={() => setAsking(false)}
        onConfirm={run}
      />
    </div>
  );
}
