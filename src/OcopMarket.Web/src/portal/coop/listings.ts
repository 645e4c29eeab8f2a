// The manager's own listings in every status: `listings` (pages of 100, by slug, optionally searched on the server)
// and `listing(slug:)` for one (product(slug) and node(id) return published ones only).
import { useCallback, useEffect, useState } from 'react';
import { useClient, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { CoopListingFieldsFragment, ProductStatus } from '../../gql/graphql';

export const CoopListingFields = graphql(`
  fragment CoopListingFields on Product {
    id slug name nameEn status version group subgroup origin description descriptionEn tags imageUrls minPrice
    updatedAt publishedAt certified
    certificate { stars decisionNumber issuer level issuedOn expiresOn score verified valid }
    variants {
      sku name nameEn unit retailPrice minOrderQuantity orderIncrement weightGrams stockAvailable stockOnHand stockReserved
      priceTiers { minQuantity unitPrice }
    }
  }
`);

export const ListingsDocument = graphql(`
  query CoopListings($after: String, $status: [ProductStatus!]) {
    listings(first: 100, after: $after, status: $status) {
      totalCount
      nodes { ...CoopListingFields }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

const ListingDocument = graphql(`
  query CoopListing($slug: String!) {
    listing(slug: $slug) { ...CoopListingFields }
  }
`);

export type Listing = CoopListingFieldsFragment;

export interface AllListings {
  listings: Listing[] | null;
  /** How many the server counts (totalCount): more than `listings` holds if the walk stopped early. */
  total: number | null;
  error: Error | null;
  reload: () => void;
}

/** Every listing of the manager's cooperative (optionally of some statuses), fresh from the server. */
export function useAllListings(status?: ProductStatus[]): AllListings {
  const client = useClient();
  const [listings, setListings] = useState<Listing[] | null>(null);
  const [total, setTotal] = useState<number | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [round, setRound] = useState(0);
  const statusKey = status?.join(',') ?? '';
  useEffect(() => {
    let live = true;
    (async () => {
      const all: Listing[] = [];
      let after: string | null = null;
      let count: number | null = null;
      for (let i = 0; i < 50; i++) {
        const result = await client.query(ListingsDocument, { after, status: statusKey ? (statusKey.split(',') as ProductStatus[]) : null },
          { requestPolicy: 'network-only' }).toPromise();
        if (!live) return;
        if (result.error || !result.data) { setError(result.error ?? new Error('no data')); return; }
        all.push(...result.data.listings.nodes);
        count ??= result.data.listings.totalCount;
        if (!result.data.listings.pageInfo.hasNextPage) break;
        after = result.data.listings.pageInfo.endCursor ?? null;
      }
      setError(null);
      setListings(all);
      setTotal(count);
    })();
    return () => { live = false; };
  }, [client, statusKey, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { listings, total, error, reload };
}

/**
 * One listing of the manager's own cooperative by slug (`listing(slug:)`, any status); `undefined` while loading,
 * `null` when there is none or it is another cooperative's (the server answers null and nothing of it).
 */
export function useListing(slug: string | undefined) {
  const [{ data, error, fetching }, run] = useQuery({ query: ListingDocument, variables: { slug: slug ?? '' }, pause: !slug,
    requestPolicy: 'network-only' });
  const reload = useCallback(() => run({ requestPolicy: 'network-only' }), [run]);
  // While a reload runs the last answer stays (the form keeps its place); an answer for another slug does not count.
  const answered = data && !(fetching && !data.listing) && (!data.listing || data.listing.slug === slug);
  const listing = !slug || !answered ? undefined : (data.listing ?? null);
  return { listing, error: error ?? null, reload };
}
