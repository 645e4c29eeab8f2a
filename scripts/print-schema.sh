#!/usr/bin/env bash
# Rewrites schema/ocop.graphql from the schema the server serves. Needs no database.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build src/OcopMarket.Api -c Release -nologo -v q -clp:ErrorsOnly
ConnectionStrings__Marten="Host=unused" dotnet src/OcopMarket.Api/bin/Release/net10.0/OcopMarket.Api.dll print-schema schema/ocop.graphql
echo "wrote schema/ocop.graphql"
