import { Link } from 'react-router-dom';
import { useI18n } from '../i18n/i18n';

export default function NotFoundPage() {
  const { t } = useI18n();
  return (
    <div className="page">
      <section className="notice" data-testid="not-found">
        <h1>{t('notFound.title')}</h1>
        <p>{t('notFound.text')}</p>
        <Link className="button" to="/">{t('notFound.home')}</Link>
      </section>
    </div>
  );
}
