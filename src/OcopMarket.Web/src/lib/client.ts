import { Client, cacheExchange, fetchExchange } from 'urql';

// The market reads the public API exactly as a third-party shop would: POST /graphql, same origin.
export const client = new Client({
  url: '/graphql',
  exchanges: [cacheExchange, fetchExchange],
  preferGetMethod: false,
  fetchOptions: { headers: { accept: 'application/graphql-response+json, application/json' } },
});
