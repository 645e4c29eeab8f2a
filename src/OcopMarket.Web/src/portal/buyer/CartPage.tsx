import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { formatVnd } from '../../lib/format';
import { useTitle } from '../../lib/useTitle';
import { PageSkeleton } from '../../components/Skeleton';
import { checkout, offerCart, RemoveCartLineMutation, SetCartLinesMutation, useCheckout, useServerCart } from './cart';
import { lineIndex, lineMessage, type ServerError } from './lineErrors';
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

/** Waits this long after the last keystroke before sending a quantity. */
const QUANTITY_DELAY_MS = 400;

/**
 * Cart and checkout on one page: the server cart's lines per cooperative, priced by the server, each with its problems;
 * delivery address, note, and the one "place order" action, which orders the cart (placeOrder fromCart).
 */
export default function CartPage() {
  const { t, lang } = useI18n();
  useTitle(t('buyer.cart.title'));
  const navigate = useNavigate();
  const { buyer, fetching: fetchingBuyer } = useBuyer();
  const verified = buyer?.status === 'VERIFIED';
  const { cart: serverCart, fetching } = useServerCart(verified);
  const state = useCheckout(buyer?.id);
  const [, setLines] = useMutation(SetCartLinesMutation);
  const [, removeLine] = useMutation(RemoveCartLineMutation);
  const [, placeOrder] = useMutation(PlaceOrderMutation);
  const [errors, setErrors] = useState<ServerError[]>([]);
  const [general, setGeneral] = useState<string | null>(null);
  const [reused, setReused] = useState(false);
  const [busy, setBusy] = useState(false);
  const [drafts, setDrafts] = useState<Record<string, number>>({});
  const sending = useRef(false);
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const saves = useRef(new Set<Promise<unknown>>());
  const lines = serverCart?.lines ?? [];

  // The checkout's idempotency key is made when checkout opens and kept (with the address and note) across reloads.
  useEffect(() => {
    if (buyer && lines.length > 0 && !state.checkoutKey) checkout.ensureKey(buyer.id);
  }, [buyer, lines.length, state.checkoutKey]);

  if ((fetchingBuyer && !buyer) || (verified && fetching && !serverCart)) return <PageSkeleton />;
  if (!buyer) return null;
  const buyerId = buyer.id;

  function save(sku: string, quantity: number) {
    const sent = setLines({ input: { mode: 'MERGE', lines: [{ sku, quantity }] } }).then((r) => {
      offerCart(r.data?.setCartLines.cart);
      const e = r.data?.setCartLines.userErrors ?? [];
      if (e.length) setGeneral(e.map((x) => x.message).join(' '));
      setDrafts(({ [sku]: _, ...rest }) => rest);
    });
    saves.current.add(sent);
    void sent.finally(() => saves.current.delete(sent));
    return sent;
  }

  function setQuantity(sku: string, index: number, quantity: number, now = false) {
    setDrafts((d) => ({ ...d, [sku]: quantity }));
    setErrors((all) => all.filter((x) => lineIndex(x) !== index));
    const timer = timers.current.get(sku);
    if (timer) clearTimeout(timer);
    if (now) { timers.current.delete(sku); void save(sku, quantity); return; }
    timers.current.set(sku, setTimeout(() => { timers.current.delete(sku); void save(sku, quantity); }, QUANTITY_DELAY_MS));
  }

  /** Quantities typed but not sent yet go to the server before the order is placed from it. */
  async function flush() {
    for (const [sku, timer] of timers.current) {
      clearTimeout(timer);
      timers.current.delete(sku);
      if (drafts[sku] != null) void save(sku, drafts[sku]);
    }
    await Promise.all([...saves.current]);
  }

  const addresses = buyer.addresses;
  const addressId = state.addressId && addresses.some((a) => a.id === state.addressId)
    ? state.addressId : (addresses.find((a) => a.isDefault) ?? addresses[0])?.id ?? null;

  async function place() {
    if (sending.current) return; // a second click while the first is on its way sends nothing
    sending.current = true;
    setBusy(true);
    setGeneral(null);
    setReused(false);
    await flush();
    const key = checkout.ensureKey(buyerId);
    const address = addresses.find((a) => a.id === addressId);
    checkout.set(buyerId, { pending: true });
    const result = await placeOrder({
      input: {
        idempotencyKey: key,
        fromCart: true,
        note: state.note.trim() || null,
        deliveryAddress: address
          ? { recipient: address.recipient, phone: address.phone, line: address.line, commune: address.commune, provinceCode: address.provinceCode }
          : null,
      },
    }, { additionalTypenames: ['Cart'] });
    sending.current = false;
    setBusy(false);
    const payload = result.data?.placeOrder;
    if (payload?.purchaseOrder) {
      checkout.clear(buyerId);
      navigate(`/buyer/orders/${encodeURIComponent(payload.purchaseOrder.id)}?placed=1`);
      return;
    }
    if (!payload) {
      setGeneral(t('buyer.cart.notSent')); // nothing known: the same key makes a retry safe
      return;
    }
    checkout.set(buyerId, { pending: false });
    setErrors(payload.userErrors);
    if (payload.userErrors.some((e) => e.code === 'IDEMPOTENCY_KEY_REUSED')) setReused(true);
    const other = payload.userErrors.filter((e) => lineIndex(e) == null && e.code !== 'IDEMPOTENCY_KEY_REUSED');
    setGeneral(other.length ? other.map((e) => (e.code === 'BUYER_NOT_VERIFIED' ? t('buyer.cart.notVerified') : e.message)).join(' ')
      : payload.userErrors.length && !payload.userErrors.some((e) => e.code === 'IDEMPOTENCY_KEY_REUSED') ? t('buyer.cart.fixLines') : null);
  }

  const checkoutPanel = (
    <section className="card checkout" aria-labelledby="co-h">
      <h2 id="co-h">{t('buyer.cart.checkout')}</h2>
      {lines.length === 0 && <p className="notice-inline" role="status">{t('buyer.cart.pending')}</p>}
      <fieldset className="addresses">
        <legend>{t('buyer.cart.deliverTo')}</legend>
        {addresses.map((a) => (
          <label key={a.id} className="check address-choice">
            <input type="radio" name="address" value={a.id} checked={a.id === addressId}
              onChange={() => checkout.set(buyerId, { addressId: a.id })} />
            <span>{a.label && <strong>{a.label}: </strong>}{a.recipient}, {a.phone} — {a.line}, {a.commune}</span>
          </label>
        ))}
      </fieldset>
      <label htmlFor="co-note">{t('buyer.cart.note')}</label>
      <textarea id="co-note" rows={3} maxLength={1000} value={state.note}
        onChange={(e) => checkout.set(buyerId, { note: e.target.value })} />
      {lines.length > 0 && (
        <dl className="facts totals">
          <dt>{t('buyer.cart.estimate')}</dt>
          <dd data-testid="estimate">{formatVnd(serverCart?.total ?? 0)}</dd>
        </dl>
      )}
      <p className="muted small">{t('buyer.cart.serverPrices')}</p>
      {general && <p className="form-error" role="alert" data-testid="checkout-error">{general}</p>}
      {reused && (
        <div className="notice-inline" role="alert">
          <p>{t('buyer.cart.reused')}</p>
          <div className="actions">
            <Link className="button secondary" to="/buyer/orders">{t('buyer.nav.orders')}</Link>
            <button type="button" className="button secondary" onClick={() => { checkout.renewKey(buyerId); setReused(false); setErrors([]); }}>
              {t('buyer.cart.newCheckout')}
            </button>
          </div>
        </div>
      )}
      <button type="button" className="button" data-testid="place-order" onClick={place} disabled={busy || !verified}>
        {busy ? t('buyer.cart.placing') : t('buyer.cart.place')}
      </button>
    </section>
  );

  if (lines.length === 0) {
    // An order sent whose answer was lost emptied the cart if it was made: the same key finds it again.
    const retry = state.pending && state.checkoutKey != null;
    return (
      <div className="page narrow">
        <h1>{t('buyer.cart.title')}</h1>
        <VerificationNotice />
        {retry ? checkoutPanel : (
          <div className="empty" data-testid="cart-empty">
            <p>{t('buyer.cart.empty')}</p>
            <p><Link className="button" to="/buyer/quick-order">{t('buyer.nav.quick')}</Link></p>
            <p><Link to="/search">{t('buyer.browse')}</Link></p>
          </div>
        )}
      </div>
    );
  }

  const indexOf = new Map(lines.map((l, i) => [l.sku, i]));
  const groups: { key: string; name: string; rows: typeof lines }[] = (serverCart?.parts ?? []).map((p) => ({
    key: p.cooperative.id, name: p.cooperative.name, rows: p.lines.map((pl) => lines[indexOf.get(pl.sku)!]).filter(Boolean),
  }));
  const unknown = lines.filter((l) => !l.product);
  if (unknown.length) groups.push({ key: '?', name: t('buyer.cart.unknownCoop'), rows: unknown });

  return (
    <div className="page">
      <h1>{t('buyer.cart.title')}</h1>
      <VerificationNotice />
      <p className="muted small">{t('buyer.cart.onServer')}</p>
      {groups.map((group) => (
        <section key={group.key} className="card coop-part" aria-label={group.name}>
          <h2>{group.name}</h2>
          <ul className="cart-lines">
            {group.rows.map((line) => {
              const index = indexOf.get(line.sku)!;
              // The cart's own problems, then what placing the order said that they do not already say.
              const problems: ServerError[] = [...line.problems,
                ...errors.filter((e) => lineIndex(e) === index && !line.problems.some((p) => p.code === e.code))];
              const quantity = drafts[line.sku] ?? line.quantity;
              const inputId = `qty-${index}`;
              const errId = `qty-${index}-error`;
              const name = line.product ? ((lang === 'en' && line.product.nameEn) || line.product.name) : line.sku;
              return (
                <li key={line.sku} className="cart-line" data-sku={line.sku}>
                  <div className="cart-line-name">
                    <strong>{name}</strong>
                    {line.variant && <span className="muted small"> · {line.variant.name} · {line.sku}</span>}
                  </div>
                  <div className="cart-line-row">
                    <label htmlFor={inputId}>{t('product.quantity')}</label>
                    <input id={inputId} className="qty" type="number" inputMode="numeric" min={line.variant?.minOrderQuantity ?? 1}
                      step={line.variant?.orderIncrement ?? 1} value={quantity}
                      aria-invalid={problems.length > 0} aria-describedby={problems.length ? errId : undefined}
                      onChange={(e) => setQuantity(line.sku, index, Math.max(1, Math.floor(Number(e.target.value) || 1)))} />
                    <span className="muted">{line.variant?.unit}</span>
                    <span className="line-price" data-testid="line-price">
                      {line.unitPrice != null && line.priceSource
                        ? <>{formatVnd(line.unitPrice)} · <span className="muted small">{t(`buyer.source.${line.priceSource}` as MessageKey)}</span></>
                        : <span className="muted small">{t('buyer.cart.notPriced')}</span>}
                    </span>
                    <button type="button" className="button secondary" onClick={() => { void removeLine({ sku: line.sku }).then((r) => offerCart(r.data?.removeCartLine.cart)); setErrors([]); }}
                      aria-label={t('buyer.cart.removeLine', { sku: line.sku })}>{t('buyer.cart.remove')}</button>
                  </div>
                  {problems.length > 0 && (
                    <div id={errId} className="form-error" role="alert" data-testid="line-error">
                      {problems.map((e, k) => (
                        <p key={k} data-code={e.code}>
                          {e.code === 'OUT_OF_STOCK' ? t('buyer.line.OUT_OF_STOCK', { n: line.available }) : lineMessage(t, e, line.sku)}
                          {e.code === 'OUT_OF_STOCK' && line.available > 0 && (
                            <> <button type="button" className="button secondary" onClick={() => setQuantity(line.sku, index, line.available, true)}>
                              {t('buyer.cart.useAvailable', { n: line.available })}
                            </button></>
                          )}
                        </p>
                      ))}
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
      {checkoutPanel}
    </div>
  );
}
