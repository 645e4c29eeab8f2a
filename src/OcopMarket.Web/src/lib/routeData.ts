import type { Client } from 'urql';
import { graphql } from '../gql';
import { readSearch, toFilter, type SearchState } from './searchParams';

// The first page's data is asked for as soon as the entry script runs, in parallel with loading the page's own
// chunk: urql then answers the page's useQuery from the same request (same document and variables).

export const SEARCH_PAGE_SIZE = 12;

// One request draws the page: the first page of the listing and the facet counts for the same search and filter.
export const SearchQuery = graphql(`
  query Search($search: String, $filter: ProductFilter, $order: ProductOrder, $first: Int) {
    products(search: $search, filter: $filter, order: $order, first: $first) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { ...ProductCardFields }
    }
    productFacets(search: $search, filter: $filter) {
      provinces { code name count }
      groups { group count }
      stars { stars count }
    }
  }
`);

export function searchVariables(state: SearchState) {
  return { search: state.q.trim() || null, filter: toFilter(state), order: state.sort, first: SEARCH_PAGE_SIZE };
}

export const ProductQuery = graphql(`
  query ProductPage($slug: String!) {
    product(slug: $slug) {
      id slug name nameEn description descriptionEn origin imageUrls group certified
      certificate { stars score decisionNumber issuer level issuedOn expiresOn verified valid }
      variants {
        sku name nameEn unit retailPrice minOrderQuantity orderIncrement stockAvailable
        priceTiers { minQuantity unitPrice }
      }
      cooperative {
        slug name commune memberCount
        province { name }
        formerProvince { name }
        storefront { tagline }
        contacts { phone email }
      }
    }
  }
`);

export function prefetchRouteData(client: Client, location: Location) {
  const product = /^\/products\/([^/]+)$/.exec(location.pathname);
  if (location.pathname === '/search') {
    import('../pages/SearchPage'); // the same chunk React.lazy asks for a moment later: already on its way
    client.query(SearchQuery, searchVariables(readSearch(new URLSearchParams(location.search)))).toPromise();
  } else if (product) {
    import('../pages/ProductPage');
    client.query(ProductQuery, { slug: decodeURIComponent(product[1]) }).toPromise();
  }
}
