import { useState } from 'react';

/**
 * A product photo, or a calm placeholder with the name's initial when there is none or it cannot be loaded (the
 * cooperatives' image hosts are not always reachable). alt="" marks a decorative image.
 */
export function ProductImage({ src, alt, name, className }: { src?: string | null; alt: string; name: string; className?: string }) {
  const [failed, setFailed] = useState(false);
  if (!src || failed) {
    return (
      <div className={`img-placeholder ${className ?? ''}`} {...(alt ? { role: 'img', 'aria-label': alt } : { 'aria-hidden': true })}>
        <span aria-hidden="true">{name.slice(0, 1)}</span>
      </div>
    );
  }
  return <img className={className} src={src} alt={alt} loading="lazy" onError={() => setFailed(true)} />;
}
