import { useState, type FormEvent } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import { homeOf, useSession } from '../lib/auth';
import { useTitle } from '../lib/useTitle';
import { errorMessage } from './errors';

const LoginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) { token userErrors { code field message } }
  }
`);

/** Only paths of this app: `next` comes from the URL, so it must never send the user to another site. */
function safeNext(next: string | null): string | null {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : null;
}

export default function LoginPage() {
  const { t } = useI18n();
  useTitle(t('auth.signIn'));
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { status, me, signIn } = useSession();
  const [, login] = useMutation(LoginMutation);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const next = safeNext(params.get('next'));

  if (status === 'signedIn' && me && !busy) return <Navigate replace to={next ?? homeOf(me.role)} />;

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setBusy(true);
    setError(null);
    const result = await login({ input: { email: String(form.get('email')), password: String(form.get('password')) } });
    const payload = result.data?.login;
    if (!payload?.token) {
      setBusy(false);
      setError(payload?.userErrors[0] ? errorMessage(t, payload.userErrors[0]) : t('error.other.title'));
      return;
    }
    const user = await signIn(payload.token);
    setBusy(false);
    if (user) navigate(next ?? homeOf(user.role), { replace: true });
    else setError(t('error.other.title'));
  }

  return (
    <div className="page narrow">
      <h1>{t('auth.signIn')}</h1>
      {params.get('expired') && <p className="notice-inline" role="status">{t('auth.expired')}</p>}
      <form className="form" onSubmit={submit} noValidate={false}>
        <label htmlFor="login-email">{t('auth.email')}</label>
        <input id="login-email" name="email" type="email" autoComplete="username" required inputMode="email" />
        <label htmlFor="login-password">{t('auth.password')}</label>
        <input id="login-password" name="password" type="password" autoComplete="current-password" required />
        {error && <p className="form-error" role="alert">{error}</p>}
        <button className="button" type="submit" disabled={busy}>{t('auth.signIn')}</button>
      </form>
    </div>
  );
}
