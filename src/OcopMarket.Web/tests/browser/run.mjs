// Runs the browser tests against a real API process on real PostgreSQL with the seed, in a schema of its own:
// starts the built API (src/OcopMarket.Api/bin/Release), waits until the seed is in, runs `node --test` on
// tests/browser/*.test.mjs, then stops the API and drops the schema. Prints node's summary and writes
// test-results/browser.tap, whose "# pass N" / "# fail N" lines ./test.sh adds to its count.
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startFakeStripe, webhookSecret } from './fake-stripe.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const web = resolve(here, '../..');
const repo = resolve(web, '../..');
const connection = process.env.OCOP_TEST_CONNECTION ?? 'Host=127.0.0.1;Port=5432;Database=ocop_test;Username=ocop;Password=ocop';
const dll = join(repo, 'src/OcopMarket.Api/bin/Release/net10.0/OcopMarket.Api.dll');
if (!existsSync(dll)) throw new Error(`Build the API first (${dll} is missing).`);
if (!existsSync(join(web, 'dist/index.html'))) throw new Error('Build the web app first (scripts/build-web.sh).');

const port = await new Promise((ok) => {
  const server = createServer().listen(0, '127.0.0.1', () => { const { port } = server.address(); server.close(() => ok(port)); });
});
const schema = 'web_' + Math.random().toString(36).slice(2, 12);
const base = `http://127.0.0.1:${port}`;
// Card payments on: the API's Stripe.net client talks to a fake Stripe on loopback, whose checkout page pays by webhook.
const stripe = await startFakeStripe(base);

const api = spawn('dotnet', [dll], {
  env: {
    ...process.env,
    ASPNETCORE_URLS: base,
    // Development: the seed adds the demo accounts (admin@ocop.local, …; see README), so portal tests can verify the
    // cooperatives and buyers they register through the API as an admin would. The schema is thrown away after.
    ASPNETCORE_ENVIRONMENT: 'Development',
    ConnectionStrings__Marten: connection,
    Marten__Schema: schema,
    Seed__Load: 'true',
    // One browser on loopback makes many requests in a few minutes; the limiter has its own tests.
    RateLimits__AnonymousPerMinute: '100000',
    Logging__LogLevel__Default: 'Warning',
    // A fake receiving account so bank transfers (VietQR) can be started in the buyer portal's tests.
    Payments__BankTransfer__BankBin: '970436',
    Payments__BankTransfer__AccountNumber: '0011000999888',
    Payments__BankTransfer__AccountName: 'CONG TY OCOP MARKET THU NGHIEM',
    Payments__BankTransfer__BankName: 'Vietcombank (thử nghiệm)',
    Payments__Stripe__ApiKey: 'sk_test_browser_tests',
    Payments__Stripe__ApiBase: stripe.url,
    Payments__Stripe__WebhookSecret: webhookSecret,
  },
  stdio: ['ignore', 'ignore', 'inherit'],
});

let exited = false;
api.on('exit', () => { exited = true; });

function dropSchema() {
  const part = (k) => (connection.match(new RegExp(`(?:^|;)\\s*${k}=([^;]*)`, 'i')) ?? [])[1];
  spawnSync('psql', ['-h', part('Host') ?? '127.0.0.1', '-p', part('Port') ?? '5432', '-U', part('Username') ?? 'ocop',
    '-d', part('Database') ?? 'ocop_test', '-qc', `DROP SCHEMA IF EXISTS ${schema} CASCADE`],
  { env: { ...process.env, PGPASSWORD: part('Password') ?? '' }, stdio: 'ignore' });
}

let code = 1;
try {
  // Ready, and the seed is in: the public product count is above zero and the same twice in a row.
  const deadline = Date.now() + 120_000;
  let last = -1;
  for (;;) {
    if (exited) throw new Error('the API process exited');
    try {
      const r = await fetch(`${base}/graphql`, {
        method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ products(first: 1) { totalCount } }' }),
      });
      const count = (await r.json()).data?.products.totalCount ?? 0;
      if (count > 0 && count === last) break;
      last = count;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) throw new Error('the API did not load the seed within 120 s');
    await new Promise((ok) => setTimeout(ok, 500));
  }

  mkdirSync(join(web, 'test-results'), { recursive: true });
  const files = process.argv.slice(2).length ? process.argv.slice(2) : ['tests/browser/'];
  const run = spawn(process.execPath, ['--test', '--test-concurrency=1',
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=tap', '--test-reporter-destination=test-results/browser.tap', ...files],
  { cwd: web, env: { ...process.env, OCOP_WEB_URL: base, OCOP_TEST_SCHEMA: schema, OCOP_TEST_CONNECTION: connection, OCOP_FAKE_STRIPE_URL: stripe.url }, stdio: 'inherit' });
  code = await new Promise((ok) => run.on('exit', (c) => ok(c ?? 1)));
} catch (e) {
  console.error('browser tests:', e.message);
} finally {
  api.kill('SIGTERM');
  await new Promise((ok) => (exited ? ok() : api.on('exit', ok)));
  dropSchema();
  await stripe.close();
}
process.exit(code);
