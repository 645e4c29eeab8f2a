// Notifications in the portals: a manager sees the bell count rise without a reload when a buyer's order is recorded,
// opens the list (Vietnamese, then English), follows the notification to the order; a buyer hears the order was
// confirmed and marks everything read; the alliance's admin hears of a webhook endpoint switched off. 360 px phone,
// axe-core, no console error.
//
// The order's events come from the real API (placing and confirming the order record them). A webhook endpoint is
// switched off only after a day of failed deliveries, so that one event is written to this run's outbox with psql, in
// the shape docs/events.md gives it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { base, open, close, screenshot, axeViolations, horizontalOverflow } from './support.mjs';
import { gql, registerCooperative, registerBuyer, publishedProduct, placeOrder, signIn, suspend, password } from './coop-support.mjs';
import { psql } from './buyer-support.mjs';

after(close);

const phone360 = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true };

function record(type, subject, cooperativeId, buyerId, data) {
  const cooperatives = cooperativeId ? `ARRAY['${cooperativeId}']::uuid[]` : 'ARRAY[]::uuid[]';
  const buyerValue = buyerId ? `'${buyerId}'` : 'NULL';
  const schema = process.env.OCOP_TEST_SCHEMA;
  assert.match(schema ?? '', /^web_[a-z0-9]+$/, 'run the browser tests through tests/browser/run.mjs (it names the schema)');
  const json = JSON.stringify(data).replaceAll("'", "''");
  psql(`INSERT INTO ${schema}.ocop_outbox (seq, id, tx, type, subject, occurred_at, cooperative_ids, buyer_id, public, data)
    VALUES (nextval('${schema}.ocop_outbox_seq'), gen_random_uuid(), pg_current_xact_id()::text::bigint, '${type}', '${subject}',
      now(), ${cooperatives}, ${buyerValue}, false, '${json}'::jsonb)`);
}

let manager;
let buyer;
let product;
let order;
before(async () => {
  manager = await registerCooperative({ label: 'Thông báo' });
  buyer = await registerBuyer('Cửa hàng Chuông');
  product = await publishedProduct(manager, { price: 150000 });
});
after(async () => { if (manager) await suspend(manager); });

test('a manager sees the notification of a buyer\'s order arrive live, reads it in both languages and opens the order', async () => {
  const { page, context, errors } = await open(phone360);
  await signIn(page, manager.email);
  const bell = page.getByTestId('notif-bell');
  await bell.waitFor();
  const before = Number(await page.getByTestId('notif-count').innerText().catch(() => '0'));

  order = await placeOrder(buyer, product.sku, 12);
  // No reload: the count comes over the stream.
  await page.getByTestId('notif-count').filter({ hasText: new RegExp(`^${before + 1}$|^[2-9]$`) }).waitFor({ timeout: 15_000 });
  assert.match(await bell.getAttribute('aria-label'), /^Thông báo: \d+ chưa đọc$/);
  assert.match(await page.getByTestId('notif-announce').innerText(), /^Bạn có \d+ thông báo chưa đọc$/);
  await screenshot(page, 'notifications-bell-phone-vi');

  await bell.click();
  await page.waitForURL(`${base}/coop/notifications`);
  const item = page.locator('li.notif', { hasText: `Đơn hàng mới ${order.number} từ ${buyer.name}` }).first();
  await item.waitFor();
  assert.match(await item.innerText(), /1\.800\.000\s₫/);
  assert.match(await item.innerText(), /Mới/);
  assert.equal(await horizontalOverflow(page), 0);
  assert.deepEqual(await axeViolations(page), []);
  await screenshot(page, 'notifications-list-phone-vi', true);

  await page.getByRole('button', { name: 'Switch to English' }).click();
  const english = page.locator('li.notif', { hasText: `New order ${order.number} from ${buyer.name}: 1,800,000 ₫` }).first();
  await english.waitFor();
  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Notifications');
  await screenshot(page, 'notifications-list-phone-en', true);
  await page.getByRole('button', { name: 'Chuyển sang tiếng Việt' }).click();

  // Opening it marks it read and shows the order.
  await page.locator('li.notif.unread', { hasText: order.number }).first().getByRole('link').click();
  await page.waitForURL(new RegExp(`/coop/orders/${encodeURIComponent(order.id)}$`));
  await page.getByTestId('buyer').waitFor();
  const left = await gql('{ notifications(first: 0) { unreadCount } }', {}, manager.token);
  assert.ok(left.notifications.unreadCount <= before + 1, 'the opened notification is read');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a buyer hears the order was confirmed and marks every notification read; the count leaves the bell', async () => {
  const { page, context, errors } = await open(phone360);
  await page.goto(`${base}/login`);
  await page.getByLabel('Email').fill(buyer.email);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).last().click();
  await page.waitForURL(`${base}/buyer`);
  await page.getByTestId('notif-bell').waitFor();

  await gql('mutation($id: ID!) { confirmOrder(id: $id) { userErrors { code } } }', { id: order.id }, manager.token);
  await page.getByTestId('notif-count').waitFor({ timeout: 15_000 });
  await page.getByTestId('notif-bell').click();
  await page.waitForURL(`${base}/buyer/notifications`);
  await page.locator('li.notif', { hasText: `Đơn hàng ${order.number} đã được hợp tác xã xác nhận` }).first().waitFor();
  assert.equal(await horizontalOverflow(page), 0);
  assert.deepEqual(await axeViolations(page), []);

  await page.getByTestId('notif-mark-all').click();
  await page.getByTestId('notif-count').waitFor({ state: 'detached' });
  assert.equal(await page.getByTestId('notif-bell').getAttribute('aria-label'), 'Thông báo: không có thông báo mới');
  assert.equal(await page.locator('li.notif.unread').count(), 0);
  await page.getByTestId('notif-unread-only').check();
  await page.getByTestId('notif-empty').waitFor();
  await screenshot(page, 'notifications-buyer-read-phone-vi', true);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the alliance\'s admin is told in the console when a webhook endpoint is switched off', async () => {
  const { page, context, errors } = await open(phone360);
  await page.goto(`${base}/login`);
  await page.getByLabel('Email').fill('admin@ocop.local');
  await page.getByLabel('Mật khẩu').fill('ocop-demo');
  await page.getByRole('button', { name: 'Đăng nhập' }).last().click();
  await page.waitForURL(`${base}/admin`);
  await page.getByTestId('notif-bell').waitFor();

  const url = `https://shop-${Math.random().toString(36).slice(2, 8)}.example/hooks`;
  record('webhook_endpoint.disabled', `webhookEndpoint:${crypto.randomUUID()}`, null, null, { url });
  await page.getByTestId('notif-count').waitFor({ timeout: 15_000 });
  await page.getByTestId('notif-bell').click();
  await page.waitForURL(`${base}/admin/notifications`);
  await page.locator('li.notif.unread', { hasText: `Một điểm nhận webhook đã bị tắt sau nhiều lần gửi lỗi: ${url}` }).waitFor();
  assert.equal(await horizontalOverflow(page), 0);
  assert.deepEqual(await axeViolations(page), []);
  await screenshot(page, 'notifications-admin-phone-vi', true);
  assert.deepEqual(errors, []);
  await context.close();
});
