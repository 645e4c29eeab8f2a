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
    "\n  query CoopOpenRequests {\n    requests: demandRequests(first: 100) { nodes { id open } pageInfo { hasNextPage } }\n  }\n": typeof types.CoopOpenRequestsDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) { token userErrors { code field message } }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout { logout { revoked userErrors { code field message } } }\n": typeof types.LogoutDocument,
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
    "\n  query CoopOpenRequests {\n    requests: demandRequests(first: 100) { nodes { id open } pageInfo { hasNextPage } }\n  }\n": types.CoopOpenRequestsDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) { token userErrors { code field message } }\n  }\n": types.LoginDocument,
    "\n  mutation Logout { logout { revoked userErrors { code field message } } }\n": types.LogoutDocument,
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
export function graphql(source: "\n  query CoopOpenRequests {\n    requests: demandRequests(first: 100) { nodes { id open } pageInfo { hasNextPage } }\n  }\n"): (typeof documents)["\n  query CoopOpenRequests {\n    requests: demandRequests(first: 100) { nodes { id open } pageInfo { hasNextPage } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) { token userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) { token userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout { logout { revoked userErrors { code field message } } }\n"): (typeof documents)["\n  mutation Logout { logout { revoked userErrors { code field message } } }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;