// The cooperative portal's listings in Chromium against the real API: create a draft with two variants and tiers, a
// field error for a tier that breaks the rules, unsaved changes, publish and find it in the public search, a stale
// save, stock (and a count below what is reserved), the CSV import's per-row report, history and the certificate.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { base, open, close, phone, screenshot, countGraphQL } from './support.mjs';
import { gql, registerCooperative, registerBuyer, placeOrder, signIn, suspend, unique } from './coop-support.mjs';

after(close);

let manager;
let buyer;
const word = `ongtest${unique()}`; // one word only this product has, to find it in the public search
const name = `Mật ong ${word}`;
let slug;
before(async () => {
  manager = await registerCooperative();
  buyer = await registerBuyer();
});
after(async () => { if (manager) await suspend(manager); });

const listings = async () => (await gql(`{ listings(first: 100) { nodes { id slug name status version
  variants { sku name priceTiers { minQuantity unitPrice } stockAvailable } } } }`, {}, manager.token)).listings.nodes;

async function fillVariant(page, i, v) {
  const card = page.getByTestId(`variant-${i}`);
  await card.getByLabel('Mã SKU').fill(v.sku);
  await card.getByLabel('Tên quy cách', { exact: true }).fill(v.name);
  await card.getByLabel('Đơn vị bán').fill(v.unit);
  await card.getByLabel('Giá bán lẻ (₫)').fill(String(v.price));
  for (const [j, [q, p]] of v.tiers.entries()) {
    await card.getByRole('button', { name: /^Thêm bậc giá sỉ/ }).click();
    await card.locator(`#f-variants-${i}-pricetiers-${j}-minquantity`).fill(String(q));
    await card.locator(`#f-variants-${i}-pricetiers-${j}-unitprice`).fill(String(p));
  }
}

test('a manager creates a draft with two variants and tiers; a tier that breaks the rules is shown at its field; leaving asks first', async () => {
  const { page, context, errors } = await open(phone);
  await signIn(page, manager.email);
  await page.getByRole('link', { name: 'Sản phẩm', exact: true }).click();
  await page.waitForURL(`${base}/coop/listings`);
  await page.getByTestId('listings-empty').waitFor(); // a new cooperative: the empty state says what to do
  assert.match(await page.getByTestId('listings-empty').innerText(), /Thêm sản phẩm mới/);
  await page.getByTestId('new-listing').click();
  await page.waitForURL(`${base}/coop/listings/new`);

  await page.getByLabel('Tên sản phẩm (tiếng Việt)').fill(name);
  slug = await page.getByLabel('Đường dẫn').inputValue();
  assert.equal(slug, `mat-ong-${word}`, 'the URL name follows the Vietnamese name, without diacritics');
  await page.getByLabel('Mô tả (tiếng Việt)').fill('Mật ong hoa nhãn, thu hoạch tháng 3.');
  await page.getByLabel('Mô tả tiếng Anh').fill('Longan blossom honey, harvested in March.');
  await page.getByLabel('Thẻ').fill('mật ong, quà biếu');
  await page.getByRole('button', { name: 'Thêm ảnh' }).click();
  await page.getByLabel('Đường dẫn ảnh 1').fill('https://example.com/mat-ong.jpg');
  const skuA = `MO-${unique()}`.toUpperCase();
  const skuB = `MO-T-${unique()}`.toUpperCase();
  // Tier 2 asks for fewer units than tier 1: the server refuses it.
  await fillVariant(page, 0, { sku: skuA, name: 'Hũ 500 g', unit: 'hũ', price: 150000, tiers: [[20, 140000], [10, 130000]] });
  assert.equal(await page.locator('#f-variants-0-retailprice-hint').innerText(), '150.000\u00a0₫', 'the price reads back in đồng');
  await page.getByRole('button', { name: 'Thêm quy cách' }).click();
  await fillVariant(page, 1, { sku: skuB, name: 'Thùng 12 hũ', unit: 'thùng', price: 1700000, tiers: [[5, 1650000]] });
  await page.getByTestId('variant-1').getByLabel('Bội số đặt hàng (theo thùng)').fill('1');
  await page.getByTestId('save').click();

  const tierError = page.getByTestId('f-variants-0-pricetiers-error');
  await tierError.waitFor();
  assert.equal(await tierError.innerText(), 'Bậc giá 2: số lượng phải lớn hơn bậc trước (20).');
  assert.equal(await page.locator('#f-variants-0-pricetiers-1-minquantity').count(), 1);
  assert.equal(page.url(), `${base}/coop/listings/new`, 'nothing was created');
  assert.equal(await page.getByTestId('f-variants-1-pricetiers-error').count(), 0, 'the other variant has no error');
  await screenshot(page, 'coop-editor-error-phone-vi', true);
  assert.equal((await listings()).length, 0);

  // Leaving with unsaved changes asks; "cancel" stays.
  await page.locator('.crumbs').getByRole('link', { name: 'Sản phẩm' }).click();
  await page.getByRole('dialog', { name: 'Rời trang khi chưa lưu?' }).waitFor();
  await page.getByRole('dialog').getByRole('button', { name: 'Hủy bỏ' }).click();
  assert.equal(page.url(), `${base}/coop/listings/new`);

  await page.locator('#f-variants-0-pricetiers-1-minquantity').fill('50');
  await page.getByTestId('save').click();
  await page.waitForURL(`${base}/coop/listings/${slug}`);
  await page.getByTestId('created').waitFor();
  const [draft] = await listings();
  assert.equal(draft.status, 'DRAFT');
  assert.equal(draft.name, name);
  assert.deepEqual(draft.variants.map((v) => [v.sku, v.priceTiers.map((t) => [t.minQuantity, t.unitPrice])]),
    [[skuA, [[20, 140000], [50, 130000]]], [skuB, [[5, 1650000]]]]);
  assert.deepEqual(errors, []);
  await context.close();
});

test('publishing asks first, then the product is found through the public search', async () => {
  const { page, context, errors } = await open();
  await signIn(page, manager.email);
  const sent = countGraphQL(page);
  await page.goto(`${base}/coop/listings/${slug}`);
  await page.getByRole('button', { name: 'Đăng bán' }).click();
  // The draft is read by its slug (listing(slug:)), not found by walking every listing.
  assert.ok(sent.some((r) => /listing\(slug: \$slug\)/.test(r.query) && r.variables.slug === slug));
  assert.ok(!sent.some((r) => /listings\(/.test(r.query)), 'no walk over listings');
  const dialog = page.getByRole('dialog', { name: `Đăng bán “${name}”?` });
  await dialog.waitFor();
  await screenshot(page, 'coop-publish-confirm-desktop-vi');
  await dialog.getByTestId('confirm-yes').click();
  await page.getByRole('status').filter({ hasText: 'Đã đăng bán.' }).waitFor();
  await page.locator('#status-title .badge', { hasText: 'Đang bán' }).waitFor(); // the listing as reloaded from the API
  assert.equal(await page.getByRole('button', { name: 'Ngừng bán' }).count(), 1);
  assert.equal((await listings())[0].status, 'PUBLISHED');

  await page.goto(`${base}/search?q=${word}`);
  const card = page.locator(`article.product-card[data-slug="${slug}"]`);
  await card.waitFor();
  assert.match(await card.locator('h3').innerText(), new RegExp(word));
  assert.deepEqual(errors, []);
  await context.close();
});

test('a save on a stale version says someone else changed it and reloads their change', async () => {
  const { page, context, errors } = await open();
  await signIn(page, manager.email);
  await page.goto(`${base}/coop/listings/${slug}`);
  await page.getByLabel('Xuất xứ').fill('Hưng Yên');
  // Meanwhile another manager's session edits the listing.
  const [p] = await listings();
  const d = await gql(`mutation($input: UpdateProductInput!) { updateProduct(input: $input) { userErrors { code } } }`,
    { input: { productId: p.id, expectedVersion: p.version, nameEn: 'Longan honey' } }, manager.token);
  assert.deepEqual(d.updateProduct.userErrors, []);
  await page.getByTestId('save').click();
  const conflict = page.getByTestId('conflict');
  await conflict.waitFor();
  assert.match(await conflict.innerText(), /Nội dung đã được người khác thay đổi, vui lòng tải lại/);
  await screenshot(page, 'coop-conflict-desktop-vi');
  await conflict.getByRole('button', { name: 'Tải lại' }).click();
  await page.waitForFunction(() => document.querySelector('#f-nameen')?.value === 'Longan honey');
  assert.equal(await page.getByLabel('Xuất xứ').inputValue(), '', 'the reload shows the stored listing');
  // Applied again on the fresh version, the change is saved: the origin, and the second variant removed.
  await page.getByLabel('Xuất xứ').fill('Hưng Yên');
  await page.getByTestId('variant-1').getByRole('button', { name: 'Xóa Quy cách 2' }).click();
  await page.getByTestId('save').click();
  await page.getByRole('status').filter({ hasText: 'Đã lưu.' }).waitFor();
  const saved = (await gql(`{ listings(first: 100) { nodes { slug origin nameEn variants { sku } } } }`, {}, manager.token)).listings.nodes.find((l) => l.slug === slug);
  assert.equal(saved.origin, 'Hưng Yên');
  assert.equal(saved.nameEn, 'Longan honey', 'the other session\'s change is kept');
  assert.equal(saved.variants.length, 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('stock: on hand is set in place; a count below what orders reserved is refused with the server\'s reason', async () => {
  const [p] = await listings();
  const sku = p.variants[0].sku;
  const { page, context, errors } = await open(phone);
  await signIn(page, manager.email);
  await page.goto(`${base}/coop/stock`);
  const row = page.locator(`tr[data-sku="${sku}"]`);
  await row.getByLabel(`Tồn kho mới của ${sku}`).fill('300');
  await row.getByRole('button', { name: 'Lưu' }).click();
  await row.getByTestId('on-hand').filter({ hasText: /^300$/ }).waitFor();
  assert.equal(await row.getByTestId('reserved').innerText(), '0');
  assert.match(await row.getByTestId('available').innerText(), /^300/);

  await placeOrder(buyer, sku, 40); // reserves 40
  const sent = countGraphQL(page);
  await page.reload(); // on hand and reserved as the API serves them to the cooperative's managers
  await row.getByTestId('reserved').filter({ hasText: /^40$/ }).waitFor();
  assert.ok(sent.some((r) => /stockOnHand\s+stockReserved/.test(r.query)), 'the page reads the variant\'s own figures');
  assert.ok(!sent.some((r) => /salesOrders/.test(r.query)), 'nothing is summed from the sales orders');
  assert.equal(await row.getByTestId('on-hand').innerText(), '300');
  assert.match(await row.getByTestId('available').innerText(), /^260/);
  await row.getByLabel(`Tồn kho mới của ${sku}`).fill('10');
  await row.getByRole('button', { name: 'Lưu' }).click();
  const error = row.getByTestId('stock-error');
  await error.waitFor();
  // The portal's words, then the server's reason in the same language (Accept-Language follows the switch).
  assert.match(await error.innerText(), /tồn kho không được thấp hơn số đã giữ cho đơn\. 40 đơn vị đang được giữ cho các đơn đã đặt/);
  assert.equal((await listings())[0].variants[0].stockAvailable, 260, 'the refused count changed nothing');
  await row.getByLabel(`Tồn kho mới của ${sku}`).fill('100');
  await row.getByRole('button', { name: 'Lưu' }).click();
  await row.getByTestId('on-hand').filter({ hasText: /^100$/ }).waitFor(); // setStock's own answer
  assert.equal(await row.getByTestId('reserved').innerText(), '40');
  assert.match(await row.getByTestId('available').innerText(), /^60/);
  await screenshot(page, 'coop-stock-refused-phone-vi', true);
  assert.deepEqual(errors, []);
  await context.close();
});

test('CSV import: the template has Vietnamese headers; the trial run reports a bad row with its line, saves nothing and blocks the import', async () => {
  const { page, context, errors } = await open();
  await signIn(page, manager.email);
  await page.goto(`${base}/coop/import`);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('template').click()]);
  const template = readFileSync(await download.path(), 'utf8');
  assert.match(template.split('\n')[0], /^\uFEFFĐường dẫn,Tên sản phẩm,Nhóm,.*Mã SKU,.*Giá bán lẻ/);

  const s = unique();
  const csv = [
    'Đường dẫn,Tên sản phẩm,Nhóm,Quy cách,Mã SKU,Đơn vị,Giá bán lẻ,Giá sỉ,Tồn kho',
    `tra-sen-${s},Trà sen ${s},Đồ uống,Hộp 100 g,TS-${s}-100,hộp,85000,20:80000,50`,
    `tra-sen-${s},Trà sen ${s},Đồ uống,Hộp 200 g,TS-${s}-200,hộp,160000,,30`,
    `mien-dong-${s},Miến dong ${s},Thực phẩm,Gói 500 g,MD-${s},gói,sáu mươi nghìn,,10`,
  ].join('\n');
  await page.getByLabel('Tệp CSV (UTF-8)').setInputFiles({ name: 'san-pham.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  // The server's trial run (importProducts with dryRun) reports every row before anything is saved.
  const check = page.getByTestId('file-preview');
  await check.waitFor();
  assert.match(await check.innerText(), /3 dòng/);
  const bad = check.locator('tr[data-line="4"]');
  assert.equal(await bad.getAttribute('data-status'), 'REJECTED');
  assert.match(await bad.innerText(), /sáu mươi nghìn/);
  assert.match(await check.innerText(), /chưa có gì được lưu/);
  assert.ok(await page.getByTestId('import').isDisabled(), 'a file with a bad row cannot be imported');
  await check.scrollIntoViewIfNeeded();
  await screenshot(page, 'coop-import-report-desktop-vi');
  const slugs = (await listings()).map((l) => l.slug);
  assert.ok(!slugs.includes(`tra-sen-${s}`) && !slugs.includes(`mien-dong-${s}`), 'nothing from the file was saved');

  // Without the bad row the trial run says what will be created, and the import does exactly that.
  await page.getByLabel('Tệp CSV (UTF-8)').setInputFiles({ name: 'san-pham.csv', mimeType: 'text/csv', buffer: Buffer.from(csv.split('\n').slice(0, 3).join('\n')) });
  await check.locator('tr[data-line="2"][data-status="CREATED"]').waitFor();
  assert.ok(!(await listings()).some((l) => l.slug === `tra-sen-${s}`), 'the trial run saved nothing');
  await page.getByTestId('import').click();
  await page.getByRole('dialog').getByTestId('confirm-yes').click();
  await page.getByTestId('count-created').filter({ hasText: 'Tạo mới: 2' }).waitFor();
  assert.ok((await listings()).some((l) => l.slug === `tra-sen-${s}`));
  assert.deepEqual(errors, []);
  await context.close();
});

test('history in words (enum names, not numbers) and a certificate attached, not yet verified', async () => {
  const { page, context, errors } = await open();
  await signIn(page, manager.email);
  await page.goto(`${base}/coop/listings/${slug}`);
  const cert = page.getByTestId('certificate');
  await cert.getByLabel('Hạng sao').selectOption('4');
  await cert.getByLabel('Số quyết định').fill('Quyết định số 144/QĐ-UBND');
  await cert.getByLabel('Cơ quan cấp').fill('UBND tỉnh Hưng Yên');
  await cert.getByLabel('Ngày ký').fill('2025-06-10');
  await cert.getByRole('button', { name: 'Đính kèm giấy chứng nhận' }).click();
  await cert.getByTestId('cert-state').waitFor();
  assert.equal(await cert.getByTestId('cert-state').innerText(), 'Chưa xác minh');
  assert.match(await cert.innerText(), /10\/06\/2028/, 'valid for 36 months from signing');

  await page.getByRole('link', { name: 'Lịch sử thay đổi' }).click();
  await page.waitForURL(`${base}/coop/listings/${slug}/history`);
  const history = page.getByTestId('history');
  await history.waitFor();
  assert.equal(await page.getByTestId('history-listing').innerText(), name, 'the listing by name, read with listing(slug:)');
  const text = await history.innerText();
  for (const action of ['Tạo sản phẩm', 'Đăng bán', 'Sửa thông tin', 'Cập nhật tồn kho', 'Đính kèm giấy chứng nhận']) assert.match(text, new RegExp(action));
  const status = history.locator('tr', { has: page.locator('th', { hasText: /^Trạng thái$/ }) }).first();
  assert.deepEqual(await status.locator('td').allInnerTexts(), ['Nháp', 'Đang bán']);
  assert.match(text, /Chị Lan \(Quản lý HTX\)/, 'who made the change: name and role, not an e-mail');
  assert.doesNotMatch(text, new RegExp(manager.email));
  await screenshot(page, 'coop-history-full-desktop-vi', true);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the listings page filters by status and searches with or without diacritics', async () => {
  const { page, context, errors } = await open(phone);
  await signIn(page, manager.email);
  await page.goto(`${base}/coop/listings`);
  const rows = page.locator('li.listing-row');
  await rows.first().waitFor();
  const all = await listings();
  assert.equal(await rows.count(), all.length);
  const tra = all.find((l) => l.slug.startsWith('tra-sen-'));
  const sent = countGraphQL(page);
  const suffix = tra.slug.split('-').pop();
  await page.getByLabel('Tìm trong sản phẩm của HTX').fill(`tra sen ${suffix}`); // typed without diacritics
  await page.waitForURL(/q=tra/);
  await page.waitForFunction(() => document.querySelectorAll('li.listing-row').length === 1);
  assert.equal(await rows.first().getAttribute('data-slug'), tra.slug);
  // The server searches (listings(search:)), folding diacritics there.
  assert.ok(sent.some((r) => r.variables?.search === `tra sen ${suffix}`), 'the words go to the server');
  await page.getByLabel('Tìm trong sản phẩm của HTX').fill(`TRÀ Sen ${suffix}`);
  await page.waitForURL(/q=TR/);
  await page.waitForFunction(() => document.querySelectorAll('li.listing-row').length === 1);
  assert.equal(await rows.first().getAttribute('data-slug'), tra.slug);
  await page.getByLabel('Tìm trong sản phẩm của HTX').fill(`khong co ${suffix}`);
  await page.getByTestId('listings-empty').waitFor();
  await page.getByLabel('Tìm trong sản phẩm của HTX').fill('');
  await page.getByText(/^Đang bán \(1\)$/).click();
  await page.waitForURL(/status=PUBLISHED/);
  await page.waitForFunction(() => document.querySelectorAll('li.listing-row').length === 1);
  assert.equal(await rows.first().getAttribute('data-slug'), slug);
  await page.getByText(/^Đã lưu trữ \(0\)$/).click();
  await page.getByTestId('listings-empty').waitFor();
  assert.match(await page.getByTestId('listings-empty').innerText(), /Không có sản phẩm nào khớp/);
  assert.deepEqual(errors, []);
  await context.close();
});
