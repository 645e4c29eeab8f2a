import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import type { Role } from '../gql/graphql';
import { useSession } from '../lib/auth';
import { PageSkeleton } from '../components/Skeleton';
import { NotAllowed } from './NotAllowed';

/**
 * For people, not for security (the API authorizes every request): anonymous visitors go to sign in and come back;
 * another role sees "not allowed", and the page's own queries never run.
 */
export function RequireRole({ role, children }: { role: Role | 'ANY'; children: ReactNode }) {
  const { status, me, expired } = useSession();
  const location = useLocation();
  if (status === 'loading') return <PageSkeleton />;
  if (status === 'anonymous' || !me) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate replace to={`/login?${expired ? 'expired=1&' : ''}next=${next}`} />;
  }
  if (role !== 'ANY' && me.role !== role) return <NotAllowed />;
  return <>{children}</>;
}
