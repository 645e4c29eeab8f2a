import { useQuery } from 'urql';
import { graphql } from '../../gql';

export const MyBuyerQuery = graphql(`
  query MyBuyer {
    me {
      id displayName
      buyer {
        id name status statusReason taxCode createdAt verifiedAt
        addresses { id label recipient phone line commune provinceCode isDefault }
      }
    }
  }
`);

/** The signed-in member's business (one request, shared by the portal's pages through urql's cache). */
export function useBuyer() {
  const [{ data, fetching, error }, refetch] = useQuery({ query: MyBuyerQuery });
  return { buyer: data?.me?.buyer ?? null, displayName: data?.me?.displayName ?? '', fetching, error, refetch };
}
