// GraphiQL at GET /graphql, bundled by us and served under the same CSP as the market.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { base, open, close } from './support.mjs';

after(close);

test('GraphiQL loads at /graphql, runs the example query, and has docs, headers and history', async () => {
  const { page, context, errors } = await open();
  const response = await page.goto(`${base}/graphql`);
  assert.equal(response.status(), 200);
  assert.match(response.headers()['content-security-policy'], /script-src 'self';/);
  await page.locator('.graphiql-container').waitFor();
  await page.locator('.graphiql-query-editor .view-lines', { hasText: 'SearchProducts' }).waitFor();

  await page.getByRole('button', { name: /Execute query/ }).click();
  const result = page.locator('.graphiql-response .view-lines');
  await result.filter({ hasText: 'totalCount' }).waitFor();
  assert.match((await result.innerText()).normalize("NFC"), /Nước\smắm/); // Monaco draws spaces as no-break spaces

  // The documentation explorer reads the schema by introspection.
  await page.getByRole('button', { name: /Show Documentation Explorer/ }).click();
  await page.locator('.graphiql-doc-explorer').getByText('Query', { exact: true }).first().waitFor();

  // The headers editor sends what is typed there: a wrong API key is refused by the API.
  await page.getByRole('button', { name: 'Headers', exact: true }).click();
  await page.locator('.graphiql-editor-tool .monaco-editor').last().click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('{"X-Api-Key": "ocop_wrong_key"');
  const sent = page.waitForRequest((r) => r.url().endsWith('/graphql') && r.method() === 'POST'
    && r.headers()['x-api-key'] === 'ocop_wrong_key');
  await page.getByRole('button', { name: /Execute query/ }).click();
  await sent;
  await result.filter({ hasText: /errors/ }).waitFor();

  // History keeps the runs.
  await page.getByRole('button', { name: /Show History/ }).click();
  await page.locator('.graphiql-history-items li').first().waitFor();

  // The browser logs the API's 401 for the wrong key; nothing else may fail (no CSP violation, no script error).
  assert.deepEqual(errors.filter((e) => !/status of 401/.test(e)), []);
  await context.close();
});
