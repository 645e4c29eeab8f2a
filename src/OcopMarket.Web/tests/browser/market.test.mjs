// The public market in real Chromium against the real API + PostgreSQL + seed.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import jsQR from 'jsqr';
import { base, open, close, countGraphQL, phone, screenshot } from './support.mjs';

after(close);

const money = /^\d{1,3}(\.\d{3})*\s₫$/; // 46.000 ₫
const cardSlugs = (page) => page.locator('article.product-card').evaluateAll((a) => a.map((e) => e.dataset.slug));
const countText = (page) => page.locator('#results-count').innerText();

test('"nuoc mam" typed in the search box shows a "Nước mắm" product first, and the search is in the URL', async () => {
  const { page, context, errors } = await open();
  await page.goto(`${base}/`);
  const box = page.getByRole('searchbox', { name: 'Tìm sản phẩm OCOP' });
  await box.fill('nuoc mam');
  await box.press('Enter');
  await page.waitForURL(/\/search\?q=nuoc\+mam|\/search\?q=nuoc%20mam/);
  const first = page.locator('article.product-card').first();
  await first.waitFor();
  assert.match(await first.locator('h3').innerText(), /^Nước mắm/);
  assert.match(await first.locator('h3 a').getAttribute('href'), /^\/products\/nuoc-mam-/);

  // Search as you type: the list follows the box without pressing Enter, and the URL follows too.
  const search = page.getByRole('searchbox');
  await search.fill('mat ong');
  await page.waitForURL(/q=mat\+ong/);
  await page.locator('article.product-card h3', { hasText: /Mật ong/ }).first().waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('a facet narrows the list and the count agrees with the facet', async () => {
  const { page, context, errors } = await open();
  await page.goto(`${base}/search?q=nuoc%20mam`);
  await page.locator('article.product-card').first().waitFor();
  const total = Number((await countText(page)).match(/\d+/)[0]);
  const label = page.locator('.filters label.check:has(input[name=province])').first();
  const option = label.locator('input');
  const facetCount = Number(await label.locator('.facet-count').innerText());
  assert.ok(facetCount > 0 && facetCount < total, `facet ${facetCount} of ${total}`);
  const code = await option.getAttribute('value');
  await option.click(); // checked once the URL (the search's state) has changed
  await page.waitForFunction((c) => document.querySelector(`.filters input[name=province][value="${c}"]`)?.checked, code);
  await page.waitForURL(new RegExp(`province=${code}`));
  await page.locator('#results-count', { hasText: new RegExp(`^${facetCount} `) }).waitFor();
  await page.waitForFunction((n) => document.querySelectorAll('article.product-card').length === n, Math.min(facetCount, 12));
  // Back restores the wider search.
  await page.goBack();
  await page.locator('#results-count', { hasText: new RegExp(`^${total} `) }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('sorting by price orders the cards both ways', async () => {
  const { page, context } = await open();
  await page.goto(`${base}/search`);
  await page.locator('article.product-card').first().waitFor();
  const prices = () => page.locator('article.product-card .price').evaluateAll((p) => p.map((e) => Number(e.dataset.price)));
  await page.getByLabel('Sắp xếp').selectOption('PRICE_ASC');
  await page.waitForURL(/sort=PRICE_ASC/);
  // The URL changes before the new page is asked for: wait for cards in ascending order rather than for a busy flag that
  // may not be set yet (the old, relevance-ordered cards would be read otherwise).
  await page.waitForFunction(() => {
    const p = [...document.querySelectorAll('article.product-card .price')].map((e) => Number(e.dataset.price));
    return !document.querySelector('.cards[aria-busy=true]') && p.length > 1 && p.every((v, i) => i === 0 || p[i - 1] <= v);
  });
  const up = await prices();
  assert.deepEqual(up, [...up].sort((a, b) => a - b));
  await page.getByLabel('Sắp xếp').selectOption('PRICE_DESC');
  await page.waitForURL(/sort=PRICE_DESC/);
  await page.waitForFunction((first) => Number(document.querySelector('article.product-card .price').dataset.price) !== first, up[0]);
  const down = await prices();
  assert.deepEqual(down, [...down].sort((a, b) => b - a));
  assert.ok(down[0] > up[0]);
  await context.close();
});

test('"load more" walks the whole catalog with cursors and shows no product twice', async () => {
  const { page, context, errors } = await open();
  await page.goto(`${base}/search`);
  await page.locator('article.product-card').first().waitFor();
  const total = Number((await countText(page)).match(/\d+/)[0]);
  const more = page.getByRole('button', { name: 'Xem thêm' });
  for (let shown = 12; shown < total; shown += 12) {
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll('article.product-card').length >= n, Math.min(shown + 12, total));
  }
  const slugs = await cardSlugs(page);
  assert.equal(slugs.length, total);
  assert.equal(new Set(slugs).size, total);
  assert.equal(await more.count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a search that finds nothing says so and gives a hint', async () => {
  const { page, context } = await open();
  await page.goto(`${base}/search?q=zzqxv%20wwkj`);
  await page.getByText('Không tìm thấy sản phẩm nào.').waitFor();
  assert.ok(await page.getByText(/viết không dấu/).isVisible());
  await context.close();
});

test('a product page shows tier prices in đồng, the valid certificate, JSON-LD and the traceability QR code', async () => {
  const { page, context, errors } = await open();
  await page.goto(`${base}/products/nuoc-mam-nhi-cot-cat-hai`);
  const h1 = page.locator('h1');
  await h1.waitFor();
  assert.equal(await page.locator('h1').count(), 1);
  const tierPrices = await page.locator('table.tiers td.tier-price').allInnerTexts();
  assert.ok(tierPrices.length > 0);
  for (const p of tierPrices) assert.match(p, money);
  assert.match(await page.locator('.variant .retail').first().innerText(), /^\d{1,3}(\.\d{3})*\s₫ \/ /);
  const cert = page.locator('section.certificate');
  assert.equal(await cert.getAttribute('data-status'), 'valid');
  assert.match(await cert.innerText(), /Sản phẩm OCOP 4 sao/);
  assert.match(await cert.innerText(), /Quyết định/);
  assert.match(await cert.innerText(), /Còn hiệu lực đến\s+\d{2}\/\d{2}\/\d{4}/);
  const ld = JSON.parse(await page.locator('script[type="application/ld+json"]').textContent());
  assert.equal(ld['@type'], 'Product');
  assert.equal(ld.name, await h1.innerText());
  assert.equal(ld.offers.priceCurrency, 'VND');
  const qr = page.locator('.trace-label img');
  await qr.waitFor();
  assert.equal(await qr.getAttribute('data-qr-url'), `${base}/products/nuoc-mam-nhi-cot-cat-hai`);
  assert.match(await qr.getAttribute('src'), /^data:image\/png;base64,/);
  // The QR code itself, read back from its pixels, opens this page.
  const { width, height, pixels } = await qr.evaluate((img) => {
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const g = canvas.getContext('2d');
    g.drawImage(img, 0, 0);
    return { width: canvas.width, height: canvas.height, pixels: Array.from(g.getImageData(0, 0, canvas.width, canvas.height).data) };
  });
  assert.equal(jsQR(Uint8ClampedArray.from(pixels), width, height)?.data, `${base}/products/nuoc-mam-nhi-cot-cat-hai`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('an expired certificate and an unverified one are never shown as certified', async () => {
  const { page, context } = await open();
  for (const [slug, status, word] of [
    ['gao-ruong-ruoi-thuy-huong', 'expired', 'Hết hiệu lực'],
    ['khan-lua-ve-tay-hoa-sen', 'unverified', 'Chưa xác minh'],
  ]) {
    await page.goto(`${base}/products/${slug}`);
    const cert = page.locator('section.certificate');
    await cert.waitFor();
    assert.equal(await cert.getAttribute('data-status'), status, slug);
    assert.match(await cert.innerText(), new RegExp(word));
    assert.equal(await page.locator('.badge.ok').count(), 0, `${slug} shows no certified badge`);
    assert.doesNotMatch(await page.locator('main').innerText(), /Sản phẩm OCOP \d sao/);
  }
  await context.close();
});

test('a cooperative page shows its storefront and its products', async () => {
  const { page, context, errors } = await open();
  await page.goto(`${base}/cooperatives/htx-nuoc-mam-cat-hai`);
  await page.locator('h1').waitFor();
  assert.match(await page.locator('h1').innerText(), /Cát Hải/);
  assert.match(await page.locator('#all-h').innerText(), /Tất cả sản phẩm \(\d+\)/);
  const links = await page.locator('article.product-card h3 a').evaluateAll((a) => a.map((e) => e.getAttribute('href')));
  assert.ok(links.length >= 2);
  for (const href of links) assert.match(href, /^\/products\/[a-z0-9-]+$/);
  await page.locator('article.product-card h3 a').first().click();
  await page.waitForURL(/\/products\//);
  await page.locator('section.certificate').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('the English switch changes the words and <html lang>, and is remembered', async () => {
  const { page, context } = await open();
  await page.goto(`${base}/search?q=nuoc%20mam`);
  await page.locator('article.product-card').first().waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'vi');
  await page.getByRole('button', { name: 'Switch to English' }).click();
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.match(await page.locator('h1').innerText(), /^Results for/);
  assert.ok(await page.getByRole('searchbox', { name: 'Search OCOP products' }).isVisible());
  await page.reload();
  await page.locator('article.product-card').first().waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.match(await countText(page), /products$/);
  await screenshot(page, 'search-en');
  await page.getByRole('button', { name: 'Chuyển sang tiếng Việt' }).click();
  assert.equal(await page.getAttribute('html', 'lang'), 'vi');
  await context.close();
});

test('unknown products and pages show the not-found page; unknown pages answer 404', async () => {
  const { page, context } = await open();
  await page.goto(`${base}/products/khong-co-san-pham-nay`);
  await page.getByTestId('not-found').waitFor();
  const response = await page.goto(`${base}/khong-co-trang-nay`);
  assert.equal(response.status(), 404);
  await page.getByTestId('not-found').waitFor();
  assert.equal(await page.locator('h1').innerText(), 'Không tìm thấy trang');
  await context.close();
});

test('when the API cannot be reached the page says so, and "try again" recovers', async () => {
  const { page, context } = await open(phone);
  await page.route(`${base}/graphql`, (route) => route.abort('connectionrefused'));
  page.on('console', () => {}); // the failed fetch is the point of this test
  await page.goto(`${base}/search?q=mat%20ong`);
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.innerText(), /Không kết nối được máy chủ/);
  await page.unroute(`${base}/graphql`);
  await page.getByRole('button', { name: 'Thử lại' }).click();
  await page.locator('article.product-card').first().waitFor();
  await context.close();
});

test('one GraphQL request draws a search page: listing and facets together', async () => {
  const { page, context } = await open();
  const requests = countGraphQL(page);
  await page.goto(`${base}/search?q=nuoc%20mam&stars=3`, { waitUntil: 'networkidle' });
  await page.locator('article.product-card').first().waitFor();
  assert.equal(requests.length, 1);
  assert.match(requests[0].query, /productFacets/);
  assert.match(requests[0].query, /products\(/);
  await context.close();
});

test('pages hold one <h1>, a labelled search box and products as <article>s whose heading links to them', async () => {
  const { page, context } = await open();
  await page.goto(`${base}/search?q=gom`);
  await page.locator('article.product-card').first().waitFor();
  assert.equal(await page.locator('h1').count(), 1);
  const input = page.locator('input[type=search]');
  assert.equal(await input.count(), 1);
  assert.ok(await page.getByLabel('Tìm sản phẩm OCOP').isVisible());
  for (const article of await page.locator('article.product-card').all()) {
    const link = article.locator('h3 a');
    assert.match(await link.getAttribute('href'), /^\/products\/[a-z0-9-]+$/);
    assert.ok((await link.innerText()).length > 3);
  }
  await context.close();
});
