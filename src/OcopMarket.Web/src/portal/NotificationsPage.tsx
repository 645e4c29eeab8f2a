// The signed-in user's notifications, in whichever portal they are (/coop, /buyer or /admin + /notifications):
// newest first, unread marked "New", opened (and so marked read) by their link, all marked read at once, and
// refreshed whenever the live stream says something changed.
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { Link } from 'react-router-dom';
import { useClient } from 'urql';
import { graphql } from '../gql';
import type { NotificationsQuery } from '../gql/graphql';
import { addMessages, useI18n } from '../i18n/i18n';
import { notificationsEn, notificationsVi } from '../i18n/notifications.messages';
import { liveState, onLiveChange, setUnreadCount } from '../lib/notifications';
import { useTitle } from '../lib/useTitle';
import { PageSkeleton } from '../components/Skeleton';

addMessages(notificationsVi, notificationsEn);

const NotificationsDocument = graphql(`
  query Notifications($first: Int, $after: String, $unreadOnly: Boolean) {
    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
      totalCount unreadCount
      nodes { id type text path createdAt readAt }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

const MarkReadDocument = graphql(`
  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input) { marked unreadCount userErrors { code message } }
  }
`);

type Item = NotificationsQuery['notifications']['nodes'][number];
const PageSize = 20;

const time = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false,
});
/** "07/12/2026 14:05", Vietnam time, in both languages. */
function when(iso: string): string {
  return time.format(new Date(iso)).replace(',', '');
}

export default function NotificationsPage() {
  const { t, lang } = useI18n();
  useTitle(t('notif.title'));
  const client = useClient();
  const live = useSyncExternalStore(onLiveChange, liveState);
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [items, setItems] = useState<Item[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [total, setTotal] = useState(0);
  const [failed, setFailed] = useState(false);

  const load = useCallback(async (after: string | null) => {
    const result = await client.query(NotificationsDocument, { first: PageSize, after, unreadOnly }, { requestPolicy: 'network-only' }).toPromise();
    const page = result.data?.notifications;
    if (!page) { setFailed(true); return; }
    setFailed(false);
    setItems((before) => (after && before ? [...before, ...page.nodes.filter((n) => !before.some((b) => b.id === n.id))] : page.nodes));
    setNext(page.pageInfo.hasNextPage ? page.pageInfo.endCursor ?? null : null);
    setTotal(page.totalCount);
    setUnreadCount(page.unreadCount);
  }, [client, unreadOnly]);

  // The first page again when the filter or language changes, or the stream reports a change.
  useEffect(() => { void load(null); }, [load, lang, live.latest?.id, live.unreadCount]);

  const markRead = async (input: { ids?: string[]; all?: boolean }) => {
    const result = await client.mutation(MarkReadDocument, { input }).toPromise();
    const payload = result.data?.markNotificationsRead;
    if (payload && payload.userErrors.length === 0) {
      setUnreadCount(payload.unreadCount);
      const now = new Date().toISOString();
      setItems((before) => before?.map((n) => (input.all || input.ids?.includes(n.id) ? { ...n, readAt: n.readAt ?? now } : n))
        .filter((n) => !unreadOnly || !n.readAt) ?? null);
    }
  };

  if (items === null && !failed) return <PageSkeleton />;
  const unread = live.unreadCount ?? 0;
  return (
    <div className="page notifications">
      <h1>{t('notif.title')}</h1>
      <p className="muted" data-testid="notif-unread">{t('notif.unreadCount', { n: unread })}</p>
      {!live.connected && live.unreadCount !== null && <p className="small muted" role="status">{t('notif.reconnecting')}</p>}
      <div className="notif-tools">
        <label className="check">
          <input type="checkbox" checked={unreadOnly} onChange={(e) => setUnreadOnly(e.target.checked)} data-testid="notif-unread-only" />
          {t('notif.unreadOnly')}
        </label>
        <button type="button" className="button secondary" disabled={unread === 0} onClick={() => void markRead({ all: true })}
          data-testid="notif-mark-all">{t('notif.markAll')}</button>
      </div>
      {failed && <p role="alert">{t('error.other.title')} <button type="button" className="button secondary" onClick={() => void load(null)}>{t('error.retry')}</button></p>}
      {items && items.length === 0 && <p className="card" data-testid="notif-empty">{t(unreadOnly ? 'notif.emptyUnread' : 'notif.empty')}</p>}
      {items && items.length > 0 && (
        <ul className="notif-list" aria-label={t('notif.title')} data-testid="notif-list" data-total={total}>
          {items.map((n) => (
            <li key={n.id} className={n.readAt ? 'notif' : 'notif unread'} data-type={n.type}>
              <Link to={n.path} onClick={() => { if (!n.readAt) void markRead({ ids: [n.id] }); }}>
                {!n.readAt && <span className="badge good">{t('notif.new')}</span>} {n.text}
              </Link>
              <span className="small muted"><time dateTime={n.createdAt}>{when(n.createdAt)}</time></span>
              {!n.readAt && (
                <button type="button" className="link-button small" onClick={() => void markRead({ ids: [n.id] })}>{t('notif.markRead')}</button>
              )}
            </li>
          ))}
        </ul>
      )}
      {next && <p><button type="button" className="button secondary" onClick={() => void load(next)} data-testid="notif-more">{t('notif.more')}</button></p>}
    </div>
  );
}
