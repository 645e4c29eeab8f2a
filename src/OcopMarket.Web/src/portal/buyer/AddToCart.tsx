import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../lib/auth';
import { formatVnd } from '../../lib/format';
import { quantityProblem, tierPrice, useAddToCart } from './cart';

interface Variant {
  sku: string; name: string; nameEn?: string | null; unit: string; retailPrice: number;
  minOrderQuantity: number; orderIncrement: number; stockAvailable: number;
  priceTiers: { minQuantity: number; unitPrice: number }[];
}
interface Product { slug: string; name: string; nameEn?: string | null; cooperative: { name: string; slug: string } }

/**
 * "Add to cart" on a product page, for signed-in buyers only: a stepper that starts at the minimum order and moves in
 * case packs, and the price break it reaches. Everyone else sees nothing (the market stays as it was).
 */
export function AddToCart({ product, variant }: { product: Product; variant: Variant }) {
  const { t } = useI18n();
  const { me } = useSession();
  const step = Math.max(1, variant.orderIncrement);
  const min = Math.max(1, variant.minOrderQuantity);
  const [quantity, setQuantity] = useState(min);
  const [added, setAdded] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const addToCart = useAddToCart();
  if (me?.role !== 'BUYER' || !me.buyer) return null;
  const info = { retailPrice: variant.retailPrice, priceTiers: variant.priceTiers, minOrderQuantity: min, orderIncrement: step };
  async function add() {
    setBusy(true);
    setFailed(null);
    const result = await addToCart([{ sku: variant.sku, quantity }]);
    setBusy(false);
    if (result.ok) setAdded(true);
    else setFailed(result.message ?? t('buyer.cart.notAdded'));
  }
  const rule = quantityProblem(info, quantity);
  const id = `add-${variant.sku}`;
  return (
    <div className="add-to-cart" data-testid="add-to-cart">
      <label htmlFor={id}>{t('product.quantity')} ({variant.unit})</label>
      <div className="stepper">
        <button type="button" className="button secondary" aria-label={t('buyer.cart.less')} disabled={quantity - step < min}
          onClick={() => { setQuantity((q) => Math.max(min, q - step)); setAdded(false); }}>−</button>
        <input id={id} type="number" inputMode="numeric" min={min} step={step} value={quantity} aria-invalid={!!rule}
          onChange={(e) => { setQuantity(Math.max(1, Math.floor(Number(e.target.value) || min))); setAdded(false); }} />
        <button type="button" className="button secondary" aria-label={t('buyer.cart.more')}
          onClick={() => { setQuantity((q) => q + step); setAdded(false); }}>+</button>
      </div>
      <p className="small">{t('buyer.cart.unitAt', { price: formatVnd(tierPrice(info, quantity).unitPrice) })}</p>
      {rule && <p className="form-error small" role="alert">{t(rule === 'min' ? 'buyer.line.minShort' : 'buyer.line.stepShort', { min, step, unit: variant.unit })}</p>}
      {variant.stockAvailable < quantity && <p className="form-error small">{t('buyer.line.OUT_OF_STOCK', { n: variant.stockAvailable })}</p>}
      <button type="button" className="button" disabled={!!rule || variant.stockAvailable === 0 || busy}
        onClick={() => void add()}>
        {t('buyer.cart.add')}
      </button>
      {failed && <p className="form-error small" role="alert">{failed}</p>}
      {added && <p className="form-ok small" role="status">{t('buyer.cart.added')} <Link to="/buyer/cart">{t('buyer.cart.open')}</Link></p>}
    </div>
  );
}
