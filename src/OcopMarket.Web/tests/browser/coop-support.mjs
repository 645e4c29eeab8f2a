// Accounts and data for the cooperative portal's browser tests, made through the public API: a cooperative registered
// and verified by the seed's admin (Development demo account), a verified buyer, products, orders, requests.
import assert from 'node:assert/strict';
import { base } from './support.mjs';

export const password = 'mat-khau-thu-nghiem-1';
export const unique = () => Math.random().toString(36).slice(2, 10);

export async function gql(query, variables = {}, token) {
  const headers = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const r = await fetch(`${base}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = await r.json();
  if (body.errors) throw new Error(`${r.status} ${JSON.stringify(body.errors)}`);
  return body.data;
}

let adminToken;
export async function admin() {
  if (adminToken) return adminToken;
  const d = await gql(`mutation { login(input: { email: "admin@ocop.local", password: "ocop-demo" }) { token userErrors { code message } } }`);
  assert.ok(d.login.token, `admin sign-in: ${JSON.stringify(d.login.userErrors)}`);
  adminToken = d.login.token;
  return adminToken;
}

/** A cooperative registered through the API (Hải Phòng, code 31); verified by the admin unless told otherwise. */
export async function registerCooperative({ verified = true, label = 'Cổng thử' } = {}) {
  const id = unique();
  const slug = `htx-coop-${id}`;
  const email = `${slug}@test.local`;
  const d = await gql(`mutation($input: RegisterCooperativeInput!) { registerCooperative(input: $input) {
      token cooperative { id name slug } userErrors { code field message } } }`, {
    input: {
      name: `HTX ${label} ${id}`, slug, registrationCode: `0802${id.slice(0, 6)}`, provinceCode: '31',
      commune: 'Xã Thụy Hương', address: 'Thôn Đông', memberCount: 12,
      manager: { email, password, displayName: 'Chị Lan' },
    },
  });
  assert.deepEqual(d.registerCooperative.userErrors, []);
  const coop = d.registerCooperative.cooperative;
  if (verified) {
    const v = await gql(`mutation($id: ID!) { verifyCooperative(input: { cooperativeId: $id }) { userErrors { code message } } }`, { id: coop.id }, await admin());
    assert.deepEqual(v.verifyCooperative.userErrors, []);
  }
  return { ...coop, email, token: d.registerCooperative.token };
}

/** The seed's admin suspends the cooperative: its test products leave the public catalog the other tests read. */
export async function suspend(coop) {
  await gql(`mutation($id: ID!) { suspendCooperative(input: { cooperativeId: $id }) { userErrors { code } } }`, { id: coop.id }, await admin());
}

function taxCode() {
  const weights = [31, 29, 23, 19, 17, 13, 7, 5, 3];
  for (;;) {
    const nine = '01' + String(1_000_000 + Math.floor(Math.random() * 9_000_000));
    const check = 10 - (weights.reduce((s, w, i) => s + w * Number(nine[i]), 0) % 11);
    if (check < 10) return nine + check;
  }
}

/** A buyer business registered and verified (so it may order and post requests), with its member's token. */
export async function registerBuyer(name = 'Cửa hàng Đặc sản Hà Nội') {
  const email = `buyer-${unique()}@test.local`;
  const d = await gql(`mutation($input: RegisterBuyerInput!) { registerBuyer(input: $input) {
      token buyer { id name taxCode } userErrors { code field message } } }`, {
    input: {
      name: `${name} ${unique()}`, taxCode: taxCode(),
      addresses: [{ label: 'Kho', recipient: 'Lê Thị Hoa', phone: '0912 345 678', line: 'Số 1 Tràng Tiền', commune: 'Phường Hoàn Kiếm', provinceCode: '01' }],
      member: { email, password, displayName: 'Hoa' },
    },
  });
  assert.deepEqual(d.registerBuyer.userErrors, []);
  const v = await gql(`mutation($id: ID!) { verifyBuyer(input: { buyerId: $id }) { userErrors { code message } } }`, { id: d.registerBuyer.buyer.id }, await admin());
  assert.deepEqual(v.verifyBuyer.userErrors, []);
  return { ...d.registerBuyer.buyer, email, token: d.registerBuyer.token };
}

/** A published FOOD product with one variant and stock on hand, made by the manager through the API. */
export async function publishedProduct(manager, { name = `Mật ong rừng ${unique()}`, price = 150000, stock = 500 } = {}) {
  const slug = `mat-ong-${unique()}`;
  const sku = `MO-${unique()}`.toUpperCase();
  const c = await gql(`mutation($input: CreateProductInput!) { createProduct(input: $input) { product { id version } userErrors { code field message } } }`, {
    input: { slug, name, group: 'FOOD', variants: [{ sku, name: 'Hũ 500 g', unit: 'hũ', retailPrice: price, minOrderQuantity: 1 }] },
  }, manager.token);
  assert.deepEqual(c.createProduct.userErrors, []);
  const p = c.createProduct.product;
  const pub = await gql(`mutation($input: ProductActionInput!) { publishProduct(input: $input) { userErrors { code message } } }`,
    { input: { productId: p.id } }, manager.token);
  assert.deepEqual(pub.publishProduct.userErrors, []);
  const s = await gql(`mutation($input: SetStockInput!) { setStock(input: $input) { userErrors { code message } } }`, { input: { sku, onHand: stock } }, manager.token);
  assert.deepEqual(s.setStock.userErrors, []);
  return { id: p.id, slug, sku, name };
}

/** The buyer orders `quantity` of the SKU; returns the cooperative order's id and the purchase order's number. */
export async function placeOrder(buyer, sku, quantity) {
  const d = await gql(`mutation($input: PlaceOrderInput!) { placeOrder(input: $input) {
      purchaseOrder { number cooperativeOrders { id } } userErrors { code field message } } }`,
  { input: { idempotencyKey: `t-${unique()}`, lines: [{ sku, quantity }], note: 'Giao giờ hành chính' } }, buyer.token);
  assert.deepEqual(d.placeOrder.userErrors, []);
  return { id: d.placeOrder.purchaseOrder.cooperativeOrders[0].id, number: d.placeOrder.purchaseOrder.number };
}

/** A FOOD demand request to Hà Nội, open for 30 days. */
export async function postRequest(buyer, description) {
  const inDays = (n) => new Date(Date.now() + n * 86_400_000);
  const d = await gql(`mutation($input: PostDemandRequestInput!) { postDemandRequest(input: $input) {
      demandRequest { id } userErrors { code field message } } }`, {
    input: {
      description, group: 'FOOD', quantity: 200, unit: 'hũ', deliveryProvinceCode: '01', targetUnitPrice: 140000,
      neededBy: inDays(20).toISOString().slice(0, 10), expiresAt: inDays(30).toISOString(),
    },
  }, buyer.token);
  assert.deepEqual(d.postDemandRequest.userErrors, []);
  return d.postDemandRequest.demandRequest.id;
}

export async function signIn(page, email, pw = password) {
  await page.goto(`${base}/login`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu').fill(pw);
  await page.getByRole('button', { name: 'Đăng nhập' }).last().click();
  await page.waitForURL(`${base}/coop`);
  await page.getByTestId('coop-name').waitFor();
}

/** Buttons, links, inputs and selects lower than 44 px at the current viewport (footer and in-text links aside). */
export async function smallTargets(page) {
  return page.locator('a:visible, button:visible, input:visible, select:visible').evaluateAll((els) => els
    .filter((e) => !e.closest('.site-footer') && !e.closest('p') && !e.closest('li.plain') && !e.matches('.skip')
      && !(e.matches('input[type=checkbox], input[type=radio]')))
    .map((e) => ({ e: e.outerHTML.slice(0, 80), h: Math.round(e.getBoundingClientRect().height) }))
    .filter((x) => x.h < 44));
}
