// Demand requests in the cooperative portal: a buyer posts one through the API; the matching cooperative's manager
// quotes on it and revises the quote; the buyer sees the quote. An unverified cooperative is told why it sees none.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { base, open, close, phone, screenshot } from './support.mjs';
import { gql, registerCooperative, registerBuyer, publishedProduct, postRequest, signIn, suspend, unique } from './coop-support.mjs';

after(close);

let manager;
let buyer;
let product;
let requestId;
const description = `Cần mật ong hoa nhãn cho cửa hàng ${unique()}`;
before(async () => {
  manager = await registerCooperative();
  buyer = await registerBuyer('Chuỗi cửa hàng Quà Quê');
  product = await publishedProduct(manager); // FOOD: the cooperative now matches FOOD requests
  requestId = await postRequest(buyer, description);
});
after(async () => { if (manager) await suspend(manager); });

const buyersView = async () => (await gql(`query($id: ID!) { demandRequest(id: $id) { quotes { sku unitPrice quantity revision status cooperative { name } } } }`,
  { id: requestId }, buyer.token)).demandRequest.quotes;

test('the manager quotes on a matching request, then revises the quote; the buyer sees it', async () => {
  const { page, context, errors } = await open(phone);
  await signIn(page, manager.email);
  await page.getByRole('link', { name: 'Yêu cầu mua hàng', exact: true }).click();
  await page.waitForURL(`${base}/coop/requests`);
  const card = page.locator(`li.request-card[data-request="${requestId}"]`);
  await card.waitFor();
  assert.match(await card.innerText(), new RegExp(description));
  assert.match(await card.innerText(), /200 hũ/);
  await card.getByRole('button', { name: 'Báo giá' }).click();
  const form = card.getByTestId('quote-form');
  assert.equal(await form.getByLabel('Sản phẩm báo giá').inputValue(), product.sku);
  await form.getByLabel('Đơn giá (₫)').fill('abc');
  await form.getByRole('button', { name: 'Gửi báo giá' }).click();
  await form.locator('.field-error').filter({ hasText: 'Vui lòng nhập một số nguyên' }).waitFor();
  await form.getByLabel('Đơn giá (₫)').fill('138.000');
  await form.getByLabel('Ghi chú cho người mua').fill('Giao tại kho Hà Nội');
  await screenshot(page, 'coop-quote-form-phone-vi');
  await form.getByRole('button', { name: 'Gửi báo giá' }).click();
  await card.getByTestId('quote-sent').waitFor();
  await card.getByTestId('my-quote').filter({ hasText: 'Chờ người mua' }).waitFor();
  assert.match(await card.getByTestId('my-quote').innerText(), /200 hũ × 138\.000\s₫.*\(lần 1\)/);
  let quotes = await buyersView();
  assert.deepEqual(quotes.map((q) => [q.sku, q.unitPrice, q.quantity, q.revision, q.status, q.cooperative.name]),
    [[product.sku, 138000, 200, 1, 'ACTIVE', manager.name]]);

  await card.getByRole('button', { name: 'Sửa báo giá' }).click();
  await card.getByTestId('quote-form').getByLabel('Đơn giá (₫)').fill('135000');
  await card.getByTestId('quote-form').getByRole('button', { name: 'Sửa báo giá' }).click();
  await card.getByTestId('my-quote').filter({ hasText: '(lần 2)' }).waitFor();
  quotes = await buyersView();
  assert.deepEqual(quotes.map((q) => [q.unitPrice, q.revision]), [[135000, 2]]);
  const mine = page.getByTestId('my-quotes').locator(`li[data-request="${requestId}"]`);
  await mine.filter({ hasText: '(lần 2)' }).waitFor();
  assert.match(await mine.innerText(), new RegExp(`${product.name}[\\s\\S]*Chuỗi cửa hàng Quà Quê[\\s\\S]*Chờ người mua[\\s\\S]*135\\.000`));
  await screenshot(page, 'coop-requests-quoted-phone-vi', true);
  assert.deepEqual(errors, []);
  await context.close();
});

test('my quotes and what became of them: accepted, and on a withdrawn request, both no longer open', async () => {
  const inDays = (n) => new Date(Date.now() + n * 86_400_000);
  const quote = async (id) => {
    const d = await gql(`mutation($input: QuoteInput!) { submitQuote(input: $input) { quote { id } userErrors { code message } } }`, {
      input: { requestId: id, sku: product.sku, quantity: 200, unitPrice: 139000, deliveryDate: inDays(15).toISOString().slice(0, 10),
        validUntil: inDays(25).toISOString() },
    }, manager.token);
    assert.deepEqual(d.submitQuote.userErrors, []);
    return d.submitQuote.quote.id;
  };
  const accepted = await postRequest(buyer, `Mật ong cho hội chợ ${unique()}`);
  const withdrawn = await postRequest(buyer, `Mật ong cho quà Tết ${unique()}`);
  const acceptedQuote = await quote(accepted);
  await quote(withdrawn);
  const a = await gql(`mutation($input: AcceptQuotesInput!) { acceptQuotes(input: $input) { userErrors { code message } } }`,
    { input: { requestId: accepted, quoteIds: [acceptedQuote] } }, buyer.token);
  assert.deepEqual(a.acceptQuotes.userErrors, []);
  const w = await gql(`mutation($id: ID!) { withdrawDemandRequest(id: $id) { userErrors { code message } } }`, { id: withdrawn }, buyer.token);
  assert.deepEqual(w.withdrawDemandRequest.userErrors, []);

  const { page, context, errors } = await open();
  await signIn(page, manager.email);
  await page.goto(`${base}/coop/requests`);
  const list = page.getByTestId('my-quotes');
  const item = (id) => list.locator(`li[data-request="${id}"]`);
  await item(accepted).filter({ hasText: 'Được chấp nhận' }).waitFor();
  await item(withdrawn).filter({ hasText: 'Người mua đã rút yêu cầu' }).waitFor();
  // Closed requests are no longer among the open ones, yet their quotes name the product and the buyer.
  assert.equal(await page.locator(`li.request-card[data-request="${accepted}"]`).count(), 0);
  assert.match(await item(accepted).innerText(), new RegExp(`${product.name}[\\s\\S]*Chuỗi cửa hàng Quà Quê[\\s\\S]*200 hũ × 139\\.000`));
  assert.equal(await item(requestId).getAttribute('data-outcome'), 'ACTIVE');
  await screenshot(page, 'coop-my-quotes-desktop-vi', true);
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await item(withdrawn).filter({ hasText: 'The buyer withdrew the request' }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('an unverified cooperative is told that requests appear after verification', async () => {
  const fresh = await registerCooperative({ verified: false, label: 'Mới' });
  const { page, context } = await open();
  page.on('console', () => {});
  await signIn(page, fresh.email);
  await page.goto(`${base}/coop/requests`);
  await page.getByText('Yêu cầu mua hàng hiện ra khi HTX đã được xác minh.').waitFor();
  assert.ok(!(await page.locator('body').innerText()).includes(description));
  await context.close();
});
