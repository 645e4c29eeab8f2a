// The rest of the buyer portal and the console against the real API: demand requests with quotes compared and
// accepted, supply agreements, cancelling, API keys, the verification queues, a transfer with the wrong amount; then
// every page in Vietnamese and English, phone and desktop: one h1, axe-core, no console error, no horizontal scroll
// at 360 px, touch targets of 44 px, and a screenshot.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { base, open, close, axeViolations, screenshot, horizontalOverflow, phone, desktop } from './support.mjs';
import { createAdmin, cooperativeWithProduct, findInQueue, gql, registerBuyerApi, unique } from './buyer-support.mjs';

after(close);

let admin;
let coopA;
let coopB;
let buyer;
let order; // placed through the API, paid by nobody: for the order and pay pages
let requestId;

async function verifiedBuyer() {
  const b = await registerBuyerApi(`Siêu thị Thử nghiệm ${unique()}`);
  const v = await gql('mutation($id: ID!) { verifyBuyer(input: { buyerId: $id }) { userErrors { code } } }', { id: b.id }, admin.token);
  assert.deepEqual(v.verifyBuyer.userErrors, []);
  return b;
}

async function placeOrder(token, lines) {
  const data = await gql(`mutation($input: PlaceOrderInput!) { placeOrder(input: $input) {
      purchaseOrder { id number total cooperativeOrders { id } } userErrors { code field message } } }`,
  { input: { idempotencyKey: `test-${unique()}`, lines } }, token);
  assert.deepEqual(data.placeOrder.userErrors, []);
  return data.placeOrder.purchaseOrder;
}

/** A context already signed in (the token in sessionStorage) and in the given language. */
async function openAs(token, options = desktop, lang = 'vi') {
  const session = await open(options);
  await session.context.addInitScript(([t, l]) => {
    if (t) sessionStorage.setItem('ocop.token', t);
    localStorage.setItem('lang', l);
  }, [token, lang]);
  return session;
}

before(async () => {
  admin = await createAdmin();
  coopA = await cooperativeWithProduct(admin, {
    province: '31',
    variant: { prefix: 'GAO', productName: 'Gạo tám thử nghiệm', name: 'Bao 10 kg', unit: 'bao', retailPrice: 250000, min: 2, step: 2,
      tiers: [{ minQuantity: 10, unitPrice: 230000 }], stock: 500 },
  });
  coopB = await cooperativeWithProduct(admin, {
    province: '31',
    variant: { prefix: 'BC', productName: 'Bánh cáy thử nghiệm', name: 'Hộp 300 g', unit: 'hộp', retailPrice: 45000, stock: 500 },
  });
  // Coop A's rice holds a verified 4-star certificate: the quotes page shows it beside A's quote.
  const cert = await gql(`mutation($input: AttachCertificateInput!) { attachCertificate(input: $input) { userErrors { code message } } }`, {
    input: { productId: coopA.product.id, stars: 4, score: 80, decisionNumber: 'Quyết định số 12/QĐ-UBND', issuer: 'UBND thành phố Hải Phòng', level: 'Province', issuedOn: '2025-09-01' },
  }, coopA.token);
  assert.deepEqual(cert.attachCertificate.userErrors, []);
  const checked = await gql('mutation($id: ID!) { verifyCertificate(input: { productId: $id }) { userErrors { code message } } }', { id: coopA.product.id }, admin.token);
  assert.deepEqual(checked.verifyCertificate.userErrors, []);
  buyer = await verifiedBuyer();
  order = await placeOrder(buyer.token, [{ sku: coopA.sku, quantity: 4 }, { sku: coopB.sku, quantity: 3 }]);
});

test('the market never downloads the buyer portal or the console; each loads on its own routes', async () => {
  const { page, context, errors } = await open(phone);
  const scripts = [];
  page.on('response', (r) => { if (r.request().resourceType() === 'script') scripts.push(new URL(r.url()).pathname); });
  await page.goto(`${base}/search?q=mat%20ong`, { waitUntil: 'networkidle' });
  await page.goto(`${base}/products/${coopA.product.slug}`, { waitUntil: 'networkidle' });
  assert.deepEqual(scripts.filter((f) => /BuyerPortal|AdminPortal/.test(f)), [], 'no portal chunk on the market');
  await page.goto(`${base}/buyer/register`, { waitUntil: 'networkidle' });
  assert.ok(scripts.some((f) => /BuyerPortal/.test(f)), 'the buyer chunk on /buyer');
  assert.ok(!scripts.some((f) => /AdminPortal/.test(f)), 'not the console');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a demand request: posted in the portal, quotes compared side by side, two accepted into one order at the quoted prices', async () => {
  const { page, context, errors } = await openAs(buyer.token, phone);
  await page.goto(`${base}/buyer/requests`);
  await page.getByLabel('Bạn cần gì?').fill('Cần 200 bao gạo tám cho chuỗi cửa hàng');
  await page.getByLabel('Số lượng').fill('200');
  await page.getByLabel('Đơn vị', { exact: true }).fill('bao');
  await page.getByLabel('Giao đến tỉnh / thành phố').selectOption('31');
  await page.getByRole('button', { name: 'Gửi yêu cầu' }).click();
  await page.waitForURL(/\/buyer\/requests\/[^/]+$/);
  requestId = decodeURIComponent(page.url().split('/').pop());
  await page.getByText('Chưa có báo giá').waitFor();

  const quote = async (coop, sku, quantity, unitPrice) => {
    const d = await gql(`mutation($input: QuoteInput!) { submitQuote(input: $input) { quote { id } userErrors { code field message } } }`, {
      input: { requestId, sku, quantity, unitPrice, deliveryDate: new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10),
        validUntil: new Date(Date.now() + 7 * 86_400_000).toISOString() },
    }, coop.token);
    assert.deepEqual(d.submitQuote.userErrors, []);
  };
  await quote(coopA, coopA.sku, 120, 220000);
  await quote(coopB, coopB.sku, 80, 40000);
  await page.reload();
  const rows = page.getByTestId('quote-row');
  await rows.first().waitFor();
  assert.equal(await rows.count(), 2);
  assert.match(await page.locator('.compare').innerText(), /220\.000/);
  assert.match(await rows.filter({ hasText: coopB.name }).innerText(), /Rẻ nhất/);
  await rows.filter({ hasText: coopA.name }).getByTestId('quote-stars').waitFor();
  assert.match(await rows.filter({ hasText: coopA.name }).getByTestId('quote-stars').innerText(), /Gạo tám thử nghiệm · Sản phẩm OCOP 4 sao/);
  assert.doesNotMatch(await rows.filter({ hasText: coopB.name }).innerText(), /sao/, 'no certificate, no stars');
  await screenshot(page, 'buyer-quotes-phone', true);
  for (const name of [coopA.name, coopB.name]) await page.getByLabel(`Chọn báo giá của ${name}`).check();
  await page.getByRole('button', { name: 'Chấp nhận 2 báo giá' }).click();
  await page.waitForURL(/\/buyer\/orders\/[^/?]+\?placed=1$/);
  await page.getByTestId('coop-part').first().waitFor();
  assert.equal(await page.getByTestId('coop-part').count(), 2);
  assert.match(await page.locator('.parts').innerText(), /báo giá/);
  const total = Number(await page.getByTestId('order-total').getAttribute('data-amount'));
  assert.equal(total, 120 * 220000 + 80 * 40000);
  const r = await gql('query($id: ID!) { demandRequest(id: $id) { status purchaseOrderId } }', { id: requestId }, buyer.token);
  assert.equal(r.demandRequest.status, 'ACCEPTED');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a quote the cooperative\'s stock no longer covers says how many are left, and cannot be chosen', async () => {
  const post = await gql(`mutation($input: PostDemandRequestInput!) { postDemandRequest(input: $input) { demandRequest { id } userErrors { code field message } } }`, {
    input: { description: 'Cần rất nhiều bánh cáy cho dịp Tết', quantity: 5000, unit: 'hộp', group: 'FOOD', deliveryProvinceCode: '31',
      expiresAt: new Date(Date.now() + 14 * 86_400_000).toISOString(),
      neededBy: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10) },
  }, buyer.token);
  assert.deepEqual(post.postDemandRequest.userErrors, []);
  const id = post.postDemandRequest.demandRequest.id;
  const quote = async (coop, quantity) => {
    const d = await gql(`mutation($input: QuoteInput!) { submitQuote(input: $input) { quote { id stockAvailable stockSuffices } userErrors { code field message } } }`, {
      input: { requestId: id, sku: coop.sku, quantity, unitPrice: 40000, deliveryDate: new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10),
        validUntil: new Date(Date.now() + 7 * 86_400_000).toISOString() },
    }, coop.token);
    assert.deepEqual(d.submitQuote.userErrors, []);
    return d.submitQuote.quote;
  };
  const short = await quote(coopB, 5000); // far above the 500 on hand
  assert.equal(short.stockSuffices, false);
  for (const [size, lang] of [[phone, 'vi'], [desktop, 'en']]) {
    const { page, context, errors } = await openAs(buyer.token, size, lang);
    await page.goto(`${base}/buyer/requests/${encodeURIComponent(id)}`);
    const row = page.getByTestId('quote-row').filter({ hasText: coopB.name });
    await row.waitFor();
    const warning = row.getByTestId('stock-short');
    assert.equal(await warning.innerText(), lang === 'vi'
      ? `Hợp tác xã hiện chỉ còn ${short.stockAvailable} hộp, không đủ số lượng đã báo giá. Chưa thể chấp nhận báo giá này cho đến khi HTX sửa lại.`
      : `The cooperative has only ${short.stockAvailable} hộp left, not enough for this quote. It cannot be accepted until the cooperative revises it.`);
    const box = row.getByRole('checkbox');
    assert.ok(await box.isDisabled(), 'the short quote cannot be chosen');
    // The reason is the checkbox's description, so a screen reader says why it is off.
    assert.equal(await box.getAttribute('aria-describedby'), await warning.getAttribute('id'));
    assert.ok(await page.locator('.actions .button').first().isDisabled(), 'nothing to accept');
    assert.deepEqual(await axeViolations(page), []);
    assert.equal(await horizontalOverflow(page), 0);
    await screenshot(page, `buyer-quote-stock-short-${lang}`, true);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('the lists say how many there are (totalCount), not how many one page holds', async () => {
  const counts = await gql('{ purchaseOrders(first: 0) { totalCount } demandRequests(first: 0) { totalCount } }', {}, buyer.token);
  const { page, context, errors } = await openAs(buyer.token, phone);
  await page.goto(`${base}/buyer/orders`);
  assert.equal(await page.getByTestId('list-total').innerText(), `${counts.purchaseOrders.totalCount} đơn mua`);
  await page.goto(`${base}/buyer/requests`);
  assert.equal(await page.getByTestId('list-total').innerText(), `${counts.demandRequests.totalCount} yêu cầu mua hàng`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a supply agreement: proposed by a cooperative, accepted by the buyer; the cart then estimates the agreed price, as the server charges', async () => {
  const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
  const later = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
  const p = await gql(`mutation($input: ProposeSupplyAgreementInput!) { proposeSupplyAgreement(input: $input) { supplyAgreement { id } userErrors { code field message } } }`,
    { input: { buyerId: buyer.id, sku: coopB.sku, unitPrice: 39000, validFrom: today, validTo: later } }, coopB.token);
  assert.deepEqual(p.proposeSupplyAgreement.userErrors, []);
  const { page, context, errors } = await openAs(buyer.token, phone);
  await page.goto(`${base}/buyer/agreements`);
  const row = page.getByTestId('agreement-row');
  await row.waitFor();
  assert.match(await row.innerText(), /Chờ bạn trả lời/);
  await row.getByRole('button', { name: 'Chấp nhận' }).click();
  await row.getByText('Đang áp dụng').waitFor();
  await page.goto(`${base}/products/${coopB.product.slug}`);
  await page.getByTestId('add-to-cart').getByRole('button', { name: 'Thêm vào giỏ hàng' }).click();
  await page.getByTestId('add-to-cart').getByRole('status').waitFor(); // the server cart has it
  await page.goto(`${base}/buyer/cart`);
  const line = page.locator(`li.cart-line[data-sku="${coopB.sku}"]`);
  await line.waitFor();
  await line.getByText('thỏa thuận cung ứng').waitFor();
  assert.match(await line.getByTestId('line-price').innerText(), /39\.000/);
  await page.getByTestId('place-order').click();
  await page.waitForURL(/\/buyer\/orders\/[^/?]+\?placed=1$/);
  assert.match(await page.locator(`.order-lines li[data-sku="${coopB.sku}"]`).innerText(), /39\.000.*thỏa thuận cung ứng/s);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the buyer cancels a placed order; every part shows the cancellation in its timeline', async () => {
  const toCancel = await placeOrder(buyer.token, [{ sku: coopA.sku, quantity: 2 }, { sku: coopB.sku, quantity: 1 }]);
  const { page, context, errors } = await openAs(buyer.token, desktop);
  page.on('dialog', (d) => d.accept());
  await page.goto(`${base}/buyer/orders/${encodeURIComponent(toCancel.id)}`);
  await page.getByRole('button', { name: 'Hủy cả đơn' }).click();
  await page.getByRole('status').filter({ hasText: 'Đã hủy.' }).waitFor();
  await page.waitForFunction(() => document.querySelectorAll('.coop-part .timeline li').length === 4);
  const statuses = await page.locator('.coop-part > p [data-status]').evaluateAll((els) => els.map((e) => e.dataset.status));
  assert.deepEqual(statuses, ['CANCELLED', 'CANCELLED']);
  // Each change names who made it: the buyer's member placed and cancelled it.
  assert.match(await page.locator('.coop-part .timeline').first().innerText(), /Hoa \(Doanh nghiệp\)[\s\S]*Hoa \(Doanh nghiệp\)/);
  const api = await gql('query($id: ID!) { purchaseOrder(id: $id) { cooperativeOrders { status } } }', { id: toCancel.id }, buyer.token);
  assert.deepEqual(api.purchaseOrder.cooperativeOrders.map((c) => c.status), ['CANCELLED', 'CANCELLED']);
  assert.equal(await page.getByRole('button', { name: 'Hủy cả đơn' }).count(), 0, 'nothing left to cancel');
  // Order again: the same lines go back to the cart.
  await page.getByRole('button', { name: 'Đặt lại' }).click();
  await page.waitForURL(`${base}/buyer/cart`);
  assert.equal(await page.locator(`li.cart-line[data-sku="${coopA.sku}"]`).getByRole('spinbutton').inputValue(), '2');
  assert.equal(await page.locator(`li.cart-line[data-sku="${coopB.sku}"]`).getByRole('spinbutton').inputValue(), '1');
  assert.deepEqual(errors, []);
  await context.close();
});

test('API keys: created with the secret shown once, the key reads the catalog, revoked it no longer does', async () => {
  const { page, context, errors } = await openAs(admin.token, desktop);
  await page.goto(`${base}/admin/api-keys`);
  const name = `Cửa hàng thử ${unique()}`;
  await page.getByLabel('Tên cửa hàng').fill(name);
  await page.getByRole('button', { name: 'Tạo khóa' }).click();
  const secret = await page.getByTestId('secret').innerText();
  assert.ok(secret.length > 20);
  const read = (key) => fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': key },
    body: JSON.stringify({ query: '{ products(first: 1) { totalCount } }' }) });
  assert.equal((await read(secret)).status, 200);
  const row = page.getByTestId('key-row').filter({ hasText: name });
  await row.waitFor();
  assert.equal((await row.innerText()).includes(secret), false, 'the list shows the prefix, never the secret');
  await screenshot(page, 'admin-api-keys-desktop', true);
  page.on('dialog', (d) => d.accept());
  await row.getByRole('button', { name: 'Thu hồi' }).click();
  await page.locator(`[data-testid=key-row][data-revoked=yes]`).filter({ hasText: name }).waitFor();
  assert.notEqual((await read(secret)).status, 200, 'a revoked key is refused');
  await page.reload();
  await page.getByTestId('key-row').first().waitFor();
  assert.equal(await page.getByTestId('new-secret').count(), 0, 'shown once: gone after a reload');
  assert.deepEqual(errors, []);
  await context.close();
});

async function registerCooperative(id, name) {
  const reg = await gql(`mutation($input: RegisterCooperativeInput!) { registerCooperative(input: $input) { token cooperative { id name } userErrors { code } } }`, {
    input: { name, slug: `htx-cho-${id}`, registrationCode: `0803${id.slice(0, 6)}`, provinceCode: '37',
      commune: 'Xã Gia Viễn', address: 'Thôn Nam', memberCount: 9, manager: { email: `htx-cho-${id}@test.local`, password: 'mat-khau-thu-nghiem-1', displayName: 'Bà Hạnh' } },
  });
  assert.deepEqual(reg.registerCooperative.userErrors, []);
  return { ...reg.registerCooperative.cooperative, token: reg.registerCooperative.token };
}

test('the verification queues: a cooperative with no listing is seen and verified with a reason, an unverified certificate is verified, each queue counted as the API counts it', async () => {
  const id = unique();
  // No listing at all: the queue is cooperatives(filter: { status: [UNVERIFIED] }), not a walk through listings.
  const coop = await registerCooperative(id, `HTX Chờ xác minh ${id}`);
  const other = await registerCooperative(unique(), `HTX Có sản phẩm ${id}`);
  const created = await gql(`mutation($input: CreateProductInput!) { createProduct(input: $input) { product { id } userErrors { code } } }`, {
    input: { slug: `com-${id}`, name: `Cốm thử nghiệm ${id}`, group: 'FOOD', variants: [{ sku: `COM-${id}`.toUpperCase(), name: 'Gói 500 g', unit: 'gói', retailPrice: 70000 }] },
  }, other.token);
  const productId = created.createProduct.product.id;
  const cert = await gql(`mutation($input: AttachCertificateInput!) { attachCertificate(input: $input) { userErrors { code message } } }`, {
    input: { productId, stars: 4, score: 78, decisionNumber: `Quyết định số ${id}/QĐ-UBND`, issuer: 'UBND tỉnh Ninh Bình', level: 'Province', issuedOn: '2025-09-01' },
  }, other.token);
  assert.deepEqual(cert.attachCertificate.userErrors, []);
  const counts = await gql(`{ c: cooperatives(filter: { status: [UNVERIFIED] }, first: 0) { totalCount }
    l: listings(certificateUnverified: true, first: 0) { totalCount } }`, {}, admin.token);

  const { page, context, errors } = await openAs(admin.token, phone);
  page.on('dialog', (d) => d.accept());
  await page.goto(`${base}/admin/verify`);
  const coops = page.getByTestId('coop-queue');
  const certs = page.getByTestId('cert-queue');
  await coops.locator('h2').filter({ hasText: `(${counts.c.totalCount} chờ xác minh)` }).waitFor();
  await certs.locator('h2').filter({ hasText: `(${counts.l.totalCount})` }).waitFor();
  const card = await findInQueue(page, coops, coops.locator('[data-testid=coop-card]').filter({ hasText: coop.name }));
  assert.equal(await card.getAttribute('data-status'), 'UNVERIFIED');
  assert.match(await card.innerText(), new RegExp(`0803${id.slice(0, 6)}`));
  const certCard = await findInQueue(page, certs, certs.getByTestId('cert-card').filter({ hasText: `Cốm thử nghiệm ${id}` }));
  assert.match(await certCard.innerText(), /UBND tỉnh Ninh Bình/);
  await card.scrollIntoViewIfNeeded();
  await screenshot(page, 'admin-verify-queues-phone', true);
  await card.getByLabel('Lý do').fill('Giấy đăng ký HTX khớp với cổng thông tin');
  await card.getByRole('button', { name: 'Xác minh' }).click();
  await page.getByTestId('verify-result').filter({ hasText: `Đã xác minh ${coop.name}.` }).waitFor();
  await coops.locator('[data-testid=coop-card][data-status=UNVERIFIED]').filter({ hasText: coop.name }).waitFor({ state: 'detached' });
  await certCard.getByRole('button', { name: 'Xác minh giấy chứng nhận' }).click();
  await certs.getByTestId('cert-card').filter({ hasText: `Cốm thử nghiệm ${id}` }).waitFor({ state: 'detached' });
  const after = await gql('query($o: ID!) { listings(cooperativeId: $o, first: 5) { nodes { certificate { verified } } } }', { o: other.id }, admin.token);
  assert.deepEqual(after.listings.nodes[0], { certificate: { verified: true } });
  const mine = await gql('{ me { cooperative { status statusReason } } }', {}, coop.token);
  assert.deepEqual(mine.me.cooperative, { status: 'VERIFIED', statusReason: 'Giấy đăng ký HTX khớp với cổng thông tin' });
  assert.deepEqual(errors, []);
  await context.close();
});

test('suspending asks for a reason; the member reads it on its own pages (a buyer and a cooperative)', async () => {
  const target = await verifiedBuyer();
  const coop = await registerCooperative(unique(), `HTX Sẽ tạm ngừng ${unique()}`);
  const { page, context, errors } = await openAs(admin.token, desktop);
  page.on('dialog', (d) => d.accept());
  await page.goto(`${base}/admin/verify`);
  // A verified business is not in the queue: the dossier number finds it.
  await page.getByLabel('Mã hồ sơ doanh nghiệp').fill(target.id);
  await page.getByRole('button', { name: 'Tìm hồ sơ' }).click();
  const found = page.locator('.found [data-testid=buyer-card]');
  await found.waitFor();
  await found.getByRole('button', { name: 'Tạm ngừng' }).click();
  await found.getByRole('alert').filter({ hasText: 'Nhập lý do tạm ngừng' }).waitFor();
  assert.equal(await found.getByLabel('Lý do').getAttribute('aria-invalid'), 'true');
  let api = await gql('query($id: ID!) { buyer(id: $id) { status } }', { id: target.id }, admin.token);
  assert.equal(api.buyer.status, 'VERIFIED', 'no reason, no suspension');
  const reason = 'Ba đơn hàng liên tiếp không nhận hàng';
  await found.getByLabel('Lý do').fill(reason);
  await found.getByRole('button', { name: 'Tạm ngừng' }).click();
  await page.locator('.found [data-testid=buyer-card][data-status=SUSPENDED]').waitFor();
  await screenshot(page, 'admin-verify-suspend-desktop', true);
  api = await gql('query($id: ID!) { buyer(id: $id) { status statusReason } }', { id: target.id }, admin.token);
  assert.deepEqual(api.buyer, { status: 'SUSPENDED', statusReason: reason });
  // The cooperative, from its queue card.
  const coops = page.getByTestId('coop-queue');
  const card = await findInQueue(page, coops, coops.locator('[data-testid=coop-card]').filter({ hasText: coop.name }));
  await card.getByLabel('Lý do').fill('Mã đăng ký HTX không có trong cơ sở dữ liệu');
  await card.getByRole('button', { name: 'Tạm ngừng' }).click();
  await page.getByTestId('verify-result').filter({ hasText: `Đã tạm ngừng ${coop.name}.` }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();

  // The members see why.
  const buyerSide = await openAs(target.token, phone);
  await buyerSide.page.goto(`${base}/buyer`);
  const notice = buyerSide.page.locator('[data-testid=buyer-status][data-status=SUSPENDED]');
  await notice.waitFor();
  assert.match(await notice.getByTestId('status-reason').innerText(), new RegExp(reason));
  await screenshot(buyerSide.page, 'buyer-suspended-phone');
  assert.deepEqual(buyerSide.errors, []);
  await buyerSide.context.close();
  const coopSide = await openAs(coop.token, phone);
  await coopSide.page.goto(`${base}/coop`);
  await coopSide.page.locator('[data-testid=coop-status][data-status=SUSPENDED]').waitFor();
  assert.match(await coopSide.page.getByTestId('status-reason').innerText(), /Mã đăng ký HTX không có trong cơ sở dữ liệu/);
  await screenshot(coopSide.page, 'coop-suspended-phone');
  assert.deepEqual(coopSide.errors, []);
  await coopSide.context.close();
});

test('a transfer with the wrong amount: the console says mismatch and shows the difference; the buyer\'s pay page says so too', async () => {
  const other = await placeOrder(buyer.token, [{ sku: coopB.sku, quantity: 5 }]);
  const started = await gql('mutation($id: ID!) { startBankTransfer(purchaseOrderId: $id) { transfer { reference amount } userErrors { code } } }', { id: other.id }, buyer.token);
  const { reference, amount } = started.startBankTransfer.transfer;
  const { page, context, errors } = await openAs(admin.token, desktop);
  await page.goto(`${base}/admin/transfers`);
  await page.getByLabel('Nội dung chuyển khoản').fill(reference);
  await page.getByLabel('Số tiền đã nhận (₫)').fill(String(amount - 5000));
  await page.getByRole('button', { name: 'Xác nhận', exact: true }).click();
  await page.getByTestId('confirm-result').filter({ hasText: 'Sai số tiền' }).waitFor();
  const row = page.locator(`tr[data-reference="${reference}"]`);
  await row.getByText(/Chênh lệch/).waitFor();
  assert.match(await row.innerText(), /Chênh lệch -5\.000/);
  assert.match(await row.innerText(), /Sai số tiền/);
  assert.deepEqual(errors, []);
  await context.close();
  const buyerSide = await openAs(buyer.token, phone);
  await buyerSide.page.goto(`${base}/buyer/orders/${encodeURIComponent(other.id)}/pay`);
  await buyerSide.page.getByText('khác số tiền cần chuyển').waitFor();
  assert.match(await buyerSide.page.getByTestId('pay-status').innerText(), /Sai số tiền/);
  assert.deepEqual(buyerSide.errors, []);
  await buyerSide.context.close();
});

test('pay by card: offered because Stripe is configured, Stripe Checkout\'s page is reached and paying there brings the buyer back to a paid order', async () => {
  const toPay = await placeOrder(buyer.token, [{ sku: coopB.sku, quantity: 2 }]);
  const methods = await gql('query($id: ID!) { purchaseOrder(id: $id) { paymentMethods } }', { id: toPay.id }, buyer.token);
  assert.deepEqual(methods.purchaseOrder.paymentMethods, ['BANK_TRANSFER', 'CARD']);
  const { page, context, errors } = await openAs(buyer.token, phone);
  // Off-origin requests are cut off in these tests; Stripe's (fake) checkout page is let through.
  await page.route((url) => url.href.startsWith(process.env.OCOP_FAKE_STRIPE_URL), (route) => route.continue());
  await page.goto(`${base}/buyer/orders/${encodeURIComponent(toPay.id)}/pay`);
  const card = page.getByTestId('card-payment');
  await card.waitFor();
  await page.getByTestId('vietqr').waitFor(); // the transfer stays on offer beside it
  await card.scrollIntoViewIfNeeded();
  await screenshot(page, 'buyer-pay-card-phone', true);
  await card.getByRole('button', { name: 'Thanh toán bằng thẻ' }).click();
  await page.waitForURL(/\/checkout\/cs_test_/);
  assert.equal(await page.getByTestId('fake-amount').innerText(), `${toPay.total} vnd`);
  const sent = (await (await fetch(`${process.env.OCOP_FAKE_STRIPE_URL}/__requests`)).json())
    .filter((r) => r.path === '/v1/checkout/sessions' && r.form.success_url.includes(encodeURIComponent(toPay.id)));
  assert.equal(sent.length, 1);
  assert.equal(sent[0].form.success_url, `${base}/buyer/orders/${encodeURIComponent(toPay.id)}/pay?card=done`);
  await page.getByRole('button', { name: 'Pay' }).click();
  await page.waitForURL(`${base}/buyer/orders/${encodeURIComponent(toPay.id)}/pay?card=done`);
  await page.getByTestId('paid').waitFor({ timeout: 15_000 });
  assert.match(await page.getByTestId('pay-status').innerText(), /Đã thanh toán/);
  const paid = await gql('query($id: ID!) { purchaseOrder(id: $id) { paymentMethods payment { status method amountReceived } } }', { id: toPay.id }, buyer.token);
  assert.deepEqual(paid.purchaseOrder.payment, { status: 'PAID', method: 'CARD', amountReceived: toPay.total });
  assert.deepEqual(errors.filter((e) => !e.includes('/checkout/')), []);
  await context.close();
});

test('a part cancelled after the transfer was confirmed: the console lists the refund to make by hand', async () => {
  const paid = await placeOrder(buyer.token, [{ sku: coopA.sku, quantity: 2 }, { sku: coopB.sku, quantity: 4 }]);
  const started = await gql('mutation($id: ID!) { startBankTransfer(purchaseOrderId: $id) { transfer { reference amount } } }', { id: paid.id }, buyer.token);
  const { reference, amount } = started.startBankTransfer.transfer;
  const confirmed = await gql('mutation($input: ConfirmBankTransferInput!) { confirmBankTransfer(input: $input) { payment { status } userErrors { code } } }',
    { input: { reference, amountReceived: amount } }, admin.token);
  assert.equal(confirmed.confirmBankTransfer.payment.status, 'PAID');
  const detail = await gql('query($id: ID!) { purchaseOrder(id: $id) { cooperativeOrders { id subtotal cooperative { name } } } }', { id: paid.id }, buyer.token);
  const part = detail.purchaseOrder.cooperativeOrders.find((c) => c.cooperative.name === coopB.name);
  const cancelled = await gql('mutation($id: ID!) { cancelOrder(id: $id) { userErrors { code message } } }', { id: part.id }, buyer.token);
  assert.deepEqual(cancelled.cancelOrder.userErrors, []);
  const { page, context, errors } = await openAs(admin.token, phone);
  await page.goto(`${base}/admin/refunds`);
  const card = page.getByTestId('refund-card').filter({ hasText: paid.number });
  await card.waitFor();
  const text = await card.innerText();
  assert.match(text, /Cần hoàn tiền thủ công/);
  assert.ok(text.includes(new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND' }).format(part.subtotal)), `${text} names ${part.subtotal}`);
  assert.equal(await card.getByRole('button', { name: 'Thử hoàn tiền lại' }).count(), 0, 'nothing to retry at Stripe');
  await screenshot(page, 'admin-refunds-phone', true);
  assert.deepEqual(errors, []);
  await context.close();
});

test('registration: the server\'s refusal (a tax code already registered) appears under its field, in the user\'s language', async () => {
  const taken = (await gql('{ me { buyer { taxCode } } }', {}, buyer.token)).me.buyer.taxCode;
  const { page, context, errors } = await open(phone);
  await page.goto(`${base}/buyer/register`);
  await page.getByLabel('Tên doanh nghiệp').fill('Doanh nghiệp trùng mã số thuế');
  await page.getByLabel('Mã số thuế (MST)').fill(taken);
  await page.getByLabel('Người nhận').fill('Ngô Văn Bình');
  await page.getByLabel('Số điện thoại').fill('0904 111 222');
  await page.getByLabel('Số nhà, đường').fill('Số 9 Lạch Tray');
  await page.getByLabel('Xã / phường').fill('Phường Lê Chân');
  await page.getByLabel('Tỉnh / thành phố').selectOption('31');
  await page.getByLabel('Họ và tên').fill('Ngô Văn Bình');
  await page.getByLabel('Email').fill(`trung-${unique()}@test.local`);
  await page.getByLabel('Mật khẩu').fill('mat-khau-thu-nghiem-1');
  await page.getByRole('button', { name: 'Đăng ký' }).click();
  await page.locator('#rb-tax-error').filter({ hasText: 'Mã số thuế này đã được đăng ký' }).waitFor();
  assert.equal(page.url(), `${base}/buyer/register`, 'nothing was registered');
  assert.equal(await page.evaluate(() => sessionStorage.getItem('ocop.token')), null);
  assert.deepEqual(errors, []);
  await context.close();
});

test('quick order from a CSV file: the header row is skipped, the same SKU adds up, the lines land in the cart', async () => {
  // The cart is the server's, shared by every browser of the buyer: "order again" above left lines in it.
  assert.deepEqual((await gql('mutation { clearCart { userErrors { code } } }', {}, buyer.token)).clearCart.userErrors, []);
  const { page, context, errors } = await openAs(buyer.token, phone);
  await page.goto(`${base}/buyer/quick-order`);
  const csv = `Mã SKU;Số lượng\r\n${coopA.sku};4\r\n${coopB.sku};2\r\n${coopA.sku};2\r\n`;
  await page.getByLabel('Hoặc chọn tệp CSV').setInputFiles({ name: 'don-hang.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await page.waitForFunction(() => document.querySelector('#qo-text')?.value.length > 0); // the file is read asynchronously
  assert.match(await page.getByLabel('Mã SKU và số lượng').inputValue(), new RegExp(coopB.sku));
  await page.getByRole('button', { name: 'Thêm vào giỏ hàng' }).click();
  await page.waitForURL(`${base}/buyer/cart`);
  assert.equal(await page.locator(`li.cart-line[data-sku="${coopA.sku}"]`).getByRole('spinbutton').inputValue(), '6');
  assert.equal(await page.locator(`li.cart-line[data-sku="${coopB.sku}"]`).getByRole('spinbutton').inputValue(), '2');
  await screenshot(page, 'buyer-cart-from-csv-phone', true);
  // Leave the cart empty for the pages that follow.
  for (const sku of [coopA.sku, coopB.sku]) await page.locator(`li.cart-line[data-sku="${sku}"]`).getByRole('button', { name: 'Xóa' }).click();
  await page.getByTestId('cart-empty').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('the buyer\'s overview counts what needs doing as the API lists it', async () => {
  const api = await gql('{ purchaseOrders(first: 100) { nodes { payment { status } cooperativeOrders { status } } } demandRequests(first: 100) { nodes { open } } }', {}, buyer.token);
  const live = (o) => o.cooperativeOrders.some((c) => c.status !== 'CANCELLED' && c.status !== 'REJECTED');
  const toPay = api.purchaseOrders.nodes.filter((o) => live(o) && (!o.payment || ['PENDING', 'FAILED', 'AMOUNT_MISMATCH'].includes(o.payment.status))).length;
  assert.ok(toPay >= 2, 'orders placed above are waiting for payment');
  const { page, context, errors } = await openAs(buyer.token, phone);
  await page.goto(`${base}/buyer`);
  await page.getByTestId('to-pay').filter({ hasNotText: '…' }).waitFor();
  assert.match(await page.getByTestId('to-pay').innerText(), new RegExp(`^${toPay}\\s`));
  assert.match(await page.getByTestId('open-requests').innerText(), new RegExp(`^${api.demandRequests.nodes.filter((r) => r.open).length}\\s`));
  assert.deepEqual(errors, []);
  await context.close();
});

test('every page of the buyer portal and the console, in Vietnamese and English, on a phone and a desktop', async () => {
  const buyerPages = [
    ['buyer-home', '/buyer', '[data-testid=buyer-name]'],
    ['buyer-quick-order', '/buyer/quick-order', '#qo-text'],
    ['buyer-cart', '/buyer/cart', '[data-testid=place-order]'],
    ['buyer-orders', '/buyer/orders', '[data-testid=order-row]'],
    ['buyer-order', `/buyer/orders/${encodeURIComponent(order.id)}`, '[data-testid=coop-part]'],
    ['buyer-pay', `/buyer/orders/${encodeURIComponent(order.id)}/pay`, '[data-testid=vietqr]'],
    ['buyer-requests', '/buyer/requests', '#dr-desc'],
    ['buyer-request', `/buyer/requests/${encodeURIComponent(requestId)}`, '[data-testid=quote-row]'],
    ['buyer-agreements', '/buyer/agreements', '[data-testid=agreement-row]'],
  ];
  const adminPages = [
    ['admin-home', '/admin', '[data-testid=who]'],
    ['admin-verify', '/admin/verify', '#vb-id'],
    ['admin-transfers', '/admin/transfers', '#ct-ref'],
    ['admin-bank', '/admin/bank', '#st-file'],
    ['admin-refunds', '/admin/refunds', 'h1'],
    ['admin-api-keys', '/admin/api-keys', '#nk-name'],
    ['admin-report', '/admin/report', '[data-testid=report-table]'],
  ];
  // A cart on the server with a line from each cooperative, so the cart page is seen with content.
  const seeded = await gql(`mutation($input: SetCartLinesInput!) { setCartLines(input: $input) { userErrors { code message } } }`,
    { input: { mode: 'REPLACE', lines: [{ sku: coopA.sku, quantity: 10 }, { sku: coopB.sku, quantity: 3 }] } }, buyer.token);
  assert.deepEqual(seeded.setCartLines.userErrors, []);
  for (const lang of ['vi', 'en']) {
    for (const [size, options] of [['phone', phone], ['desktop', desktop]]) {
      for (const [token, pages] of [[null, [['buyer-register', '/buyer/register', '#rb-tax']]], [buyer.token, buyerPages], [admin.token, adminPages]]) {
        const { page, context, errors } = await openAs(token, options, lang);
        await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
        for (const [name, path, ready] of pages) {
          const label = `${name} ${lang} ${size}`;
          await page.goto(`${base}${path}`);
          await page.locator(ready).first().waitFor();
          await page.waitForLoadState('networkidle');
          assert.equal(await page.locator('html').getAttribute('lang'), lang, `${label}: html lang`);
          assert.equal(await page.locator('h1').count(), 1, `${label}: one h1`);
          assert.deepEqual(await axeViolations(page), [], `${label}: axe`);
          await screenshot(page, `${name}-${lang}-${size}`, true);
          if (size === 'phone') {
            assert.equal(await horizontalOverflow(page), 0, `${label}: no horizontal scroll at 390 px`);
            await page.setViewportSize({ width: 360, height: 740 });
            await page.waitForTimeout(100);
            assert.equal(await horizontalOverflow(page), 0, `${label}: no horizontal scroll at 360 px`);
            const small = await page.locator('main a:visible, main button:visible, main input:visible, main select:visible').evaluateAll((els) => els
              .filter((e) => !e.closest('p, li.bar-row, td, dd, .crumbs') || e.matches('.button'))
              .map((e) => {
                const box = (e.matches('input[type=checkbox], input[type=radio]') && e.closest('label')) || e;
                return { e: e.outerHTML.slice(0, 80), h: box.getBoundingClientRect().height };
              })
              .filter((x) => x.h < 44));
            assert.deepEqual(small, [], `${label}: touch targets ≥ 44 px`);
            await page.setViewportSize(options.viewport);
          }
        }
        assert.deepEqual(errors, [], `${lang} ${size}: console errors`);
        await context.close();
      }
    }
  }
});
