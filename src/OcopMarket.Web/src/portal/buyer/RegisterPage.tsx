import { useState, type FormEvent } from 'react';
import { Link, Navigate, useNavigate } from 'react-router-dom';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/i18n';
import { homeOf, useSession } from '../../lib/auth';
import { useTitle } from '../../lib/useTitle';
import { Field, ProvinceSelect, fieldErrors } from './shared';
import { isValidTaxCode, normalizeTaxCode } from './taxCode';

const RegisterBuyerMutation = graphql(`
  mutation RegisterBuyer($input: RegisterBuyerInput!) {
    registerBuyer(input: $input) { token buyer { id status } userErrors { code field message } }
  }
`);

/** Open registration of a wholesale buyer business and its first member; the alliance verifies it before it may order. */
export default function RegisterPage() {
  const { t } = useI18n();
  useTitle(t('buyer.register.title'));
  const navigate = useNavigate();
  const { status, me, signIn } = useSession();
  const [, register] = useMutation(RegisterBuyerMutation);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (status === 'signedIn' && me && !busy) return <Navigate replace to={homeOf(me.role)} />;

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const v = (k: string) => String(f.get(k) ?? '').trim();
    const local: Record<string, string> = {};
    if (!isValidTaxCode(v('taxCode'))) local.taxCode = t('buyer.register.taxCodeInvalid');
    if (v('password').length < 8) local['member.password'] = t('buyer.register.passwordShort');
    setErrors(local);
    setGeneral(null);
    if (Object.keys(local).length) return;
    setBusy(true);
    const result = await register({
      input: {
        name: v('name'), taxCode: normalizeTaxCode(v('taxCode')),
        addresses: [{ label: v('label'), recipient: v('recipient'), phone: v('phone'), line: v('line'), commune: v('commune'), provinceCode: v('provinceCode') }],
        member: { displayName: v('displayName'), email: v('email'), password: v('password') },
      },
    });
    const payload = result.data?.registerBuyer;
    if (!payload?.token) {
      setBusy(false);
      const byField = fieldErrors(payload?.userErrors ?? []);
      // The server's words are English for these two; the rest are kept as sent (the e-mail conflict comes in both languages).
      for (const u of payload?.userErrors ?? []) {
        const key = u.field.filter((f, i) => !(i === 0 && f === 'input')).join('.');
        if (u.code === 'CONFLICT' && key === 'taxCode') byField.taxCode = t('buyer.register.taxCodeTaken');
        if (u.code === 'VALIDATION' && /\.phone$/.test(key)) byField[key] = t('buyer.register.phoneInvalid');
      }
      setErrors(byField);
      const unplaced = (payload?.userErrors ?? []).filter((u) => !u.field.length);
      setGeneral(unplaced[0]?.message ?? (payload ? (Object.keys(byField).length ? t('buyer.register.fix') : null) : t('error.other.title')));
      return;
    }
    await signIn(payload.token);
    setBusy(false);
    navigate('/buyer', { replace: true });
  }

  const err = (k: string) => errors[k];
  const described = (id: string, k: string, hint = false) =>
    [hint ? `${id}-hint` : '', err(k) ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

  return (
    <div className="page narrow">
      <h1>{t('buyer.register.title')}</h1>
      <p className="muted">{t('buyer.register.intro')}</p>
      <form className="form" onSubmit={submit} noValidate={false}>
        <fieldset>
          <legend>{t('buyer.register.business')}</legend>
          <Field id="rb-name" label={t('buyer.register.name')} error={err('name')}>
            <input id="rb-name" name="name" required maxLength={200} autoComplete="organization" aria-describedby={described('rb-name', 'name')} />
          </Field>
          <Field id="rb-tax" label={t('buyer.register.taxCode')} error={err('taxCode')} hint={t('buyer.register.taxCodeHint')}>
            <input id="rb-tax" name="taxCode" required inputMode="numeric" maxLength={16} aria-invalid={!!err('taxCode')}
              aria-describedby={described('rb-tax', 'taxCode', true)} />
          </Field>
        </fieldset>
        <fieldset>
          <legend>{t('buyer.register.address')}</legend>
          <Field id="rb-label" label={t('buyer.address.label')} error={err('addresses.0.label')}>
            <input id="rb-label" name="label" maxLength={60} placeholder={t('buyer.address.labelPlaceholder')} />
          </Field>
          <Field id="rb-recipient" label={t('buyer.address.recipient')} error={err('addresses.0.recipient')}>
            <input id="rb-recipient" name="recipient" required autoComplete="name" aria-describedby={described('rb-recipient', 'addresses.0.recipient')} />
          </Field>
          <Field id="rb-phone" label={t('buyer.address.phone')} error={err('addresses.0.phone')}>
            <input id="rb-phone" name="phone" required type="tel" autoComplete="tel" aria-describedby={described('rb-phone', 'addresses.0.phone')} />
          </Field>
          <Field id="rb-line" label={t('buyer.address.line')} error={err('addresses.0.line')}>
            <input id="rb-line" name="line" required autoComplete="address-line1" aria-describedby={described('rb-line', 'addresses.0.line')} />
          </Field>
          <Field id="rb-commune" label={t('buyer.address.commune')} error={err('addresses.0.commune')}>
            <input id="rb-commune" name="commune" required aria-describedby={described('rb-commune', 'addresses.0.commune')} />
          </Field>
          <Field id="rb-province" label={t('buyer.address.province')} error={err('addresses.0.provinceCode')}>
            <ProvinceSelect id="rb-province" name="provinceCode" required describedBy={described('rb-province', 'addresses.0.provinceCode')} />
          </Field>
        </fieldset>
        <fieldset>
          <legend>{t('buyer.register.member')}</legend>
          <Field id="rb-display" label={t('buyer.register.displayName')} error={err('member.displayName')}>
            <input id="rb-display" name="displayName" required autoComplete="name" />
          </Field>
          <Field id="rb-email" label={t('auth.email')} error={err('member.email')}>
            <input id="rb-email" name="email" type="email" required autoComplete="username" inputMode="email"
              aria-describedby={described('rb-email', 'member.email')} />
          </Field>
          <Field id="rb-password" label={t('auth.password')} error={err('member.password')} hint={t('buyer.register.passwordHint')}>
            <input id="rb-password" name="password" type="password" required minLength={8} maxLength={128} autoComplete="new-password"
              aria-describedby={described('rb-password', 'member.password', true)} />
          </Field>
        </fieldset>
        {general && <p className="form-error" role="alert">{general}</p>}
        <button className="button" type="submit" disabled={busy}>{t('buyer.register.submit')}</button>
      </form>
      <p>{t('buyer.register.haveAccount')} <Link to="/login">{t('auth.signIn')}</Link></p>
    </div>
  );
}
