// The buyer portal's proof, end to end in Chromium against the real API: a buyer registers, the alliance verifies it
// in the console, the buyer fills the cart from two cooperatives (one line by quick order), checks out and sees the
// split; a double click makes one order and a lost answer plus a reload makes no second one; the VietQR image decodes
// to the order's amount with a valid CRC; the admin confirms the transfer and the buyer's page turns paid; the report
// page shows clusterReport's figures.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { base, open, close, axeViolations, screenshot, horizontalOverflow, countGraphQL, phone, desktop, settled } from './support.mjs';
import { createAdmin, cooperativeWithProduct, crc16, findInQueue, gql, login, password, signIn, taxCode, tlv, unique } from './buyer-support.mjs';

const require = createRequire(import.meta.url);
const jsQR = require('jsqr');

after(close);

let admin;
let coopA;
let coopB;
const buyer = { email: `mua-si-${unique()}@test.local`, name: `Công ty TNHH Thực phẩm Sạch ${unique()}`, taxCode: taxCode() };
let orderId;

before(async () => {
  admin = await createAdmin();
  coopA = await cooperativeWithProduct(admin, {
    province: '31',
    variant: { prefix: 'NM', productName: 'Nước mắm thử nghiệm', name: 'Chai 500 ml', unit: 'chai', retailPrice: 60000, min: 6, step: 6,
      tiers: [{ minQuantity: 24, unitPrice: 52000 }], stock: 200 },
  });
  coopB = await cooperativeWithProduct(admin, {
    province: '01',
    variant: { prefix: 'MO', productName: 'Mật ong thử nghiệm', name: 'Hũ 500 g', unit: 'hũ', retailPrice: 150000, stock: 10 },
  });
});

async function expectClean(page, errors, name) {
  await settled(page);
  assert.deepEqual(await axeViolations(page), [], `${name}: axe`);
  assert.deepEqual(errors, [], `${name}: console`);
}

test('a buyer registers its business: a wrong tax code is refused at its field, then the portal says it awaits verification', async () => {
  const { page, context, errors } = await open(phone);
  await page.goto(`${base}/buyer/register`);
  await page.getByLabel('Tên doanh nghiệp').fill(buyer.name);
  const wrong = buyer.taxCode.slice(0, 9) + String((Number(buyer.taxCode[9]) + 1) % 10);
  await page.getByLabel('Mã số thuế (MST)').fill(wrong);
  await page.getByLabel('Tên địa chỉ (không bắt buộc)').fill('Kho Gia Lâm');
  await page.getByLabel('Người nhận').fill('Phạm Thu Trang');
  await page.getByLabel('Số điện thoại').fill('0987 654 321');
  await page.getByLabel('Số nhà, đường').fill('Số 5 Ngô Xuân Quảng');
  await page.getByLabel('Xã / phường').fill('Xã Gia Lâm');
  await page.getByLabel('Tỉnh / thành phố').selectOption('01');
  await page.getByLabel('Họ và tên').fill('Phạm Thu Trang');
  await page.getByLabel('Email').fill(buyer.email);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng ký' }).click();
  const taxError = page.locator('#rb-tax-error');
  await taxError.waitFor();
  assert.match(await taxError.innerText(), /Mã số thuế không hợp lệ/);
  assert.match(await page.getByLabel('Mã số thuế (MST)').getAttribute('aria-describedby'), /rb-tax-error/);
  await screenshot(page, 'buyer-register-error-phone', true);
  await page.getByLabel('Mã số thuế (MST)').fill(buyer.taxCode);
  await page.getByRole('button', { name: 'Đăng ký' }).click();
  await page.waitForURL(`${base}/buyer`);
  const status = page.getByTestId('buyer-status');
  await status.waitFor();
  assert.equal(await status.getAttribute('data-status'), 'REGISTERED');
  assert.match(await status.innerText(), /đang chờ Liên minh Hợp tác xã xác minh/);
  buyer.id = await page.getByTestId('buyer-id').innerText();
  assert.equal(await page.getByTestId('buyer-name').innerText(), buyer.name);
  // The API agrees: the business exists, REGISTERED, with the tax code typed.
  buyer.token = await login(buyer.email);
  const me = await gql('{ me { buyer { id status taxCode } } }', {}, buyer.token);
  assert.deepEqual(me.me.buyer, { id: buyer.id, status: 'REGISTERED', taxCode: buyer.taxCode });
  // Until verified, the cart's "place order" is off and says why.
  await page.goto(`${base}/buyer/requests`);
  await page.getByTestId('buyer-status').waitFor();
  await screenshot(page, 'buyer-waiting-phone');
  await expectClean(page, errors, 'waiting');
  await context.close();
});

test('the admin finds the business in the queue of buyers awaiting verification, checks the tax code and verifies it', async () => {
  const { page, context, errors } = await open(desktop);
  await signIn(page, admin.email);
  await page.waitForURL(`${base}/admin`);
  await page.getByRole('link', { name: 'Xác minh' }).first().click();
  await page.waitForURL(`${base}/admin/verify`);
  // The queue is the API's buyers(status: [REGISTERED]); its heading counts them all.
  const queue = page.getByTestId('buyer-queue');
  const waiting = await gql('{ buyers(status: [REGISTERED], first: 0) { totalCount } }', {}, admin.token);
  await queue.locator('h2').filter({ hasText: `(${waiting.buyers.totalCount})` }).waitFor();
  const card = await findInQueue(page, queue, queue.getByTestId('buyer-card').filter({ hasText: buyer.id }));
  assert.equal(await card.getByTestId('buyer-tax').innerText(), buyer.taxCode);
  assert.match(await card.innerText(), /Chờ xác minh/);
  await card.scrollIntoViewIfNeeded();
  await screenshot(page, 'admin-verify-buyer-desktop', true);
  await card.getByLabel('Lý do').fill('Đã đối chiếu mã số thuế với cổng tra cứu');
  await card.getByRole('button', { name: 'Xác minh' }).click();
  await page.getByTestId('verify-result').filter({ hasText: `Đã xác minh ${buyer.name}.` }).waitFor();
  await queue.getByTestId('buyer-card').filter({ hasText: buyer.id }).waitFor({ state: 'detached' }); // left the queue
  const me = await gql('{ me { buyer { status verifiedAt statusReason } } }', {}, buyer.token);
  assert.equal(me.me.buyer.status, 'VERIFIED');
  assert.ok(me.me.buyer.verifiedAt);
  assert.equal(me.me.buyer.statusReason, 'Đã đối chiếu mã số thuế với cổng tra cứu', 'the reason reached the API');
  await expectClean(page, errors, 'admin verify');
  await context.close();
});

test('the buyer fills the cart from two cooperatives (one line by quick order), sees per-line errors, and a double click places one order, split per cooperative', async () => {
  const { page, context, errors } = await open(phone);
  await signIn(page, buyer.email);
  await page.waitForURL(`${base}/buyer`);
  assert.equal(await page.getByTestId('buyer-status').count(), 0, 'verified: no waiting notice');

  // Product page: the stepper starts at the minimum (6) and moves by the case pack (6); 24 reaches the price break.
  await page.goto(`${base}/products/${coopA.product.slug}`);
  const add = page.getByTestId('add-to-cart');
  await add.waitFor();
  assert.equal(await add.getByRole('spinbutton').inputValue(), '6');
  for (let i = 0; i < 3; i++) await add.getByRole('button', { name: 'Thêm một bội số' }).click();
  assert.equal(await add.getByRole('spinbutton').inputValue(), '24');
  assert.match(await add.innerText(), /52\.000/);
  await add.getByRole('button', { name: 'Thêm vào giỏ hàng' }).click();
  await add.getByRole('status').waitFor();
  await screenshot(page, 'buyer-add-to-cart-phone');

  // Quick order: a line without quantity is shown with its number; a SKU the server does not sell (asked with
  // `variants`) is named on its line before anything reaches the cart; the rest goes to the cart.
  await page.goto(`${base}/buyer/quick-order`);
  await page.getByLabel('Mã SKU và số lượng').fill(`${coopB.sku} 12\nKHONG-CO-SKU-${unique()} 3\nabc`);
  await page.getByRole('button', { name: 'Thêm vào giỏ hàng' }).click();
  const problems = page.locator('.line-problems');
  await problems.waitFor();
  assert.match(await problems.innerText(), /Dòng 3: abc — thiếu số lượng/);
  await screenshot(page, 'buyer-quick-order-problems-phone', true);
  const unknown = `KHONG-CO-SKU-${unique()}`;
  await page.getByLabel('Mã SKU và số lượng').fill(`${coopB.sku} 12\n${unknown} 3`);
  await page.getByRole('button', { name: 'Thêm vào giỏ hàng' }).click();
  await problems.filter({ hasText: unknown }).waitFor();
  assert.match(await problems.innerText(), new RegExp(`Dòng 2: ${unknown} 3 — không có sản phẩm đang bán với mã SKU này`));
  assert.equal(page.url(), `${base}/buyer/quick-order`, 'nothing went to the cart');
  await page.getByLabel('Mã SKU và số lượng').fill(`${coopB.sku} 12`);
  await page.getByRole('button', { name: 'Thêm vào giỏ hàng' }).click();
  await page.waitForURL(`${base}/buyer/cart`);

  // The server prices the cart and names each line's problem: 12 honey jars asked, 10 in stock.
  const placeRequests = countGraphQL(page);
  const place = page.getByTestId('place-order');
  const honey = page.locator(`li.cart-line[data-sku="${coopB.sku}"]`);
  await honey.getByTestId('line-error').waitFor();
  assert.match(await honey.getByTestId('line-error').innerText(), /chỉ còn 10/);
  assert.match(await page.locator(`li.cart-line[data-sku="${coopA.sku}"]`).getByTestId('line-price').innerText(), /52\.000.*giá sỉ theo số lượng/s);

  // The cart is the server's: a second browser, signed in to the same account, sees the same lines.
  const other = await open(desktop);
  await signIn(other.page, buyer.email);
  await other.page.waitForURL(`${base}/buyer`);
  await other.page.goto(`${base}/buyer/cart`);
  await other.page.locator(`li.cart-line[data-sku="${coopB.sku}"]`).waitFor();
  assert.deepEqual(await other.page.locator('li.cart-line').evaluateAll((els) => els.map((e) => e.dataset.sku)), [coopA.sku, coopB.sku]);
  assert.equal(await other.page.locator(`li.cart-line[data-sku="${coopA.sku}"]`).getByRole('spinbutton').inputValue(), '24');
  assert.equal(await other.page.locator(`li.cart-line[data-sku="${coopB.sku}"]`).getByRole('spinbutton').inputValue(), '12');
  assert.equal(await other.page.getByTestId('estimate').innerText(), await page.getByTestId('estimate').innerText());
  await other.context.close();

  // Placing anyway: the server refuses the line; nothing is ordered, and the line offers to change the quantity.
  await place.click();
  await page.getByTestId('checkout-error').waitFor();
  await screenshot(page, 'buyer-cart-out-of-stock-phone', true);
  await honey.getByRole('button', { name: 'Đổi thành 10' }).click();
  // The quantity is saved to the server cart and the line redrawn from it (it failed once when read at once).
  await page.waitForFunction((sku) => document.querySelector(`li.cart-line[data-sku="${sku}"] input[type=number]`)?.value === '10', coopB.sku);
  assert.equal(await honey.getByRole('spinbutton').inputValue(), '10');
  assert.equal((await gql('{ purchaseOrders(first: 10) { nodes { id } } }', {}, buyer.token)).purchaseOrders.nodes.length, 0, 'no order yet');

  // Double click on "place order": one order.
  await place.dblclick();
  await page.waitForURL(/\/buyer\/orders\/[^/?]+\?placed=1$/);
  const placed = placeRequests.filter((r) => /mutation PlaceOrder/.test(r.query));
  const keys = new Set(placed.map((r) => r.variables.input.idempotencyKey));
  assert.equal(keys.size, 1, 'one idempotency key for the whole checkout');
  const orders = (await gql('{ purchaseOrders(first: 10) { nodes { id total cooperativeOrders { subtotal cooperative { name } } } } }', {}, buyer.token)).purchaseOrders.nodes;
  assert.equal(orders.length, 1, 'the double click made one order');
  orderId = orders[0].id;
  assert.equal(orders[0].total, 24 * 52000 + 10 * 150000);

  // The split: one part per cooperative, with its lines priced by the server.
  const parts = page.getByTestId('coop-part');
  await parts.first().waitFor();
  assert.equal(await parts.count(), 2);
  const text = await page.locator('.parts').innerText();
  assert.ok(text.includes(coopA.name) && text.includes(coopB.name));
  const subtotals = await page.getByTestId('part-subtotal').allInnerTexts();
  assert.deepEqual(subtotals.map((s) => Number(s.replace(/\D/g, ''))).sort(), [1248000, 1500000]);
  assert.match(await page.locator(`.order-lines li[data-sku="${coopA.sku}"]`).innerText(), /giá sỉ theo số lượng/);
  assert.equal(await page.getByTestId('order-total').getAttribute('data-amount'), String(orders[0].total));
  await page.evaluate(() => getSelection()?.removeAllRanges()); // the double click selected a word
  await screenshot(page, 'buyer-order-split-phone', true);
  await page.setViewportSize({ width: 360, height: 740 });
  assert.equal(await horizontalOverflow(page), 0, 'order page: no horizontal scroll at 360 px');
  await expectClean(page, errors.filter((e) => !/status of 4\d\d/.test(e)), 'order');
  await context.close();
});

test('a lost answer and a reload during checkout make no second order: the same key comes back with the same order', async () => {
  const { page, context, errors } = await open(desktop);
  page.on('console', () => {}); // the aborted request is the point
  await signIn(page, buyer.email);
  await page.waitForURL(`${base}/buyer`);
  await page.goto(`${base}/buyer/quick-order`);
  await page.getByLabel('Mã SKU và số lượng').fill(`${coopA.sku} 6`);
  await page.getByRole('button', { name: 'Thêm vào giỏ hàng' }).click();
  await page.waitForURL(`${base}/buyer/cart`);
  const keys = [];
  let first = true;
  await page.route('**/graphql', async (route) => {
    const body = route.request().postDataJSON();
    if (!/mutation PlaceOrder/.test(body?.query ?? '')) return route.continue();
    keys.push(body.variables.input.idempotencyKey);
    if (!first) return route.continue();
    first = false;
    await route.fetch(); // the server places the order …
    await route.abort('connectionreset'); // … and the answer never reaches the browser
  });
  await page.getByTestId('place-order').click();
  await page.getByTestId('checkout-error').waitFor();
  assert.match(await page.getByTestId('checkout-error').innerText(), /không bị tạo hai lần/);
  await page.reload();
  await page.getByTestId('place-order').click();
  await page.waitForURL(/\/buyer\/orders\/[^/?]+\?placed=1$/);
  assert.equal(keys.length, 2);
  assert.equal(keys[0], keys[1], 'the reload kept the checkout\'s key');
  const orders = (await gql('{ purchaseOrders(first: 10) { nodes { id total } } }', {}, buyer.token)).purchaseOrders.nodes;
  assert.equal(orders.length, 2, 'two checkouts, two orders (not three)');
  assert.ok(page.url().includes(encodeURIComponent(orders[0].id)), 'the page shows the order the first request made');
  void errors;
  await context.close();
});

test('pay by bank transfer: the VietQR image decodes to the order\'s amount with a valid CRC; the admin confirms and the buyer\'s page turns paid', async () => {
  const buyerSide = await open(phone);
  const { page } = buyerSide;
  await signIn(page, buyer.email);
  await page.waitForURL(`${base}/buyer`);
  await page.goto(`${base}/buyer/orders/${encodeURIComponent(orderId)}`);
  await page.getByTestId('pay-link').click();
  const img = page.getByTestId('vietqr');
  await img.waitFor();
  await page.waitForFunction(() => document.querySelector('[data-testid=vietqr]')?.complete);
  // Read the pixels of the image the page drew, and decode them with jsQR here.
  const pixels = await img.evaluate((el) => {
    const canvas = document.createElement('canvas');
    canvas.width = el.naturalWidth;
    canvas.height = el.naturalHeight;
    const ctx = canvas.getContext('2d');
    ctx.drawImage(el, 0, 0);
    const data = ctx.getImageData(0, 0, canvas.width, canvas.height);
    return { width: data.width, height: data.height, data: Array.from(data.data) };
  });
  const code = jsQR(Uint8ClampedArray.from(pixels.data), pixels.width, pixels.height);
  assert.ok(code, 'the QR image decodes');
  const payload = code.data;
  const fields = tlv(payload);
  const order = (await gql('query($id: ID!) { purchaseOrder(id: $id) { number buyerName total payment { transferReference status } } }', { id: orderId }, buyer.token)).purchaseOrder;
  assert.equal(fields['54'], String(order.total), 'amount in the payload');
  assert.equal(fields['53'], '704', 'VND');
  assert.equal(payload.slice(-8, -4), '6304');
  assert.equal(payload.slice(-4), crc16(payload.slice(0, -4)), 'valid CRC');
  assert.ok(fields['62'].includes(order.payment.transferReference), 'the reference travels in the payload');
  assert.ok(fields['38'].includes('970436') && fields['38'].includes('0011000999888'), 'the platform account');
  assert.equal(await page.getByTestId('amount').getAttribute('data-amount'), String(order.total));
  assert.equal(await page.getByTestId('reference').innerText(), order.payment.transferReference);
  assert.equal(await page.getByRole('button', { name: /Sao chép/ }).count(), 3);
  await screenshot(page, 'buyer-pay-phone', true);
  await page.setViewportSize({ width: 360, height: 740 });
  assert.equal(await horizontalOverflow(page), 0, 'pay page: no horizontal scroll at 360 px');
  await page.setViewportSize(phone.viewport);
  assert.deepEqual(await axeViolations(page), [], 'pay page: axe');

  // The alliance sees the transfer waiting and confirms what reached the account (the statement's memo as pasted).
  const adminSide = await open(desktop);
  await signIn(adminSide.page, admin.email);
  await adminSide.page.waitForURL(`${base}/admin`);
  await adminSide.page.goto(`${base}/admin/transfers`);
  // The queue is the API's payments(status: [PENDING, AMOUNT_MISMATCH], method: BANK_TRANSFER), counted in its heading.
  const queued = await gql('{ payments(status: [PENDING, AMOUNT_MISMATCH], method: BANK_TRANSFER, first: 0) { totalCount } }', {}, admin.token);
  await adminSide.page.getByRole('heading', { name: `Chuyển khoản chờ xác nhận (${queued.payments.totalCount})` }).waitFor();
  const row = await findInQueue(adminSide.page, adminSide.page.locator('main'), adminSide.page.locator(`tr[data-reference="${order.payment.transferReference}"]`));
  assert.match(await row.innerText(), new RegExp(`${order.number}[\\s\\S]*${order.buyerName}`), 'the row names the order and the buyer');
  await screenshot(adminSide.page, 'admin-transfers-desktop', true);
  await adminSide.page.getByLabel('Nội dung chuyển khoản').fill(`MBVCB.123456.${order.payment.transferReference}.CT tu 0123`);
  await adminSide.page.getByLabel('Số tiền đã nhận (₫)').fill(String(order.total));
  await adminSide.page.getByRole('button', { name: 'Xác nhận', exact: true }).click();
  await adminSide.page.getByTestId('confirm-result').filter({ hasText: 'Đã khớp số tiền' }).waitFor();
  await row.waitFor({ state: 'detached' }); // the list is asked again after the confirmation: no longer waiting
  assert.deepEqual(adminSide.errors, []);
  await adminSide.context.close();

  // The buyer's page follows the payment by itself.
  await page.getByTestId('paid').waitFor({ timeout: 15_000 });
  assert.match(await page.getByTestId('pay-status').innerText(), /Đã thanh toán/);
  await screenshot(page, 'buyer-paid-phone');
  assert.deepEqual(buyerSide.errors, []);
  await buyerSide.context.close();
});

test('the report page shows clusterReport\'s figures for the same period, with the charts beside the table', async () => {
  const { page, context, errors } = await open(desktop);
  await signIn(page, admin.email);
  await page.waitForURL(`${base}/admin`);
  await page.goto(`${base}/admin/report`);
  const table = page.getByTestId('report-table');
  await table.waitFor();
  const from = await page.getByLabel('Từ ngày').inputValue();
  const to = await page.getByLabel('Đến ngày').inputValue();
  const codes = await page.locator('input[name=province]:checked').evaluateAll((els) => els.map((e) => e.value));
  assert.deepEqual(codes.sort(), ['01', '31', '33', '37']);
  const report = (await gql(`query($from: DateOnly!, $to: DateOnly!, $codes: [String!]) { clusterReport(from: $from, to: $to, provinceCodes: $codes) {
      total { ...F } provinces { ...F } } }
    fragment F on ProvinceFigures { provinceCode cooperativesVerified cooperativesActive publishedListings buyers demandRequests
      demandRequestsAnswered demandRequestsAccepted orders { status count value } productsByStars { stars count } }`,
  { from, to, codes }, admin.token)).clusterReport;
  const live = (f) => f.orders.filter((o) => o.status !== 'CANCELLED' && o.status !== 'REJECTED');
  const expected = (f) => ({
    cooperativesVerified: f.cooperativesVerified, cooperativesActive: f.cooperativesActive, publishedListings: f.publishedListings,
    stars3: f.productsByStars.find((s) => s.stars === 3)?.count ?? 0, stars4: f.productsByStars.find((s) => s.stars === 4)?.count ?? 0,
    stars5: f.productsByStars.find((s) => s.stars === 5)?.count ?? 0, buyers: f.buyers,
    orderCount: live(f).reduce((s, o) => s + o.count, 0), orderValue: live(f).reduce((s, o) => s + o.value, 0),
    demandRequests: f.demandRequests, demandRequestsAnswered: f.demandRequestsAnswered, demandRequestsAccepted: f.demandRequestsAccepted,
  });
  const shown = async (code) => Object.fromEntries(await page.locator(`tr[data-code="${code}"] td`).evaluateAll((tds) =>
    tds.map((td) => [td.dataset.key, Number(td.dataset.value)])));
  for (const f of report.provinces) assert.deepEqual(await shown(f.provinceCode), expected(f), `province ${f.provinceCode}`);
  assert.deepEqual(await shown('total'), expected(report.total), 'total');
  assert.equal(await page.locator('tbody tr').count(), report.provinces.length);
  // Our two orders are in the period: the figures are not all zeros.
  assert.ok(expected(report.total).orderValue >= 24 * 52000 + 10 * 150000 + 6 * 60000, 'the orders placed above are counted');
  // Each chart's bars carry the same numbers as the table.
  const orderBars = await page.getByTestId('chart-orders').locator('.bar-value').evaluateAll((els) => els.map((e) => Number(e.dataset.value)));
  assert.deepEqual(orderBars, report.provinces.map((f) => expected(f).orderValue));
  const starBars = await page.getByTestId('chart-stars').locator('.bar-value').evaluateAll((els) => els.map((e) => Number(e.dataset.value)));
  assert.deepEqual(starBars, [3, 4, 5].map((n) => expected(report.total)[`stars${n}`]));
  // The CSV download has a row per province and the total.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('csv').click()]);
  const csv = await (await import('node:fs/promises')).readFile(await download.path(), 'utf8');
  const lines = csv.replace(/^\uFEFF/, '').trim().split(/\r\n/);
  assert.equal(lines.length, 1 + report.provinces.length + 1);
  assert.ok(lines.at(-1).endsWith(Object.values(expected(report.total)).join(',')), 'the total row');
  await screenshot(page, 'admin-report-desktop', true);
  await expectClean(page, errors, 'report');
  await context.close();
});
