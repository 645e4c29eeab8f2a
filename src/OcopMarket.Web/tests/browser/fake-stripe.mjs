// Just enough of Stripe for the browser tests, on loopback: the API's real Stripe.net client creates Checkout Sessions
// here (POST /v1/checkout/sessions), and the session's page (/checkout/{id}) stands in for Stripe's hosted page: its
// "Pay" button sends the API the signed payment_intent.succeeded webhook Stripe would send (with the order in the
// intent's metadata, as Checkout copies payment_intent_data.metadata), then returns the browser to success_url.
import { createServer } from 'node:http';
import { createHmac, randomBytes } from 'node:crypto';

/** The API version Stripe.net 53.1.0 pins and accepts in webhooks (docs/payments.md). */
export const stripeApiVersion = '2026-10-28.endive';
export const webhookSecret = 'whsec_browser_tests';

const readBody = (req) => new Promise((ok) => {
  let body = '';
  req.on('data', (c) => { body += c; });
  req.on('end', () => ok(body));
});

export async function startFakeStripe(apiBase) {
  const sessions = new Map();
  const requests = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://fake');
    if (req.method === 'POST' && url.pathname === '/v1/checkout/sessions') {
      const form = Object.fromEntries(new URLSearchParams(await readBody(req)));
      requests.push({ path: url.pathname, form, idempotencyKey: req.headers['idempotency-key'] });
      const key = req.headers['idempotency-key'];
      let session = key && [...sessions.values()].find((s) => s.key === key);
      if (!session) {
        const id = `cs_test_${randomBytes(12).toString('hex')}`;
        session = {
          key, id, object: 'checkout.session', mode: form.mode, status: 'open', payment_status: 'unpaid',
          amount_total: Number(form['line_items[0][price_data][unit_amount]']), currency: form['line_items[0][price_data][currency]'],
          success_url: form.success_url, cancel_url: form.cancel_url, client_reference_id: form.client_reference_id,
          metadata: { purchase_order_id: form['metadata[purchase_order_id]'] },
          intentMetadata: { purchase_order_id: form['payment_intent_data[metadata][purchase_order_id]'] },
          url: `http://127.0.0.1:${server.address().port}/checkout/${id}`,
        };
        sessions.set(id, session);
      }
      const { key: _k, intentMetadata: _m, ...json } = session;
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(json));
      return;
    }
    if (req.method === 'GET' && url.pathname === '/__requests') { // for the tests, which run in another process
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(requests));
      return;
    }
    const page = url.pathname.match(/^\/checkout\/(cs_test_[0-9a-f]+)(\/pay)?$/);
    const session = page && sessions.get(page[1]);
    if (session && req.method === 'GET' && !page[2]) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html><html lang="en"><head>
        <meta charset="utf-8"><link rel="icon" href="data:,"><title>Fake Stripe Checkout</title></head><body><main>
        <h1>Fake Stripe Checkout</h1><p data-testid="fake-amount">${session.amount_total} ${session.currency}</p>
        <form method="post" action="/checkout/${session.id}/pay"><button type="submit">Pay</button></form>
        <p><a href="${session.cancel_url}">Cancel</a></p></main></body></html>`);
      return;
    }
    if (session && req.method === 'POST' && page[2]) {
      const event = JSON.stringify({
        id: `evt_${randomBytes(12).toString('hex')}`, object: 'event', api_version: stripeApiVersion,
        created: Math.floor(Date.now() / 1000), type: 'payment_intent.succeeded', livemode: false, pending_webhooks: 1,
        request: { id: null, idempotency_key: null },
        data: { object: { id: `pi_${randomBytes(12).toString('hex')}`, object: 'payment_intent', amount: session.amount_total,
          amount_received: session.amount_total, currency: session.currency, status: 'succeeded', metadata: session.intentMetadata } },
      });
      const t = Math.floor(Date.now() / 1000);
      const v1 = createHmac('sha256', webhookSecret).update(`${t}.${event}`).digest('hex');
      const hook = await fetch(`${apiBase}/webhooks/stripe`, {
        method: 'POST', headers: { 'content-type': 'application/json', 'stripe-signature': `t=${t},v1=${v1}` }, body: event,
      });
      requests.push({ path: '/webhooks/stripe', status: hook.status });
      res.writeHead(303, { location: session.success_url }).end();
      return;
    }
    res.writeHead(404, { 'content-type': 'application/json' })
      .end(JSON.stringify({ error: { type: 'invalid_request_error', message: `No route ${req.method} ${url.pathname}` } }));
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { url: `http://127.0.0.1:${server.address().port}`, requests, close: () => new Promise((ok) => server.close(ok)) };
}
