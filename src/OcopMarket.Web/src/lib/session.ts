// The signed-in session: the bearer token lives in sessionStorage, so it survives a reload but not a new tab or a
// browser restart, and nothing else (no cookie) carries it: the API needs no CSRF defence. The strict CSP
// (script-src 'self', no inline script) keeps injected scripts from reading it. See README "The portals".
const KEY = 'ocop.token';
const listeners = new Set<() => void>();

export function getToken(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function setToken(token: string | null) {
  try {
    if (token) sessionStorage.setItem(KEY, token);
    else sessionStorage.removeItem(KEY);
  } catch {
    /* storage disabled: the session lasts for this page only */
  }
  listeners.forEach((l) => l());
}

export function onTokenChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Called when the API answers 401: the token expired or was revoked (sign-out elsewhere, password changed). */
let expiredHandler: (() => void) | null = null;
export function onSessionExpired(handler: () => void) {
  expiredHandler = handler;
}

export function expireSession() {
  expiredHandler?.();
  setToken(null);
}
