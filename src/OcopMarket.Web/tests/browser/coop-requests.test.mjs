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
  assert.match(await page.locator('#my-quotes + *').innerText(), /Chờ người mua, 135\.000/);
  await screenshot(page, 'coop-requests-quoted-phone-vi', true);
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
