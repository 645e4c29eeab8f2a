// The console's bank reconciliation against the real API: a statement uploaded from the page (a multipart request) pays
// one order and leaves two transfers unmatched, its second upload is all DUPLICATE; from the queue the admin is told
// (next to the row, in the page's language) that an unknown order number matches nothing, assigns a transfer by the
// order's number, dismisses one with the required reason, and each leaves the queue. axe-core, no console error, and
// no horizontal scroll at 360 px, in Vietnamese and English.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { base, open, close, axeViolations, screenshot, horizontalOverflow, phone, desktop, settled } from './support.mjs';
import { createAdmin, cooperativeWithProduct, findInQueue, gql, registerBuyerApi, unique } from './buyer-support.mjs';

after(close);

let admin;
let buyer;
let toAssign; // paid from the queue, by its number
let paidByStatement; // paid by the statement's line that carries its transfer reference
const run = unique().toUpperCase();
const ids = { matched: `FT${run}01`, assign: `FT${run}02`, dismiss: `FT${run}03`, english: `FT${run}04` };
let csv;

async function placeAndStart(sku, quantity) {
  const placed = await gql(`mutation($input: PlaceOrderInput!) { placeOrder(input: $input) {
      purchaseOrder { id number total } userErrors { code field message } } }`,
  { input: { idempotencyKey: `bank-${unique()}`, lines: [{ sku, quantity }] } }, buyer.token);
  assert.deepEqual(placed.placeOrder.userErrors, []);
  const order = placed.placeOrder.purchaseOrder;
  const started = await gql('mutation($id: ID!) { startBankTransfer(purchaseOrderId: $id) { transfer { reference amount } userErrors { code } } }', { id: order.id }, buyer.token);
  assert.deepEqual(started.startBankTransfer.userErrors, []);
  return { ...order, reference: started.startBankTransfer.transfer.reference };
}

async function paymentStatus(order) {
  return (await gql('query($id: ID!) { purchaseOrder(id: $id) { payment { status amountReceived } } }', { id: order.id }, admin.token)).purchaseOrder.payment;
}

/** A context signed in as the admin (the token in sessionStorage), in the given language. */
async function openAdmin(options = desktop, lang = 'vi') {
  const session = await open(options);
  await session.context.addInitScript(([t, l]) => {
    sessionStorage.setItem('ocop.token', t);
    localStorage.setItem('lang', l);
  }, [admin.token, lang]);
  return session;
}

const dots = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

before(async () => {
  admin = await createAdmin();
  const coop = await cooperativeWithProduct(admin, {
    province: '31',
    variant: { prefix: 'TV', productName: 'Trà vối thử nghiệm', name: 'Gói 200 g', unit: 'gói', retailPrice: 85000, stock: 500 },
  });
  buyer = await registerBuyerApi(`Nhà hàng Đối soát ${unique()}`);
  const v = await gql('mutation($id: ID!) { verifyBuyer(input: { buyerId: $id }) { userErrors { code } } }', { id: buyer.id }, admin.token);
  assert.deepEqual(v.verifyBuyer.userErrors, []);
  toAssign = await placeAndStart(coop.sku, 3);
  paidByStatement = await placeAndStart(coop.sku, 2);
  // As a Vietnamese bank exports it: a byte-order mark, columns the API does not read, amounts with dots, quoted.
  csv = '\uFEFFSTT,Ngày giao dịch,Số tiền ghi nợ,Số tiền ghi có,Nội dung,Mã giao dịch\r\n'
    + `1,05/12/2026 08:10:00,,"${dots(paidByStatement.total)}","IBFT ${paidByStatement.reference} thanh toan",${ids.matched}\r\n`
    + `2,05/12/2026 09:20:00,,"${dots(toAssign.total)}","NGUYEN VAN AN chuyen tien hang",${ids.assign}\r\n`
    + `3,05/12/2026 10:30:00,,"350.000","chuyen nham tai khoan",${ids.dismiss}\r\n`
    + `4,05/12/2026 11:40:00,,"120.000","ung ho",${ids.english}\r\n`;
});

async function upload(page) {
  await page.getByLabel('Tệp sao kê (CSV)').setInputFiles({ name: 'sao-ke-05-12.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  const sent = page.waitForRequest((r) => new URL(r.url()).pathname === '/graphql' && r.method() === 'POST'
    && (r.headers()['content-type'] ?? '').startsWith('multipart/form-data'));
  await page.getByRole('button', { name: 'Tải lên và đối soát' }).click();
  await sent; // the file goes up as a GraphQL multipart request, not inside JSON
  const report = page.getByTestId('statement-report');
  await report.waitFor();
  const counts = Object.fromEntries(await report.locator('[data-testid^=count-]').evaluateAll((els) =>
    els.map((e) => [e.dataset.testid.slice(6), Number(e.dataset.count)])));
  const lines = await report.locator('tbody tr').evaluateAll((rows) => rows.map((r) => [Number(r.dataset.line), r.dataset.status]));
  return { report, counts, lines };
}

test('a statement uploaded from the page is answered line by line with a count per outcome; the same file again is all DUPLICATE', async () => {
  const { page, context, errors } = await openAdmin(desktop);
  await page.goto(`${base}/admin/bank`);
  await page.getByRole('heading', { level: 1, name: 'Đối soát ngân hàng' }).waitFor();
  const waiting = (await gql('{ unmatchedBankTransfers(first: 0) { totalCount } }', {}, admin.token)).unmatchedBankTransfers.totalCount;
  await page.getByRole('heading', { name: `Khoản chuyển chưa khớp (${waiting})` }).waitFor();

  // No file chosen: said at the field, nothing sent.
  await page.getByRole('button', { name: 'Tải lên và đối soát' }).click();
  assert.match(await page.getByTestId('statement-error').innerText(), /Chọn tệp sao kê/);

  const first = await upload(page);
  assert.deepEqual(first.lines, [[2, 'MATCHED'], [3, 'UNMATCHED'], [4, 'UNMATCHED'], [5, 'UNMATCHED']]);
  assert.deepEqual(first.counts, { MATCHED: 1, MISMATCH: 0, UNMATCHED: 3, DUPLICATE: 0, IGNORED: 0, INVALID: 0 });
  const matchedRow = await first.report.locator('tr[data-line="2"]').innerText();
  assert.ok(matchedRow.includes(paidByStatement.number) && matchedRow.includes('Đã khớp'), matchedRow);
  assert.match(await first.report.innerText(), new RegExp(`${dots(toAssign.total)}\\s₫`));
  assert.equal((await paymentStatus(paidByStatement)).status, 'PAID');
  // The queue below was asked again: the three unmatched lines are in it.
  await page.getByRole('heading', { name: `Khoản chuyển chưa khớp (${waiting + 3})` }).waitFor();
  await settled(page);
  assert.deepEqual(await axeViolations(page), [], 'axe with the report');
  await screenshot(page, 'admin-bank-statement-desktop', true);

  const second = await upload(page);
  assert.deepEqual(second.lines.map(([, s]) => s), ['DUPLICATE', 'DUPLICATE', 'DUPLICATE', 'DUPLICATE']);
  assert.deepEqual(second.counts, { MATCHED: 0, MISMATCH: 0, UNMATCHED: 0, DUPLICATE: 4, IGNORED: 0, INVALID: 0 });
  const after = (await gql('{ unmatchedBankTransfers(first: 0) { totalCount } }', {}, admin.token)).unmatchedBankTransfers.totalCount;
  assert.equal(after, waiting + 3, 're-uploading recorded nothing');
  assert.deepEqual(await paymentStatus(paidByStatement), { status: 'PAID', amountReceived: paidByStatement.total });
  assert.deepEqual(errors, []);
  await context.close();
});

test('from the queue: an unknown order number is refused next to its row, the right one assigns the transfer, another is dismissed with a reason', async () => {
  const { page, context, errors } = await openAdmin(phone);
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`${base}/admin/bank`);
  const main = page.locator('main');
  const row = await findInQueue(page, main, page.locator(`li[data-transaction="${ids.assign}"]`));
  const text = await row.innerText();
  assert.match(text, new RegExp(`${dots(toAssign.total)}\\s₫`));
  assert.match(text, /NGUYEN VAN AN chuyen tien hang/);
  assert.match(text, /Sao kê tải lên/);
  assert.match(text, /Nội dung không có mã đơn/);

  const orderField = row.getByLabel('Mã đơn mua hoặc nội dung chuyển khoản');
  await orderField.fill('PO-000000-KHONGCO');
  await row.getByRole('button', { name: 'Gán cho đơn' }).click();
  const rowError = row.getByTestId('row-error');
  await rowError.waitFor();
  assert.match(await rowError.innerText(), /Không có đơn mua hàng nào đã bắt đầu chuyển khoản với mã đơn hoặc nội dung chuyển khoản 'PO-000000-KHONGCO'/);
  assert.equal(await orderField.getAttribute('aria-invalid'), 'true');
  assert.match(await orderField.getAttribute('aria-describedby'), new RegExp(await rowError.getAttribute('id')));
  assert.equal((await paymentStatus(toAssign)).status, 'PENDING', 'the refusal changed nothing');
  assert.equal(await horizontalOverflow(page), 0, 'no horizontal scroll at 360 px');
  assert.deepEqual(await axeViolations(page), [], 'axe with the row error');
  await row.scrollIntoViewIfNeeded();
  await screenshot(page, 'admin-bank-row-error-phone');

  await orderField.fill(toAssign.number.toLowerCase());
  await row.getByRole('button', { name: 'Gán cho đơn' }).click();
  const done = page.getByTestId('resolved');
  await done.filter({ hasText: toAssign.number }).waitFor();
  assert.match(await done.innerText(), /Đã khớp số tiền: đơn đã thanh toán/);
  await row.waitFor({ state: 'detached' }); // asked again: no longer waiting
  assert.deepEqual(await paymentStatus(toAssign), { status: 'PAID', amountReceived: toAssign.total });

  const other = await findInQueue(page, main, page.locator(`li[data-transaction="${ids.dismiss}"]`));
  await other.getByRole('button', { name: 'Bỏ qua', exact: true }).click();
  assert.match(await other.getByTestId('row-error').innerText(), /Nhập lý do bỏ qua/);
  await other.getByLabel('Lý do bỏ qua').fill('Chuyển nhầm tài khoản, đã trả lại người chuyển ngày 05/12');
  await other.getByRole('button', { name: 'Bỏ qua', exact: true }).click();
  await done.filter({ hasText: ids.dismiss }).waitFor();
  await other.waitFor({ state: 'detached' });
  const queue = (await gql('{ unmatchedBankTransfers(first: 100) { nodes { bankTransactionId } } }', {}, admin.token)).unmatchedBankTransfers.nodes;
  assert.ok(!queue.some((n) => [ids.assign, ids.dismiss].includes(n.bankTransactionId)), 'both left the queue');
  await settled(page);
  assert.equal(await page.locator('h1').count(), 1);
  assert.equal(await horizontalOverflow(page), 0);
  assert.deepEqual(await axeViolations(page), []);
  await screenshot(page, 'admin-bank-phone-360');
  await screenshot(page, 'admin-bank-phone-360-full', true);
  assert.deepEqual(errors, []);
  await context.close();
});

test('in English the page and the API\'s userErrors are English; touch targets are 44 px on a phone', async () => {
  const { page, context, errors } = await openAdmin(phone, 'en');
  await page.goto(`${base}/admin/bank`);
  await page.getByRole('heading', { level: 1, name: 'Bank reconciliation' }).waitFor();
  const row = await findInQueue(page, page.locator('main'), page.locator(`li[data-transaction="${ids.english}"]`));
  await row.getByLabel('Purchase order number or transfer reference').fill('OCOP0000000000');
  await row.getByRole('button', { name: 'Assign' }).click();
  await row.getByTestId('row-error').waitFor();
  assert.match(await row.getByTestId('row-error').innerText(), /^No purchase order with a bank transfer started has the number or transfer reference/);
  await page.setViewportSize({ width: 360, height: 740 });
  assert.equal(await horizontalOverflow(page), 0);
  const small = await page.locator('main a:visible, main button:visible, main input:visible, main select:visible, main textarea:visible').evaluateAll((els) => els
    .filter((e) => !e.closest('p, td, dd, .crumbs') || e.matches('.button'))
    .map((e) => ({ e: e.outerHTML.slice(0, 80), h: e.getBoundingClientRect().height }))
    .filter((x) => x.h < 44));
  assert.deepEqual(small, [], 'touch targets ≥ 44 px');
  assert.deepEqual(await axeViolations(page), []);
  await row.getByLabel('Reason for dismissing').fill('A donation, not an order: kept by the alliance');
  await row.getByRole('button', { name: 'Dismiss', exact: true }).click();
  await page.getByTestId('resolved').filter({ hasText: 'was dismissed' }).waitFor();
  await row.waitFor({ state: 'detached' });
  await page.setViewportSize(desktop.viewport);
  await settled(page);
  assert.deepEqual(await axeViolations(page), []);
  await screenshot(page, 'admin-bank-en-desktop', true);
  assert.deepEqual(errors, []);
  await context.close();
});
