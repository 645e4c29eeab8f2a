import { Link } from 'react-router-dom';
import { useI18n } from '../i18n/i18n';
import { homeOf, useSession } from '../lib/auth';
import { useTitle } from '../lib/useTitle';

export function NotAllowed() {
  const { t } = useI18n();
  const { me } = useSession();
  useTitle(t('auth.notAllowed'));
  return (
    <div className="page">
      <section className="notice" data-testid="not-allowed">
        <h1>{t('auth.notAllowed')}</h1>
        <p>{t('auth.notAllowedText')}</p>
        <Link className="button" to={me ? homeOf(me.role) : '/'}>{t(me ? 'auth.myHome' : 'notFound.home')}</Link>
      </section>
    </div>
  );
}
