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
    "\n  query CoopToday {\n    me { id cooperative { id slug name verificationStatus } }\n    drafts: listings(status: [DRAFT], first: 100) { nodes { id } pageInfo { hasNextPage } }\n    published: listings(status: [PUBLISHED], first: 100) { nodes { id } pageInfo { hasNextPage } }\n    archived: listings(status: [ARCHIVED], first: 100) { nodes { id } pageInfo { hasNextPage } }\n    toConfirm: salesOrders(status: [PLACED], first: 100) { nodes { id } pageInfo { hasNextPage } }\n    toShip: salesOrders(status: [CONFIRMED], first: 100) { nodes { id } pageInfo { hasNextPage } }\n  }\n": typeof types.CoopTodayDocument,
    "\n  query CoopOpenRequests {\n    requests: demandRequests(first: 100) { nodes { id open quotes { id status } } pageInfo { hasNextPage } }\n  }\n": typeof types.CoopOpenRequestsDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) { token userErrors { code field message } }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout { logout { revoked userErrors { code field message } } }\n": typeof types.LogoutDocument,
    "\n  query CoopSupplyAgreements {\n    supplyAgreements { id sku unitPrice validFrom validTo status buyerId }\n  }\n": typeof types.CoopSupplyAgreementsDocument,
    "\n  query CoopListingHistory($slug: String!, $after: String) {\n    listingHistory(productSlug: $slug, first: 50, after: $after) {\n      totalCount\n      nodes { action actorEmail at version changes { field before after } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.CoopListingHistoryDocument,
    "\n  mutation CoopImportProducts($input: ImportProductsInput!) {\n    importProducts(input: $input) {\n      created updated unchanged rejected\n      rows { line slug sku status errors }\n      userErrors { code field message }\n    }\n  }\n": typeof types.CoopImportProductsDocument,
    "\n  query CoopOrder($id: ID!) {\n    cooperativeOrder(id: $id) {\n      id purchaseOrderNumber buyerName createdAt status subtotal\n      lines { sku productName variantName unit quantity unitPrice lineTotal priceSource }\n      deliveryAddress { recipient phone line commune provinceCode }\n      history { at from to byRole reason }\n      cooperative { id name address commune province { name } contacts { phone email } }\n    }\n    provinces { code name }\n  }\n": typeof types.CoopOrderDocument,
    "mutation CoopConfirmOrder($id: ID!) { confirmOrder(id: $id) { cooperativeOrder { id status history { at from to byRole reason } } userErrors { code field message } } }": typeof types.CoopConfirmOrderDocument,
    "mutation CoopRejectOrder($id: ID!, $reason: String) { rejectOrder(id: $id, reason: $reason) { cooperativeOrder { id status history { at from to byRole reason } } userErrors { code field message } } }": typeof types.CoopRejectOrderDocument,
    "mutation CoopShipOrder($id: ID!) { shipOrder(id: $id) { cooperativeOrder { id status history { at from to byRole reason } } userErrors { code field message } } }": typeof types.CoopShipOrderDocument,
    "mutation CoopDeliverOrder($id: ID!) { deliverOrder(id: $id) { cooperativeOrder { id status history { at from to byRole reason } } userErrors { code field message } } }": typeof types.CoopDeliverOrderDocument,
    "\n  query CoopOrderCounts {\n    PLACED: salesOrders(status: [PLACED], first: 100) { nodes { id } pageInfo { hasNextPage } }\n    CONFIRMED: salesOrders(status: [CONFIRMED], first: 100) { nodes { id } pageInfo { hasNextPage } }\n    SHIPPED: salesOrders(status: [SHIPPED], first: 100) { nodes { id } pageInfo { hasNextPage } }\n    DELIVERED: salesOrders(status: [DELIVERED], first: 100) { nodes { id } pageInfo { hasNextPage } }\n    REJECTED: salesOrders(status: [REJECTED], first: 100) { nodes { id } pageInfo { hasNextPage } }\n    CANCELLED: salesOrders(status: [CANCELLED], first: 100) { nodes { id } pageInfo { hasNextPage } }\n  }\n": typeof types.CoopOrderCountsDocument,
    "\n  query CoopSalesOrders($status: [CooperativeOrderStatus!], $after: String) {\n    salesOrders(status: $status, first: 30, after: $after) {\n      nodes { id purchaseOrderNumber buyerName createdAt status subtotal lines { sku quantity } deliveryAddress { provinceCode commune } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.CoopSalesOrdersDocument,
    "\n  mutation CoopCreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) { product { id slug version } userErrors { code field message } }\n  }\n": typeof types.CoopCreateProductDocument,
    "\n  mutation CoopUpdateProduct($input: UpdateProductInput!) {\n    updateProduct(input: $input) { product { id slug version } userErrors { code field message } }\n  }\n": typeof types.CoopUpdateProductDocument,
    "\n  mutation CoopPublishProduct($input: ProductActionInput!) {\n    publishProduct(input: $input) { product { id slug status version } userErrors { code field message } }\n  }\n": typeof types.CoopPublishProductDocument,
    "\n  mutation CoopUnpublishProduct($input: ProductActionInput!) {\n    unpublishProduct(input: $input) { product { id slug status version } userErrors { code field message } }\n  }\n": typeof types.CoopUnpublishProductDocument,
    "\n  mutation CoopArchiveProduct($input: ProductActionInput!) {\n    archiveProduct(input: $input) { product { id slug status version } userErrors { code field message } }\n  }\n": typeof types.CoopArchiveProductDocument,
    "\n  mutation CoopAttachCertificate($input: AttachCertificateInput!) {\n    attachCertificate(input: $input) { product { id version certificate { stars expiresOn verified valid } } userErrors { code field message } }\n  }\n": typeof types.CoopAttachCertificateDocument,
    "\n  query CoopDemandRequests($order: DemandRequestOrder) {\n    demandRequests(first: 50, order: $order) {\n      nodes {\n        id buyerName createdAt description group quantity unit neededBy expiresAt open status targetUnitPrice sameProvinceOnly\n        deliveryProvince { code name }\n        product { slug name }\n        quotes { id sku quantity unitPrice deliveryDate validUntil note revision status updatedAt }\n      }\n      pageInfo { hasNextPage }\n    }\n  }\n": typeof types.CoopDemandRequestsDocument,
    "\n  mutation CoopSubmitQuote($input: QuoteInput!) {\n    submitQuote(input: $input) { quote { id revision status unitPrice } userErrors { code field message } }\n  }\n": typeof types.CoopSubmitQuoteDocument,
    "\n  mutation CoopReviseQuote($id: ID!, $input: QuoteInput!) {\n    reviseQuote(id: $id, input: $input) { quote { id revision status unitPrice } userErrors { code field message } }\n  }\n": typeof types.CoopReviseQuoteDocument,
    "\n  mutation CoopSetStock($input: SetStockInput!) {\n    setStock(input: $input) { sku onHand reserved product { id version variants { sku stockAvailable } } userErrors { code field message } }\n  }\n": typeof types.CoopSetStockDocument,
    "\n  query CoopOpenOrderLines($after: String) {\n    salesOrders(status: [PLACED, CONFIRMED], first: 100, after: $after) {\n      nodes { id lines { sku quantity } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.CoopOpenOrderLinesDocument,
    "\n  query CoopStorefront {\n    me {\n      id\n      cooperative {\n        id slug name version verificationStatus story storyEn logoUrl\n        contacts { phone email website }\n        storefront { tagline bannerUrl featuredProducts { slug name } }\n      }\n    }\n  }\n": typeof types.CoopStorefrontDocument,
    "\n  mutation CoopUpdateStorefront($input: UpdateStorefrontInput!) {\n    updateStorefront(input: $input) { cooperative { id version } userErrors { code field message } }\n  }\n": typeof types.CoopUpdateStorefrontDocument,
    "\n  query CoopListings($after: String, $status: [ProductStatus!]) {\n    listings(first: 100, after: $after, status: $status) {\n      nodes {\n        id slug name nameEn status version group subgroup origin description descriptionEn tags imageUrls minPrice\n        updatedAt publishedAt certified\n        certificate { stars decisionNumber issuer level issuedOn expiresOn score verified valid }\n        variants {\n          sku name nameEn unit retailPrice minOrderQuantity orderIncrement weightGrams stockAvailable\n          priceTiers { minQuantity unitPrice }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.CoopListingsDocument,
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
    "\n  query CoopToday {\n    me { id cooperative { id slug name verificationStatus } }\n    drafts: listings(status: [DRAFT], first: 100) { nodes { id } pageInfo { hasNextPage } }\n    published: listings(status: [PUBLISHED], first: 100) { nodes { id } pageInfo { hasNextPage } }\n    archived: listings(status: [ARCHIVED], first: 100) { nodes { id } pageInfo { hasNextPage } }\n    toConfirm: salesOrders(status: [PLACED], first: 100) { nodes { id } pageInfo { hasNextPage } }\n    toShip: salesOrders(status: [CONFIRMED], first: 100) { nodes { id } pageInfo { hasNextPage } }\n  }\n": types.CoopTodayDocument,
    "\n  query CoopOpenRequests {\n    requests: demandRequests(first: 100) { nodes { id open quotes { id status } } pageInfo { hasNextPage } }\n  }\n": types.CoopOpenRequestsDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) { token userErrors { code field message } }\n  }\n": types.LoginDocument,
    "\n  mutation Logout { logout { revoked userErrors { code field message } } }\n": types.LogoutDocument,
    "\n  query CoopSupplyAgreements {\n    supplyAgreements { id sku unitPrice validFrom validTo status buyerId }\n  }\n": types.CoopSupplyAgreementsDocument,
    "\n  query CoopListingHistory($slug: String!, $after: String) {\n    listingHistory(productSlug: $slug, first: 50, after: $after) {\n      totalCount\n      nodes { action actorEmail at version changes { field before after } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.CoopListingHistoryDocument,
    "\n  mutation CoopImportProducts($input: ImportProductsInput!) {\n    importProducts(input: $input) {\n      created updated unchanged rejected\n      rows { line slug sku status errors }\n      userErrors { code field message }\n    }\n  }\n": types.CoopImportProductsDocument,
    "\n  query CoopOrder($id: ID!) {\n    cooperativeOrder(id: $id) {\n      id purchaseOrderNumber buyerName createdAt status subtotal\n      lines { sku productName variantName unit quantity unitPrice lineTotal priceSource }\n      deliveryAddress { recipient phone line commune provinceCode }\n      history { at from to byRole reason }\n      cooperative { id name address commune province { name } contacts { phone email } }\n    }\n    provinces { code name }\n  }\n": types.CoopOrderDocument,
    "mutation CoopConfirmOrder($id: ID!) { confirmOrder(id: $id) { cooperativeOrder { id status history { at from to byRole reason } } userErrors { code field message } } }": types.CoopConfirmOrderDocument,
    "mutation CoopRejectOrder($id: ID!, $reason: String) { rejectOrder(id: $id, reason: $reason) { cooperativeOrder { id status history { at from to byRole reason } } userErrors { code field message } } }": types.CoopRejectOrderDocument,
    "mutation CoopShipOrder($id: ID!) { shipOrder(id: $id) { cooperativeOrder { id status history { at from to byRole reason } } userErrors { code field message } } }": types.CoopShipOrderDocument,
    "mutation CoopDeliverOrder($id: ID!) { deliverOrder(id: $id) { cooperativeOrder { id status history { at from to byRole reason } } userErrors { code field message } } }": types.CoopDeliverOrderDocument,
    "\n  query CoopOrderCounts {\n    PLACED: salesOrders(status: [PLACED], first: 100) { nodes { id } pageInfo { hasNextPage } }\n    CONFIRMED: salesOrders(status: [CONFIRMED], first: 100) { nodes { id } pageInfo { hasNextPage } }\n    SHIPPED: salesOrders(status: [SHIPPED], first: 100) { nodes { id } pageInfo { hasNextPage } }\n    DELIVERED: salesOrders(status: [DELIVERED], first: 100) { nodes { id } pageInfo { hasNextPage } }\n    REJECTED: salesOrders(status: [REJECTED], first: 100) { nodes { id } pageInfo { hasNextPage } }\n    CANCELLED: salesOrders(status: [CANCELLED], first: 100) { nodes { id } pageInfo { hasNextPage } }\n  }\n": types.CoopOrderCountsDocument,
    "\n  query CoopSalesOrders($status: [CooperativeOrderStatus!], $after: String) {\n    salesOrders(status: $status, first: 30, after: $after) {\n      nodes { id purchaseOrderNumber buyerName createdAt status subtotal lines { sku quantity } deliveryAddress { provinceCode commune } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.CoopSalesOrdersDocument,
    "\n  mutation CoopCreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) { product { id slug version } userErrors { code field message } }\n  }\n": types.CoopCreateProductDocument,
    "\n  mutation CoopUpdateProduct($input: UpdateProductInput!) {\n    updateProduct(input: $input) { product { id slug version } userErrors { code field message } }\n  }\n": types.CoopUpdateProductDocument,
    "\n  mutation CoopPublishProduct($input: ProductActionInput!) {\n    publishProduct(input: $input) { product { id slug status version } userErrors { code field message } }\n  }\n": types.CoopPublishProductDocument,
    "\n  mutation CoopUnpublishProduct($input: ProductActionInput!) {\n    unpublishProduct(input: $input) { product { id slug status version } userErrors { code field message } }\n  }\n": types.CoopUnpublishProductDocument,
    "\n  mutation CoopArchiveProduct($input: ProductActionInput!) {\n    archiveProduct(input: $input) { product { id slug status version } userErrors { code field message } }\n  }\n": types.CoopArchiveProductDocument,
    "\n  mutation CoopAttachCertificate($input: AttachCertificateInput!) {\n    attachCertificate(input: $input) { product { id version certificate { stars expiresOn verified valid } } userErrors { code field message } }\n  }\n": types.CoopAttachCertificateDocument,
    "\n  query CoopDemandRequests($order: DemandRequestOrder) {\n    demandRequests(first: 50, order: $order) {\n      nodes {\n        id buyerName createdAt description group quantity unit neededBy expiresAt open status targetUnitPrice sameProvinceOnly\n        deliveryProvince { code name }\n        product { slug name }\n        quotes { id sku quantity unitPrice deliveryDate validUntil note revision status updatedAt }\n      }\n      pageInfo { hasNextPage }\n    }\n  }\n": types.CoopDemandRequestsDocument,
    "\n  mutation CoopSubmitQuote($input: QuoteInput!) {\n    submitQuote(input: $input) { quote { id revision status unitPrice } userErrors { code field message } }\n  }\n": types.CoopSubmitQuoteDocument,
    "\n  mutation CoopReviseQuote($id: ID!, $input: QuoteInput!) {\n    reviseQuote(id: $id, input: $input) { quote { id revision status unitPrice } userErrors { code field message } }\n  }\n": types.CoopReviseQuoteDocument,
    "\n  mutation CoopSetStock($input: SetStockInput!) {\n    setStock(input: $input) { sku onHand reserved product { id version variants { sku stockAvailable } } userErrors { code field message } }\n  }\n": types.CoopSetStockDocument,
    "\n  query CoopOpenOrderLines($after: String) {\n    salesOrders(status: [PLACED, CONFIRMED], first: 100, after: $after) {\n      nodes { id lines { sku quantity } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.CoopOpenOrderLinesDocument,
    "\n  query CoopStorefront {\n    me {\n      id\n      cooperative {\n        id slug name version verificationStatus story storyEn logoUrl\n        contacts { phone email website }\n        storefront { tagline bannerUrl featuredProducts { slug name } }\n      }\n    }\n  }\n": types.CoopStorefrontDocument,
    "\n  mutation CoopUpdateStorefront($input: UpdateStorefrontInput!) {\n    updateStorefront(input: $input) { cooperative { id version } userErrors { code field message } }\n  }\n": types.CoopUpdateStorefrontDocument,
    "\n  query CoopListings($after: String, $status: [ProductStatus!]) {\n    listings(first: 100, after: $after, status: $status) {\n      nodes {\n        id slug name nameEn status version group subgroup origin description descriptionEn tags imageUrls minPrice\n        updatedAt publishedAt certified\n        certificate { stars decisionNumber issuer level issuedOn expiresOn score verified valid }\n        variants {\n          sku name nameEn unit retailPrice minOrderQuantity orderIncrement weightGrams stockAvailable\n          priceTiers { minQuantity unitPrice }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.CoopListingsDocument,
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
export function graphql(source: "\n  query CoopToday {\n    me { id cooperative { id slug name verificationStatus } }\n    drafts: listings(status: [DRAFT], first: 100) { nodes { id } pageInfo { hasNextPage } }\n    published: listings(status: [PUBLISHED], first: 100) { nodes { id } pageInfo { hasNextPage } }\n    archived: listings(status: [ARCHIVED], first: 100) { nodes { id } pageInfo { hasNextPage } }\n    toConfirm: salesOrders(status: [PLACED], first: 100) { nodes { id } pageInfo { hasNextPage } }\n    toShip: salesOrders(status: [CONFIRMED], first: 100) { nodes { id } pageInfo { hasNextPage } }\n  }\n"): (typeof documents)["\n  query CoopToday {\n    me { id cooperative { id slug name verificationStatus } }\n    drafts: listings(status: [DRAFT], first: 100) { nodes { id } pageInfo { hasNextPage } }\n    published: listings(status: [PUBLISHED], first: 100) { nodes { id } pageInfo { hasNextPage } }\n    archived: listings(status: [ARCHIVED], first: 100) { nodes { id } pageInfo { hasNextPage } }\n    toConfirm: salesOrders(status: [PLACED], first: 100) { nodes { id } pageInfo { hasNextPage } }\n    toShip: salesOrders(status: [CONFIRMED], first: 100) { nodes { id } pageInfo { hasNextPage } }\n  }\n"];
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
export function graphql(source: "\n  query CoopSupplyAgreements {\n    supplyAgreements { id sku unitPrice validFrom validTo status buyerId }\n  }\n"): (typeof documents)["\n  query CoopSupplyAgreements {\n    supplyAgreements { id sku unitPrice validFrom validTo status buyerId }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoopListingHistory($slug: String!, $after: String) {\n    listingHistory(productSlug: $slug, first: 50, after: $after) {\n      totalCount\n      nodes { action actorEmail at version changes { field before after } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query CoopListingHistory($slug: String!, $after: String) {\n    listingHistory(productSlug: $slug, first: 50, after: $after) {\n      totalCount\n      nodes { action actorEmail at version changes { field before after } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoopImportProducts($input: ImportProductsInput!) {\n    importProducts(input: $input) {\n      created updated unchanged rejected\n      rows { line slug sku status errors }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation CoopImportProducts($input: ImportProductsInput!) {\n    importProducts(input: $input) {\n      created updated unchanged rejected\n      rows { line slug sku status errors }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoopOrder($id: ID!) {\n    cooperativeOrder(id: $id) {\n      id purchaseOrderNumber buyerName createdAt status subtotal\n      lines { sku productName variantName unit quantity unitPrice lineTotal priceSource }\n      deliveryAddress { recipient phone line commune provinceCode }\n      history { at from to byRole reason }\n      cooperative { id name address commune province { name } contacts { phone email } }\n    }\n    provinces { code name }\n  }\n"): (typeof documents)["\n  query CoopOrder($id: ID!) {\n    cooperativeOrder(id: $id) {\n      id purchaseOrderNumber buyerName createdAt status subtotal\n      lines { sku productName variantName unit quantity unitPrice lineTotal priceSource }\n      deliveryAddress { recipient phone line commune provinceCode }\n      history { at from to byRole reason }\n      cooperative { id name address commune province { name } contacts { phone email } }\n    }\n    provinces { code name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CoopConfirmOrder($id: ID!) { confirmOrder(id: $id) { cooperativeOrder { id status history { at from to byRole reason } } userErrors { code field message } } }"): (typeof documents)["mutation CoopConfirmOrder($id: ID!) { confirmOrder(id: $id) { cooperativeOrder { id status history { at from to byRole reason } } userErrors { code field message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CoopRejectOrder($id: ID!, $reason: String) { rejectOrder(id: $id, reason: $reason) { cooperativeOrder { id status history { at from to byRole reason } } userErrors { code field message } } }"): (typeof documents)["mutation CoopRejectOrder($id: ID!, $reason: String) { rejectOrder(id: $id, reason: $reason) { cooperativeOrder { id status history { at from to byRole reason } } userErrors { code field message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CoopShipOrder($id: ID!) { shipOrder(id: $id) { cooperativeOrder { id status history { at from to byRole reason } } userErrors { code field message } } }"): (typeof documents)["mutation CoopShipOrder($id: ID!) { shipOrder(id: $id) { cooperativeOrder { id status history { at from to byRole reason } } userErrors { code field message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CoopDeliverOrder($id: ID!) { deliverOrder(id: $id) { cooperativeOrder { id status history { at from to byRole reason } } userErrors { code field message } } }"): (typeof documents)["mutation CoopDeliverOrder($id: ID!) { deliverOrder(id: $id) { cooperativeOrder { id status history { at from to byRole reason } } userErrors { code field message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoopOrderCounts {\n    PLACED: salesOrders(status: [PLACED], first: 100) { nodes { id } pageInfo { hasNextPage } }\n    CONFIRMED: salesOrders(status: [CONFIRMED], first: 100) { nodes { id } pageInfo { hasNextPage } }\n    SHIPPED: salesOrders(status: [SHIPPED], first: 100) { nodes { id } pageInfo { hasNextPage } }\n    DELIVERED: salesOrders(status: [DELIVERED], first: 100) { nodes { id } pageInfo { hasNextPage } }\n    REJECTED: salesOrders(status: [REJECTED], first: 100) { nodes { id } pageInfo { hasNextPage } }\n    CANCELLED: salesOrders(status: [CANCELLED], first: 100) { nodes { id } pageInfo { hasNextPage } }\n  }\n"): (typeof documents)["\n  query CoopOrderCounts {\n    PLACED: salesOrders(status: [PLACED], first: 100) { nodes { id } pageInfo { hasNextPage } }\n    CONFIRMED: salesOrders(status: [CONFIRMED], first: 100) { nodes { id } pageInfo { hasNextPage } }\n    SHIPPED: salesOrders(status: [SHIPPED], first: 100) { nodes { id } pageInfo { hasNextPage } }\n    DELIVERED: salesOrders(status: [DELIVERED], first: 100) { nodes { id } pageInfo { hasNextPage } }\n    REJECTED: salesOrders(status: [REJECTED], first: 100) { nodes { id } pageInfo { hasNextPage } }\n    CANCELLED: salesOrders(status: [CANCELLED], first: 100) { nodes { id } pageInfo { hasNextPage } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoopSalesOrders($status: [CooperativeOrderStatus!], $after: String) {\n    salesOrders(status: $status, first: 30, after: $after) {\n      nodes { id purchaseOrderNumber buyerName createdAt status subtotal lines { sku quantity } deliveryAddress { provinceCode commune } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query CoopSalesOrders($status: [CooperativeOrderStatus!], $after: String) {\n    salesOrders(status: $status, first: 30, after: $after) {\n      nodes { id purchaseOrderNumber buyerName createdAt status subtotal lines { sku quantity } deliveryAddress { provinceCode commune } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
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
export function graphql(source: "\n  query CoopDemandRequests($order: DemandRequestOrder) {\n    demandRequests(first: 50, order: $order) {\n      nodes {\n        id buyerName createdAt description group quantity unit neededBy expiresAt open status targetUnitPrice sameProvinceOnly\n        deliveryProvince { code name }\n        product { slug name }\n        quotes { id sku quantity unitPrice deliveryDate validUntil note revision status updatedAt }\n      }\n      pageInfo { hasNextPage }\n    }\n  }\n"): (typeof documents)["\n  query CoopDemandRequests($order: DemandRequestOrder) {\n    demandRequests(first: 50, order: $order) {\n      nodes {\n        id buyerName createdAt description group quantity unit neededBy expiresAt open status targetUnitPrice sameProvinceOnly\n        deliveryProvince { code name }\n        product { slug name }\n        quotes { id sku quantity unitPrice deliveryDate validUntil note revision status updatedAt }\n      }\n      pageInfo { hasNextPage }\n    }\n  }\n"];
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
export function graphql(source: "\n  query CoopOpenOrderLines($after: String) {\n    salesOrders(status: [PLACED, CONFIRMED], first: 100, after: $after) {\n      nodes { id lines { sku quantity } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query CoopOpenOrderLines($after: String) {\n    salesOrders(status: [PLACED, CONFIRMED], first: 100, after: $after) {\n      nodes { id lines { sku quantity } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoopStorefront {\n    me {\n      id\n      cooperative {\n        id slug name version verificationStatus story storyEn logoUrl\n        contacts { phone email website }\n        storefront { tagline bannerUrl featuredProducts { slug name } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CoopStorefront {\n    me {\n      id\n      cooperative {\n        id slug name version verificationStatus story storyEn logoUrl\n        contacts { phone email website }\n        storefront { tagline bannerUrl featuredProducts { slug name } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoopUpdateStorefront($input: UpdateStorefrontInput!) {\n    updateStorefront(input: $input) { cooperative { id version } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation CoopUpdateStorefront($input: UpdateStorefrontInput!) {\n    updateStorefront(input: $input) { cooperative { id version } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoopListings($after: String, $status: [ProductStatus!]) {\n    listings(first: 100, after: $after, status: $status) {\n      nodes {\n        id slug name nameEn status version group subgroup origin description descriptionEn tags imageUrls minPrice\n        updatedAt publishedAt certified\n        certificate { stars decisionNumber issuer level issuedOn expiresOn score verified valid }\n        variants {\n          sku name nameEn unit retailPrice minOrderQuantity orderIncrement weightGrams stockAvailable\n          priceTiers { minQuantity unitPrice }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query CoopListings($after: String, $status: [ProductStatus!]) {\n    listings(first: 100, after: $after, status: $status) {\n      nodes {\n        id slug name nameEn status version group subgroup origin description descriptionEn tags imageUrls minPrice\n        updatedAt publishedAt certified\n        certificate { stars decisionNumber issuer level issuedOn expiresOn score verified valid }\n        variants {\n          sku name nameEn unit retailPrice minOrderQuantity orderIncrement weightGrams stockAvailable\n          priceTiers { minQuantity unitPrice }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;