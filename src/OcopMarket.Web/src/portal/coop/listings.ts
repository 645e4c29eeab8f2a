// The manager's own listings, read from `listings` (every status, by slug). The API has no "one listing by slug or id"
// for a manager (product(slug) and node(id) return published ones only), so a listing is found by walking these pages
// (100 each): one request for a cooperative of up to 100 listings.
import { useCallback, useEffect, useState } from 'react';
import { useClient } from 'urql';
import { graphql } from '../../gql';
import type { CoopListingsQuery as ListingsResult, ProductStatus } from '../../gql/graphql';

export const ListingsDocument = graphql(`
  query CoopListings($after: String, $status: [ProductStatus!]) {
    listings(first: 100, after: $after, status: $status) {
      totalCount
      nodes {
        id slug name nameEn status version group subgroup origin description descriptionEn tags imageUrls minPrice
        updatedAt publishedAt certified
        certificate { stars decisionNumber issuer level issuedOn expiresOn score verified valid }
        variants {
          sku name nameEn unit retailPrice minOrderQuantity orderIncrement weightGrams stockAvailable
          priceTiers { minQuantity unitPrice }
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export type Listing = ListingsResult['listings']['nodes'][number];

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

/** One listing of the manager's own cooperative by slug; `undefined` while loading, `null` when it is not theirs. */
export function useListing(slug: string | undefined) {
  const all = useAllListings();
  const listing = all.listings ? (all.listings.find((l) => l.slug === slug) ?? null) : undefined;
  return { listing, error: all.error, reload: all.reload };
}
