import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { formatVnd } from '../../lib/format';
import { useTitle } from '../../lib/useTitle';
import { PageSkeleton } from '../../components/Skeleton';
import { cart, quantityProblem, tierPrice, useCart, type CartLine } from './cart';
import { available, lineIndex, lineMessage, type ServerError } from './lineErrors';
import { useBuyer } from './useBuyer';
import { VerificationNotice } from './BuyerPortal';

const PlaceOrderMutation = graphql(`
  mutation PlaceOrder($input: PlaceOrderInput!) {
    placeOrder(input: $input) {
      purchaseOrder { id number total }
      userErrors { code field message }
    }
  }
`);

const MyAgreementsQuery = graphql(`
  query CartAgreements { supplyAgreements { id sku unitPrice status validFrom validTo } }
`);

function todayInVietnam(): string {
  return new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
}

interface Priced { unitPrice: number | null; source: 'TIER' | 'RETAIL' | 'AGREEMENT' | null }

/** Cart and checkout on one page: lines per cooperative, delivery address, note, and the one "place order" action. */
export default function CartPage() {
  const { t, lang } = useI18n();
  useTitle(t('buyer.cart.title'));
  const navigate = useNavigate();
  const { buyer, fetching } = useBuyer();
  const state = useCart(buyer?.id);
  const [{ data: agreements }] = useQuery({ query: MyAgreementsQuery, pause: buyer?.status !== 'VERIFIED' });
  const [, placeOrder] = useMutation(PlaceOrderMutation);
  const [errors, setErrors] = useState<ServerError[]>([]);
  const [general, setGeneral] = useState<string | null>(null);
  const [reused, setReused] = useState(false);
  const [busy, setBusy] = useState(false);
  const sending = useRef(false);

  // The checkout's idempotency key is made when checkout opens and kept (with the lines, address and note) across reloads.
  useEffect(() => {
    if (buyer && state.lines.length > 0 && !state.checkoutKey) cart.ensureKey(buyer.id);
  }, [buyer, state.lines.length, state.checkoutKey]);

  if (fetching && !buyer) return <PageSkeleton />;
  if (!buyer) return null;
  const buyerId = buyer.id;

  const today = todayInVietnam();
  const agreed = new Map((agreements?.supplyAgreements ?? [])
    .filter((a) => a.status === 'ACTIVE' && a.validFrom <= today && today <= a.validTo).map((a) => [a.sku, a.unitPrice]));
  const price = (l: CartLine): Priced => {
    if (agreed.has(l.sku)) return { unitPrice: agreed.get(l.sku)!, source: 'AGREEMENT' };
    if (!l.product) return { unitPrice: null, source: null };
    return tierPrice(l.product, l.quantity);
  };

  const addresses = buyer.addresses;
  const addressId = state.addressId && addresses.some((a) => a.id === state.addressId)
    ? state.addressId : (addresses.find((a) => a.isDefault) ?? addresses[0])?.id ?? null;

  const errorsOf = (i: number) => errors.filter((e) => lineIndex(e) === i);
  const groups = new Map<string, { line: CartLine; index: number }[]>();
  state.lines.forEach((line, index) => {
    const key = line.product?.cooperativeName ?? '';
    groups.set(key, [...(groups.get(key) ?? []), { line, index }]);
  });
  const known = state.lines.filter((l) => price(l).unitPrice != null);
  const estimate = known.reduce((s, l) => s + price(l).unitPrice! * l.quantity, 0);
  const unpriced = state.lines.length - known.length;

  async function place() {
    if (sending.current) return; // a second click while the first is on its way sends nothing
    sending.current = true;
    setBusy(true);
    setGeneral(null);
    setReused(false);
    const key = cart.ensureKey(buyerId);
    const address = addresses.find((a) => a.id === addressId);
    const result = await placeOrder({
      input: {
        idempotencyKey: key,
        lines: state.lines.map((l) => ({ sku: l.sku, quantity: l.quantity })),
        note: state.note.trim() || null,
        deliveryAddress: address
          ? { recipient: address.recipient, phone: address.phone, line: address.line, commune: address.commune, provinceCode: address.provinceCode }
          : null,
      },
    });
    sending.current = false;
    setBusy(false);
    const payload = result.data?.placeOrder;
    if (payload?.purchaseOrder) {
      cart.clear(buyerId);
      navigate(`/buyer/orders/${encodeURIComponent(payload.purchaseOrder.id)}?placed=1`);
      return;
    }
    if (!payload) {
      setGeneral(t('buyer.cart.notSent')); // nothing known: the same key makes a retry safe
      return;
    }
    setErrors(payload.userErrors);
    if (payload.userErrors.some((e) => e.code === 'IDEMPOTENCY_KEY_REUSED')) setReused(true);
    const other = payload.userErrors.filter((e) => lineIndex(e) == null && e.code !== 'IDEMPOTENCY_KEY_REUSED');
    setGeneral(other.length ? other.map((e) => (e.code === 'BUYER_NOT_VERIFIED' ? t('buyer.cart.notVerified') : e.message)).join(' ')
      : payload.userErrors.length && !payload.userErrors.some((e) => e.code === 'IDEMPOTENCY_KEY_REUSED') ? t('buyer.cart.fixLines') : null);
  }

  if (state.lines.length === 0) {
    return (
      <div className="page narrow">
        <h1>{t('buyer.cart.title')}</h1>
        <VerificationNotice />
        <div className="empty" data-testid="cart-empty">
          <p>{t('buyer.cart.empty')}</p>
          <p><Link className="button" to="/buyer/quick-order">{t('buyer.nav.quick')}</Link></p>
          <p><Link to="/search">{t('buyer.browse')}</Link></p>
        </div>
      </div>
    );
  }

  return (
    <div className="page">
      <h1>{t('buyer.cart.title')}</h1>
      <VerificationNotice />
      <p className="muted small">{t('buyer.cart.stopgap')}</p>
      {[...groups].map(([coop, rows]) => (
        <section key={coop || '?'} className="card coop-part" aria-label={coop || t('buyer.cart.unknownCoop')}>
          <h2>{coop || t('buyer.cart.unknownCoop')}</h2>
          <ul className="cart-lines">
            {rows.map(({ line, index }) => {
              const p = price(line);
              const lineErrors = errorsOf(index);
              const rule = line.product ? quantityProblem(line.product, line.quantity) : null;
              const inputId = `qty-${index}`;
              const errId = `qty-${index}-error`;
              return (
                <li key={line.sku} className="cart-line" data-sku={line.sku}>
                  <div className="cart-line-name">
                    <strong>{line.product ? ((lang === 'en' && line.product.nameEn) || line.product.name) : line.sku}</strong>
                    {line.product && <span className="muted small"> · {line.product.variantName} · {line.sku}</span>}
                  </div>
                  <div className="cart-line-row">
                    <label htmlFor={inputId}>{t('product.quantity')}</label>
                    <input id={inputId} className="qty" type="number" inputMode="numeric" min={line.product?.minOrderQuantity ?? 1}
                      step={line.product?.orderIncrement ?? 1} value={line.quantity}
                      aria-invalid={lineErrors.length > 0 || !!rule} aria-describedby={lineErrors.length || rule ? errId : undefined}
                      onChange={(e) => {
                        const n = Math.max(1, Math.floor(Number(e.target.value) || 1));
                        cart.setQuantity(buyerId, line.sku, n);
                        setErrors((all) => all.filter((x) => lineIndex(x) !== index));
                      }} />
                    <span className="muted">{line.product?.unit}</span>
                    <span className="line-price" data-testid="line-price">
                      {p.unitPrice != null
                        ? <>{formatVnd(p.unitPrice)} · <span className="muted small">{t(`buyer.source.${p.source}` as MessageKey)}</span></>
                        : <span className="muted small">{t('buyer.cart.pricedByServer')}</span>}
                    </span>
                    <button type="button" className="button secondary" onClick={() => cart.remove(buyerId, line.sku)}
                      aria-label={t('buyer.cart.removeLine', { sku: line.sku })}>{t('buyer.cart.remove')}</button>
                  </div>
                  {(lineErrors.length > 0 || rule) && (
                    <div id={errId} className="form-error" role="alert" data-testid="line-error">
                      {lineErrors.map((e, k) => (
                        <p key={k} data-code={e.code}>
                          {lineMessage(t, e, line.sku)}
                          {e.code === 'OUT_OF_STOCK' && (available(e) ?? 0) > 0 && (
                            <> <button type="button" className="button secondary" onClick={() => {
                              cart.setQuantity(buyerId, line.sku, available(e)!);
                              setErrors((all) => all.filter((x) => lineIndex(x) !== index));
                            }}>{t('buyer.cart.useAvailable', { n: available(e)! })}</button></>
                          )}
                        </p>
                      ))}
                      {lineErrors.length === 0 && rule && line.product && (
                        <p>{t(rule === 'min' ? 'buyer.line.minShort' : 'buyer.line.stepShort',
                          { min: line.product.minOrderQuantity, step: line.product.orderIncrement, unit: line.product.unit })}</p>
                      )}
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      ))}

      <section className="card checkout" aria-labelledby="co-h">
        <h2 id="co-h">{t('buyer.cart.checkout')}</h2>
        <fieldset className="addresses">
          <legend>{t('buyer.cart.deliverTo')}</legend>
          {addresses.map((a) => (
            <label key={a.id} className="check address-choice">
              <input type="radio" name="address" value={a.id} checked={a.id === addressId}
                onChange={() => cart.setCheckout(buyerId, { addressId: a.id })} />
              <span>{a.label && <strong>{a.label}: </strong>}{a.recipient}, {a.phone} — {a.line}, {a.commune}</span>
            </label>
          ))}
        </fieldset>
        <label htmlFor="co-note">{t('buyer.cart.note')}</label>
        <textarea id="co-note" rows={3} maxLength={1000} value={state.note}
          onChange={(e) => cart.setCheckout(buyerId, { note: e.target.value })} />
        <dl className="facts totals">
          <dt>{t('buyer.cart.estimate')}</dt>
          <dd data-testid="estimate">{formatVnd(estimate)}</dd>
        </dl>
        {unpriced > 0 && <p className="muted small">{t('buyer.cart.unpricedNote', { n: unpriced })}</p>}
        <p className="muted small">{t('buyer.cart.serverPrices')}</p>
        {general && <p className="form-error" role="alert" data-testid="checkout-error">{general}</p>}
        {reused && (
          <div className="notice-inline" role="alert">
            <p>{t('buyer.cart.reused')}</p>
            <div className="actions">
              <Link className="button secondary" to="/buyer/orders">{t('buyer.nav.orders')}</Link>
              <button type="button" className="button secondary" onClick={() => { cart.renewKey(buyerId); setReused(false); setErrors([]); }}>
                {t('buyer.cart.newCheckout')}
              </button>
            </div>
          </div>
        )}
        <button type="button" className="button" data-testid="place-order" onClick={place} disabled={busy || buyer.status !== 'VERIFIED'}>
          {busy ? t('buyer.cart.placing') : t('buyer.cart.place')}
        </button>
      </section>
    </div>
  );
}
