import { useI18n } from '../i18n/i18n';

/** Grey blocks in the shape of what is coming, so the page does not jump when the data arrives. */
export function CardsSkeleton({ count = 6 }: { count?: number }) {
  const { t } = useI18n();
  return (
    <div className="cards" aria-busy="true" aria-label={t('loading')}>
      {Array.from({ length: count }, (_, i) => (
        <div key={i} className="card skeleton-card">
          <div className="skeleton skeleton-img" />
          <div className="skeleton skeleton-line" />
          <div className="skeleton skeleton-line short" />
        </div>
      ))}
    </div>
  );
}

export function PageSkeleton() {
  const { t } = useI18n();
  return (
    <div className="page" aria-busy="true">
      <p className="visually-hidden" role="status">{t('loading')}</p>
      <div className="skeleton skeleton-title" />
      <div className="skeleton skeleton-line" />
      <CardsSkeleton count={4} />
    </div>
  );
}
