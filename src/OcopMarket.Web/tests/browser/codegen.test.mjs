// The typed operations in src/gql are generated from schema/ocop.graphql (which a .NET test keeps equal to the served
// SDL). Regenerating into a temporary folder must give the same files: otherwise run `npm run codegen` and commit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

test('src/gql matches what GraphQL Code Generator makes from schema/ocop.graphql', () => {
  const out = mkdtempSync(join(tmpdir(), 'ocop-gql-'));
  try {
    const run = spawnSync(process.execPath, ['node_modules/@graphql-codegen/cli/esm/bin.js', '--config', 'codegen.ts', '--silent'],
      { env: { ...process.env, CODEGEN_OUT: out + '/' }, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr || run.stdout);
    const generated = readdirSync(out).sort();
    assert.deepEqual(readdirSync('src/gql').sort(), generated);
    for (const file of generated) {
      assert.equal(readFileSync(join('src/gql', file), 'utf8'), readFileSync(join(out, file), 'utf8'),
        `src/gql/${file} is stale: run npm run codegen in src/OcopMarket.Web and commit`);
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
