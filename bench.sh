#!/usr/bin/env bash
# Catalog benchmark (see README, Benchmark): starts PostgreSQL like run.sh, builds in Release, loads a synthetic catalog
# into its own schema (bench_<N>, reused when already loaded) and drives the API over loopback.
#   ./bench.sh --products 10000 [--clients 10] [--seconds 10] [--reload] [--out bench.md]   (--help lists all options)
set -euo pipefail
cd "$(dirname "$0")"
source scripts/postgres.sh
if [ -z "${OCOP_BENCH_CONNECTION:-}" ]; then
  ocop_ensure_postgres
  # The same connection settings as run.sh (no TLS on loopback, auto-prepare; random_page_cost is set on the
  # database by scripts/postgres.sh). See tools/OcopMarket.Bench/README.md for what each is worth.
  export OCOP_BENCH_CONNECTION="$OCOP_DB_HOST_CONNECTION;Database=ocop;Maximum Pool Size=50"
fi
dotnet build tools/OcopMarket.Bench -c Release -nologo -v q -clp:ErrorsOnly
exec dotnet tools/OcopMarket.Bench/bin/Release/net10.0/OcopMarket.Bench.dll "$@"
