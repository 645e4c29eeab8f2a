import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import { SignOutEverywhereButton } from './SignOut';
import { useI18n } from '../i18n/i18n';
import { useTitle } from '../lib/useTitle';
import { errorMessage } from './errors';
import { RequireRole } from './RequireRole';

const ChangePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) { revokedTokens userErrors { code field message } }
  }
`);

function ChangePasswordForm() {
  const { t } = useI18n();
  useTitle(t('auth.changePassword'));
  const [, change] = useMutation(ChangePasswordMutation);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const formEl = e.currentTarget;
    const form = new FormData(formEl);
    if (form.get('newPassword') !== form.get('repeat')) {
      setError(t('auth.error.repeat'));
      return;
    }
    setBusy(true);
    setError(null);
    setDone(null);
    const result = await change({
      input: { currentPassword: String(form.get('currentPassword')), newPassword: String(form.get('newPassword')) },
    });
    setBusy(false);
    const payload = result.data?.changePassword;
    if (payload && payload.userErrors.length === 0) {
      formEl.reset();
      setDone(payload.revokedTokens);
    } else {
      setError(payload?.userErrors[0] ? errorMessage(t, payload.userErrors[0]) : t('error.other.title'));
    }
  }

  return (
    <div className="page narrow">
      <h1>{t('auth.changePassword')}</h1>
      <form className="form" onSubmit={submit}>
        <label htmlFor="pw-current">{t('auth.currentPassword')}</label>
        <input id="pw-current" name="currentPassword" type="password" autoComplete="current-password" required />
        <label htmlFor="pw-new">{t('auth.newPassword')}</label>
        <input id="pw-new" name="newPassword" type="password" autoComplete="new-password" required minLength={8} maxLength={128} aria-describedby="pw-hint" />
        <p id="pw-hint" className="muted">{t('auth.newPasswordHint')}</p>
        <label htmlFor="pw-repeat">{t('auth.repeatPassword')}</label>
        <input id="pw-repeat" name="repeat" type="password" autoComplete="new-password" required />
        {error && <p className="form-error" role="alert">{error}</p>}
        {done !== null && <p className="form-ok" role="status">{t('auth.passwordChanged', { n: done })}</p>}
        <button className="button" type="submit" disabled={busy}>{t('auth.changePassword')}</button>
      </form>
      <section aria-labelledby="everywhere-title" className="account-sessions">
        <h2 id="everywhere-title">{t('auth.sessionsTitle')}</h2>
        <p className="muted">{t('auth.signOutEverywhereHint')}</p>
        <SignOutEverywhereButton />
      </section>
    </div>
  );
}

export default function ChangePasswordPage() {
  return <RequireRole role="ANY"><ChangePasswordForm /></RequireRole>;
}
