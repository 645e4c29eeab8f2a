// Sign-in shared by the portals, the route guards and the cooperative portal's shell, in Chromium against the real
// API. Accounts are made through the public API (registerCooperative / registerBuyer sign their first user in).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { base, open, close, axeViolations, screenshot, horizontalOverflow, countGraphQL, phone, desktop, settled } from './support.mjs';

after(close);


const password = 'mat-khau-thu-nghiem-1';
const unique = () => Math.random().toString(36).slice(2, 10);

async function gql(query, variables = {}, token) {
  const headers = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const r = await fetch(`${base}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  return { status: r.status, body: await r.json() };
}

async function registerCooperative() {
  const id = unique();
  const slug = `htx-portal-${id}`;
  const email = `${slug}@test.local`;
  const { body } = await gql(`mutation($input: RegisterCooperativeInput!) { registerCooperative(input: $input) {
      token cooperative { id name } userErrors { code field message } } }`, {
    input: {
      name: `HTX Cổng thử ${id}`, slug, registrationCode: `0801${id.slice(0, 6)}`, provinceCode: '31',
      commune: 'Xã Thụy Hương', address: 'Thôn Đông', memberCount: 12,
      manager: { email, password, displayName: 'Chị Lan' },
    },
  });
  const payload = body.data.registerCooperative;
  assert.deepEqual(payload.userErrors, []);
  return { email, name: payload.cooperative.name, token: payload.token };
}

function taxCode() {
  const weights = [31, 29, 23, 19, 17, 13, 7, 5, 3];
  for (;;) {
    const nine = '01' + String(1_000_000 + Math.floor(Math.random() * 9_000_000));
    const check = 10 - (weights.reduce((s, w, i) => s + w * Number(nine[i]), 0) % 11);
    if (check < 10) return nine + check;
  }
}

async function registerBuyer() {
  const email = `buyer-${unique()}@test.local`;
  const { body } = await gql(`mutation($input: RegisterBuyerInput!) { registerBuyer(input: $input) {
      token userErrors { code field message } } }`, {
    input: {
      name: 'Cửa hàng Đặc sản Hà Nội', taxCode: taxCode(),
      addresses: [{ label: 'Kho', recipient: 'Lê Thị Hoa', phone: '0912345678', line: 'Số 1 Tràng Tiền', commune: 'Phường Hoàn Kiếm', provinceCode: '01' }],
      member: { email, password, displayName: 'Hoa' },
    },
  });
  assert.deepEqual(body.data.registerBuyer.userErrors, []);
  return { email };
}

let manager;
let buyer;
before(async () => {
  manager = await registerCooperative();
  buyer = await registerBuyer();
  // One draft listing, so Today's counts come from the API rather than from zeros.
  const sku = `PORTAL-${unique()}`.toUpperCase();
  const { body } = await gql(`mutation($input: CreateProductInput!) { createProduct(input: $input) { userErrors { code message } } }`, {
    input: {
      slug: `mat-ong-portal-${unique()}`, name: 'Mật ong thử nghiệm', group: 'FOOD',
      variants: [{ sku, name: 'Hũ 500 g', unit: 'hũ', retailPrice: 120000 }],
    },
  }, manager.token);
  assert.deepEqual(body.data.createProduct.userErrors, []);
});

async function signIn(page, email, pw = password) {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu').fill(pw);
  await page.getByRole('button', { name: 'Đăng nhập' }).last().click();
}

test('the sign-in form is labelled for password managers', async () => {
  const { page, context, errors } = await open();
  await page.goto(`${base}/login`);
  assert.equal(await page.getByLabel('Email').getAttribute('autocomplete'), 'username');
  assert.equal(await page.getByLabel('Mật khẩu').getAttribute('autocomplete'), 'current-password');
  assert.equal(await page.getByLabel('Mật khẩu').getAttribute('type'), 'password');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a manager signs in, lands on /coop and sees the cooperative\'s name and its draft; a reload keeps the session', async () => {
  const { page, context, errors } = await open(phone);
  await page.goto(`${base}/`);
  await page.getByRole('link', { name: 'Đăng nhập' }).click();
  await page.waitForURL(`${base}/login`);
  await signIn(page, manager.email);
  await page.waitForURL(`${base}/coop`);
  assert.equal(await page.getByTestId('coop-name').innerText(), manager.name);
  assert.match(await page.getByTestId('drafts').innerText(), /^1\s+Nháp$/);
  assert.match(await page.getByTestId('to-confirm').innerText(), /^0\s/);
  assert.ok(await page.evaluate(() => sessionStorage.getItem('ocop.token')), 'token in sessionStorage');
  await page.reload();
  await page.getByTestId('coop-name').waitFor();
  assert.equal(await page.getByTestId('coop-name').innerText(), manager.name);
  // The portal's navigation: every section answers, with its own heading.
  await page.getByRole('link', { name: 'Đơn bán', exact: true }).click();
  await page.waitForURL(`${base}/coop/orders`);
  await page.locator('h1', { hasText: 'Đơn bán' }).waitFor(); // the URL changes before React has drawn the page
  assert.equal(await page.locator('h1').innerText(), 'Đơn bán');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a wrong password shows the Vietnamese message (English after the switch); a locked e-mail shows the lockout', async () => {
  const { page, context, errors } = await open();
  await page.goto(`${base}/login`);
  await signIn(page, manager.email, 'sai-mat-khau-123');
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.equal(await alert.innerText(), 'Email hoặc mật khẩu không đúng.');
  assert.equal(page.url(), `${base}/login`);
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await page.getByLabel('Password').fill('sai-mat-khau-456');
  await page.getByRole('button', { name: 'Sign in' }).last().click();
  await page.getByRole('alert').filter({ hasText: 'Wrong email or password.' }).waitFor();
  await page.locator('button.lang').click();

  // Five failures lock an e-mail (from this address) for a while: the next attempt gets TOO_MANY_ATTEMPTS.
  const locked = `nobody-${unique()}@test.local`;
  for (let i = 0; i < 5; i++) await gql(`mutation { login(input: { email: "${locked}", password: "sai-mat-khau" }) { token } }`);
  await signIn(page, locked, 'sai-mat-khau');
  await page.getByRole('alert').filter({ hasText: 'Bạn đã nhập sai quá nhiều lần' }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('a buyer lands on /buyer; opening /coop by hand says "not allowed" and asks nothing of the cooperative\'s data', async () => {
  const { page, context, errors } = await open();
  await page.goto(`${base}/login`);
  await signIn(page, buyer.email);
  await page.waitForURL(`${base}/buyer`);
  assert.match(await page.getByTestId('who').innerText(), /Hoa/);
  const requests = countGraphQL(page);
  await page.goto(`${base}/coop`);
  await page.getByTestId('not-allowed').waitFor();
  assert.equal(await page.locator('h1').innerText(), 'Bạn không có quyền xem trang này');
  await page.goto(`${base}/admin`);
  await page.getByTestId('not-allowed').waitFor();
  await settled(page);
  // Who is signed in, and their own notifications stream (opened again by each full page load): nothing else.
  assert.deepEqual(requests.map((r) => r.query.match(/(query|mutation|subscription)\s+(\w+)/)?.[2])
    .filter((n) => n !== 'Me' && n !== 'NotificationsChanged'), []);
  assert.equal(await page.getByTestId('coop-name').count(), 0);
  assert.deepEqual(await axeViolations(page), []);
  await screenshot(page, 'not-allowed-desktop');
  assert.deepEqual(errors, []);
  await context.close();
});

test('anonymous on /coop goes to /login and back to /coop after signing in', async () => {
  const { page, context, errors } = await open();
  await page.goto(`${base}/coop/orders`);
  await page.waitForURL(`${base}/login?next=%2Fcoop%2Forders`);
  await signIn(page, manager.email);
  await page.waitForURL(`${base}/coop/orders`);
  await page.locator('h1', { hasText: 'Đơn bán' }).waitFor(); // the URL changes before React has drawn the page
  assert.equal(await page.locator('h1').innerText(), 'Đơn bán');
  assert.deepEqual(errors, []);
  await context.close();
});

test('"next" never leads off the site', async () => {
  const { page, context } = await open();
  await page.goto(`${base}/login?next=${encodeURIComponent('//example.com/x')}`);
  await signIn(page, manager.email);
  await page.waitForURL(`${base}/coop`);
  await context.close();
});

test('sign out returns to the market and the token no longer works', async () => {
  const { page, context, errors } = await open();
  await page.goto(`${base}/login`);
  await signIn(page, manager.email);
  await page.waitForURL(`${base}/coop`);
  await page.getByTestId('coop-name').waitFor();
  const token = await page.evaluate(() => sessionStorage.getItem('ocop.token'));
  assert.equal((await gql('{ me { email } }', {}, token)).body.data.me.email, manager.email);
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await page.waitForURL(`${base}/`);
  assert.equal(await page.evaluate(() => sessionStorage.getItem('ocop.token')), null);
  assert.ok(await page.getByRole('link', { name: 'Đăng nhập' }).isVisible());
  assert.equal((await gql('{ me { email } }', {}, token)).status, 401);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a token revoked elsewhere: the next request returns to /login with a message, and back after signing in', async () => {
  const { page, context } = await open();
  page.on('console', () => {}); // the 401 is the point of this test
  await page.goto(`${base}/login`);
  await signIn(page, manager.email);
  await page.waitForURL(`${base}/coop`);
  await page.getByTestId('coop-name').waitFor();
  const token = await page.evaluate(() => sessionStorage.getItem('ocop.token'));
  assert.equal((await gql('mutation { logout { revoked } }', {}, token)).body.data.logout.revoked, true);
  await page.getByRole('link', { name: 'Hôm nay' }).click(); // same route: nothing happens …
  await page.getByRole('link', { name: 'Sản phẩm', exact: true }).click(); // … until the listings page asks the API
  await page.waitForURL(/\/login\?expired=1&next=%2Fcoop%2Flistings$/);
  assert.match(await page.getByRole('status').innerText(), /Phiên đăng nhập đã hết hạn/);
  assert.equal(await page.evaluate(() => sessionStorage.getItem('ocop.token')), null);
  await signIn(page, manager.email);
  await page.waitForURL(`${base}/coop/listings`);
  await page.getByRole('link', { name: 'Hôm nay' }).click();
  await page.getByTestId('coop-name').waitFor();
  await context.close();
});

test('sign out everywhere ends the sessions on every device of the account, this one too', async () => {
  const other = await registerCooperative(); // its own account, so the other tests keep their sessions
  const phoneSession = await open(phone);
  const laptop = await open();
  for (const { page } of [phoneSession, laptop]) {
    await page.goto(`${base}/login`);
    await signIn(page, other.email);
    await page.waitForURL(`${base}/coop`);
  }
  const laptopToken = await laptop.page.evaluate(() => sessionStorage.getItem('ocop.token'));
  const { page, errors } = phoneSession;
  await page.goto(`${base}/account/password`);
  await page.getByRole('button', { name: 'Đăng xuất trên mọi thiết bị' }).click();
  await page.waitForURL(`${base}/login`);
  assert.equal(await page.evaluate(() => sessionStorage.getItem('ocop.token')), null);
  assert.equal((await gql('{ me { email } }', {}, laptopToken)).status, 401, "the laptop's session ended too");
  assert.equal((await gql('{ me { email } }', {}, other.token)).status, 401, "and registration's");
  assert.deepEqual(errors, []);
  await phoneSession.context.close();
  await laptop.context.close();
});

test('change password: the new one signs in, the old one no longer does', async () => {
  const other = await registerCooperative(); // its own account: the others keep their password
  const { page, context, errors } = await open(phone);
  await page.goto(`${base}/login`);
  await signIn(page, other.email);
  await page.waitForURL(`${base}/coop`);
  await page.getByRole('link', { name: 'Đổi mật khẩu' }).click();
  await page.waitForURL(`${base}/account/password`);
  await page.getByLabel('Mật khẩu hiện tại').fill(password);
  await page.getByLabel('Mật khẩu mới', { exact: true }).fill('mat-khau-moi-2026');
  await page.getByLabel('Nhập lại mật khẩu mới').fill('mat-khau-moi-2026');
  await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  // registerCooperative's token is another session of this user: changing the password ends it.
  await page.getByRole('status').filter({ hasText: 'Đã đổi mật khẩu. 1 phiên' }).waitFor();
  assert.equal((await gql('{ me { email } }', {}, other.token)).status, 401);
  const login = (pw) => gql('mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { token userErrors { code } } }', { e: other.email, p: pw });
  assert.equal((await login(password)).body.data.login.userErrors[0].code, 'INVALID_CREDENTIALS');
  assert.ok((await login('mat-khau-moi-2026')).body.data.login.token);
  // This device stays signed in.
  await page.getByRole('link', { name: 'Trang của tôi' }).click();
  await page.getByTestId('coop-name').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('/login, /coop and /account/password: one h1, axe clean, screenshots, no horizontal scroll at 360 px', async () => {
  for (const [size, options] of [['phone', phone], ['desktop', desktop]]) {
    const { page, context, errors } = await open(options);
    await page.goto(`${base}/login`);
    await page.getByLabel('Email').waitFor();
    const pages = [
      ['login', async () => {}],
      ['coop', async () => { await signIn(page, manager.email); await page.getByTestId('coop-name').waitFor(); }],
      ['password', async () => { await page.goto(`${base}/account/password`); await page.getByLabel('Mật khẩu hiện tại').waitFor(); }],
    ];
    for (const [name, go] of pages) {
      await go();
      await settled(page);
      assert.equal(await page.locator('h1').count(), 1, `${name} ${size}: one h1`);
      assert.deepEqual(await axeViolations(page), [], `${name} ${size}: axe`);
      await screenshot(page, `${name}-${size}`);
      if (size === 'phone') {
        await page.setViewportSize({ width: 360, height: 740 });
        await page.waitForTimeout(100);
        assert.equal(await horizontalOverflow(page), 0, `${name}: no horizontal scroll at 360 px`);
        const small = await page.locator('a:visible, button:visible, input:visible').evaluateAll((els) => els
          .filter((e) => !e.closest('.site-footer') && !e.closest('p') && !e.matches('.skip'))
          .map((e) => ({ e: e.outerHTML.slice(0, 60), h: e.getBoundingClientRect().height }))
          .filter((x) => x.h < 44));
        assert.deepEqual(small, [], `${name}: touch targets ≥ 44 px`);
        await page.setViewportSize(options.viewport);
      }
    }
    assert.deepEqual(errors, [], `${size}: console errors`);
    await context.close();
  }
});
