import type { CombinedError } from 'urql';
import { useI18n } from '../i18n/i18n';

/** What a failed request shows: "cannot reach the server" when the network failed, else a generic error; both retry. */
export function QueryError({ error, retry }: { error: CombinedError; retry: () => void }) {
  const { t } = useI18n();
  const unreachable = !!error.networkError || (error.response && (error.response as Response).status >= 500);
  return (
    <div className="page">
      <section className="notice" role="alert">
        <h1>{t(unreachable ? 'error.unreachable.title' : 'error.other.title')}</h1>
        <p>{t(unreachable ? 'error.unreachable.text' : 'error.other.title')}</p>
        <button type="button" className="button" onClick={retry}>{t('error.retry')}</button>
      </section>
    </div>
  );
}
