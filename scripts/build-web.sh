#!/usr/bin/env bash
# Builds the web app (src/OcopMarket.Web → dist/, served by the API). npm ci runs only when the lock file changed;
# the build only when one of its inputs changed (a hash of them is kept in dist/.inputs-hash).
set -euo pipefail
cd "$(dirname "$0")/../src/OcopMarket.Web"

command -v npm >/dev/null || { echo "build-web: npm (Node 20) is required" >&2; exit 1; }

lock_hash=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -f node_modules/.ocop-lock-hash ] || [ "$(cat node_modules/.ocop-lock-hash)" != "$lock_hash" ]; then
  echo "build-web: npm ci" >&2
  npm ci --no-audit --no-fund --loglevel=error >&2
  echo "$lock_hash" > node_modules/.ocop-lock-hash
fi

inputs_hash=$( (find src index.html graphiql.html vite.config.ts tsconfig.json codegen.ts package-lock.json -type f -print0 \
  | sort -z | xargs -0 sha256sum) | sha256sum | cut -d' ' -f1)
if [ -f dist/.inputs-hash ] && [ "$(cat dist/.inputs-hash)" = "$inputs_hash" ] && [ -f dist/index.html ]; then
  echo "build-web: up to date" >&2
  exit 0
fi
echo "build-web: vite build" >&2
npm run --silent build >&2
echo "$inputs_hash" > dist/.inputs-hash
