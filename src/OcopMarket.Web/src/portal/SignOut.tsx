import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import { useSession } from '../lib/auth';

const LogoutMutation = graphql(`
  mutation Logout { logout { revoked userErrors { code field message } } }
`);

const LogoutEverywhereMutation = graphql(`
  mutation LogoutEverywhere { logoutEverywhere { revokedSessions userErrors { code field message } } }
`);

/** Signs out on this device: the server revokes the token, the browser forgets it, the market opens. */
export function SignOutButton({ className = 'button secondary' }: { className?: string }) {
  const { t } = useI18n();
  const { forget } = useSession();
  const navigate = useNavigate();
  const [, logout] = useMutation(LogoutMutation);
  const [busy, setBusy] = useState(false);
  async function signOut() {
    setBusy(true);
    await logout({}); // forgotten here even when the server could not be reached: the token then simply expires
    forget();
    navigate('/', { replace: true });
  }
  return <button type="button" className={className} onClick={signOut} disabled={busy}>{t('auth.signOut')}</button>;
}

/** Ends every session of this account on every device (a lost phone, a shared computer), then opens sign-in. */
export function SignOutEverywhereButton() {
  const { t } = useI18n();
  const { forget } = useSession();
  const navigate = useNavigate();
  const [, logoutEverywhere] = useMutation(LogoutEverywhereMutation);
  const [busy, setBusy] = useState(false);
  async function signOutEverywhere() {
    setBusy(true);
    const result = await logoutEverywhere({});
    setBusy(false);
    if (!result.data?.logoutEverywhere) return; // not reached: this device stays signed in and can try again
    forget();
    navigate('/login', { replace: true });
  }
  return (
    <button type="button" className="button secondary" onClick={signOutEverywhere} disabled={busy} data-testid="sign-out-everywhere">
      {t('auth.signOutEverywhere')}
    </button>
  );
}
