import { useCallback, useSyncExternalStore } from 'react';
import { useClient, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { CartFieldsFragment } from '../../gql/graphql';

// The cart lives on the server (`cart`, `setCartLines`, `removeCartLine`), one per buyer business, so it follows the
// buyer to every device and member; the server prices every line as placeOrder charges and names each line's problems.
// This browser keeps only its checkout: the idempotency key (one per checkout, kept across reloads), the note and the
// address, which the server hashes with the key, and whether a placement's answer was lost.

const CartFields = graphql(`
  fragment CartFields on Cart {
    id version total updatedAt
    lines {
      sku quantity unitPrice priceSource lineTotal available
      product { id slug name nameEn cooperative { id name slug } }
      variant { sku name unit minOrderQuantity orderIncrement }
      problems { code field message }
    }
    parts { cooperative { id name slug } subtotal lines { sku } }
  }
`);

export const CartQuery = graphql(`
  query Cart {
    cart { ...CartFields }
  }
`);

// Each change answers with the whole cart, so the page shows what that change made without waiting for a refetch.
export const SetCartLinesMutation = graphql(`
  mutation SetCartLines($input: SetCartLinesInput!) {
    setCartLines(input: $input) {
      cart { ...CartFields }
      userErrors { code field message }
    }
  }
`);

export const RemoveCartLineMutation = graphql(`
  mutation RemoveCartLine($sku: String!) {
    removeCartLine(sku: $sku) { cart { ...CartFields } userErrors { code field message } }
  }
`);

export const VariantsQuery = graphql(`
  query Variants($skus: [String!]!) {
    variants(skus: $skus) { sku variant { sku minOrderQuantity orderIncrement unit } problem { code field message } }
  }
`);

export type ServerCart = CartFieldsFragment;

// The newest cart this tab has been told of, by version. Two quick changes (remove one line, then another) each
// refetch the cart; the answers can arrive in either order, and without this the older one could win and show a line
// that is gone. The server's version only grows, so the higher one is always the later state.
let newest: ServerCart | null = null;
const cartListeners = new Set<() => void>();
const newestCart = {
  offer(cart: ServerCart | null | undefined) {
    if (!cart || (newest && newest.id === cart.id && newest.version >= cart.version)) return;
    newest = cart;
    cartListeners.forEach((l) => l());
  },
  subscribe(listener: () => void) { cartListeners.add(listener); return () => { cartListeners.delete(listener); }; },
  get: () => newest,
};

/** Keeps the cart a change answered with, so every view of the cart shows it at once. */
export const offerCart = (cart: ServerCart | null | undefined) => newestCart.offer(cart);

/** The buyer's server cart (only a verified buyer has one): the query's answer or a later change's, whichever is newer. */
export function useServerCart(verified: boolean) {
  const [{ data, fetching, error }, refetch] = useQuery({ query: CartQuery, pause: !verified, requestPolicy: 'cache-and-network' });
  const known = useSyncExternalStore(newestCart.subscribe, newestCart.get);
  const queried = data?.cart ?? null;
  const cart = queried && known && known.id === queried.id && known.version > queried.version ? known : queried;
  return { cart, fetching, error, refetch };
}

export interface AddResult { ok: boolean; message?: string }

/**
 * Adds quantities to the server cart (a line of the same SKU adds up), on the version just read: when another device
 * changed the cart in between, the server says CONFLICT and the addition is made again on what it holds now.
 */
export function useAddToCart() {
  const client = useClient();
  return useCallback(async (lines: { sku: string; quantity: number }[]): Promise<AddResult> => {
    let current = (await client.query(CartQuery, {}, { requestPolicy: 'network-only' }).toPromise()).data?.cart;
    for (let attempt = 0; attempt < 3; attempt++) {
      if (!current) return { ok: false };
      const have = new Map(current.lines.map((l) => [l.sku, l.quantity]));
      const sums = new Map<string, number>();
      for (const l of lines) sums.set(l.sku.trim(), (sums.get(l.sku.trim()) ?? have.get(l.sku.trim()) ?? 0) + l.quantity);
      const result = await client.mutation(SetCartLinesMutation, {
        input: { mode: 'MERGE', expectedVersion: current.version, lines: [...sums].map(([sku, quantity]) => ({ sku, quantity })) },
      }).toPromise();
      const payload = result.data?.setCartLines;
      if (!payload) return { ok: false };
      offerCart(payload.cart);
      if (payload.userErrors.length === 0) return { ok: true };
      if (payload.userErrors.some((e) => e.code === 'CONFLICT')) {
        current = (await client.query(CartQuery, {}, { requestPolicy: 'network-only' }).toPromise()).data?.cart;
        continue;
      }
      return { ok: false, message: payload.userErrors.map((e) => e.message).join(' ') };
    }
    return { ok: false };
  }, [client]);
}

export interface CheckoutState {
  /** One idempotency key per checkout: made when checkout first opens, kept across reloads, dropped once ordered. */
  checkoutKey: string | null;
  /** Kept with the key: the server hashes the address and note with it, so a retry after a reload must send the same. */
  note: string;
  addressId: string | null;
  /** A placement was sent and no answer came back: the order may exist (the server then emptied the cart). */
  pending: boolean;
}

const empty: CheckoutState = { checkoutKey: null, note: '', addressId: null, pending: false };
const listeners = new Set<() => void>();
const cache = new Map<string, { raw: string | null; state: CheckoutState }>();

const keyOf = (buyerId: string) => `ocop.checkout.${buyerId}`;

function read(buyerId: string): CheckoutState {
  let raw: string | null = null;
  try {
    raw = localStorage.getItem(keyOf(buyerId));
  } catch { /* storage disabled */ }
  const hit = cache.get(buyerId);
  if (hit && hit.raw === raw) return hit.state;
  let state = empty;
  try {
    const parsed = raw ? JSON.parse(raw) : null;
    if (parsed && typeof parsed === 'object') {
      state = {
        checkoutKey: typeof parsed.checkoutKey === 'string' ? parsed.checkoutKey : null,
        note: typeof parsed.note === 'string' ? parsed.note : '',
        addressId: typeof parsed.addressId === 'string' ? parsed.addressId : null,
        pending: parsed.pending === true,
      };
    }
  } catch { /* a broken entry is a new checkout */ }
  cache.set(buyerId, { raw, state });
  return state;
}

function write(buyerId: string, state: CheckoutState) {
  try {
    localStorage.setItem(keyOf(buyerId), JSON.stringify(state));
  } catch { /* storage disabled: nothing is kept */ }
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener('storage', listener); // another tab changed the checkout
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

export function useCheckout(buyerId: string | undefined): CheckoutState {
  return useSyncExternalStore(subscribe, () => (buyerId ? read(buyerId) : empty));
}

export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return `checkout-${crypto.randomUUID()}`;
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `checkout-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

export const checkout = {
  /** The checkout's key, made once. */
  ensureKey(buyerId: string): string {
    const state = read(buyerId);
    if (state.checkoutKey) return state.checkoutKey;
    const key = newIdempotencyKey();
    write(buyerId, { ...state, checkoutKey: key });
    return key;
  },
  set(buyerId: string, change: Partial<CheckoutState>) {
    write(buyerId, { ...read(buyerId), ...change });
  },
  /** A new checkout (new key) for the same cart, after the old key made an order. */
  renewKey(buyerId: string) {
    write(buyerId, { ...read(buyerId), checkoutKey: newIdempotencyKey(), pending: false });
  },
  /** After the order exists: the next checkout starts afresh, with a new key. */
  clear(buyerId: string) {
    write(buyerId, empty);
  },
};

/** The price breaks' unit price for a quantity (the server's rule), for the product page's stepper before anything is added. */
export function tierPrice(product: { retailPrice: number; priceTiers: { minQuantity: number; unitPrice: number }[] }, quantity: number):
  { unitPrice: number; source: 'TIER' | 'RETAIL' } {
  let price = product.retailPrice;
  let reached = 0;
  for (const tier of product.priceTiers) {
    if (quantity >= tier.minQuantity && tier.minQuantity >= reached) { price = tier.unitPrice; reached = tier.minQuantity; }
  }
  return { unitPrice: price, source: price === product.retailPrice ? 'RETAIL' : 'TIER' };
}

/** Null when allowed, else which rule the quantity breaks (the server checks the same). */
export function quantityProblem(rules: { minOrderQuantity: number; orderIncrement: number }, quantity: number): 'min' | 'step' | null {
  if (quantity < rules.minOrderQuantity) return 'min';
  if (rules.orderIncrement > 1 && (quantity - rules.minOrderQuantity) % rules.orderIncrement !== 0) return 'step';
  return null;
}
