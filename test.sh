#!/usr/bin/env bash
# Starts PostgreSQL, builds the API and the web app, runs every test (.NET and browser) and ends with
# "N passed, N failed, N skipped" (both suites summed).
set -uo pipefail
cd "$(dirname "$0")"
source scripts/postgres.sh
ocop_ensure_postgres || { echo "could not start PostgreSQL"; echo "0 passed, 1 failed"; exit 1; }
export OCOP_TEST_CONNECTION="${OCOP_TEST_CONNECTION:-$OCOP_DB_HOST_CONNECTION;Database=ocop_test}"

# The GraphQL-over-HTTP audit (graphql-http) runs under Node from tests/audit.
if ! (cd tests/audit && npm ci --no-audit --no-fund --loglevel=error >/dev/null); then
  echo "npm ci failed in tests/audit"; echo "0 passed, 1 failed"; exit 1
fi

results=.artifacts/test-results
rm -rf "$results"
mkdir -p "$results"

# The web app: npm ci + vite build, each skipped when its inputs did not change.
if ! ./scripts/build-web.sh >"$results/web-build.log" 2>&1; then
  cat "$results/web-build.log"; echo "web app build failed"; echo "0 passed, 1 failed"; exit 1
fi
if ! dotnet build OcopMarket.sln -c Release -nologo -v q -clp:ErrorsOnly; then
  echo "build failed"; echo "0 passed, 1 failed"; exit 1
fi
dotnet test OcopMarket.sln -c Release --no-build --nologo --logger "trx;LogFileName=results.trx" \
  --logger "console;verbosity=normal" --results-directory "$results" "$@"
status=$?

# Browser tests: headless Chromium (Debian's package; npm cannot download browsers here) against a real API process
# on PostgreSQL with the seed. Their counts join the .NET ones below.
if ! command -v chromium >/dev/null; then
  echo "installing chromium with apt-get" >&2
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-core; } >/dev/null 2>&1 \
    || echo "could not install chromium (apt-get needs root)" >&2
fi
web_tap=src/OcopMarket.Web/test-results/browser.tap
rm -f "$web_tap"
if [ "${OCOP_SKIP_BROWSER_TESTS:-}" != "1" ]; then
  (cd src/OcopMarket.Web && CHROMIUM_PATH="$(command -v chromium || echo /usr/bin/chromium)" node tests/browser/run.mjs)
  web_status=$?
  [ "$web_status" -ne 0 ] && status=1
fi
web_passed=0; web_failed=0
if [ -f "$web_tap" ]; then
  web_passed=$(grep -o '^# pass [0-9]*' "$web_tap" | grep -o '[0-9]*$' || echo 0)
  web_failed=$(grep -o '^# fail [0-9]*' "$web_tap" | grep -o '[0-9]*$' || echo 0)
  # A run that stopped before reporting (API did not start, no Chromium) counts as a failure.
elif [ "${OCOP_SKIP_BROWSER_TESTS:-}" != "1" ]; then
  web_failed=1
fi
echo "browser tests: $web_passed passed, $web_failed failed"

trx="$results/results.trx"
if [ -f "$trx" ]; then
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  get() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*'; }
  passed=$(get passed); failed=$(get failed); total=$(get total); executed=$(get executed)
  skipped=$(( total - executed ))
  [ "$status" -ne 0 ] && [ "$failed" -eq 0 ] && [ "$web_failed" -eq 0 ] && failed=1
  echo "$(( passed + web_passed )) passed, $(( failed + web_failed )) failed, $skipped skipped"
else
  echo "$web_passed passed, $(( 1 + web_failed )) failed"
  [ "$status" -eq 0 ] && status=1
fi
exit $status
