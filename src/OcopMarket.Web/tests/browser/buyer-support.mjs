// Accounts and catalog data for the buyer-portal and console tests, made through the public API, plus the one thing
// the API cannot do: the Testing environment seeds no admin (IdentitySeeder runs in Development only), so an account
// registered through the API is made ADMIN directly in this run's own database schema — the way the .NET tests insert
// their admin users. Nothing else is written behind the API's back.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { base, settled } from './support.mjs';

export const password = 'mat-khau-thu-nghiem-1';
export const unique = () => Math.random().toString(36).slice(2, 10);

export async function gql(query, variables = {}, token) {
  const headers = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const r = await fetch(`${base}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = await r.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

export function taxCode(prefix = '01') {
  const weights = [31, 29, 23, 19, 17, 13, 7, 5, 3];
  for (;;) {
    const nine = prefix + String(1_000_000 + Math.floor(Math.random() * 9_000_000));
    const check = 10 - (weights.reduce((s, w, i) => s + w * Number(nine[i]), 0) % 11);
    if (check < 10) return nine + check;
  }
}

export async function login(email, pw = password) {
  const data = await gql('mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { token userErrors { code } } }', { e: email, p: pw });
  assert.ok(data.login.token, `login ${email}: ${JSON.stringify(data.login.userErrors)}`);
  return data.login.token;
}

export async function registerBuyerApi(name = 'Cửa hàng Đặc sản Thử nghiệm') {
  const email = `buyer-${unique()}@test.local`;
  const data = await gql(`mutation($input: RegisterBuyerInput!) { registerBuyer(input: $input) { token buyer { id } userErrors { code field message } } }`, {
    input: {
      name, taxCode: taxCode(),
      addresses: [{ label: 'Kho', recipient: 'Lê Thị Hoa', phone: '0912345678', line: 'Số 1 Tràng Tiền', commune: 'Phường Hoàn Kiếm', provinceCode: '01' }],
      member: { email, password, displayName: 'Hoa' },
    },
  });
  assert.deepEqual(data.registerBuyer.userErrors, []);
  return { email, token: data.registerBuyer.token, id: data.registerBuyer.buyer.id };
}

export function psql(sql) {
  const connection = process.env.OCOP_TEST_CONNECTION ?? 'Host=127.0.0.1;Port=5432;Database=ocop_test;Username=ocop;Password=ocop';
  const part = (k) => (connection.match(new RegExp(`(?:^|;)\\s*${k}=([^;]*)`, 'i')) ?? [])[1];
  const r = spawnSync('psql', ['-h', part('Host') ?? '127.0.0.1', '-p', part('Port') ?? '5432', '-U', part('Username') ?? 'ocop',
    '-d', part('Database') ?? 'ocop_test', '-v', 'ON_ERROR_STOP=1', '-tAc', sql],
  { env: { ...process.env, PGPASSWORD: part('Password') ?? '' }, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`psql: ${r.stderr}`);
  return r.stdout.trim();
}

/** An ADMIN of this test run: registered through the API, then given the role in this run's schema. */
export async function createAdmin() {
  const schema = process.env.OCOP_TEST_SCHEMA;
  assert.match(schema ?? '', /^web_[a-z0-9]+$/, 'run the browser tests through tests/browser/run.mjs (it names the schema)');
  const account = await registerBuyerApi('Tài khoản quản trị thử nghiệm');
  const changed = psql(`UPDATE ${schema}.mt_doc_user SET data = jsonb_set(data - 'BuyerId', '{Role}', '"Admin"')
    WHERE data->>'Email' = '${account.email}' RETURNING id`);
  assert.ok(changed, 'the admin account was promoted');
  const token = await login(account.email);
  const me = await gql('{ me { role } }', {}, token);
  assert.equal(me.me.role, 'ADMIN');
  return { email: account.email, token };
}

/** A cooperative (verified by the admin through the API) with one published product and stock. */
export async function cooperativeWithProduct(admin, { province = '31', variant }) {
  const id = unique();
  const slug = `htx-mua-si-${id}`;
  const email = `${slug}@test.local`;
  const reg = await gql(`mutation($input: RegisterCooperativeInput!) { registerCooperative(input: $input) {
      token cooperative { id name } userErrors { code field message } } }`, {
    input: {
      name: `HTX Thử nghiệm ${id}`, slug, registrationCode: `0802${id.slice(0, 6)}`, provinceCode: province,
      commune: 'Xã Thụy Hương', address: 'Thôn Đông', memberCount: 20, manager: { email, password, displayName: 'Anh Minh' },
    },
  });
  assert.deepEqual(reg.registerCooperative.userErrors, []);
  const coop = reg.registerCooperative.cooperative;
  const token = reg.registerCooperative.token;
  const v = await gql('mutation($id: ID!) { verifyCooperative(input: { cooperativeId: $id }) { userErrors { code message } } }', { id: coop.id }, admin.token);
  assert.deepEqual(v.verifyCooperative.userErrors, []);
  const sku = `${variant.prefix}-${id}`.toUpperCase();
  const created = await gql(`mutation($input: CreateProductInput!) { createProduct(input: $input) { product { id slug } userErrors { code message } } }`, {
    input: {
      slug: `san-pham-${id}`, name: variant.productName, group: 'FOOD',
      variants: [{ sku, name: variant.name, unit: variant.unit, retailPrice: variant.retailPrice, minOrderQuantity: variant.min ?? 1,
        orderIncrement: variant.step ?? 1, priceTiers: variant.tiers ?? [] }],
    },
  }, token);
  assert.deepEqual(created.createProduct.userErrors, []);
  const product = created.createProduct.product;
  const stock = await gql('mutation($input: SetStockInput!) { setStock(input: $input) { userErrors { code message } } }', { input: { sku, onHand: variant.stock } }, token);
  assert.deepEqual(stock.setStock.userErrors, []);
  const pub = await gql('mutation($id: ID!) { publishProduct(input: { productId: $id }) { userErrors { code message } } }', { id: product.id }, token);
  assert.deepEqual(pub.publishProduct.userErrors, []);
  return { id: coop.id, name: coop.name, email, token, sku, product, variant };
}

export async function signIn(page, email, pw = password) {
  await page.goto(`${base}/login`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu').fill(pw);
  await page.getByRole('button', { name: 'Đăng nhập' }).last().click();
}

/**
 * A card in a console queue, the longest waiting first: pages on with the section's "next page" until it shows (the
 * run's schema may hold more waiting items than one page).
 */
export async function findInQueue(page, section, card) {
  for (let i = 0; i < 20; i++) {
    await section.locator('h2').filter({ hasNotText: '…' }).first().waitFor();
    await settled(page);
    if (await card.count() > 0) return card;
    const next = section.getByRole('button', { name: /^(Trang sau|Next page)$/ }).last();
    if (await next.count() === 0) break;
    await next.click();
  }
  throw new Error('not in the queue');
}

/** CRC-16/CCITT-FALSE, the checksum EMVCo (VietQR) payloads end with. */
export function crc16(text) {
  let crc = 0xffff;
  for (const byte of Buffer.from(text, 'utf8')) {
    crc ^= byte << 8;
    for (let i = 0; i < 8; i++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc.toString(16).toUpperCase().padStart(4, '0');
}

/** EMVCo TLV fields (id → value) of a payload's top level. */
export function tlv(payload) {
  const out = {};
  for (let i = 0; i + 4 <= payload.length;) {
    const id = payload.slice(i, i + 2);
    const len = Number(payload.slice(i + 2, i + 4));
    out[id] = payload.slice(i + 4, i + 4 + len);
    i += 4 + len;
  }
  return out;
}
