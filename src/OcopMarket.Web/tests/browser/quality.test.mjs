// Every page at phone (390×844) and desktop (1280×800) size: screenshots, no console error (CSP violations
// included), no serious or critical axe-core violation, and no horizontal scrolling at 360 px.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { base, open, close, axeViolations, screenshot, horizontalOverflow, phone, desktop, settled } from './support.mjs';

after(close);

const pages = [
  { name: 'home', path: '/', ready: '#coops-h' },
  { name: 'search', path: '/search?q=nuoc%20mam', ready: 'article.product-card' },
  { name: 'search-filtered', path: '/search?group=HANDICRAFTS&stars=4&sort=PRICE_DESC', ready: 'article.product-card' },
  { name: 'product', path: '/products/nuoc-mam-nhi-cot-cat-hai', ready: '.trace-label img' },
  { name: 'product-expired', path: '/products/gao-ruong-ruoi-thuy-huong', ready: '.trace-label img' },
  { name: 'cooperative', path: '/cooperatives/htx-gom-su-tan-thinh', ready: 'article.product-card' },
  { name: 'not-found', path: '/products/khong-co-san-pham-nay', ready: '[data-testid=not-found]' },
];

for (const { name, path, ready } of pages) {
  test(`${name} (${path}): no console error, axe clean, screenshots, no horizontal scroll at 360 px`, async () => {
    for (const [size, options] of [['phone', phone], ['desktop', desktop]]) {
      const { page, context, errors } = await open(options);
      await page.goto(base + path);
      await page.locator(ready).first().waitFor();
      await settled(page);
      assert.equal(await page.locator('h1').count(), 1, `${size}: one h1`);
      assert.deepEqual(await axeViolations(page), [], `${size}: axe`);
      await screenshot(page, `${name}-${size}`);
      if (name.startsWith('product')) await screenshot(page, `${name}-${size}-full`, true);
      if (size === 'phone') {
        await page.setViewportSize({ width: 360, height: 740 });
        await page.waitForTimeout(100);
        assert.equal(await horizontalOverflow(page), 0, 'no horizontal scroll at 360 px');
      }
      assert.deepEqual(errors, [], `${size}: console errors`);
      await context.close();
    }
  });
}

test('the filter sheet on a phone opens, filters, and closes', async () => {
  const { page, context, errors } = await open(phone);
  await page.goto(`${base}/search?q=nuoc%20mam`);
  await page.locator('article.product-card').first().waitFor();
  assert.equal(await page.locator('aside.filters').isVisible(), false);
  await page.getByRole('button', { name: 'Bộ lọc' }).click();
  await page.locator('aside.filters').waitFor({ state: 'visible' });
  assert.deepEqual(await axeViolations(page), []);
  await screenshot(page, 'search-filters-phone');
  // A controlled checkbox: it shows checked once the URL (the search's state) has changed.
  await page.locator('aside.filters input[name=stars][value="4"]').click();
  await page.waitForURL(/stars=4/);
  await page.getByRole('button', { name: 'Xong' }).click();
  await page.locator('aside.filters').waitFor({ state: 'hidden' });
  assert.deepEqual(errors, []);
  await context.close();
});

test('GraphiQL: axe clean and screenshots', async () => {
  for (const [size, options] of [['phone', phone], ['desktop', desktop]]) {
    const { page, context, errors } = await open(options);
    await page.goto(`${base}/graphql`);
    await page.locator('.graphiql-query-editor .view-lines', { hasText: 'SearchProducts' }).waitFor();
    await settled(page);
    await screenshot(page, `graphiql-${size}`);
    // GraphiQL's editor tabs (role=tab) hold their close button: axe's nested-interactive, in GraphiQL's own markup.
    assert.deepEqual(await axeViolations(page, ['.graphiql-tab']), [], `${size}: axe`);
    assert.deepEqual(errors, [], `${size}: console errors`);
    await context.close();
  }
});
