#!/usr/bin/env bash
# Starts PostgreSQL, builds, runs every test and ends with "N passed, N failed, N skipped".
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
if ! dotnet build OcopMarket.sln -c Release -nologo -v q -clp:ErrorsOnly; then
  echo "build failed"; echo "0 passed, 1 failed"; exit 1
fi
dotnet test OcopMarket.sln -c Release --no-build --nologo --logger "trx;LogFileName=results.trx" \
  --logger "console;verbosity=normal" --results-directory "$results" "$@"
status=$?

trx="$results/results.trx"
if [ -f "$trx" ]; then
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  get() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*'; }
  passed=$(get passed); failed=$(get failed); total=$(get total); executed=$(get executed)
  skipped=$(( total - executed ))
  [ "$status" -ne 0 ] && [ "$failed" -eq 0 ] && failed=1
  echo "$passed passed, $failed failed, $skipped skipped"
else
  echo "0 passed, 1 failed"
  [ "$status" -eq 0 ] && status=1
fi
exit $status
