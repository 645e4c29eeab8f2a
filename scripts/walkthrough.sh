#!/usr/bin/env bash
# The README's walkthroughs, end to end, against a running API in Development (./run.sh in another shell), with the
# demo accounts it creates (password ocop-demo). Runs on a fresh or a used database as often as you like: dates are
# computed from today, quantities never use up a SKU's stock, every name and idempotency key is new per run.
#   ./scripts/walkthrough.sh                    # against http://127.0.0.1:5080
#   OCOP_API=http://127.0.0.1:5181 ./scripts/walkthrough.sh
# Needs curl, jq and GNU date. Prints each step with the account that takes it; exits 1 at the first step that fails.
set -euo pipefail

API="${OCOP_API:-http://127.0.0.1:5080}"
PASSWORD="${OCOP_DEMO_PASSWORD:-ocop-demo}"
BUYER=buyer1@ocop.local
MANAGER=htx-nuoc-mam-cat-hai@ocop.local   # the cooperative that makes SKU CH-NM40-500 (seed/products.json)
ADMIN=admin@ocop.local
RUN="$(date -u +%Y%m%d%H%M%S)-$RANDOM"

for tool in curl jq date; do command -v "$tool" >/dev/null || { echo "walkthrough: $tool is needed" >&2; exit 1; }; done

# Dates relative to today in Vietnam (UTC+7), where the API's calendar rules apply.
day() { TZ=Asia/Ho_Chi_Minh date -d "$1" +%F; }
instant() { date -u -d "$1" +%Y-%m-%dT%H:%M:%SZ; }
TODAY=$(day today)

step() { printf '\n== %s: %s\n' "$1" "$2"; }
fail() { echo "walkthrough FAILED: $*" >&2; exit 1; }

# gql TOKEN QUERY [VARIABLES_JSON] [HEADER]: prints .data; fails on an HTTP error or any GraphQL error.
gql() {
  local token=$1 query=$2 variables=${3:-'{}'} header=${4:-} body response
  body=$(jq -n --arg q "$query" --argjson v "$variables" '{query: $q, variables: $v}')
  local args=(-sS -X POST "$API/graphql" -H 'content-type: application/json' -H 'accept: application/graphql-response+json' --data-binary "$body" -w '\n%{http_code}')
  [ -n "$token" ] && args+=(-H "authorization: Bearer $token")
  [ -n "$header" ] && args+=(-H "$header")
  response=$(curl "${args[@]}") || fail "cannot reach $API (is ./run.sh running?)"
  local status=${response##*$'\n'} json=${response%$'\n'*}
  [ "$status" = 200 ] || fail "HTTP $status: $json"
  jq -e '.errors == null' >/dev/null <<<"$json" || fail "$(jq -c .errors <<<"$json")"
  jq -c .data <<<"$json"
}

# ok DATA FIELD: the mutation payload .FIELD, failing when it has userErrors.
ok() {
  jq -e --arg f "$2" '.[$f].userErrors | length == 0' >/dev/null <<<"$1" || fail "$2: $(jq -c --arg f "$2" '.[$f].userErrors' <<<"$1")"
  jq -c --arg f "$2" '.[$f]' <<<"$1"
}

login() {
  local data
  data=$(gql "" 'mutation($input: LoginInput!) { login(input: $input) { token userErrors { code message } } }' \
    "$(jq -n --arg e "$1" --arg p "$PASSWORD" '{input: {email: $e, password: $p}}')")
  jq -er '.login.token // empty' <<<"$data" || fail "login $1: $(jq -c .login.userErrors <<<"$data") (the demo accounts exist in Development only)"
}

step anonymous "searches the catalog without diacritics (README, Try it)"
data=$(gql "" '{ products(first: 3, search: "nuoc mam") { totalCount nodes { name minPrice cooperative { name province { name } } } } }')
jq -r '.products.nodes[] | "  \(.name) – \(.minPrice) ₫ – \(.cooperative.name), \(.cooperative.province.name)"' <<<"$data"
jq -e '.products.totalCount > 0' >/dev/null <<<"$data" || fail "search found nothing (is the seed loaded? ./run.sh loads it)"

BUYER_TOKEN=$(login $BUYER)
MANAGER_TOKEN=$(login $MANAGER)
ADMIN_TOKEN=$(login $ADMIN)

step "$MANAGER" "keeps enough CH-NM40-500 in stock for the walkthrough (restocks when fewer than 100 are left)"
data=$(gql "$MANAGER_TOKEN" '{ product(slug: "nuoc-mam-cat-hai-40-do-dam") { variants { sku stockAvailable } } }')
available=$(jq -r '.product.variants[] | select(.sku == "CH-NM40-500") | .stockAvailable' <<<"$data")
echo "  available: $available"
if [ "$available" -lt 100 ]; then
  set_stock='mutation($input: SetStockInput!) { setStock(input: $input) { onHand reserved userErrors { code message } } }'
  # Counted on the shelf: 480 bottles besides those that placed orders hold.
  reserved=$(ok "$(gql "$MANAGER_TOKEN" "$set_stock" '{"input": {"sku": "CH-NM40-500", "onHand": 100000000}}')" setStock | jq -r .reserved)
  ok "$(gql "$MANAGER_TOKEN" "$set_stock" "$(jq -n --argjson n $((reserved + 480)) '{input: {sku: "CH-NM40-500", onHand: $n}}')")" setStock >/dev/null
  echo "  on hand now $((reserved + 480)) ($reserved reserved)"
fi

step "$BUYER" "posts a demand request (needed in 16 days, open for 6)"
data=$(gql "$BUYER_TOKEN" 'mutation($input: PostDemandRequestInput!) { postDemandRequest(input: $input) { demandRequest { id } userErrors { code field message } } }' \
  "$(jq -n --arg d "Cần 24 chai nước mắm cho chuỗi cửa hàng (walkthrough $RUN)" --arg n "$(day '+16 days')" --arg e "$(instant '+6 days')" \
    '{input: {description: $d, group: "FOOD", quantity: 24, unit: "chai", deliveryProvinceCode: "01", neededBy: $n, expiresAt: $e}}')")
REQUEST_ID=$(ok "$data" postDemandRequest | jq -r .demandRequest.id)
echo "  request $REQUEST_ID"

step "$MANAGER" "finds the request among those matching the cooperative and quotes"
data=$(gql "$MANAGER_TOKEN" '{ demandRequests(order: DEADLINE, first: 100) { nodes { id description quantity neededBy } } }')
jq -e --arg id "$REQUEST_ID" 'any(.demandRequests.nodes[]; .id == $id)' >/dev/null <<<"$data" || fail "the manager does not see request $REQUEST_ID"
data=$(gql "$MANAGER_TOKEN" 'mutation($input: QuoteInput!) { submitQuote(input: $input) { quote { id revision } userErrors { code field message } } }' \
  "$(jq -n --arg r "$REQUEST_ID" --arg d "$(day '+9 days')" --arg v "$(instant '+5 days')" \
    '{input: {requestId: $r, sku: "CH-NM40-500", unitPrice: 76000, quantity: 24, deliveryDate: $d, validUntil: $v}}')")
QUOTE_ID=$(ok "$data" submitQuote | jq -r .quote.id)
echo "  quote $QUOTE_ID: 24 × 76,000 ₫"

step "$BUYER" "compares the quotes and accepts one: an order at the quoted price"
data=$(gql "$BUYER_TOKEN" 'query($id: ID!) { demandRequest(id: $id) { quotes { id cooperative { name } unitPrice quantity revision } } }' \
  "$(jq -n --arg id "$REQUEST_ID" '{id: $id}')")
jq -r '.demandRequest.quotes[] | "  \(.cooperative.name): \(.quantity) × \(.unitPrice) ₫ (revision \(.revision))"' <<<"$data"
data=$(gql "$BUYER_TOKEN" 'mutation($input: AcceptQuotesInput!) { acceptQuotes(input: $input) { purchaseOrder { id number total } userErrors { code field message } } }' \
  "$(jq -n --arg r "$REQUEST_ID" --arg q "$QUOTE_ID" '{input: {requestId: $r, quoteIds: [$q]}}')")
ORDER=$(ok "$data" acceptQuotes | jq -c .purchaseOrder)
ORDER_ID=$(jq -r .id <<<"$ORDER")
echo "  purchase order $(jq -r .number <<<"$ORDER"), total $(jq -r .total <<<"$ORDER") ₫"
[ "$(jq -r .total <<<"$ORDER")" = 1824000 ] || fail "expected a total of 24 × 76,000 = 1,824,000 ₫"

step "$BUYER" "pays by bank transfer: the VietQR payload for the demo account"
data=$(gql "$BUYER_TOKEN" 'mutation($id: ID!) { startBankTransfer(purchaseOrderId: $id) { transfer { bankBin bankName accountNumber accountName amount reference qrPayload } userErrors { code message } } }' \
  "$(jq -n --arg id "$ORDER_ID" '{id: $id}')")
TRANSFER=$(ok "$data" startBankTransfer | jq -c .transfer)
jq -r '"  \(.accountName), \(.bankName) (BIN \(.bankBin)), account \(.accountNumber)\n  \(.amount) ₫, memo \(.reference)\n  VietQR: \(.qrPayload)"' <<<"$TRANSFER"
jq -e '.qrPayload | startswith("000201")' >/dev/null <<<"$TRANSFER" || fail "no VietQR payload"

step "$ADMIN" "sees the money on the statement and confirms the transfer"
data=$(gql "$ADMIN_TOKEN" 'mutation($input: ConfirmBankTransferInput!) { confirmBankTransfer(input: $input) { payment { status amountReceived } userErrors { code message } } }' \
  "$(jq -n --arg r "$(jq -r .reference <<<"$TRANSFER")" --argjson a "$(jq .amount <<<"$TRANSFER")" '{input: {reference: $r, amountReceived: $a}}')")
status=$(ok "$data" confirmBankTransfer | jq -r .payment.status)
echo "  payment $status"
[ "$status" = PAID ] || fail "expected PAID"

step "$MANAGER" "confirms and ships its part of the order"
data=$(gql "$MANAGER_TOKEN" '{ salesOrders(status: [PLACED], first: 100) { nodes { id buyerId purchaseOrderNumber } } }')
SALE=$(jq -c --arg n "$(jq -r .number <<<"$ORDER")" '[.salesOrders.nodes[] | select(.purchaseOrderNumber == $n)][0] // empty' <<<"$data")
[ -n "$SALE" ] || fail "the manager does not see the order among its placed sales orders"
for action in confirmOrder shipOrder; do
  data=$(gql "$MANAGER_TOKEN" "mutation(\$id: ID!) { $action(id: \$id) { cooperativeOrder { status } userErrors { code message } } }" "$(jq -c '{id: .id}' <<<"$SALE")")
  echo "  $action: $(ok "$data" "$action" | jq -r .cooperativeOrder.status)"
done
BUYER_ID=$(jq -r .buyerId <<<"$SALE")

step "$MANAGER" "proposes a standing price for cases of 12 to the buyer it sold to (30 days from today)"
data=$(gql "$MANAGER_TOKEN" 'mutation($input: ProposeSupplyAgreementInput!) { proposeSupplyAgreement(input: $input) { supplyAgreement { id status } userErrors { code field message } } }' \
  "$(jq -n --arg b "$BUYER_ID" --arg f "$TODAY" --arg t "$(day '+30 days')" '{input: {buyerId: $b, sku: "CH-NM40-T12", unitPrice: 880000, validFrom: $f, validTo: $t}}')")
AGREEMENT_ID=$(ok "$data" proposeSupplyAgreement | jq -r .supplyAgreement.id)
echo "  agreement $AGREEMENT_ID: 880,000 ₫ a case"

step "$BUYER" "accepts the agreement and orders 2 cases at the agreed price"
ok "$(gql "$BUYER_TOKEN" 'mutation($id: ID!) { acceptSupplyAgreement(id: $id) { supplyAgreement { status } userErrors { code message } } }' \
  "$(jq -n --arg id "$AGREEMENT_ID" '{id: $id}')")" acceptSupplyAgreement >/dev/null
data=$(gql "$BUYER_TOKEN" 'mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { purchaseOrder { id number total cooperativeOrders { lines { sku quantity unitPrice priceSource } } } userErrors { code field message } } }' \
  "$(jq -n --arg k "walkthrough-$RUN" '{input: {idempotencyKey: $k, lines: [{sku: "CH-NM40-T12", quantity: 2}], note: "walkthrough"}}')")
AGREED=$(ok "$data" placeOrder | jq -c .purchaseOrder)
jq -r '"  order \(.number): " + ([.cooperativeOrders[].lines[] | "\(.quantity) × \(.sku) at \(.unitPrice) ₫ (\(.priceSource))"] | join(", "))' <<<"$AGREED"
jq -e '[.cooperativeOrders[].lines[]] | all(.priceSource == "AGREEMENT" and .unitPrice == 880000)' >/dev/null <<<"$AGREED" || fail "the agreed price was not used"

step "$BUYER" "cancels that order before the cooperative confirms it (its stock is released)"
data=$(gql "$BUYER_TOKEN" 'mutation($id: ID!) { cancelPurchaseOrder(id: $id, reason: "walkthrough") { purchaseOrder { cooperativeOrders { status } } userErrors { code message } } }' \
  "$(jq -n --arg id "$(jq -r .id <<<"$AGREED")" '{id: $id}')")
echo "  $(ok "$data" cancelPurchaseOrder | jq -r '[.purchaseOrder.cooperativeOrders[].status] | join(", ")')"

step "$ADMIN" "reads the alliance's report for this month"
data=$(gql "$ADMIN_TOKEN" 'query($from: DateOnly!, $to: DateOnly!) { clusterReport(from: $from, to: $to) { total { cooperativesVerified buyers publishedListings orders { status count value } } } }' \
  "$(jq -n --arg f "$(TZ=Asia/Ho_Chi_Minh date +%Y-%m-01)" --arg t "$TODAY" '{from: $f, to: $t}')")
jq -r '.clusterReport.total | "  \(.cooperativesVerified) verified cooperatives, \(.buyers) buyers, \(.publishedListings) listings; orders: " + ([.orders[] | "\(.status) \(.count)"] | join(", "))' <<<"$data"

KEY_NAME="Walkthrough shop $RUN"
step "$ADMIN" "creates an API key named \"$KEY_NAME\" for a third-party shop"
data=$(gql "$ADMIN_TOKEN" 'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id name prefix } secret userErrors { code message } } }' \
  "$(jq -n --arg n "$KEY_NAME" '{input: {name: $n}}')")
KEY=$(ok "$data" createApiKey)
echo "  key $(jq -r .apiKey.prefix <<<"$KEY")… (the secret is shown once)"

step "the shop (X-Api-Key)" "reads the catalog with the key, then the admin revokes it"
data=$(gql "" '{ products(first: 1) { totalCount } }' '{}' "x-api-key: $(jq -r .secret <<<"$KEY")")
echo "  $(jq -r .products.totalCount <<<"$data") products"
ok "$(gql "$ADMIN_TOKEN" 'mutation($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { apiKey { revokedAt } userErrors { code message } } }' \
  "$(jq -n --arg id "$(jq -r .apiKey.id <<<"$KEY")" '{input: {id: $id}}')")" revokeApiKey >/dev/null
echo "  revoked"

printf '\nwalkthrough passed (run %s)\n' "$RUN"
