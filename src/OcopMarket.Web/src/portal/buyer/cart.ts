import { useSyncExternalStore } from 'react';

// STOPGAP until the API has a server-side cart (`cart`, `setCartLines`, `removeCartLine`): the cart lives in this
// browser's localStorage, one per buyer business, so it does not follow the buyer to another device. The server
// still prices and checks every line when the order is placed; what is kept here is only what to ask for.

/** What the product page knew about the variant when it was added (for showing the line; never sent as a price). */
export interface CartProduct {
  slug: string;
  name: string;
  nameEn?: string | null;
  variantName: string;
  unit: string;
  cooperativeName: string;
  cooperativeSlug: string;
  retailPrice: number;
  priceTiers: { minQuantity: number; unitPrice: number }[];
  minOrderQuantity: number;
  orderIncrement: number;
}

export interface CartLine {
  sku: string;
  quantity: number;
  /** Known for lines added on a product page; quick-order lines carry only SKU and quantity. */
  product?: CartProduct;
}

export interface CartState {
  lines: CartLine[];
  /** One idempotency key per checkout: made when checkout first opens, kept across reloads, dropped once ordered. */
  checkoutKey: string | null;
  /** Kept with the key: the server hashes lines, address and note, so a retry after a reload must send the same. */
  note: string;
  addressId: string | null;
}

const empty: CartState = { lines: [], checkoutKey: null, note: '', addressId: null };
const listeners = new Set<() => void>();
const cache = new Map<string, { raw: string | null; state: CartState }>();

const keyOf = (buyerId: string) => `ocop.cart.${buyerId}`;

function read(buyerId: string): CartState {
  let raw: string | null = null;
  try {
    raw = localStorage.getItem(keyOf(buyerId));
  } catch { /* storage disabled */ }
  const hit = cache.get(buyerId);
  if (hit && hit.raw === raw) return hit.state;
  let state = empty;
  try {
    const parsed = raw ? JSON.parse(raw) : null;
    if (parsed && Array.isArray(parsed.lines)) {
      state = {
        lines: parsed.lines.filter((l: CartLine) => typeof l.sku === 'string' && Number.isInteger(l.quantity) && l.quantity > 0),
        checkoutKey: typeof parsed.checkoutKey === 'string' ? parsed.checkoutKey : null,
        note: typeof parsed.note === 'string' ? parsed.note : '',
        addressId: typeof parsed.addressId === 'string' ? parsed.addressId : null,
      };
    }
  } catch { /* a broken entry is an empty cart */ }
  cache.set(buyerId, { raw, state });
  return state;
}

function write(buyerId: string, state: CartState) {
  try {
    localStorage.setItem(keyOf(buyerId), JSON.stringify(state));
  } catch { /* storage disabled: nothing is kept */ }
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener('storage', listener); // another tab changed the cart
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

export function useCart(buyerId: string | undefined): CartState {
  return useSyncExternalStore(subscribe, () => (buyerId ? read(buyerId) : empty));
}

export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return `checkout-${crypto.randomUUID()}`;
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `checkout-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

export const cart = {
  /** Adds to a line of the same SKU (quantities add up) or appends a new one. */
  add(buyerId: string, lines: CartLine[]) {
    const state = read(buyerId);
    const next = state.lines.map((l) => ({ ...l }));
    for (const line of lines) {
      const sku = line.sku.trim();
      const same = next.find((l) => l.sku === sku);
      if (same) {
        same.quantity += line.quantity;
        same.product ??= line.product;
      } else next.push({ ...line, sku });
    }
    write(buyerId, { ...state, lines: next });
  },
  setQuantity(buyerId: string, sku: string, quantity: number) {
    const state = read(buyerId);
    write(buyerId, { ...state, lines: state.lines.map((l) => (l.sku === sku ? { ...l, quantity } : l)) });
  },
  remove(buyerId: string, sku: string) {
    const state = read(buyerId);
    write(buyerId, { ...state, lines: state.lines.filter((l) => l.sku !== sku) });
  },
  /** The checkout's key, made once. */
  ensureKey(buyerId: string): string {
    const state = read(buyerId);
    if (state.checkoutKey) return state.checkoutKey;
    const key = newIdempotencyKey();
    write(buyerId, { ...state, checkoutKey: key });
    return key;
  },
  setCheckout(buyerId: string, change: { note?: string; addressId?: string }) {
    write(buyerId, { ...read(buyerId), ...change });
  },
  /** A new checkout (new key) for the same lines, after the old key made an order. */
  renewKey(buyerId: string) {
    write(buyerId, { ...read(buyerId), checkoutKey: newIdempotencyKey() });
  },
  /** After the order exists: the next checkout starts empty, with a new key. */
  clear(buyerId: string) {
    write(buyerId, empty);
  },
};

/** The price breaks' unit price for a quantity (the server's rule; agreements and quotes are applied by the server). */
export function tierPrice(product: CartProduct, quantity: number): { unitPrice: number; source: 'TIER' | 'RETAIL' } {
  let price = product.retailPrice;
  let reached = 0;
  for (const tier of product.priceTiers) {
    if (quantity >= tier.minQuantity && tier.minQuantity >= reached) { price = tier.unitPrice; reached = tier.minQuantity; }
  }
  return { unitPrice: price, source: price === product.retailPrice ? 'RETAIL' : 'TIER' };
}

/** Null when allowed, else which rule the quantity breaks (the server checks the same). */
export function quantityProblem(product: CartProduct, quantity: number): 'min' | 'step' | null {
  if (quantity < product.minOrderQuantity) return 'min';
  if (product.orderIncrement > 1 && (quantity - product.minOrderQuantity) % product.orderIncrement !== 0) return 'step';
  return null;
}
