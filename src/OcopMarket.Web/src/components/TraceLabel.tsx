import { useEffect, useState } from 'react';
import QRCode from 'qrcode';
import { useI18n } from '../i18n/i18n';

/** A printable traceability label: the product, its maker and a QR code of the product's public page. */
export function TraceLabel({ name, cooperative, origin, url }: { name: string; cooperative: string; origin: string; url: string }) {
  const { t } = useI18n();
  const [qr, setQr] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    QRCode.toDataURL(url, { margin: 1, width: 176, errorCorrectionLevel: 'M' }).then((data) => live && setQr(data));
    return () => { live = false; };
  }, [url]);
  return (
    <section className="trace-label" aria-labelledby="label-h">
      <h2 id="label-h">{t('label.title')}</h2>
      <div className="label-card">
        {qr ? <img src={qr} width={176} height={176} alt={url} data-qr-url={url} /> : <div className="skeleton qr-skeleton" />}
        <div>
          <p className="label-name">{name}</p>
          <p>{cooperative}</p>
          <p>{origin}</p>
          <p className="small">{t('label.scan')}</p>
          <p className="small url">{url}</p>
        </div>
      </div>
      <button type="button" className="button secondary no-print" onClick={() => window.print()}>{t('label.print')}</button>
    </section>
  );
}
