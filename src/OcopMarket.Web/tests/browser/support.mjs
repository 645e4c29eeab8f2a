// Shared by the browser tests: one headless Chromium (Debian's package, driven by playwright-core), pages that
// record console errors, axe-core, and screenshots.
import { chromium } from 'playwright-core';
import { readFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export const base = process.env.OCOP_WEB_URL ?? 'http://127.0.0.1:5080';
export const shots = join(process.cwd(), 'test-results', 'screenshots');
mkdirSync(shots, { recursive: true });

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

let browser;
export async function launch() {
  browser ??= await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
  });
  return browser;
}
export async function close() {
  await browser?.close();
  browser = undefined;
}

export const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true };
export const desktop = { viewport: { width: 1280, height: 800 } };

/**
 * A fresh context and page. `errors` collects console errors and uncaught exceptions (CSP violations are console
 * errors too). Product photos point at the cooperatives' own hosts, which this machine cannot reach: those failed
 * loads are left out (the app shows a placeholder), everything from our own origin counts.
 */
export async function open(options = desktop) {
  const context = await (await launch()).newContext({ ...options, locale: 'vi-VN' });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const errors = [];
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    const url = m.location()?.url ?? '';
    if (m.text().startsWith('Failed to load resource') && url && !url.startsWith(base)) return;
    errors.push(`${m.text()} (${url})`);
  });
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  track(page);
  // Off-origin images fail at once instead of waiting on DNS.
  await page.route((url) => !url.href.startsWith(base), (route) => route.abort());
  return { context, page, errors };
}

/** Serious and critical axe-core violations on the page as it is now (WCAG 2 A/AA and best practices). */
export async function axeViolations(page, exclude = []) {
  await page.evaluate(axeSource); // evaluated through the DevTools protocol, so the page's CSP need not allow it
  const result = await page.evaluate((exclude) => window.axe.run({ include: [document], exclude }, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
  }), exclude.map((e) => [e]));
  if (result.passes.length === 0) throw new Error('axe-core checked nothing');
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

export async function screenshot(page, name, fullPage = false) {
  await page.screenshot({ path: join(shots, `${name}.png`), fullPage });
}

/** Page width beyond the viewport (0: no horizontal scrolling). */
export async function horizontalOverflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** GraphQL POSTs the page sends from now on. */
export function countGraphQL(page) {
  const requests = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname === '/graphql' && r.method() === 'POST') requests.push(r.postDataJSON());
  });
  return requests;
}

// Requests in flight per page, but for a signed-in user's live notifications stream (text/event-stream, open as long
// as the page is), which would keep Playwright's 'networkidle' from ever coming.
const inflight = new WeakMap();
function track(page) {
  const open = new Set();
  inflight.set(page, open);
  page.on('request', (r) => { if (!(r.headers().accept ?? '').includes('text/event-stream')) open.add(r); });
  page.on('requestfinished', (r) => open.delete(r));
  page.on('requestfailed', (r) => open.delete(r));
}

/** waitForLoadState('networkidle') for pages that may hold the notifications stream: no other request for 500 ms. */
export async function settled(page, { quiet = 500, timeout = 10_000 } = {}) {
  const open = inflight.get(page);
  if (!open) return page.waitForLoadState('networkidle');
  await page.waitForLoadState('load', { timeout });
  const deadline = Date.now() + timeout;
  let since = Date.now();
  for (;;) {
    if (open.size > 0) since = Date.now();
    else if (Date.now() - since >= quiet) return;
    if (Date.now() > deadline) throw new Error(`settled: ${open.size} requests still in flight after ${timeout} ms`);
    await new Promise((ok) => setTimeout(ok, 50));
  }
}
