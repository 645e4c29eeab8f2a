import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import { graphql } from '../gql';
import type { MeQuery, Role } from '../gql/graphql';
import { client } from './client';
import { getToken, onSessionExpired, onTokenChange, setToken } from './session';

export const MeDocument = graphql(`
  query Me {
    me { id displayName email role cooperative { id slug name } buyer { id name } }
  }
`);

export type Me = NonNullable<MeQuery['me']>;
type Status = 'anonymous' | 'loading' | 'signedIn';

interface Session {
  status: Status;
  me: Me | null;
  /** The last session ended on the server (401), not by signing out: the sign-in page says so. */
  expired: boolean;
  /** Stores the token from `login` and loads who it belongs to. */
  signIn(token: string): Promise<Me | null>;
  /** Forgets the token on this device (after `logout` revoked it on the server). */
  forget(): void;
}

const SessionContext = createContext<Session | null>(null);

/** Where each role starts. */
export function homeOf(role: Role): string {
  return role === 'COOPERATIVE_MANAGER' ? '/coop' : role === 'BUYER' ? '/buyer' : '/admin';
}

async function loadMe(): Promise<Me | null> {
  const result = await client.query(MeDocument, {}, { requestPolicy: 'network-only' }).toPromise();
  return result.data?.me ?? null;
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const navigate = useNavigate();
  const [me, setMe] = useState<Me | null>(null);
  const [status, setStatus] = useState<Status>(() => (getToken() ? 'loading' : 'anonymous'));
  const [expired, setExpired] = useState(false);

  // A stored token (after a reload) is checked once; anonymous visitors of the market send nothing.
  useEffect(() => {
    if (!getToken()) return;
    let live = true;
    loadMe().then((user) => {
      if (!live) return;
      setMe(user);
      setStatus(user ? 'signedIn' : 'anonymous');
    });
    return () => { live = false; };
  }, []);

  useEffect(() => onTokenChange(() => {
    if (!getToken()) { setMe(null); setStatus('anonymous'); }
  }), []);

  // Expired or revoked on the server: back to the sign-in page, which says why, and then back here. A guarded page
  // may redirect first (its session is gone); it sends the same URL, because `expired` is set.
  useEffect(() => {
    onSessionExpired(() => {
      setExpired(true);
      const next = window.location.pathname + window.location.search;
      if (window.location.pathname !== '/login') navigate(`/login?expired=1&next=${encodeURIComponent(next)}`, { replace: true });
    });
  }, [navigate]);

  const signIn = useCallback(async (token: string) => {
    setToken(token);
    setExpired(false);
    setStatus('loading');
    const user = await loadMe();
    setMe(user);
    setStatus(user ? 'signedIn' : 'anonymous');
    return user;
  }, []);

  const forget = useCallback(() => setToken(null), []);

  const value = useMemo(() => ({ status, me, expired, signIn, forget }), [status, me, expired, signIn, forget]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
