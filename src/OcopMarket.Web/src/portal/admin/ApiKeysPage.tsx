import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/i18n';
import { useTitle } from '../../lib/useTitle';
import { PageSkeleton } from '../../components/Skeleton';
import { QueryError } from '../../components/QueryError';
import { CopyButton, formatDateTime } from '../buyer/shared';

const ApiKeysQuery = graphql(`query AdminApiKeys { apiKeys { id name prefix createdAt revokedAt } }`);
const CreateApiKeyMutation = graphql(`
  mutation AdminCreateApiKey($name: String!) { createApiKey(input: { name: $name }) { secret apiKey { id name prefix createdAt revokedAt } userErrors { code field message } } }
`);
const RevokeApiKeyMutation = graphql(`
  mutation AdminRevokeApiKey($id: ID!) { revokeApiKey(input: { id: $id }) { apiKey { id revokedAt } userErrors { code field message } } }
`);

export default function ApiKeysPage() {
  const { t } = useI18n();
  useTitle(t('admin.nav.apiKeys'));
  const [{ data, error }, refetch] = useQuery({ query: ApiKeysQuery, requestPolicy: 'cache-and-network' });
  const [, create] = useMutation(CreateApiKeyMutation);
  const [, revoke] = useMutation(RevokeApiKeyMutation);
  const [secret, setSecret] = useState<{ name: string; secret: string } | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const name = String(new FormData(form).get('name') ?? '').trim();
    const r = (await create({ name })).data?.createApiKey;
    if (r?.secret && r.apiKey) { setSecret({ name: r.apiKey.name, secret: r.secret }); setMessage(null); form.reset(); refetch({ requestPolicy: 'network-only' }); }
    else setMessage(r?.userErrors.map((u) => u.message).join(' ') ?? t('error.other.title'));
  }
  async function revokeKey(id: string, name: string) {
    if (!window.confirm(t('admin.keys.confirmRevoke', { name }))) return;
    const r = (await revoke({ id })).data?.revokeApiKey;
    setMessage(r?.userErrors.length ? r.userErrors.map((u) => u.message).join(' ') : t('admin.keys.revoked', { name }));
    refetch({ requestPolicy: 'network-only' });
  }

  if (error && !data) return <QueryError error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  return (
    <div className="page">
      <h1>{t('admin.nav.apiKeys')}</h1>
      <p className="muted">{t('admin.keys.intro')}</p>
      <section className="card" aria-labelledby="nk-h">
        <h2 id="nk-h">{t('admin.keys.create')}</h2>
        <form className="form" onSubmit={submit}>
          <label htmlFor="nk-name">{t('admin.keys.name')}</label>
          <input id="nk-name" name="name" required maxLength={100} />
          <button type="submit" className="button">{t('admin.keys.createButton')}</button>
        </form>
        {secret && (
          <div className="notice-inline secret" role="status" data-testid="new-secret">
            <p><strong>{t('admin.keys.once', { name: secret.name })}</strong></p>
            <p className="copy-row"><code data-testid="secret">{secret.secret}</code> <CopyButton text={secret.secret} label={t('admin.keys.secret')} /></p>
          </div>
        )}
      </section>
      {message && <p role="status" className="notice-inline">{message}</p>}
      <h2>{t('admin.keys.list')}</h2>
      {!data ? <PageSkeleton /> : data.apiKeys.length === 0 ? <p className="empty">{t('admin.keys.none')}</p> : (
        <ul className="judge-list">
          {data.apiKeys.map((k) => (
            <li key={k.id} className="card judge" data-testid="key-row" data-revoked={k.revokedAt ? 'yes' : 'no'}>
              <p><strong>{k.name}</strong> · <code>{k.prefix}…</code></p>
              <p className="small muted">{t('admin.keys.created')}: {formatDateTime(k.createdAt)}
                {k.revokedAt && <> · {t('admin.keys.revokedAt')}: {formatDateTime(k.revokedAt)}</>}</p>
              {!k.revokedAt && <button type="button" className="button secondary" onClick={() => revokeKey(k.id, k.name)}>{t('admin.keys.revoke')}</button>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
