#!/usr/bin/env bash
# Runs the API with seed data at http://127.0.0.1:5080/graphql (see README).
set -euo pipefail
cd "$(dirname "$0")"
source scripts/postgres.sh
if [ -z "${ConnectionStrings__Marten:-}" ]; then
  ocop_ensure_postgres
  export ConnectionStrings__Marten="$OCOP_DB_HOST_CONNECTION;Database=ocop"
fi
export ASPNETCORE_URLS="${ASPNETCORE_URLS:-http://127.0.0.1:5080}"
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
export Seed__Load="${Seed__Load:-true}"
# The web app (market at /, GraphiQL at /graphql in a browser); without Node the API still runs.
./scripts/build-web.sh || echo "run.sh: the web app was not built; serving the API only" >&2
dotnet build src/OcopMarket.Api -c Release -nologo -v q -clp:ErrorsOnly
echo "OcopMarket on ${ASPNETCORE_URLS}/ (market), ${ASPNETCORE_URLS}/graphql (API; GraphiQL in a browser). Ctrl-C stops it" >&2
exec dotnet src/OcopMarket.Api/bin/Release/net10.0/OcopMarket.Api.dll
