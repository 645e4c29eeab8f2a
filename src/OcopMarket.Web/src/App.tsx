import { lazy, Suspense } from 'react';
import { Link, Route, Routes } from 'react-router-dom';
import { useI18n } from './i18n/i18n';
import { PageSkeleton } from './components/Skeleton';
import { homeOf, useSession } from './lib/auth';

// Each page is its own chunk: the storefront never downloads pages it does not show (nor the portals to come).
const HomePage = lazy(() => import('./pages/HomePage'));
const SearchPage = lazy(() => import('./pages/SearchPage'));
const ProductPage = lazy(() => import('./pages/ProductPage'));
const CooperativePage = lazy(() => import('./pages/CooperativePage'));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage'));
// The portals and sign-in: chunks of their own, never loaded by the market's pages.
const LoginPage = lazy(() => import('./portal/LoginPage'));
const ChangePasswordPage = lazy(() => import('./portal/ChangePasswordPage'));
const CoopPortal = lazy(() => import('./portal/CoopPortal'));
const OtherPortals = lazy(() => import('./portal/OtherPortals'));
// A signed-in user's bell (its live stream and strings): never loaded for anonymous visitors of the market.
const NotificationBell = lazy(() => import('./portal/NotificationBell'));

export function App() {
  const { t, lang, setLang } = useI18n();
  const { status, me } = useSession();
  return (
    <>
      <a className="skip" href="#main">{t('skip')}</a>
      <header className="site-header">
        <Link to="/" className="brand">{t('app.name')}</Link>
        <nav aria-label={t('nav.home')} className="site-nav">
          <Link to="/search">{t('nav.search')}</Link>
          {status === 'signedIn' && me ? (
            <>
              <Link to={homeOf(me.role)} data-testid="my-portal">{t('nav.myPortal')}</Link>
              <Suspense fallback={null}><NotificationBell /></Suspense>
            </>
          ) : (
            <Link to="/login">{t('auth.signIn')}</Link>
          )}
          <button
            type="button"
            className="lang"
            lang={lang === 'vi' ? 'en' : 'vi'}
            aria-label={t('lang.switchLabel')}
            onClick={() => setLang(lang === 'vi' ? 'en' : 'vi')}
          >
            {t('lang.switch')}
          </button>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<PageSkeleton />}>
          <Routes>
            <Route path="/" element={<HomePage />} />
            <Route path="/search" element={<SearchPage />} />
            <Route path="/products/:slug" element={<ProductPage />} />
            <Route path="/cooperatives/:slug" element={<CooperativePage />} />
            <Route path="/login" element={<LoginPage />} />
            <Route path="/account/password" element={<ChangePasswordPage />} />
            <Route path="/coop/*" element={<CoopPortal />} />
            <Route path="/buyer/*" element={<OtherPortals role="BUYER" />} />
            <Route path="/admin/*" element={<OtherPortals role="ADMIN" />} />
            <Route path="*" element={<NotFoundPage />} />
          </Routes>
        </Suspense>
      </main>
      <footer className="site-footer">
        <p>{t('footer.text')} · <a href="/graphql">{t('nav.api')}</a></p>
      </footer>
    </>
  );
}
