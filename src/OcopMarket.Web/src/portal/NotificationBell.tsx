// The header's bell for a signed-in user: the unread count, live (one stream per tab, see lib/notifications), a link to
// the list in the user's portal, and a polite live region that tells screen readers when the count changes.
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { Link } from 'react-router-dom';
import { addMessages, useI18n } from '../i18n/i18n';
import { notificationsEn, notificationsVi } from '../i18n/notifications.messages';
import { homeOf, useSession } from '../lib/auth';
import { liveState, onLiveChange, restartLive, startLive } from '../lib/notifications';

addMessages(notificationsVi, notificationsEn);

export default function NotificationBell() {
  const { t, lang } = useI18n();
  const { me } = useSession();
  const live = useSyncExternalStore(onLiveChange, liveState);
  useEffect(() => startLive(), []);
  // The newest notification's text comes in the stream's language: open it again in the new one.
  const firstLang = useRef(lang);
  useEffect(() => {
    if (lang !== firstLang.current) restartLive();
    firstLang.current = lang;
  }, [lang]);
  if (!me) return null;
  const n = live.unreadCount ?? 0;
  return (
    <>
      <Link to={`${homeOf(me.role)}/notifications`} className="bell" data-testid="notif-bell"
        aria-label={n > 0 ? t('notif.bell', { n }) : t('notif.bellNone')}>
        <svg aria-hidden="true" focusable="false" width="22" height="22" viewBox="0 0 24 24" fill="none" stroke="currentColor"
          strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
          <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
          <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
        </svg>
        {n > 0 && <span className="bell-count" data-testid="notif-count">{n > 99 ? '99+' : n}</span>}
      </Link>
      <span className="visually-hidden" role="status" aria-live="polite" data-testid="notif-announce">
        {n > 0 ? t('notif.announce', { n }) : ''}
      </span>
    </>
  );
}
