import { Client, cacheExchange, fetchExchange } from 'urql';
import { expireSession, getToken } from './session';
import { currentLang } from '../i18n/i18n';

// The market reads the public API exactly as a third-party shop would: POST /graphql, same origin. A signed-in
// user's requests carry the bearer token; anonymous ones carry none (the market stays public and cacheable).
export const client = new Client({
  url: '/graphql',
  exchanges: [cacheExchange, fetchExchange],
  preferGetMethod: false,
  fetchOptions: () => {
    const token = getToken();
    // Accept-Language is CORS-safelisted: the server words its userErrors in the language the switch shows (vi or en).
    const headers: Record<string, string> = {
      accept: 'application/graphql-response+json, application/json',
      'accept-language': currentLang(),
    };
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
