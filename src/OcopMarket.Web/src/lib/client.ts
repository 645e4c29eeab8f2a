import { Client, cacheExchange, fetchExchange } from 'urql';
import { expireSession, getToken } from './session';

// The market reads the public API exactly as a third-party shop would: POST /graphql, same origin. A signed-in
// user's requests carry the bearer token; anonymous ones carry none (the market stays public and cacheable).
export const client = new Client({
  url: '/graphql',
  exchanges: [cacheExchange, fetchExchange],
  preferGetMethod: false,
  fetchOptions: () => {
    const token = getToken();
    const headers: Record<string, string> = { accept: 'application/graphql-response+json, application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    return { headers };
  },
  // A 401 means the token the request carried is no longer valid (expired, signed out, password changed).
  fetch: async (input, init) => {
    const response = await fetch(input, init);
    const sent = new Headers(init?.headers).get('authorization');
    if (response.status === 401 && sent && sent === `Bearer ${getToken()}`) expireSession();
    return response;
  },
});
