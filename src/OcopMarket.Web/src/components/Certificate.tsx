import type { ProductPageQuery } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { formatDate } from '../lib/format';

type Cert = NonNullable<NonNullable<ProductPageQuery['product']>['certificate']>;

/** The OCOP certificate as recorded. Only a verified, unexpired one reads as certified; the others say why not. */
export function Certificate({ certificate, certified }: { certificate: Cert | null | undefined; certified: boolean }) {
  const { t } = useI18n();
  if (!certificate) {
    return (
      <section className="certificate none" aria-labelledby="cert-h" data-status="none">
        <h2 id="cert-h">{t('cert.title')}</h2>
        <p>{t('cert.none')}</p>
      </section>
    );
  }
  const status = certified && certificate.valid ? 'valid' : !certificate.verified ? 'unverified' : 'expired';
  return (
    <section className={`certificate ${status}`} aria-labelledby="cert-h" data-status={status}>
      <h2 id="cert-h">{t('cert.title')}</h2>
      <p className="cert-status">
        {status === 'valid' ? (
          <span className="badge ok">{t('cert.certified', { n: certificate.stars })}</span>
        ) : (
          <span className="badge warn">{t(status === 'expired' ? 'cert.expired' : 'cert.unverified')}</span>
        )}
      </p>
      <dl className="facts">
        <dt>{t('cert.stars')}</dt>
        <dd>{certificate.stars} ★{certificate.score != null ? ` (${certificate.score}/100)` : ''}</dd>
        <dt>{t('cert.decision')}</dt>
        <dd>{certificate.decisionNumber}</dd>
        <dt>{t('cert.issuer')}</dt>
        <dd>{certificate.issuer}</dd>
        <dt>{t('cert.level')}</dt>
        <dd>{['Central', 'Province', 'District'].includes(certificate.level)
          ? t(`level.${certificate.level as 'Central' | 'Province' | 'District'}`) : certificate.level}</dd>
        <dt>{t('cert.issuedOn')}</dt>
        <dd>{formatDate(certificate.issuedOn)}</dd>
        <dt>{t(status === 'expired' ? 'cert.expiredOn' : 'cert.validUntil')}</dt>
        <dd>{formatDate(certificate.expiresOn)}</dd>
      </dl>
      {status !== 'valid' && <p className="muted">{t('cert.notCertifiedNote')}</p>}
    </section>
  );
}
