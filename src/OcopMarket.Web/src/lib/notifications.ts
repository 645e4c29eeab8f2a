import { getToken, expireSession } from './session';
import { currentLang } from '../i18n/i18n';

// The signed-in user's unread count and newest notification, kept live by one stream per tab: the subscription
// notificationsChanged over GraphQL over SSE (POST /graphql, Accept: text/event-stream). fetch + ReadableStream rather
// than EventSource, because EventSource cannot send the bearer token. The stream ends when the token changes or the
// server stops; it is opened again after a pause that grows (1 s, 2 s, 4 s … 30 s) while it keeps failing.

export interface LiveNotification { id: string; type: string; text: string; path: string }
export interface LiveState { unreadCount: number | null; latest: LiveNotification | null; connected: boolean }

const Subscription = 'subscription NotificationsChanged { notificationsChanged { unreadCount latest { id type text path } } }';

let state: LiveState = { unreadCount: null, latest: null, connected: false };
const listeners = new Set<() => void>();
let controller: AbortController | null = null;
let users = 0;
let retry: ReturnType<typeof setTimeout> | null = null;

function set(next: Partial<LiveState>) {
  state = { ...state, ...next };
  listeners.forEach((l) => l());
}

export function liveState(): LiveState {
  return state;
}

export function onLiveChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** After markNotificationsRead: the count the server answered, before the stream says so too. */
export function setUnreadCount(n: number) {
  set({ unreadCount: n });
}

/** Starts the stream for this tab (counted: the last stop() closes it). */
export function startLive(): () => void {
  users++;
  if (users === 1) connect(0);
  return () => {
    users--;
    if (users === 0) close();
  };
}

/** Opens the stream again at once (the language or the token changed). */
export function restartLive() {
  if (users === 0) return;
  close();
  connect(0);
}

function close() {
  if (retry) clearTimeout(retry);
  retry = null;
  controller?.abort();
  controller = null;
  set({ connected: false });
}

function connect(failures: number) {
  const token = getToken();
  if (!token) return;
  const mine = new AbortController();
  controller = mine;
  read(token, mine.signal)
    .then((ended) => ended === 'unauthorized' ? expireSession() : schedule(0))
    .catch(() => { if (!mine.signal.aborted) schedule(failures + 1); });

  function schedule(nextFailures: number) {
    if (mine.signal.aborted || controller !== mine) return;
    set({ connected: false });
    const wait = Math.min(30_000, 1000 * 2 ** Math.min(nextFailures, 5));
    retry = setTimeout(() => { if (controller === mine) connect(nextFailures); }, wait);
  }
}

async function read(token: string, signal: AbortSignal): Promise<'ended' | 'unauthorized'> {
  const response = await fetch('/graphql', {
    method: 'POST',
    signal,
    headers: {
      'content-type': 'application/json',
      accept: 'text/event-stream',
      'accept-language': currentLang(),
      authorization: `Bearer ${token}`,
    },
    body: JSON.stringify({ query: Subscription, operationName: 'NotificationsChanged' }),
  });
  if (response.status === 401) return 'unauthorized';
  if (!response.ok || !response.body || !(response.headers.get('content-type') ?? '').startsWith('text/event-stream')) {
    throw new Error(`notifications stream: HTTP ${response.status}`);
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  let refused = false;
  for (;;) {
    const { value, done } = await reader.read();
    // A subscription the server refused (errors, then complete) is tried again later, not at once.
    if (done) { if (refused) throw new Error('notifications stream refused'); return 'ended'; }
    buffer += value;
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      if (!handle(block)) refused = true;
    }
  }
}

/** False when the server answered with errors instead of the state. */
function handle(block: string): boolean {
  let event = 'message';
  const data: string[] = [];
  for (const line of block.split('\n')) {
    if (line.startsWith(':')) continue; // heartbeat
    if (line.startsWith('event:')) event = line.slice(6).trim();
    else if (line.startsWith('data:')) data.push(line.slice(5).trimStart());
  }
  if (event !== 'next' || data.length === 0) return true;
  const result = JSON.parse(data.join('\n')) as {
    data?: { notificationsChanged?: { unreadCount: number; latest: LiveNotification | null } };
    errors?: unknown[];
  };
  const changed = result.data?.notificationsChanged;
  if (!changed) return false;
  set({ unreadCount: changed.unreadCount, latest: changed.latest, connected: true });
  return true;
}
