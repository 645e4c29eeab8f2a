// Sales orders in the cooperative portal: a buyer orders through the API, the manager confirms and ships it (each
// confirmed first), rejects another with a reason, prints the delivery note; another cooperative's manager opening
// the first one's order or product URL sees "not allowed" and none of its data.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { base, open, close, phone, screenshot, axeViolations } from './support.mjs';
import { gql, registerCooperative, registerBuyer, publishedProduct, placeOrder, signIn, suspend } from './coop-support.mjs';

after(close);

let manager;
let other;
let buyer;
let product;
let order;
let second;
before(async () => {
  manager = await registerCooperative();
  other = await registerCooperative({ label: 'Bên cạnh' });
  buyer = await registerBuyer('Siêu thị Xanh');
  product = await publishedProduct(manager, { price: 150000 });
  order = await placeOrder(buyer, product.sku, 12);
  second = await placeOrder(buyer, product.sku, 3);
});
after(async () => { for (const c of [manager, other]) if (c) await suspend(c); });

const status = async (id) => (await gql(`query($id: ID!) { cooperativeOrder(id: $id) { status history { to reason } } }`, { id }, manager.token)).cooperativeOrder;

test('the manager confirms and ships an order a buyer placed, each after a confirmation; history says who in words', async () => {
  const { page, context, errors } = await open(phone);
  await signIn(page, manager.email);
  assert.match(await page.getByTestId('to-confirm').innerText(), /^2\s/);
  await page.getByRole('link', { name: 'Đơn bán', exact: true }).click();
  await page.waitForURL(`${base}/coop/orders`);
  await page.getByTestId('tab-PLACED').filter({ hasText: '2' }).waitFor();
  assert.equal(await page.getByTestId('list-total').innerText(), '2 đơn bán'); // totalCount, all pages
  const row = page.locator(`li.order-row[data-number="${order.number}"]`);
  await row.waitFor();
  assert.match(await row.innerText(), new RegExp(buyer.name));
  await screenshot(page, 'coop-orders-list-phone-vi');
  await row.getByRole('link').click();
  await page.waitForURL(new RegExp(`/coop/orders/`));
  await page.getByTestId('buyer').waitFor();
  assert.equal(await page.getByTestId('buyer').innerText(), buyer.name);
  assert.match(await page.locator('main').innerText(), /Số 1 Tràng Tiền, Phường Hoàn Kiếm, Hà Nội/);
  assert.equal(await page.getByTestId('subtotal').innerText(), '1.800.000\u00a0₫');

  // Cancelling the dialog sends nothing.
  await page.getByRole('button', { name: 'Xác nhận', exact: true }).click();
  await page.getByRole('dialog', { name: `Xác nhận đơn ${order.number}?` }).waitFor();
  await page.getByRole('dialog').getByRole('button', { name: 'Hủy bỏ' }).click();
  assert.equal((await status(order.id)).status, 'PLACED');

  await page.getByRole('button', { name: 'Xác nhận', exact: true }).click();
  await page.getByRole('dialog').getByTestId('confirm-yes').click();
  await page.getByTestId('order-done').filter({ hasText: 'Đã xác nhận đơn.' }).waitFor();
  await page.getByTestId('order-history').filter({ hasText: 'Mới đặt → Đã xác nhận' }).waitFor();
  // Who made each change, by name and role (not a role word alone): the buyer placed it, the manager confirmed it.
  const history = await page.getByTestId('order-history').innerText();
  assert.match(history, /Mới đặt\s+Hoa \(Người mua\)/);
  assert.match(history, /Mới đặt → Đã xác nhận\s+Chị Lan \(Quản lý HTX\)/);
  assert.equal((await status(order.id)).status, 'CONFIRMED');

  await page.getByRole('button', { name: 'Giao hàng', exact: true }).click();
  await page.getByRole('dialog', { name: `Giao hàng đơn ${order.number}?` }).getByTestId('confirm-yes').click();
  await page.getByTestId('order-history').filter({ hasText: 'Đã xác nhận → Đang giao' }).waitFor();
  assert.equal((await status(order.id)).status, 'SHIPPED');
  assert.equal(await page.getByRole('button', { name: 'Đã giao' }).count(), 1, 'the next step is offered');
  await screenshot(page, 'coop-order-shipped-phone-vi', true);

  // The printable delivery note: in print media only the note shows, with the lines and both parties.
  await page.emulateMedia({ media: 'print' });
  const note = page.locator('.delivery-note');
  assert.ok(await note.isVisible());
  assert.ok(!(await page.locator('.screen-only').isVisible()));
  assert.match(await note.innerText(), new RegExp(`Phiếu giao hàng · ${order.number}[\\s\\S]*${manager.name}[\\s\\S]*Lê Thị Hoa[\\s\\S]*12 hũ`));
  await screenshot(page, 'coop-delivery-note-print-vi');
  await page.emulateMedia({ media: 'screen' });
  assert.deepEqual(errors, []);
  await context.close();
});

test('rejecting asks for a reason, and the buyer sees it in the history', async () => {
  const { page, context, errors } = await open();
  await signIn(page, manager.email);
  await page.goto(`${base}/coop/orders/${encodeURIComponent(second.id)}`);
  await page.getByRole('button', { name: 'Từ chối' }).click();
  const dialog = page.getByRole('dialog', { name: `Từ chối đơn ${second.number}?` });
  await dialog.getByLabel('Lý do').fill('Hết hàng vụ này');
  assert.deepEqual(await axeViolations(page), []);
  await screenshot(page, 'coop-reject-desktop-vi');
  await dialog.getByTestId('confirm-yes').click();
  await page.getByTestId('order-history').filter({ hasText: 'Lý do: Hết hàng vụ này' }).waitFor();
  const s = await status(second.id);
  assert.equal(s.status, 'REJECTED');
  assert.equal(s.history.at(-1).reason, 'Hết hàng vụ này');
  assert.deepEqual(errors, []);
  await context.close();
});

test('another cooperative\'s manager opening the first one\'s order or product URL sees "not allowed" and none of its data', async () => {
  const { page, context, errors } = await open();
  page.on('console', () => {}); // the API's FORBIDDEN answer is the point
  await signIn(page, other.email);
  await page.goto(`${base}/coop/orders/${encodeURIComponent(order.id)}`);
  await page.getByTestId('not-allowed').waitFor();
  assert.equal(await page.locator('h1').innerText(), 'Bạn không có quyền xem trang này');
  let text = await page.locator('body').innerText();
  for (const secret of [buyer.name, 'Tràng Tiền', product.name, order.number]) assert.ok(!text.includes(secret), `no "${secret}"`);

  await page.goto(`${base}/coop/listings/${product.slug}`);
  await page.getByTestId('not-allowed').waitFor();
  text = await page.locator('body').innerText();
  assert.ok(!text.includes(product.name) && !text.includes(product.sku));
  await page.goto(`${base}/coop/listings/${product.slug}/history`);
  await page.getByTestId('not-allowed').waitFor();
  assert.ok(!(await page.locator('body').innerText()).includes(manager.email));
  // The second cooperative's own order list does not hold the first one's orders.
  await page.goto(`${base}/coop/orders`);
  await page.getByTestId('orders-empty').waitFor();
  assert.deepEqual(errors.filter((e) => !/403|FORBIDDEN|Failed to load resource/.test(e)), []);
  await context.close();
});

test('supply agreements: proposed from the page to a buyer the cooperative sold to, a field error shown, then followed to ACTIVE', async () => {
  const { page, context, errors } = await open(phone);
  await signIn(page, manager.email);
  await page.getByRole('link', { name: 'Thỏa thuận', exact: true }).click();
  const form = page.getByTestId('propose');
  // The buyers come from customers: name and tax code, so two businesses of one name are told apart.
  const buyerSelect = form.getByLabel('Người mua (đã đặt hàng của HTX)');
  await buyerSelect.waitFor();
  assert.deepEqual(await buyerSelect.locator('option').allTextContents(), [`${buyer.name} · MST ${buyer.taxCode}`]);
  await buyerSelect.selectOption({ label: `${buyer.name} · MST ${buyer.taxCode}` });
  await form.getByLabel('Mã SKU').selectOption(product.sku);
  await form.getByLabel('Đơn giá thỏa thuận (₫)').fill('2000000000'); // above the platform's bound per unit
  await form.getByRole('button', { name: 'Gửi đề xuất' }).click();
  await page.getByTestId('ag-price-error').waitFor(); // the server's refusal, under its field
  await form.getByLabel('Đơn giá thỏa thuận (₫)').fill('132000');
  await form.getByRole('button', { name: 'Gửi đề xuất' }).click();
  await form.getByRole('status').filter({ hasText: 'Đã gửi đề xuất' }).waitFor();
  const proposed = await gql(`{ supplyAgreements { id sku status } }`, {}, buyer.token);
  const d = { proposeSupplyAgreement: { supplyAgreement: proposed.supplyAgreements.find((x) => x.sku === product.sku && x.status === 'PROPOSED') } };
  assert.ok(d.proposeSupplyAgreement.supplyAgreement, 'the buyer sees the proposal');
  const card = page.locator('li.card', { hasText: product.sku });
  await card.waitFor();
  assert.match(await card.innerText(), new RegExp(`${product.name} · Hũ 500 g[\\s\\S]*Chờ người mua đồng ý[\\s\\S]*132\\.000`));
  const a = await gql(`mutation($id: ID!) { acceptSupplyAgreement(id: $id) { userErrors { code message } } }`, { id: d.proposeSupplyAgreement.supplyAgreement.id }, buyer.token);
  assert.deepEqual(a.acceptSupplyAgreement.userErrors, []);
  await page.reload();
  const active = page.locator('li.card', { hasText: 'Đang hiệu lực' });
  await active.waitFor();
  assert.equal(await active.getByTestId('agreement-buyer').innerText(), buyer.name, 'the buyer by name (SupplyAgreement.buyerName)');
  await screenshot(page, 'coop-agreements-active-phone-vi');
  assert.deepEqual(errors, []);
  await context.close();
});
