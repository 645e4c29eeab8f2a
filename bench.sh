#!/usr/bin/env bash
# Catalog benchmark (see README, Benchmark): starts PostgreSQL like run.sh, builds in Release, loads a synthetic catalog
# into its own schema (bench_<N>, reused when already loaded) and drives the API over loopback.
#   ./bench.sh --products 10000 [--clients 10] [--seconds 10] [--reload] [--out bench.md]   (--help lists all options)
set -euo pipefail
cd "$(dirname "$0")"
source scripts/postgres.sh
if [ -z "${OCOP_BENCH_CONNECTION:-}" ]; then
  ocop_ensure_postgres
  # Loopback: no TLS (Npgsql's default SSL Mode=Prefer encrypts even on 127.0.0.1); automatic statement preparation
  # saves PostgreSQL re-planning the same few statements on every request; random_page_cost=1.1 (the usual value when
  # the data is cached or on SSD) lets the planner pick the search indexes. See tools/OcopMarket.Bench/README.md.
  export OCOP_BENCH_CONNECTION="$OCOP_DB_HOST_CONNECTION;Database=ocop;Maximum Pool Size=50;SSL Mode=Disable;Max Auto Prepare=64;Auto Prepare Min Usages=2;Options=-c random_page_cost=1.1"
fi
dotnet build tools/OcopMarket.Bench -c Release -nologo -v q -clp:ErrorsOnly
exec dotnet tools/OcopMarket.Bench/bin/Release/net10.0/OcopMarket.Bench.dll "$@"
