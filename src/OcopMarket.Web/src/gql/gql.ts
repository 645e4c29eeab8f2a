/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment ProductCardFields on Product {\n    id\n    slug\n    name\n    nameEn\n    minPrice\n    imageUrls\n    certified\n    certificate { stars }\n    cooperative { slug name province { name } }\n  }\n": typeof types.ProductCardFieldsFragmentDoc,
    "\n  query Me {\n    me { id displayName email role cooperative { id slug name } buyer { id name } }\n  }\n": typeof types.MeDocument,
    "\n  query Search($search: String, $filter: ProductFilter, $order: ProductOrder, $first: Int) {\n    products(search: $search, filter: $filter, order: $order, first: $first) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { ...ProductCardFields }\n    }\n    productFacets(search: $search, filter: $filter) {\n      provinces { code name count }\n      groups { group count }\n      stars { stars count }\n    }\n  }\n": typeof types.SearchDocument,
    "\n  query ProductPage($slug: String!) {\n    product(slug: $slug) {\n      id slug name nameEn description descriptionEn origin imageUrls group certified\n      certificate { stars score decisionNumber issuer level issuedOn expiresOn verified valid }\n      variants {\n        sku name nameEn unit retailPrice minOrderQuantity orderIncrement stockAvailable\n        priceTiers { minQuantity unitPrice }\n      }\n      cooperative {\n        slug name commune memberCount\n        province { name }\n        formerProvince { name }\n        storefront { tagline }\n        contacts { phone email }\n      }\n    }\n  }\n": typeof types.ProductPageDocument,
    "\n  query CooperativePage($slug: String!, $first: Int) {\n    cooperative(slug: $slug) {\n      slug name story storyEn address commune foundedYear memberCount\n      province { name }\n      formerProvince { name }\n      contacts { phone email website }\n      storefront { tagline bannerUrl featuredProducts { ...ProductCardFields } }\n      products(first: $first, order: NAME_ASC) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        nodes { ...ProductCardFields }\n      }\n    }\n  }\n": typeof types.CooperativePageDocument,
    "\n  query CooperativeMore($slug: String!, $first: Int, $after: String) {\n    cooperative(slug: $slug) {\n      products(first: $first, after: $after, order: NAME_ASC) {\n        pageInfo { hasNextPage endCursor }\n        nodes { ...ProductCardFields }\n      }\n    }\n  }\n": typeof types.CooperativeMoreDocument,
    "\n  query Home {\n    provinces { code name nameEn kind formerProvinces { code name } }\n    cooperatives(first: 6) {\n      nodes { slug name commune province { name } storefront { tagline } memberCount }\n    }\n  }\n": typeof types.HomeDocument,
    "\n  query SearchMore($search: String, $filter: ProductFilter, $order: ProductOrder, $first: Int, $after: String) {\n    products(search: $search, filter: $filter, order: $order, first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...ProductCardFields }\n    }\n  }\n": typeof types.SearchMoreDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) { revokedTokens userErrors { code field message } }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query CoopToday {\n    me { id cooperative { id slug name status statusReason } }\n    drafts: listings(status: [DRAFT], first: 0) { totalCount }\n    published: listings(status: [PUBLISHED], first: 0) { totalCount }\n    archived: listings(status: [ARCHIVED], first: 0) { totalCount }\n    toConfirm: salesOrders(status: [PLACED], first: 0) { totalCount }\n    toShip: salesOrders(status: [CONFIRMED], first: 0) { totalCount }\n  }\n": typeof types.CoopTodayDocument,
    "\n  query CoopOpenRequests {\n    requests: demandRequests(first: 100) { nodes { id open quotes { id status } } pageInfo { hasNextPage } }\n  }\n": typeof types.CoopOpenRequestsDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) { token userErrors { code field message } }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout { logout { revoked userErrors { code field message } } }\n": typeof types.LogoutDocument,
    "\n  mutation LogoutEverywhere { logoutEverywhere { revokedSessions userErrors { code field message } } }\n": typeof types.LogoutEverywhereDocument,
    "query AdminApiKeys { apiKeys { id name prefix createdAt revokedAt } }": typeof types.AdminApiKeysDocument,
    "\n  mutation AdminCreateApiKey($name: String!) { createApiKey(input: { name: $name }) { secret apiKey { id name prefix createdAt revokedAt } userErrors { code field message } } }\n": typeof types.AdminCreateApiKeyDocument,
    "\n  mutation AdminRevokeApiKey($id: ID!) { revokeApiKey(input: { id: $id }) { apiKey { id revokedAt } userErrors { code field message } } }\n": typeof types.AdminRevokeApiKeyDocument,
    "\n  query AdminUnmatchedTransfers($first: Int!, $after: String) {\n    unmatchedBankTransfers(first: $first, after: $after) {\n      totalCount\n      nodes { id source bankTransactionId amount content gateway referenceCode reason purchaseOrderNumber receivedAt transactionDate }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.AdminUnmatchedTransfersDocument,
    "\n  mutation AdminResolveBankTransfer($input: ResolveBankTransferInput!) {\n    resolveBankTransfer(input: $input) {\n      bankTransaction { id status purchaseOrderNumber resolutionNote }\n      payment { purchaseOrderId status amountDue amountReceived }\n      userErrors { code field message }\n    }\n  }\n": typeof types.AdminResolveBankTransferDocument,
    "\n  query AdminOrders {\n    purchaseOrders(first: 100) {\n      nodes {\n        id number buyerName createdAt total\n        payment {\n          status method amountDue amountReceived transferReference paidAt\n          refunds { cooperativeOrderId amount status error at }\n          failures { at code message source }\n        }\n      }\n      pageInfo { hasNextPage }\n    }\n  }\n": typeof types.AdminOrdersDocument,
    "\n  mutation AdminRetryRefunds($id: ID!) {\n    retryRefunds(purchaseOrderId: $id) { payment { purchaseOrderId status refunds { cooperativeOrderId amount status error at } } userErrors { code field message } }\n  }\n": typeof types.AdminRetryRefundsDocument,
    "\n  query ClusterReport($from: DateOnly!, $to: DateOnly!, $provinceCodes: [String!]) {\n    clusterReport(from: $from, to: $to, provinceCodes: $provinceCodes) {\n      from to\n      total { ...ProvinceFiguresFields }\n      provinces { ...ProvinceFiguresFields }\n    }\n  }\n  fragment ProvinceFiguresFields on ProvinceFigures {\n    provinceCode provinceName buyers cooperativesActive cooperativesVerified publishedListings\n    demandRequests demandRequestsAnswered demandRequestsAccepted\n    orders { status count value }\n    productsByStars { stars count }\n  }\n": typeof types.ClusterReportDocument,
    "\n  mutation AdminImportBankStatement($input: ImportBankStatementInput!) {\n    importBankStatement(input: $input) {\n      lines { line bankTransactionId amount status purchaseOrderNumber message }\n      userErrors { code field message }\n    }\n  }\n": typeof types.AdminImportBankStatementDocument,
    "\n  query AdminTransferQueue($first: Int!, $after: String) {\n    payments(status: [PENDING, AMOUNT_MISMATCH], method: BANK_TRANSFER, first: $first, after: $after) {\n      totalCount\n      nodes {\n        purchaseOrderId status amountDue amountReceived transferReference\n        purchaseOrder { id number buyerName createdAt }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.AdminTransferQueueDocument,
    "\n  mutation AdminConfirmTransfer($input: ConfirmBankTransferInput!) {\n    confirmBankTransfer(input: $input) { payment { purchaseOrderId status amountDue amountReceived } userErrors { code field message } }\n  }\n": typeof types.AdminConfirmTransferDocument,
    "\n  query AdminBuyerQueue($first: Int!, $after: String) {\n    buyers(status: [REGISTERED], first: $first, after: $after) {\n      totalCount\n      nodes { id name taxCode status statusReason createdAt verifiedAt\n        addresses { id label recipient phone line commune provinceCode isDefault } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.AdminBuyerQueueDocument,
    "\n  query AdminBuyer($id: ID!) {\n    buyer(id: $id) {\n      id name taxCode status statusReason createdAt verifiedAt\n      addresses { id label recipient phone line commune provinceCode isDefault }\n    }\n  }\n": typeof types.AdminBuyerDocument,
    "\n  mutation AdminVerifyBuyer($id: ID!, $reason: String) {\n    verifyBuyer(input: { buyerId: $id, reason: $reason }) { buyer { id status statusReason verifiedAt } userErrors { code field message } }\n  }\n": typeof types.AdminVerifyBuyerDocument,
    "\n  mutation AdminSuspendBuyer($id: ID!, $reason: String) {\n    suspendBuyer(input: { buyerId: $id, reason: $reason }) { buyer { id status statusReason } userErrors { code field message } }\n  }\n": typeof types.AdminSuspendBuyerDocument,
    "\n  query AdminCooperativeQueue($status: [CooperativeStatus!]!, $first: Int!, $after: String) {\n    cooperatives(filter: { status: $status }, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id slug name registrationCode commune address memberCount foundedYear status statusReason statusChangedAt\n        province { name } contacts { phone email website }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.AdminCooperativeQueueDocument,
    "\n  mutation AdminVerifyCooperative($id: ID!, $reason: String) {\n    verifyCooperative(input: { cooperativeId: $id, reason: $reason }) { cooperative { id status statusReason } userErrors { code field message } }\n  }\n": typeof types.AdminVerifyCooperativeDocument,
    "\n  mutation AdminSuspendCooperative($id: ID!, $reason: String) {\n    suspendCooperative(input: { cooperativeId: $id, reason: $reason }) { cooperative { id status statusReason } userErrors { code field message } }\n  }\n": typeof types.AdminSuspendCooperativeDocument,
    "\n  query AdminCertificateQueue($first: Int!, $after: String) {\n    listings(certificateUnverified: true, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id slug name status\n        certificate { stars score decisionNumber issuer level issuedOn expiresOn verified valid }\n        cooperative { id name status province { name } }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.AdminCertificateQueueDocument,
    "\n  mutation AdminVerifyCertificate($id: ID!) { verifyCertificate(input: { productId: $id }) { product { id certificate { verified valid } } userErrors { code field message } } }\n": typeof types.AdminVerifyCertificateDocument,
    "\n  query BuyerToday {\n    orders: purchaseOrders(first: 100) {\n      nodes { id payment { status } cooperativeOrders { status } }\n      pageInfo { hasNextPage }\n    }\n    requests: demandRequests(first: 100) { nodes { id open } pageInfo { hasNextPage } }\n  }\n": typeof types.BuyerTodayDocument,
    "\n  mutation PlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      purchaseOrder { id number total }\n      userErrors { code field message }\n    }\n  }\n": typeof types.PlaceOrderDocument,
    "\n  query BuyerOrders($after: String) {\n    purchaseOrders(first: 20, after: $after) {\n      totalCount\n      nodes {\n        id number createdAt total\n        payment { status }\n        cooperativeOrders { id status cooperative { name } }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.BuyerOrdersDocument,
    "\n  query BuyerOrder($id: ID!) {\n    purchaseOrder(id: $id) {\n      id number createdAt total note\n      deliveryAddress { recipient phone line commune provinceCode }\n      payment { status method amountDue amountReceived paidAt transferReference }\n      cooperativeOrders {\n        id status subtotal\n        cooperative { name slug province { name } }\n        lines { sku productName variantName unit quantity unitPrice priceSource lineTotal }\n        history { at from to by { name role } reason }\n      }\n    }\n  }\n": typeof types.BuyerOrderDocument,
    "\n  mutation BuyerCancelPart($id: ID!, $reason: String) {\n    cancelOrder(id: $id, reason: $reason) { cooperativeOrder { id status history { at from to by { name role } reason } } userErrors { code field message } }\n  }\n": typeof types.BuyerCancelPartDocument,
    "\n  mutation BuyerCancelAll($id: ID!, $reason: String) {\n    cancelPurchaseOrder(id: $id, reason: $reason) {\n      purchaseOrder { id cooperativeOrders { id status history { at from to by { name role } reason } } }\n      userErrors { code field message }\n    }\n  }\n": typeof types.BuyerCancelAllDocument,
    "\n  mutation StartBankTransfer($id: ID!) {\n    startBankTransfer(purchaseOrderId: $id) {\n      transfer { accountName accountNumber amount bankBin bankName qrPayload reference }\n      payment { status amountDue amountReceived }\n      userErrors { code field message }\n    }\n  }\n": typeof types.StartBankTransferDocument,
    "\n  mutation StartCardCheckout($id: ID!) {\n    startCardCheckout(purchaseOrderId: $id) { url userErrors { code field message } }\n  }\n": typeof types.StartCardCheckoutDocument,
    "\n  query BuyerPaymentStatus($id: ID!) {\n    purchaseOrder(id: $id) { id number total paymentMethods payment { status amountDue amountReceived paidAt method transferReference } }\n  }\n": typeof types.BuyerPaymentStatusDocument,
    "\n  mutation RegisterBuyer($input: RegisterBuyerInput!) {\n    registerBuyer(input: $input) { token buyer { id status } userErrors { code field message } }\n  }\n": typeof types.RegisterBuyerDocument,
    "\n  query BuyerDemandRequests {\n    demandRequests(first: 50) {\n      totalCount\n      nodes { id description quantity unit neededBy status open createdAt quotes { id } deliveryProvince { name } }\n    }\n  }\n": typeof types.BuyerDemandRequestsDocument,
    "\n  mutation PostDemandRequest($input: PostDemandRequestInput!) {\n    postDemandRequest(input: $input) { demandRequest { id } userErrors { code field message } }\n  }\n": typeof types.PostDemandRequestDocument,
    "\n  query BuyerDemandRequest($id: ID!) {\n    demandRequest(id: $id) {\n      id description quantity unit neededBy expiresAt status open targetUnitPrice purchaseOrderId\n      deliveryProvince { name }\n      quotes {\n        id sku quantity unitPrice deliveryDate validUntil status note revision stockAvailable stockSuffices\n        cooperative { name slug province { name } }\n      }\n    }\n  }\n": typeof types.BuyerDemandRequestDocument,
    "\n  mutation AcceptQuotes($input: AcceptQuotesInput!) {\n    acceptQuotes(input: $input) { purchaseOrder { id } demandRequest { id status } userErrors { code field message } }\n  }\n": typeof types.AcceptQuotesDocument,
    "\n  mutation WithdrawDemandRequest($id: ID!) {\n    withdrawDemandRequest(id: $id) { demandRequest { id status open } userErrors { code field message } }\n  }\n": typeof types.WithdrawDemandRequestDocument,
    "\n  query QuoteProductStars($slug: String!) {\n    cooperative(slug: $slug) { id products(first: 100) { nodes { id name certified certificate { stars } variants { sku } } } }\n  }\n": typeof types.QuoteProductStarsDocument,
    "\n  query BuyerAgreements { supplyAgreements { id sku unitPrice validFrom validTo status cooperative { name province { name } } } }\n": typeof types.BuyerAgreementsDocument,
    "\n  mutation AcceptAgreement($id: ID!) { acceptSupplyAgreement(id: $id) { supplyAgreement { id status } userErrors { code field message } } }\n": typeof types.AcceptAgreementDocument,
    "\n  mutation DeclineAgreement($id: ID!) { declineSupplyAgreement(id: $id) { supplyAgreement { id status } userErrors { code field message } } }\n": typeof types.DeclineAgreementDocument,
    "\n  fragment CartFields on Cart {\n    id version total updatedAt\n    lines {\n      sku quantity unitPrice priceSource lineTotal available\n      product { id slug name nameEn cooperative { id name slug } }\n      variant { sku name unit minOrderQuantity orderIncrement }\n      problems { code field message }\n    }\n    parts { cooperative { id name slug } subtotal lines { sku } }\n  }\n": typeof types.CartFieldsFragmentDoc,
    "\n  query Cart {\n    cart { ...CartFields }\n  }\n": typeof types.CartDocument,
    "\n  mutation SetCartLines($input: SetCartLinesInput!) {\n    setCartLines(input: $input) {\n      cart { ...CartFields }\n      userErrors { code field message }\n    }\n  }\n": typeof types.SetCartLinesDocument,
    "\n  mutation RemoveCartLine($sku: String!) {\n    removeCartLine(sku: $sku) { cart { ...CartFields } userErrors { code field message } }\n  }\n": typeof types.RemoveCartLineDocument,
    "\n  query Variants($skus: [String!]!) {\n    variants(skus: $skus) { sku variant { sku minOrderQuantity orderIncrement unit } problem { code field message } }\n  }\n": typeof types.VariantsDocument,
    "\n  query PortalProvinces { provinces { code name nameEn } }\n": typeof types.PortalProvincesDocument,
    "\n  query MyBuyer {\n    me {\n      id displayName\n      buyer {\n        id name status statusReason taxCode createdAt verifiedAt\n        addresses { id label recipient phone line commune provinceCode isDefault }\n      }\n    }\n  }\n": typeof types.MyBuyerDocument,
    "\n  query CoopSupplyAgreements {\n    supplyAgreements { id sku unitPrice validFrom validTo status buyerId buyerName }\n    customers { buyerId name taxCode orderCount }\n  }\n": typeof types.CoopSupplyAgreementsDocument,
    "\n  mutation CoopProposeSupplyAgreement($input: ProposeSupplyAgreementInput!) {\n    proposeSupplyAgreement(input: $input) {\n      supplyAgreement { id status }\n      userErrors { code field message }\n    }\n  }\n": typeof types.CoopProposeSupplyAgreementDocument,
    "\n  query CoopListingHistory($slug: String!, $after: String) {\n    listing(slug: $slug) { id name }\n    listingHistory(productSlug: $slug, first: 50, after: $after) {\n      totalCount\n      nodes { action at version by { name role } changes { field before after } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.CoopListingHistoryDocument,
    "\n  mutation CoopImportProducts($input: ImportProductsInput!) {\n    importProducts(input: $input) {\n      created updated unchanged rejected\n      rows { line slug sku status errors }\n      userErrors { code field message }\n    }\n  }\n": typeof types.CoopImportProductsDocument,
    "\n  query CoopListingSearch($search: String!, $after: String) {\n    listings(first: 100, after: $after, search: $search) { nodes { slug } pageInfo { hasNextPage endCursor } }\n  }\n": typeof types.CoopListingSearchDocument,
    "\n  query CoopOrder($id: ID!) {\n    cooperativeOrder(id: $id) {\n      id purchaseOrderNumber buyerName createdAt status subtotal\n      lines { sku productName variantName unit quantity unitPrice lineTotal priceSource }\n      deliveryAddress { recipient phone line commune provinceCode }\n      history { at from to by { name role } reason }\n      cooperative { id name address commune province { name } contacts { phone email } }\n    }\n    provinces { code name }\n  }\n": typeof types.CoopOrderDocument,
    "mutation CoopConfirmOrder($id: ID!) { confirmOrder(id: $id) { cooperativeOrder { id status history { at from to by { name role } reason } } userErrors { code field message } } }": typeof types.CoopConfirmOrderDocument,
    "mutation CoopRejectOrder($id: ID!, $reason: String) { rejectOrder(id: $id, reason: $reason) { cooperativeOrder { id status history { at from to by { name role } reason } } userErrors { code field message } } }": typeof types.CoopRejectOrderDocument,
    "mutation CoopShipOrder($id: ID!) { shipOrder(id: $id) { cooperativeOrder { id status history { at from to by { name role } reason } } userErrors { code field message } } }": typeof types.CoopShipOrderDocument,
    "mutation CoopDeliverOrder($id: ID!) { deliverOrder(id: $id) { cooperativeOrder { id status history { at from to by { name role } reason } } userErrors { code field message } } }": typeof types.CoopDeliverOrderDocument,
    "\n  query CoopOrderCounts {\n    PLACED: salesOrders(status: [PLACED], first: 0) { totalCount }\n    CONFIRMED: salesOrders(status: [CONFIRMED], first: 0) { totalCount }\n    SHIPPED: salesOrders(status: [SHIPPED], first: 0) { totalCount }\n    DELIVERED: salesOrders(status: [DELIVERED], first: 0) { totalCount }\n    REJECTED: salesOrders(status: [REJECTED], first: 0) { totalCount }\n    CANCELLED: salesOrders(status: [CANCELLED], first: 0) { totalCount }\n  }\n": typeof types.CoopOrderCountsDocument,
    "\n  query CoopSalesOrders($status: [CooperativeOrderStatus!], $after: String) {\n    salesOrders(status: $status, first: 30, after: $after) {\n      totalCount\n      nodes { id purchaseOrderNumber buyerName createdAt status subtotal lines { sku quantity } deliveryAddress { provinceCode commune } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.CoopSalesOrdersDocument,
    "\n  mutation CoopCreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) { product { id slug version } userErrors { code field message } }\n  }\n": typeof types.CoopCreateProductDocument,
    "\n  mutation CoopUpdateProduct($input: UpdateProductInput!) {\n    updateProduct(input: $input) { product { id slug version } userErrors { code field message } }\n  }\n": typeof types.CoopUpdateProductDocument,
    "\n  mutation CoopPublishProduct($input: ProductActionInput!) {\n    publishProduct(input: $input) { product { id slug status version } userErrors { code field message } }\n  }\n": typeof types.CoopPublishProductDocument,
    "\n  mutation CoopUnpublishProduct($input: ProductActionInput!) {\n    unpublishProduct(input: $input) { product { id slug status version } userErrors { code field message } }\n  }\n": typeof types.CoopUnpublishProductDocument,
    "\n  mutation CoopArchiveProduct($input: ProductActionInput!) {\n    archiveProduct(input: $input) { product { id slug status version } userErrors { code field message } }\n  }\n": typeof types.CoopArchiveProductDocument,
    "\n  mutation CoopAttachCertificate($input: AttachCertificateInput!) {\n    attachCertificate(input: $input) { product { id version certificate { stars expiresOn verified valid } } userErrors { code field message } }\n  }\n": typeof types.CoopAttachCertificateDocument,
    "\n  query CoopDemandRequests($order: DemandRequestOrder) {\n    demandRequests(first: 50, order: $order) {\n      totalCount\n      nodes {\n        id buyerName createdAt description group quantity unit neededBy expiresAt open status targetUnitPrice sameProvinceOnly\n        deliveryProvince { code name }\n        product { slug name }\n        quotes { id sku quantity unitPrice deliveryDate validUntil note revision status updatedAt }\n      }\n      pageInfo { hasNextPage }\n    }\n  }\n": typeof types.CoopDemandRequestsDocument,
    "\n  query CoopMyQuotes {\n    myQuotes { id requestId sku quantity unitPrice deliveryDate validUntil revision status updatedAt }\n  }\n": typeof types.CoopMyQuotesDocument,
    "\n  query CoopQuotedRequest($id: ID!) {\n    demandRequest(id: $id) { id buyerName group unit status open product { name } }\n  }\n": typeof types.CoopQuotedRequestDocument,
    "\n  mutation CoopSubmitQuote($input: QuoteInput!) {\n    submitQuote(input: $input) { quote { id revision status unitPrice } userErrors { code field message } }\n  }\n": typeof types.CoopSubmitQuoteDocument,
    "\n  mutation CoopReviseQuote($id: ID!, $input: QuoteInput!) {\n    reviseQuote(id: $id, input: $input) { quote { id revision status unitPrice } userErrors { code field message } }\n  }\n": typeof types.CoopReviseQuoteDocument,
    "\n  mutation CoopSetStock($input: SetStockInput!) {\n    setStock(input: $input) { sku onHand reserved product { id version variants { sku stockAvailable } } userErrors { code field message } }\n  }\n": typeof types.CoopSetStockDocument,
    "\n  query CoopStorefront {\n    me {\n      id\n      cooperative {\n        id slug name version status statusReason story storyEn logoUrl\n        contacts { phone email website }\n        storefront { tagline bannerUrl featuredProducts { slug name } }\n      }\n    }\n  }\n": typeof types.CoopStorefrontDocument,
    "\n  mutation CoopUpdateStorefront($input: UpdateStorefrontInput!) {\n    updateStorefront(input: $input) { cooperative { id version } userErrors { code field message } }\n  }\n": typeof types.CoopUpdateStorefrontDocument,
    "\n  fragment CoopListingFields on Product {\n    id slug name nameEn status version group subgroup origin description descriptionEn tags imageUrls minPrice\n    updatedAt publishedAt certified\n    certificate { stars decisionNumber issuer level issuedOn expiresOn score verified valid }\n    variants {\n      sku name nameEn unit retailPrice minOrderQuantity orderIncrement weightGrams stockAvailable stockOnHand stockReserved\n      priceTiers { minQuantity unitPrice }\n    }\n  }\n": typeof types.CoopListingFieldsFragmentDoc,
    "\n  query CoopListings($after: String, $status: [ProductStatus!]) {\n    listings(first: 100, after: $after, status: $status) {\n      totalCount\n      nodes { ...CoopListingFields }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.CoopListingsDocument,
    "\n  query CoopListing($slug: String!) {\n    listing(slug: $slug) { ...CoopListingFields }\n  }\n": typeof types.CoopListingDocument,
};
const documents: Documents = {
    "\n  fragment ProductCardFields on Product {\n    id\n    slug\n    name\n    nameEn\n    minPrice\n    imageUrls\n    certified\n    certificate { stars }\n    cooperative { slug name province { name } }\n  }\n": types.ProductCardFieldsFragmentDoc,
    "\n  query Me {\n    me { id displayName email role cooperative { id slug name } buyer { id name } }\n  }\n": types.MeDocument,
    "\n  query Search($search: String, $filter: ProductFilter, $order: ProductOrder, $first: Int) {\n    products(search: $search, filter: $filter, order: $order, first: $first) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { ...ProductCardFields }\n    }\n    productFacets(search: $search, filter: $filter) {\n      provinces { code name count }\n      groups { group count }\n      stars { stars count }\n    }\n  }\n": types.SearchDocument,
    "\n  query ProductPage($slug: String!) {\n    product(slug: $slug) {\n      id slug name nameEn description descriptionEn origin imageUrls group certified\n      certificate { stars score decisionNumber issuer level issuedOn expiresOn verified valid }\n      variants {\n        sku name nameEn unit retailPrice minOrderQuantity orderIncrement stockAvailable\n        priceTiers { minQuantity unitPrice }\n      }\n      cooperative {\n        slug name commune memberCount\n        province { name }\n        formerProvince { name }\n        storefront { tagline }\n        contacts { phone email }\n      }\n    }\n  }\n": types.ProductPageDocument,
    "\n  query CooperativePage($slug: String!, $first: Int) {\n    cooperative(slug: $slug) {\n      slug name story storyEn address commune foundedYear memberCount\n      province { name }\n      formerProvince { name }\n      contacts { phone email website }\n      storefront { tagline bannerUrl featuredProducts { ...ProductCardFields } }\n      products(first: $first, order: NAME_ASC) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        nodes { ...ProductCardFields }\n      }\n    }\n  }\n": types.CooperativePageDocument,
    "\n  query CooperativeMore($slug: String!, $first: Int, $after: String) {\n    cooperative(slug: $slug) {\n      products(first: $first, after: $after, order: NAME_ASC) {\n        pageInfo { hasNextPage endCursor }\n        nodes { ...ProductCardFields }\n      }\n    }\n  }\n": types.CooperativeMoreDocument,
    "\n  query Home {\n    provinces { code name nameEn kind formerProvinces { code name } }\n    cooperatives(first: 6) {\n      nodes { slug name commune province { name } storefront { tagline } memberCount }\n    }\n  }\n": types.HomeDocument,
    "\n  query SearchMore($search: String, $filter: ProductFilter, $order: ProductOrder, $first: Int, $after: String) {\n    products(search: $search, filter: $filter, order: $order, first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...ProductCardFields }\n    }\n  }\n": types.SearchMoreDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) { revokedTokens userErrors { code field message } }\n  }\n": types.ChangePasswordDocument,
    "\n  query CoopToday {\n    me { id cooperative { id slug name status statusReason } }\n    drafts: listings(status: [DRAFT], first: 0) { totalCount }\n    published: listings(status: [PUBLISHED], first: 0) { totalCount }\n    archived: listings(status: [ARCHIVED], first: 0) { totalCount }\n    toConfirm: salesOrders(status: [PLACED], first: 0) { totalCount }\n    toShip: salesOrders(status: [CONFIRMED], first: 0) { totalCount }\n  }\n": types.CoopTodayDocument,
    "\n  query CoopOpenRequests {\n    requests: demandRequests(first: 100) { nodes { id open quotes { id status } } pageInfo { hasNextPage } }\n  }\n": types.CoopOpenRequestsDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) { token userErrors { code field message } }\n  }\n": types.LoginDocument,
    "\n  mutation Logout { logout { revoked userErrors { code field message } } }\n": types.LogoutDocument,
    "\n  mutation LogoutEverywhere { logoutEverywhere { revokedSessions userErrors { code field message } } }\n": types.LogoutEverywhereDocument,
    "query AdminApiKeys { apiKeys { id name prefix createdAt revokedAt } }": types.AdminApiKeysDocument,
    "\n  mutation AdminCreateApiKey($name: String!) { createApiKey(input: { name: $name }) { secret apiKey { id name prefix createdAt revokedAt } userErrors { code field message } } }\n": types.AdminCreateApiKeyDocument,
    "\n  mutation AdminRevokeApiKey($id: ID!) { revokeApiKey(input: { id: $id }) { apiKey { id revokedAt } userErrors { code field message } } }\n": types.AdminRevokeApiKeyDocument,
    "\n  query AdminUnmatchedTransfers($first: Int!, $after: String) {\n    unmatchedBankTransfers(first: $first, after: $after) {\n      totalCount\n      nodes { id source bankTransactionId amount content gateway referenceCode reason purchaseOrderNumber receivedAt transactionDate }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.AdminUnmatchedTransfersDocument,
    "\n  mutation AdminResolveBankTransfer($input: ResolveBankTransferInput!) {\n    resolveBankTransfer(input: $input) {\n      bankTransaction { id status purchaseOrderNumber resolutionNote }\n      payment { purchaseOrderId status amountDue amountReceived }\n      userErrors { code field message }\n    }\n  }\n": types.AdminResolveBankTransferDocument,
    "\n  query AdminOrders {\n    purchaseOrders(first: 100) {\n      nodes {\n        id number buyerName createdAt total\n        payment {\n          status method amountDue amountReceived transferReference paidAt\n          refunds { cooperativeOrderId amount status error at }\n          failures { at code message source }\n        }\n      }\n      pageInfo { hasNextPage }\n    }\n  }\n": types.AdminOrdersDocument,
    "\n  mutation AdminRetryRefunds($id: ID!) {\n    retryRefunds(purchaseOrderId: $id) { payment { purchaseOrderId status refunds { cooperativeOrderId amount status error at } } userErrors { code field message } }\n  }\n": types.AdminRetryRefundsDocument,
    "\n  query ClusterReport($from: DateOnly!, $to: DateOnly!, $provinceCodes: [String!]) {\n    clusterReport(from: $from, to: $to, provinceCodes: $provinceCodes) {\n      from to\n      total { ...ProvinceFiguresFields }\n      provinces { ...ProvinceFiguresFields }\n    }\n  }\n  fragment ProvinceFiguresFields on ProvinceFigures {\n    provinceCode provinceName buyers cooperativesActive cooperativesVerified publishedListings\n    demandRequests demandRequestsAnswered demandRequestsAccepted\n    orders { status count value }\n    productsByStars { stars count }\n  }\n": types.ClusterReportDocument,
    "\n  mutation AdminImportBankStatement($input: ImportBankStatementInput!) {\n    importBankStatement(input: $input) {\n      lines { line bankTransactionId amount status purchaseOrderNumber message }\n      userErrors { code field message }\n    }\n  }\n": types.AdminImportBankStatementDocument,
    "\n  query AdminTransferQueue($first: Int!, $after: String) {\n    payments(status: [PENDING, AMOUNT_MISMATCH], method: BANK_TRANSFER, first: $first, after: $after) {\n      totalCount\n      nodes {\n        purchaseOrderId status amountDue amountReceived transferReference\n        purchaseOrder { id number buyerName createdAt }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.AdminTransferQueueDocument,
    "\n  mutation AdminConfirmTransfer($input: ConfirmBankTransferInput!) {\n    confirmBankTransfer(input: $input) { payment { purchaseOrderId status amountDue amountReceived } userErrors { code field message } }\n  }\n": types.AdminConfirmTransferDocument,
    "\n  query AdminBuyerQueue($first: Int!, $after: String) {\n    buyers(status: [REGISTERED], first: $first, after: $after) {\n      totalCount\n      nodes { id name taxCode status statusReason createdAt verifiedAt\n        addresses { id label recipient phone line commune provinceCode isDefault } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.AdminBuyerQueueDocument,
    "\n  query AdminBuyer($id: ID!) {\n    buyer(id: $id) {\n      id name taxCode status statusReason createdAt verifiedAt\n      addresses { id label recipient phone line commune provinceCode isDefault }\n    }\n  }\n": types.AdminBuyerDocument,
    "\n  mutation AdminVerifyBuyer($id: ID!, $reason: String) {\n    verifyBuyer(input: { buyerId: $id, reason: $reason }) { buyer { id status statusReason verifiedAt } userErrors { code field message } }\n  }\n": types.AdminVerifyBuyerDocument,
    "\n  mutation AdminSuspendBuyer($id: ID!, $reason: String) {\n    suspendBuyer(input: { buyerId: $id, reason: $reason }) { buyer { id status statusReason } userErrors { code field message } }\n  }\n": types.AdminSuspendBuyerDocument,
    "\n  query AdminCooperativeQueue($status: [CooperativeStatus!]!, $first: Int!, $after: String) {\n    cooperatives(filter: { status: $status }, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id slug name registrationCode commune address memberCount foundedYear status statusReason statusChangedAt\n        province { name } contacts { phone email website }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.AdminCooperativeQueueDocument,
    "\n  mutation AdminVerifyCooperative($id: ID!, $reason: String) {\n    verifyCooperative(input: { cooperativeId: $id, reason: $reason }) { cooperative { id status statusReason } userErrors { code field message } }\n  }\n": types.AdminVerifyCooperativeDocument,
    "\n  mutation AdminSuspendCooperative($id: ID!, $reason: String) {\n    suspendCooperative(input: { cooperativeId: $id, reason: $reason }) { cooperative { id status statusReason } userErrors { code field message } }\n  }\n": types.AdminSuspendCooperativeDocument,
    "\n  query AdminCertificateQueue($first: Int!, $after: String) {\n    listings(certificateUnverified: true, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id slug name status\n        certificate { stars score decisionNumber issuer level issuedOn expiresOn verified valid }\n        cooperative { id name status province { name } }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.AdminCertificateQueueDocument,
    "\n  mutation AdminVerifyCertificate($id: ID!) { verifyCertificate(input: { productId: $id }) { product { id certificate { verified valid } } userErrors { code field message } } }\n": types.AdminVerifyCertificateDocument,
    "\n  query BuyerToday {\n    orders: purchaseOrders(first: 100) {\n      nodes { id payment { status } cooperativeOrders { status } }\n      pageInfo { hasNextPage }\n    }\n    requests: demandRequests(first: 100) { nodes { id open } pageInfo { hasNextPage } }\n  }\n": types.BuyerTodayDocument,
    "\n  mutation PlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      purchaseOrder { id number total }\n      userErrors { code field message }\n    }\n  }\n": types.PlaceOrderDocument,
    "\n  query BuyerOrders($after: String) {\n    purchaseOrders(first: 20, after: $after) {\n      totalCount\n      nodes {\n        id number createdAt total\n        payment { status }\n        cooperativeOrders { id status cooperative { name } }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.BuyerOrdersDocument,
    "\n  query BuyerOrder($id: ID!) {\n    purchaseOrder(id: $id) {\n      id number createdAt total note\n      deliveryAddress { recipient phone line commune provinceCode }\n      payment { status method amountDue amountReceived paidAt transferReference }\n      cooperativeOrders {\n        id status subtotal\n        cooperative { name slug province { name } }\n        lines { sku productName variantName unit quantity unitPrice priceSource lineTotal }\n        history { at from to by { name role } reason }\n      }\n    }\n  }\n": types.BuyerOrderDocument,
    "\n  mutation BuyerCancelPart($id: ID!, $reason: String) {\n    cancelOrder(id: $id, reason: $reason) { cooperativeOrder { id status history { at from to by { name role } reason } } userErrors { code field message } }\n  }\n": types.BuyerCancelPartDocument,
    "\n  mutation BuyerCancelAll($id: ID!, $reason: String) {\n    cancelPurchaseOrder(id: $id, reason: $reason) {\n      purchaseOrder { id cooperativeOrders { id status history { at from to by { name role } reason } } }\n      userErrors { code field message }\n    }\n  }\n": types.BuyerCancelAllDocument,
    "\n  mutation StartBankTransfer($id: ID!) {\n    startBankTransfer(purchaseOrderId: $id) {\n      transfer { accountName accountNumber amount bankBin bankName qrPayload reference }\n      payment { status amountDue amountReceived }\n      userErrors { code field message }\n    }\n  }\n": types.StartBankTransferDocument,
    "\n  mutation StartCardCheckout($id: ID!) {\n    startCardCheckout(purchaseOrderId: $id) { url userErrors { code field message } }\n  }\n": types.StartCardCheckoutDocument,
    "\n  query BuyerPaymentStatus($id: ID!) {\n    purchaseOrder(id: $id) { id number total paymentMethods payment { status amountDue amountReceived paidAt method transferReference } }\n  }\n": types.BuyerPaymentStatusDocument,
    "\n  mutation RegisterBuyer($input: RegisterBuyerInput!) {\n    registerBuyer(input: $input) { token buyer { id status } userErrors { code field message } }\n  }\n": types.RegisterBuyerDocument,
    "\n  query BuyerDemandRequests {\n    demandRequests(first: 50) {\n      totalCount\n      nodes { id description quantity unit neededBy status open createdAt quotes { id } deliveryProvince { name } }\n    }\n  }\n": types.BuyerDemandRequestsDocument,
    "\n  mutation PostDemandRequest($input: PostDemandRequestInput!) {\n    postDemandRequest(input: $input) { demandRequest { id } userErrors { code field message } }\n  }\n": types.PostDemandRequestDocument,
    "\n  query BuyerDemandRequest($id: ID!) {\n    demandRequest(id: $id) {\n      id description quantity unit neededBy expiresAt status open targetUnitPrice purchaseOrderId\n      deliveryProvince { name }\n      quotes {\n        id sku quantity unitPrice deliveryDate validUntil status note revision stockAvailable stockSuffices\n        cooperative { name slug province { name } }\n      }\n    }\n  }\n": types.BuyerDemandRequestDocument,
    "\n  mutation AcceptQuotes($input: AcceptQuotesInput!) {\n    acceptQuotes(input: $input) { purchaseOrder { id } demandRequest { id status } userErrors { code field message } }\n  }\n": types.AcceptQuotesDocument,
    "\n  mutation WithdrawDemandRequest($id: ID!) {\n    withdrawDemandRequest(id: $id) { demandRequest { id status open } userErrors { code field message } }\n  }\n": types.WithdrawDemandRequestDocument,
    "\n  query QuoteProductStars($slug: String!) {\n    cooperative(slug: $slug) { id products(first: 100) { nodes { id name certified certificate { stars } variants { sku } } } }\n  }\n": types.QuoteProductStarsDocument,
    "\n  query BuyerAgreements { supplyAgreements { id sku unitPrice validFrom validTo status cooperative { name province { name } } } }\n": types.BuyerAgreementsDocument,
    "\n  mutation AcceptAgreement($id: ID!) { acceptSupplyAgreement(id: $id) { supplyAgreement { id status } userErrors { code field message } } }\n": types.AcceptAgreementDocument,
    "\n  mutation DeclineAgreement($id: ID!) { declineSupplyAgreement(id: $id) { supplyAgreement { id status } userErrors { code field message } } }\n": types.DeclineAgreementDocument,
    "\n  fragment CartFields on Cart {\n    id version total updatedAt\n    lines {\n      sku quantity unitPrice priceSource lineTotal available\n      product { id slug name nameEn cooperative { id name slug } }\n      variant { sku name unit minOrderQuantity orderIncrement }\n      problems { code field message }\n    }\n    parts { cooperative { id name slug } subtotal lines { sku } }\n  }\n": types.CartFieldsFragmentDoc,
    "\n  query Cart {\n    cart { ...CartFields }\n  }\n": types.CartDocument,
    "\n  mutation SetCartLines($input: SetCartLinesInput!) {\n    setCartLines(input: $input) {\n      cart { ...CartFields }\n      userErrors { code field message }\n    }\n  }\n": types.SetCartLinesDocument,
    "\n  mutation RemoveCartLine($sku: String!) {\n    removeCartLine(sku: $sku) { cart { ...CartFields } userErrors { code field message } }\n  }\n": types.RemoveCartLineDocument,
    "\n  query Variants($skus: [String!]!) {\n    variants(skus: $skus) { sku variant { sku minOrderQuantity orderIncrement unit } problem { code field message } }\n  }\n": types.VariantsDocument,
    "\n  query PortalProvinces { provinces { code name nameEn } }\n": types.PortalProvincesDocument,
    "\n  query MyBuyer {\n    me {\n      id displayName\n      buyer {\n        id name status statusReason taxCode createdAt verifiedAt\n        addresses { id label recipient phone line commune provinceCode isDefault }\n      }\n    }\n  }\n": types.MyBuyerDocument,
    "\n  query CoopSupplyAgreements {\n    supplyAgreements { id sku unitPrice validFrom validTo status buyerId buyerName }\n    customers { buyerId name taxCode orderCount }\n  }\n": types.CoopSupplyAgreementsDocument,
    "\n  mutation CoopProposeSupplyAgreement($input: ProposeSupplyAgreementInput!) {\n    proposeSupplyAgreement(input: $input) {\n      supplyAgreement { id status }\n      userErrors { code field message }\n    }\n  }\n": types.CoopProposeSupplyAgreementDocument,
    "\n  query CoopListingHistory($slug: String!, $after: String) {\n    listing(slug: $slug) { id name }\n    listingHistory(productSlug: $slug, first: 50, after: $after) {\n      totalCount\n      nodes { action at version by { name role } changes { field before after } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.CoopListingHistoryDocument,
    "\n  mutation CoopImportProducts($input: ImportProductsInput!) {\n    importProducts(input: $input) {\n      created updated unchanged rejected\n      rows { line slug sku status errors }\n      userErrors { code field message }\n    }\n  }\n": types.CoopImportProductsDocument,
    "\n  query CoopListingSearch($search: String!, $after: String) {\n    listings(first: 100, after: $after, search: $search) { nodes { slug } pageInfo { hasNextPage endCursor } }\n  }\n": types.CoopListingSearchDocument,
    "\n  query CoopOrder($id: ID!) {\n    cooperativeOrder(id: $id) {\n      id purchaseOrderNumber buyerName createdAt status subtotal\n      lines { sku productName variantName unit quantity unitPrice lineTotal priceSource }\n      deliveryAddress { recipient phone line commune provinceCode }\n      history { at from to by { name role } reason }\n      cooperative { id name address commune province { name } contacts { phone email } }\n    }\n    provinces { code name }\n  }\n": types.CoopOrderDocument,
    "mutation CoopConfirmOrder($id: ID!) { confirmOrder(id: $id) { cooperativeOrder { id status history { at from to by { name role } reason } } userErrors { code field message } } }": types.CoopConfirmOrderDocument,
    "mutation CoopRejectOrder($id: ID!, $reason: String) { rejectOrder(id: $id, reason: $reason) { cooperativeOrder { id status history { at from to by { name role } reason } } userErrors { code field message } } }": types.CoopRejectOrderDocument,
    "mutation CoopShipOrder($id: ID!) { shipOrder(id: $id) { cooperativeOrder { id status history { at from to by { name role } reason } } userErrors { code field message } } }": types.CoopShipOrderDocument,
    "mutation CoopDeliverOrder($id: ID!) { deliverOrder(id: $id) { cooperativeOrder { id status history { at from to by { name role } reason } } userErrors { code field message } } }": types.CoopDeliverOrderDocument,
    "\n  query CoopOrderCounts {\n    PLACED: salesOrders(status: [PLACED], first: 0) { totalCount }\n    CONFIRMED: salesOrders(status: [CONFIRMED], first: 0) { totalCount }\n    SHIPPED: salesOrders(status: [SHIPPED], first: 0) { totalCount }\n    DELIVERED: salesOrders(status: [DELIVERED], first: 0) { totalCount }\n    REJECTED: salesOrders(status: [REJECTED], first: 0) { totalCount }\n    CANCELLED: salesOrders(status: [CANCELLED], first: 0) { totalCount }\n  }\n": types.CoopOrderCountsDocument,
    "\n  query CoopSalesOrders($status: [CooperativeOrderStatus!], $after: String) {\n    salesOrders(status: $status, first: 30, after: $after) {\n      totalCount\n      nodes { id purchaseOrderNumber buyerName createdAt status subtotal lines { sku quantity } deliveryAddress { provinceCode commune } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.CoopSalesOrdersDocument,
    "\n  mutation CoopCreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) { product { id slug version } userErrors { code field message } }\n  }\n": types.CoopCreateProductDocument,
    "\n  mutation CoopUpdateProduct($input: UpdateProductInput!) {\n    updateProduct(input: $input) { product { id slug version } userErrors { code field message } }\n  }\n": types.CoopUpdateProductDocument,
    "\n  mutation CoopPublishProduct($input: ProductActionInput!) {\n    publishProduct(input: $input) { product { id slug status version } userErrors { code field message } }\n  }\n": types.CoopPublishProductDocument,
    "\n  mutation CoopUnpublishProduct($input: ProductActionInput!) {\n    unpublishProduct(input: $input) { product { id slug status version } userErrors { code field message } }\n  }\n": types.CoopUnpublishProductDocument,
    "\n  mutation CoopArchiveProduct($input: ProductActionInput!) {\n    archiveProduct(input: $input) { product { id slug status version } userErrors { code field message } }\n  }\n": types.CoopArchiveProductDocument,
    "\n  mutation CoopAttachCertificate($input: AttachCertificateInput!) {\n    attachCertificate(input: $input) { product { id version certificate { stars expiresOn verified valid } } userErrors { code field message } }\n  }\n": types.CoopAttachCertificateDocument,
    "\n  query CoopDemandRequests($order: DemandRequestOrder) {\n    demandRequests(first: 50, order: $order) {\n      totalCount\n      nodes {\n        id buyerName createdAt description group quantity unit neededBy expiresAt open status targetUnitPrice sameProvinceOnly\n        deliveryProvince { code name }\n        product { slug name }\n        quotes { id sku quantity unitPrice deliveryDate validUntil note revision status updatedAt }\n      }\n      pageInfo { hasNextPage }\n    }\n  }\n": types.CoopDemandRequestsDocument,
    "\n  query CoopMyQuotes {\n    myQuotes { id requestId sku quantity unitPrice deliveryDate validUntil revision status updatedAt }\n  }\n": types.CoopMyQuotesDocument,
    "\n  query CoopQuotedRequest($id: ID!) {\n    demandRequest(id: $id) { id buyerName group unit status open product { name } }\n  }\n": types.CoopQuotedRequestDocument,
    "\n  mutation CoopSubmitQuote($input: QuoteInput!) {\n    submitQuote(input: $input) { quote { id revision status unitPrice } userErrors { code field message } }\n  }\n": types.CoopSubmitQuoteDocument,
    "\n  mutation CoopReviseQuote($id: ID!, $input: QuoteInput!) {\n    reviseQuote(id: $id, input: $input) { quote { id revision status unitPrice } userErrors { code field message } }\n  }\n": types.CoopReviseQuoteDocument,
    "\n  mutation CoopSetStock($input: SetStockInput!) {\n    setStock(input: $input) { sku onHand reserved product { id version variants { sku stockAvailable } } userErrors { code field message } }\n  }\n": types.CoopSetStockDocument,
    "\n  query CoopStorefront {\n    me {\n      id\n      cooperative {\n        id slug name version status statusReason story storyEn logoUrl\n        contacts { phone email website }\n        storefront { tagline bannerUrl featuredProducts { slug name } }\n      }\n    }\n  }\n": types.CoopStorefrontDocument,
    "\n  mutation CoopUpdateStorefront($input: UpdateStorefrontInput!) {\n    updateStorefront(input: $input) { cooperative { id version } userErrors { code field message } }\n  }\n": types.CoopUpdateStorefrontDocument,
    "\n  fragment CoopListingFields on Product {\n    id slug name nameEn status version group subgroup origin description descriptionEn tags imageUrls minPrice\n    updatedAt publishedAt certified\n    certificate { stars decisionNumber issuer level issuedOn expiresOn score verified valid }\n    variants {\n      sku name nameEn unit retailPrice minOrderQuantity orderIncrement weightGrams stockAvailable stockOnHand stockReserved\n      priceTiers { minQuantity unitPrice }\n    }\n  }\n": types.CoopListingFieldsFragmentDoc,
    "\n  query CoopListings($after: String, $status: [ProductStatus!]) {\n    listings(first: 100, after: $after, status: $status) {\n      totalCount\n      nodes { ...CoopListingFields }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.CoopListingsDocument,
    "\n  query CoopListing($slug: String!) {\n    listing(slug: $slug) { ...CoopListingFields }\n  }\n": types.CoopListingDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProductCardFields on Product {\n    id\n    slug\n    name\n    nameEn\n    minPrice\n    imageUrls\n    certified\n    certificate { stars }\n    cooperative { slug name province { name } }\n  }\n"): (typeof documents)["\n  fragment ProductCardFields on Product {\n    id\n    slug\n    name\n    nameEn\n    minPrice\n    imageUrls\n    certified\n    certificate { stars }\n    cooperative { slug name province { name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me { id displayName email role cooperative { id slug name } buyer { id name } }\n  }\n"): (typeof documents)["\n  query Me {\n    me { id displayName email role cooperative { id slug name } buyer { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($search: String, $filter: ProductFilter, $order: ProductOrder, $first: Int) {\n    products(search: $search, filter: $filter, order: $order, first: $first) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { ...ProductCardFields }\n    }\n    productFacets(search: $search, filter: $filter) {\n      provinces { code name count }\n      groups { group count }\n      stars { stars count }\n    }\n  }\n"): (typeof documents)["\n  query Search($search: String, $filter: ProductFilter, $order: ProductOrder, $first: Int) {\n    products(search: $search, filter: $filter, order: $order, first: $first) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { ...ProductCardFields }\n    }\n    productFacets(search: $search, filter: $filter) {\n      provinces { code name count }\n      groups { group count }\n      stars { stars count }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductPage($slug: String!) {\n    product(slug: $slug) {\n      id slug name nameEn description descriptionEn origin imageUrls group certified\n      certificate { stars score decisionNumber issuer level issuedOn expiresOn verified valid }\n      variants {\n        sku name nameEn unit retailPrice minOrderQuantity orderIncrement stockAvailable\n        priceTiers { minQuantity unitPrice }\n      }\n      cooperative {\n        slug name commune memberCount\n        province { name }\n        formerProvince { name }\n        storefront { tagline }\n        contacts { phone email }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProductPage($slug: String!) {\n    product(slug: $slug) {\n      id slug name nameEn description descriptionEn origin imageUrls group certified\n      certificate { stars score decisionNumber issuer level issuedOn expiresOn verified valid }\n      variants {\n        sku name nameEn unit retailPrice minOrderQuantity orderIncrement stockAvailable\n        priceTiers { minQuantity unitPrice }\n      }\n      cooperative {\n        slug name commune memberCount\n        province { name }\n        formerProvince { name }\n        storefront { tagline }\n        contacts { phone email }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CooperativePage($slug: String!, $first: Int) {\n    cooperative(slug: $slug) {\n      slug name story storyEn address commune foundedYear memberCount\n      province { name }\n      formerProvince { name }\n      contacts { phone email website }\n      storefront { tagline bannerUrl featuredProducts { ...ProductCardFields } }\n      products(first: $first, order: NAME_ASC) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        nodes { ...ProductCardFields }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CooperativePage($slug: String!, $first: Int) {\n    cooperative(slug: $slug) {\n      slug name story storyEn address commune foundedYear memberCount\n      province { name }\n      formerProvince { name }\n      contacts { phone email website }\n      storefront { tagline bannerUrl featuredProducts { ...ProductCardFields } }\n      products(first: $first, order: NAME_ASC) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        nodes { ...ProductCardFields }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CooperativeMore($slug: String!, $first: Int, $after: String) {\n    cooperative(slug: $slug) {\n      products(first: $first, after: $after, order: NAME_ASC) {\n        pageInfo { hasNextPage endCursor }\n        nodes { ...ProductCardFields }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CooperativeMore($slug: String!, $first: Int, $after: String) {\n    cooperative(slug: $slug) {\n      products(first: $first, after: $after, order: NAME_ASC) {\n        pageInfo { hasNextPage endCursor }\n        nodes { ...ProductCardFields }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Home {\n    provinces { code name nameEn kind formerProvinces { code name } }\n    cooperatives(first: 6) {\n      nodes { slug name commune province { name } storefront { tagline } memberCount }\n    }\n  }\n"): (typeof documents)["\n  query Home {\n    provinces { code name nameEn kind formerProvinces { code name } }\n    cooperatives(first: 6) {\n      nodes { slug name commune province { name } storefront { tagline } memberCount }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchMore($search: String, $filter: ProductFilter, $order: ProductOrder, $first: Int, $after: String) {\n    products(search: $search, filter: $filter, order: $order, first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...ProductCardFields }\n    }\n  }\n"): (typeof documents)["\n  query SearchMore($search: String, $filter: ProductFilter, $order: ProductOrder, $first: Int, $after: String) {\n    products(search: $search, filter: $filter, order: $order, first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...ProductCardFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) { revokedTokens userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) { revokedTokens userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoopToday {\n    me { id cooperative { id slug name status statusReason } }\n    drafts: listings(status: [DRAFT], first: 0) { totalCount }\n    published: listings(status: [PUBLISHED], first: 0) { totalCount }\n    archived: listings(status: [ARCHIVED], first: 0) { totalCount }\n    toConfirm: salesOrders(status: [PLACED], first: 0) { totalCount }\n    toShip: salesOrders(status: [CONFIRMED], first: 0) { totalCount }\n  }\n"): (typeof documents)["\n  query CoopToday {\n    me { id cooperative { id slug name status statusReason } }\n    drafts: listings(status: [DRAFT], first: 0) { totalCount }\n    published: listings(status: [PUBLISHED], first: 0) { totalCount }\n    archived: listings(status: [ARCHIVED], first: 0) { totalCount }\n    toConfirm: salesOrders(status: [PLACED], first: 0) { totalCount }\n    toShip: salesOrders(status: [CONFIRMED], first: 0) { totalCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoopOpenRequests {\n    requests: demandRequests(first: 100) { nodes { id open quotes { id status } } pageInfo { hasNextPage } }\n  }\n"): (typeof documents)["\n  query CoopOpenRequests {\n    requests: demandRequests(first: 100) { nodes { id open quotes { id status } } pageInfo { hasNextPage } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) { token userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) { token userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout { logout { revoked userErrors { code field message } } }\n"): (typeof documents)["\n  mutation Logout { logout { revoked userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogoutEverywhere { logoutEverywhere { revokedSessions userErrors { code field message } } }\n"): (typeof documents)["\n  mutation LogoutEverywhere { logoutEverywhere { revokedSessions userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdminApiKeys { apiKeys { id name prefix createdAt revokedAt } }"): (typeof documents)["query AdminApiKeys { apiKeys { id name prefix createdAt revokedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateApiKey($name: String!) { createApiKey(input: { name: $name }) { secret apiKey { id name prefix createdAt revokedAt } userErrors { code field message } } }\n"): (typeof documents)["\n  mutation AdminCreateApiKey($name: String!) { createApiKey(input: { name: $name }) { secret apiKey { id name prefix createdAt revokedAt } userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRevokeApiKey($id: ID!) { revokeApiKey(input: { id: $id }) { apiKey { id revokedAt } userErrors { code field message } } }\n"): (typeof documents)["\n  mutation AdminRevokeApiKey($id: ID!) { revokeApiKey(input: { id: $id }) { apiKey { id revokedAt } userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUnmatchedTransfers($first: Int!, $after: String) {\n    unmatchedBankTransfers(first: $first, after: $after) {\n      totalCount\n      nodes { id source bankTransactionId amount content gateway referenceCode reason purchaseOrderNumber receivedAt transactionDate }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query AdminUnmatchedTransfers($first: Int!, $after: String) {\n    unmatchedBankTransfers(first: $first, after: $after) {\n      totalCount\n      nodes { id source bankTransactionId amount content gateway referenceCode reason purchaseOrderNumber receivedAt transactionDate }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminResolveBankTransfer($input: ResolveBankTransferInput!) {\n    resolveBankTransfer(input: $input) {\n      bankTransaction { id status purchaseOrderNumber resolutionNote }\n      payment { purchaseOrderId status amountDue amountReceived }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminResolveBankTransfer($input: ResolveBankTransferInput!) {\n    resolveBankTransfer(input: $input) {\n      bankTransaction { id status purchaseOrderNumber resolutionNote }\n      payment { purchaseOrderId status amountDue amountReceived }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOrders {\n    purchaseOrders(first: 100) {\n      nodes {\n        id number buyerName createdAt total\n        payment {\n          status method amountDue amountReceived transferReference paidAt\n          refunds { cooperativeOrderId amount status error at }\n          failures { at code message source }\n        }\n      }\n      pageInfo { hasNextPage }\n    }\n  }\n"): (typeof documents)["\n  query AdminOrders {\n    purchaseOrders(first: 100) {\n      nodes {\n        id number buyerName createdAt total\n        payment {\n          status method amountDue amountReceived transferReference paidAt\n          refunds { cooperativeOrderId amount status error at }\n          failures { at code message source }\n        }\n      }\n      pageInfo { hasNextPage }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRetryRefunds($id: ID!) {\n    retryRefunds(purchaseOrderId: $id) { payment { purchaseOrderId status refunds { cooperativeOrderId amount status error at } } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation AdminRetryRefunds($id: ID!) {\n    retryRefunds(purchaseOrderId: $id) { payment { purchaseOrderId status refunds { cooperativeOrderId amount status error at } } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClusterReport($from: DateOnly!, $to: DateOnly!, $provinceCodes: [String!]) {\n    clusterReport(from: $from, to: $to, provinceCodes: $provinceCodes) {\n      from to\n      total { ...ProvinceFiguresFields }\n      provinces { ...ProvinceFiguresFields }\n    }\n  }\n  fragment ProvinceFiguresFields on ProvinceFigures {\n    provinceCode provinceName buyers cooperativesActive cooperativesVerified publishedListings\n    demandRequests demandRequestsAnswered demandRequestsAccepted\n    orders { status count value }\n    productsByStars { stars count }\n  }\n"): (typeof documents)["\n  query ClusterReport($from: DateOnly!, $to: DateOnly!, $provinceCodes: [String!]) {\n    clusterReport(from: $from, to: $to, provinceCodes: $provinceCodes) {\n      from to\n      total { ...ProvinceFiguresFields }\n      provinces { ...ProvinceFiguresFields }\n    }\n  }\n  fragment ProvinceFiguresFields on ProvinceFigures {\n    provinceCode provinceName buyers cooperativesActive cooperativesVerified publishedListings\n    demandRequests demandRequestsAnswered demandRequestsAccepted\n    orders { status count value }\n    productsByStars { stars count }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminImportBankStatement($input: ImportBankStatementInput!) {\n    importBankStatement(input: $input) {\n      lines { line bankTransactionId amount status purchaseOrderNumber message }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminImportBankStatement($input: ImportBankStatementInput!) {\n    importBankStatement(input: $input) {\n      lines { line bankTransactionId amount status purchaseOrderNumber message }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminTransferQueue($first: Int!, $after: String) {\n    payments(status: [PENDING, AMOUNT_MISMATCH], method: BANK_TRANSFER, first: $first, after: $after) {\n      totalCount\n      nodes {\n        purchaseOrderId status amountDue amountReceived transferReference\n        purchaseOrder { id number buyerName createdAt }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query AdminTransferQueue($first: Int!, $after: String) {\n    payments(status: [PENDING, AMOUNT_MISMATCH], method: BANK_TRANSFER, first: $first, after: $after) {\n      totalCount\n      nodes {\n        purchaseOrderId status amountDue amountReceived transferReference\n        purchaseOrder { id number buyerName createdAt }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminConfirmTransfer($input: ConfirmBankTransferInput!) {\n    confirmBankTransfer(input: $input) { payment { purchaseOrderId status amountDue amountReceived } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation AdminConfirmTransfer($input: ConfirmBankTransferInput!) {\n    confirmBankTransfer(input: $input) { payment { purchaseOrderId status amountDue amountReceived } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminBuyerQueue($first: Int!, $after: String) {\n    buyers(status: [REGISTERED], first: $first, after: $after) {\n      totalCount\n      nodes { id name taxCode status statusReason createdAt verifiedAt\n        addresses { id label recipient phone line commune provinceCode isDefault } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query AdminBuyerQueue($first: Int!, $after: String) {\n    buyers(status: [REGISTERED], first: $first, after: $after) {\n      totalCount\n      nodes { id name taxCode status statusReason createdAt verifiedAt\n        addresses { id label recipient phone line commune provinceCode isDefault } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminBuyer($id: ID!) {\n    buyer(id: $id) {\n      id name taxCode status statusReason createdAt verifiedAt\n      addresses { id label recipient phone line commune provinceCode isDefault }\n    }\n  }\n"): (typeof documents)["\n  query AdminBuyer($id: ID!) {\n    buyer(id: $id) {\n      id name taxCode status statusReason createdAt verifiedAt\n      addresses { id label recipient phone line commune provinceCode isDefault }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminVerifyBuyer($id: ID!, $reason: String) {\n    verifyBuyer(input: { buyerId: $id, reason: $reason }) { buyer { id status statusReason verifiedAt } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation AdminVerifyBuyer($id: ID!, $reason: String) {\n    verifyBuyer(input: { buyerId: $id, reason: $reason }) { buyer { id status statusReason verifiedAt } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSuspendBuyer($id: ID!, $reason: String) {\n    suspendBuyer(input: { buyerId: $id, reason: $reason }) { buyer { id status statusReason } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation AdminSuspendBuyer($id: ID!, $reason: String) {\n    suspendBuyer(input: { buyerId: $id, reason: $reason }) { buyer { id status statusReason } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminCooperativeQueue($status: [CooperativeStatus!]!, $first: Int!, $after: String) {\n    cooperatives(filter: { status: $status }, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id slug name registrationCode commune address memberCount foundedYear status statusReason statusChangedAt\n        province { name } contacts { phone email website }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query AdminCooperativeQueue($status: [CooperativeStatus!]!, $first: Int!, $after: String) {\n    cooperatives(filter: { status: $status }, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id slug name registrationCode commune address memberCount foundedYear status statusReason statusChangedAt\n        province { name } contacts { phone email website }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminVerifyCooperative($id: ID!, $reason: String) {\n    verifyCooperative(input: { cooperativeId: $id, reason: $reason }) { cooperative { id status statusReason } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation AdminVerifyCooperative($id: ID!, $reason: String) {\n    verifyCooperative(input: { cooperativeId: $id, reason: $reason }) { cooperative { id status statusReason } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSuspendCooperative($id: ID!, $reason: String) {\n    suspendCooperative(input: { cooperativeId: $id, reason: $reason }) { cooperative { id status statusReason } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation AdminSuspendCooperative($id: ID!, $reason: String) {\n    suspendCooperative(input: { cooperativeId: $id, reason: $reason }) { cooperative { id status statusReason } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminCertificateQueue($first: Int!, $after: String) {\n    listings(certificateUnverified: true, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id slug name status\n        certificate { stars score decisionNumber issuer level issuedOn expiresOn verified valid }\n        cooperative { id name status province { name } }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query AdminCertificateQueue($first: Int!, $after: String) {\n    listings(certificateUnverified: true, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id slug name status\n        certificate { stars score decisionNumber issuer level issuedOn expiresOn verified valid }\n        cooperative { id name status province { name } }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminVerifyCertificate($id: ID!) { verifyCertificate(input: { productId: $id }) { product { id certificate { verified valid } } userErrors { code field message } } }\n"): (typeof documents)["\n  mutation AdminVerifyCertificate($id: ID!) { verifyCertificate(input: { productId: $id }) { product { id certificate { verified valid } } userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BuyerToday {\n    orders: purchaseOrders(first: 100) {\n      nodes { id payment { status } cooperativeOrders { status } }\n      pageInfo { hasNextPage }\n    }\n    requests: demandRequests(first: 100) { nodes { id open } pageInfo { hasNextPage } }\n  }\n"): (typeof documents)["\n  query BuyerToday {\n    orders: purchaseOrders(first: 100) {\n      nodes { id payment { status } cooperativeOrders { status } }\n      pageInfo { hasNextPage }\n    }\n    requests: demandRequests(first: 100) { nodes { id open } pageInfo { hasNextPage } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      purchaseOrder { id number total }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation PlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      purchaseOrder { id number total }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BuyerOrders($after: String) {\n    purchaseOrders(first: 20, after: $after) {\n      totalCount\n      nodes {\n        id number createdAt total\n        payment { status }\n        cooperativeOrders { id status cooperative { name } }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query BuyerOrders($after: String) {\n    purchaseOrders(first: 20, after: $after) {\n      totalCount\n      nodes {\n        id number createdAt total\n        payment { status }\n        cooperativeOrders { id status cooperative { name } }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BuyerOrder($id: ID!) {\n    purchaseOrder(id: $id) {\n      id number createdAt total note\n      deliveryAddress { recipient phone line commune provinceCode }\n      payment { status method amountDue amountReceived paidAt transferReference }\n      cooperativeOrders {\n        id status subtotal\n        cooperative { name slug province { name } }\n        lines { sku productName variantName unit quantity unitPrice priceSource lineTotal }\n        history { at from to by { name role } reason }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BuyerOrder($id: ID!) {\n    purchaseOrder(id: $id) {\n      id number createdAt total note\n      deliveryAddress { recipient phone line commune provinceCode }\n      payment { status method amountDue amountReceived paidAt transferReference }\n      cooperativeOrders {\n        id status subtotal\n        cooperative { name slug province { name } }\n        lines { sku productName variantName unit quantity unitPrice priceSource lineTotal }\n        history { at from to by { name role } reason }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BuyerCancelPart($id: ID!, $reason: String) {\n    cancelOrder(id: $id, reason: $reason) { cooperativeOrder { id status history { at from to by { name role } reason } } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation BuyerCancelPart($id: ID!, $reason: String) {\n    cancelOrder(id: $id, reason: $reason) { cooperativeOrder { id status history { at from to by { name role } reason } } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BuyerCancelAll($id: ID!, $reason: String) {\n    cancelPurchaseOrder(id: $id, reason: $reason) {\n      purchaseOrder { id cooperativeOrders { id status history { at from to by { name role } reason } } }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation BuyerCancelAll($id: ID!, $reason: String) {\n    cancelPurchaseOrder(id: $id, reason: $reason) {\n      purchaseOrder { id cooperativeOrders { id status history { at from to by { name role } reason } } }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartBankTransfer($id: ID!) {\n    startBankTransfer(purchaseOrderId: $id) {\n      transfer { accountName accountNumber amount bankBin bankName qrPayload reference }\n      payment { status amountDue amountReceived }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation StartBankTransfer($id: ID!) {\n    startBankTransfer(purchaseOrderId: $id) {\n      transfer { accountName accountNumber amount bankBin bankName qrPayload reference }\n      payment { status amountDue amountReceived }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartCardCheckout($id: ID!) {\n    startCardCheckout(purchaseOrderId: $id) { url userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation StartCardCheckout($id: ID!) {\n    startCardCheckout(purchaseOrderId: $id) { url userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BuyerPaymentStatus($id: ID!) {\n    purchaseOrder(id: $id) { id number total paymentMethods payment { status amountDue amountReceived paidAt method transferReference } }\n  }\n"): (typeof documents)["\n  query BuyerPaymentStatus($id: ID!) {\n    purchaseOrder(id: $id) { id number total paymentMethods payment { status amountDue amountReceived paidAt method transferReference } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterBuyer($input: RegisterBuyerInput!) {\n    registerBuyer(input: $input) { token buyer { id status } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation RegisterBuyer($input: RegisterBuyerInput!) {\n    registerBuyer(input: $input) { token buyer { id status } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BuyerDemandRequests {\n    demandRequests(first: 50) {\n      totalCount\n      nodes { id description quantity unit neededBy status open createdAt quotes { id } deliveryProvince { name } }\n    }\n  }\n"): (typeof documents)["\n  query BuyerDemandRequests {\n    demandRequests(first: 50) {\n      totalCount\n      nodes { id description quantity unit neededBy status open createdAt quotes { id } deliveryProvince { name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostDemandRequest($input: PostDemandRequestInput!) {\n    postDemandRequest(input: $input) { demandRequest { id } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation PostDemandRequest($input: PostDemandRequestInput!) {\n    postDemandRequest(input: $input) { demandRequest { id } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BuyerDemandRequest($id: ID!) {\n    demandRequest(id: $id) {\n      id description quantity unit neededBy expiresAt status open targetUnitPrice purchaseOrderId\n      deliveryProvince { name }\n      quotes {\n        id sku quantity unitPrice deliveryDate validUntil status note revision stockAvailable stockSuffices\n        cooperative { name slug province { name } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BuyerDemandRequest($id: ID!) {\n    demandRequest(id: $id) {\n      id description quantity unit neededBy expiresAt status open targetUnitPrice purchaseOrderId\n      deliveryProvince { name }\n      quotes {\n        id sku quantity unitPrice deliveryDate validUntil status note revision stockAvailable stockSuffices\n        cooperative { name slug province { name } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptQuotes($input: AcceptQuotesInput!) {\n    acceptQuotes(input: $input) { purchaseOrder { id } demandRequest { id status } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation AcceptQuotes($input: AcceptQuotesInput!) {\n    acceptQuotes(input: $input) { purchaseOrder { id } demandRequest { id status } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawDemandRequest($id: ID!) {\n    withdrawDemandRequest(id: $id) { demandRequest { id status open } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation WithdrawDemandRequest($id: ID!) {\n    withdrawDemandRequest(id: $id) { demandRequest { id status open } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuoteProductStars($slug: String!) {\n    cooperative(slug: $slug) { id products(first: 100) { nodes { id name certified certificate { stars } variants { sku } } } }\n  }\n"): (typeof documents)["\n  query QuoteProductStars($slug: String!) {\n    cooperative(slug: $slug) { id products(first: 100) { nodes { id name certified certificate { stars } variants { sku } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BuyerAgreements { supplyAgreements { id sku unitPrice validFrom validTo status cooperative { name province { name } } } }\n"): (typeof documents)["\n  query BuyerAgreements { supplyAgreements { id sku unitPrice validFrom validTo status cooperative { name province { name } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptAgreement($id: ID!) { acceptSupplyAgreement(id: $id) { supplyAgreement { id status } userErrors { code field message } } }\n"): (typeof documents)["\n  mutation AcceptAgreement($id: ID!) { acceptSupplyAgreement(id: $id) { supplyAgreement { id status } userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineAgreement($id: ID!) { declineSupplyAgreement(id: $id) { supplyAgreement { id status } userErrors { code field message } } }\n"): (typeof documents)["\n  mutation DeclineAgreement($id: ID!) { declineSupplyAgreement(id: $id) { supplyAgreement { id status } userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CartFields on Cart {\n    id version total updatedAt\n    lines {\n      sku quantity unitPrice priceSource lineTotal available\n      product { id slug name nameEn cooperative { id name slug } }\n      variant { sku name unit minOrderQuantity orderIncrement }\n      problems { code field message }\n    }\n    parts { cooperative { id name slug } subtotal lines { sku } }\n  }\n"): (typeof documents)["\n  fragment CartFields on Cart {\n    id version total updatedAt\n    lines {\n      sku quantity unitPrice priceSource lineTotal available\n      product { id slug name nameEn cooperative { id name slug } }\n      variant { sku name unit minOrderQuantity orderIncrement }\n      problems { code field message }\n    }\n    parts { cooperative { id name slug } subtotal lines { sku } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Cart {\n    cart { ...CartFields }\n  }\n"): (typeof documents)["\n  query Cart {\n    cart { ...CartFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCartLines($input: SetCartLinesInput!) {\n    setCartLines(input: $input) {\n      cart { ...CartFields }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation SetCartLines($input: SetCartLinesInput!) {\n    setCartLines(input: $input) {\n      cart { ...CartFields }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCartLine($sku: String!) {\n    removeCartLine(sku: $sku) { cart { ...CartFields } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation RemoveCartLine($sku: String!) {\n    removeCartLine(sku: $sku) { cart { ...CartFields } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Variants($skus: [String!]!) {\n    variants(skus: $skus) { sku variant { sku minOrderQuantity orderIncrement unit } problem { code field message } }\n  }\n"): (typeof documents)["\n  query Variants($skus: [String!]!) {\n    variants(skus: $skus) { sku variant { sku minOrderQuantity orderIncrement unit } problem { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalProvinces { provinces { code name nameEn } }\n"): (typeof documents)["\n  query PortalProvinces { provinces { code name nameEn } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyBuyer {\n    me {\n      id displayName\n      buyer {\n        id name status statusReason taxCode createdAt verifiedAt\n        addresses { id label recipient phone line commune provinceCode isDefault }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyBuyer {\n    me {\n      id displayName\n      buyer {\n        id name status statusReason taxCode createdAt verifiedAt\n        addresses { id label recipient phone line commune provinceCode isDefault }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoopSupplyAgreements {\n    supplyAgreements { id sku unitPrice validFrom validTo status buyerId buyerName }\n    customers { buyerId name taxCode orderCount }\n  }\n"): (typeof documents)["\n  query CoopSupplyAgreements {\n    supplyAgreements { id sku unitPrice validFrom validTo status buyerId buyerName }\n    customers { buyerId name taxCode orderCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoopProposeSupplyAgreement($input: ProposeSupplyAgreementInput!) {\n    proposeSupplyAgreement(input: $input) {\n      supplyAgreement { id status }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation CoopProposeSupplyAgreement($input: ProposeSupplyAgreementInput!) {\n    proposeSupplyAgreement(input: $input) {\n      supplyAgreement { id status }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoopListingHistory($slug: String!, $after: String) {\n    listing(slug: $slug) { id name }\n    listingHistory(productSlug: $slug, first: 50, after: $after) {\n      totalCount\n      nodes { action at version by { name role } changes { field before after } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query CoopListingHistory($slug: String!, $after: String) {\n    listing(slug: $slug) { id name }\n    listingHistory(productSlug: $slug, first: 50, after: $after) {\n      totalCount\n      nodes { action at version by { name role } changes { field before after } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoopImportProducts($input: ImportProductsInput!) {\n    importProducts(input: $input) {\n      created updated unchanged rejected\n      rows { line slug sku status errors }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation CoopImportProducts($input: ImportProductsInput!) {\n    importProducts(input: $input) {\n      created updated unchanged rejected\n      rows { line slug sku status errors }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoopListingSearch($search: String!, $after: String) {\n    listings(first: 100, after: $after, search: $search) { nodes { slug } pageInfo { hasNextPage endCursor } }\n  }\n"): (typeof documents)["\n  query CoopListingSearch($search: String!, $after: String) {\n    listings(first: 100, after: $after, search: $search) { nodes { slug } pageInfo { hasNextPage endCursor } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoopOrder($id: ID!) {\n    cooperativeOrder(id: $id) {\n      id purchaseOrderNumber buyerName createdAt status subtotal\n      lines { sku productName variantName unit quantity unitPrice lineTotal priceSource }\n      deliveryAddress { recipient phone line commune provinceCode }\n      history { at from to by { name role } reason }\n      cooperative { id name address commune province { name } contacts { phone email } }\n    }\n    provinces { code name }\n  }\n"): (typeof documents)["\n  query CoopOrder($id: ID!) {\n    cooperativeOrder(id: $id) {\n      id purchaseOrderNumber buyerName createdAt status subtotal\n      lines { sku productName variantName unit quantity unitPrice lineTotal priceSource }\n      deliveryAddress { recipient phone line commune provinceCode }\n      history { at from to by { name role } reason }\n      cooperative { id name address commune province { name } contacts { phone email } }\n    }\n    provinces { code name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CoopConfirmOrder($id: ID!) { confirmOrder(id: $id) { cooperativeOrder { id status history { at from to by { name role } reason } } userErrors { code field message } } }"): (typeof documents)["mutation CoopConfirmOrder($id: ID!) { confirmOrder(id: $id) { cooperativeOrder { id status history { at from to by { name role } reason } } userErrors { code field message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CoopRejectOrder($id: ID!, $reason: String) { rejectOrder(id: $id, reason: $reason) { cooperativeOrder { id status history { at from to by { name role } reason } } userErrors { code field message } } }"): (typeof documents)["mutation CoopRejectOrder($id: ID!, $reason: String) { rejectOrder(id: $id, reason: $reason) { cooperativeOrder { id status history { at from to by { name role } reason } } userErrors { code field message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CoopShipOrder($id: ID!) { shipOrder(id: $id) { cooperativeOrder { id status history { at from to by { name role } reason } } userErrors { code field message } } }"): (typeof documents)["mutation CoopShipOrder($id: ID!) { shipOrder(id: $id) { cooperativeOrder { id status history { at from to by { name role } reason } } userErrors { code field message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CoopDeliverOrder($id: ID!) { deliverOrder(id: $id) { cooperativeOrder { id status history { at from to by { name role } reason } } userErrors { code field message } } }"): (typeof documents)["mutation CoopDeliverOrder($id: ID!) { deliverOrder(id: $id) { cooperativeOrder { id status history { at from to by { name role } reason } } userErrors { code field message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoopOrderCounts {\n    PLACED: salesOrders(status: [PLACED], first: 0) { totalCount }\n    CONFIRMED: salesOrders(status: [CONFIRMED], first: 0) { totalCount }\n    SHIPPED: salesOrders(status: [SHIPPED], first: 0) { totalCount }\n    DELIVERED: salesOrders(status: [DELIVERED], first: 0) { totalCount }\n    REJECTED: salesOrders(status: [REJECTED], first: 0) { totalCount }\n    CANCELLED: salesOrders(status: [CANCELLED], first: 0) { totalCount }\n  }\n"): (typeof documents)["\n  query CoopOrderCounts {\n    PLACED: salesOrders(status: [PLACED], first: 0) { totalCount }\n    CONFIRMED: salesOrders(status: [CONFIRMED], first: 0) { totalCount }\n    SHIPPED: salesOrders(status: [SHIPPED], first: 0) { totalCount }\n    DELIVERED: salesOrders(status: [DELIVERED], first: 0) { totalCount }\n    REJECTED: salesOrders(status: [REJECTED], first: 0) { totalCount }\n    CANCELLED: salesOrders(status: [CANCELLED], first: 0) { totalCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoopSalesOrders($status: [CooperativeOrderStatus!], $after: String) {\n    salesOrders(status: $status, first: 30, after: $after) {\n      totalCount\n      nodes { id purchaseOrderNumber buyerName createdAt status subtotal lines { sku quantity } deliveryAddress { provinceCode commune } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query CoopSalesOrders($status: [CooperativeOrderStatus!], $after: String) {\n    salesOrders(status: $status, first: 30, after: $after) {\n      totalCount\n      nodes { id purchaseOrderNumber buyerName createdAt status subtotal lines { sku quantity } deliveryAddress { provinceCode commune } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoopCreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) { product { id slug version } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation CoopCreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) { product { id slug version } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoopUpdateProduct($input: UpdateProductInput!) {\n    updateProduct(input: $input) { product { id slug version } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation CoopUpdateProduct($input: UpdateProductInput!) {\n    updateProduct(input: $input) { product { id slug version } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoopPublishProduct($input: ProductActionInput!) {\n    publishProduct(input: $input) { product { id slug status version } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation CoopPublishProduct($input: ProductActionInput!) {\n    publishProduct(input: $input) { product { id slug status version } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoopUnpublishProduct($input: ProductActionInput!) {\n    unpublishProduct(input: $input) { product { id slug status version } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation CoopUnpublishProduct($input: ProductActionInput!) {\n    unpublishProduct(input: $input) { product { id slug status version } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoopArchiveProduct($input: ProductActionInput!) {\n    archiveProduct(input: $input) { product { id slug status version } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation CoopArchiveProduct($input: ProductActionInput!) {\n    archiveProduct(input: $input) { product { id slug status version } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoopAttachCertificate($input: AttachCertificateInput!) {\n    attachCertificate(input: $input) { product { id version certificate { stars expiresOn verified valid } } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation CoopAttachCertificate($input: AttachCertificateInput!) {\n    attachCertificate(input: $input) { product { id version certificate { stars expiresOn verified valid } } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoopDemandRequests($order: DemandRequestOrder) {\n    demandRequests(first: 50, order: $order) {\n      totalCount\n      nodes {\n        id buyerName createdAt description group quantity unit neededBy expiresAt open status targetUnitPrice sameProvinceOnly\n        deliveryProvince { code name }\n        product { slug name }\n        quotes { id sku quantity unitPrice deliveryDate validUntil note revision status updatedAt }\n      }\n      pageInfo { hasNextPage }\n    }\n  }\n"): (typeof documents)["\n  query CoopDemandRequests($order: DemandRequestOrder) {\n    demandRequests(first: 50, order: $order) {\n      totalCount\n      nodes {\n        id buyerName createdAt description group quantity unit neededBy expiresAt open status targetUnitPrice sameProvinceOnly\n        deliveryProvince { code name }\n        product { slug name }\n        quotes { id sku quantity unitPrice deliveryDate validUntil note revision status updatedAt }\n      }\n      pageInfo { hasNextPage }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoopMyQuotes {\n    myQuotes { id requestId sku quantity unitPrice deliveryDate validUntil revision status updatedAt }\n  }\n"): (typeof documents)["\n  query CoopMyQuotes {\n    myQuotes { id requestId sku quantity unitPrice deliveryDate validUntil revision status updatedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoopQuotedRequest($id: ID!) {\n    demandRequest(id: $id) { id buyerName group unit status open product { name } }\n  }\n"): (typeof documents)["\n  query CoopQuotedRequest($id: ID!) {\n    demandRequest(id: $id) { id buyerName group unit status open product { name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoopSubmitQuote($input: QuoteInput!) {\n    submitQuote(input: $input) { quote { id revision status unitPrice } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation CoopSubmitQuote($input: QuoteInput!) {\n    submitQuote(input: $input) { quote { id revision status unitPrice } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoopReviseQuote($id: ID!, $input: QuoteInput!) {\n    reviseQuote(id: $id, input: $input) { quote { id revision status unitPrice } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation CoopReviseQuote($id: ID!, $input: QuoteInput!) {\n    reviseQuote(id: $id, input: $input) { quote { id revision status unitPrice } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoopSetStock($input: SetStockInput!) {\n    setStock(input: $input) { sku onHand reserved product { id version variants { sku stockAvailable } } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation CoopSetStock($input: SetStockInput!) {\n    setStock(input: $input) { sku onHand reserved product { id version variants { sku stockAvailable } } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoopStorefront {\n    me {\n      id\n      cooperative {\n        id slug name version status statusReason story storyEn logoUrl\n        contacts { phone email website }\n        storefront { tagline bannerUrl featuredProducts { slug name } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CoopStorefront {\n    me {\n      id\n      cooperative {\n        id slug name version status statusReason story storyEn logoUrl\n        contacts { phone email website }\n        storefront { tagline bannerUrl featuredProducts { slug name } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoopUpdateStorefront($input: UpdateStorefrontInput!) {\n    updateStorefront(input: $input) { cooperative { id version } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation CoopUpdateStorefront($input: UpdateStorefrontInput!) {\n    updateStorefront(input: $input) { cooperative { id version } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CoopListingFields on Product {\n    id slug name nameEn status version group subgroup origin description descriptionEn tags imageUrls minPrice\n    updatedAt publishedAt certified\n    certificate { stars decisionNumber issuer level issuedOn expiresOn score verified valid }\n    variants {\n      sku name nameEn unit retailPrice minOrderQuantity orderIncrement weightGrams stockAvailable stockOnHand stockReserved\n      priceTiers { minQuantity unitPrice }\n    }\n  }\n"): (typeof documents)["\n  fragment CoopListingFields on Product {\n    id slug name nameEn status version group subgroup origin description descriptionEn tags imageUrls minPrice\n    updatedAt publishedAt certified\n    certificate { stars decisionNumber issuer level issuedOn expiresOn score verified valid }\n    variants {\n      sku name nameEn unit retailPrice minOrderQuantity orderIncrement weightGrams stockAvailable stockOnHand stockReserved\n      priceTiers { minQuantity unitPrice }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoopListings($after: String, $status: [ProductStatus!]) {\n    listings(first: 100, after: $after, status: $status) {\n      totalCount\n      nodes { ...CoopListingFields }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query CoopListings($after: String, $status: [ProductStatus!]) {\n    listings(first: 100, after: $after, status: $status) {\n      totalCount\n      nodes { ...CoopListingFields }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoopListing($slug: String!) {\n    listing(slug: $slug) { ...CoopListingFields }\n  }\n"): (typeof documents)["\n  query CoopListing($slug: String!) {\n    listing(slug: $slug) { ...CoopListingFields }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;