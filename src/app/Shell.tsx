import { lazy, type MouseEvent, Suspense, useEffect, useState, useSyncExternalStore } from 'react';
import { db } from '../db/database';
import {
  GlobalDropZone,
  ImportPage,
  ImportStatus,
  ReviewDialog,
  SampleDataNotice,
  Welcome,
} from '../features/import';
import { SettingsPage } from '../features/settings';
import { TransactionsPage } from '../features/transactions';
import { type MessageKey, useI18n } from '../i18n';
import { useDeferredAfterLoad } from '../ui/useDeferredAfterLoad';
import { ErrorBoundary } from './ErrorBoundary';
import { StorageUpgradeNotice } from './StorageUpgradeNotice';
import { usePersistentStorage } from './usePersistentStorage';
import { useReviewCount } from './useReviewCount';
import { type Route, ROUTES, useRoute } from './useRoute';

// The dashboard is the landing view: start fetching its chunk (charts) at once, alongside the first data query.
const loadDashboard = () => import('../features/dashboard/DashboardPage');
type DashboardComponent = (typeof import('../features/dashboard/DashboardPage'))['default'];
let dashboardChunk: ReturnType<typeof loadDashboard> | null =
  location.hash === '' || location.hash.startsWith('#/dashboard') ? loadDashboard() : null;
let loadedDashboard: DashboardComponent | null = null;
void dashboardChunk?.then((module) => (loadedDashboard = module.default));

/**
 * Shows the dashboard once its chunk is here, without Suspense: React holds a suspended boundary's content back by
 * a fallback throttle (300 ms), which measurably delayed the first chart.
 */
function DashboardRoute() {
  const { t } = useI18n();
  const [Dashboard, setDashboard] = useState<DashboardComponent | null>(() => loadedDashboard);
  useEffect(() => {
    if (Dashboard) return;
    dashboardChunk ??= loadDashboard();
    void dashboardChunk.then((module) => setDashboard(() => module.default));
  }, [Dashboard]);
  return Dashboard ? <Dashboard /> : <div className="page muted">{t('common.loading')}</div>;
}

const ReviewPage = lazy(() => import('../features/transactions/review/ReviewPage'));
const CategoriesPage = lazy(() => import('../features/categories/CategoriesPage'));
const RevealPage = lazy(() => import('../features/reveal/RevealPage'));

function Page({ route, empty }: { route: Route; empty: boolean }) {
  const { t } = useI18n();
  if (route === 'import') return <ImportPage />;
  if (route === 'settings') return <SettingsPage />;
  if (empty) return <Welcome />;
  if (route === 'transactions') return <TransactionsPage />;
  if (route === 'dashboard') return <DashboardRoute />;
  return (
    <Suspense fallback={<div className="page muted">{t('common.loading')}</div>}>
      {route === 'review' ? <ReviewPage /> : route === 'reveal' ? <RevealPage /> : <CategoriesPage />}
    </Suspense>
  );
}

/** Glyphs over the labels of the phone's bottom tab bar (hidden on wide screens). */
const NAV_ICONS: Record<Route, string> = {
  dashboard: '◔',
  transactions: '≡',
  review: '✓',
  categories: '◈',
  reveal: '◉',
  import: '⇪',
  settings: '⚙',
};

/** The skip link moves focus into the page without touching the hash (the hash is the route). */
function focusMain(event: MouseEvent) {
  event.preventDefault();
  document.getElementById('main')?.focus();
}

/** How many transactions are stored (undefined while they load); renders again only when the number changes. */
function useStoredCount(): number | undefined {
  useEffect(() => {
    void db.store.ready();
  }, []);
  return useSyncExternalStore(db.store.subscribe, () => (db.store.isReady ? db.store.count : undefined));
}

/** The number beside "Needs review": its own component, so a change of the count renders only the badge. */
function ReviewCountBadge() {
  const reviewCount = useReviewCount();
  return reviewCount ? (
    <span className="nav-count" data-testid="review-count">
      {reviewCount}
    </span>
  ) : null;
}

export function Shell() {
  const { t } = useI18n();
  const route = useRoute();
  // Only the number of rows: an edit changes rows, not their number, and leaves the whole app unrendered.
  const count = useStoredCount();
  usePersistentStorage((count ?? 0) > 0);
  // The first import's rows replace the welcome page at low priority: its result paints first.
  const pageCount = useDeferredAfterLoad(count);
  return (
    <div className="shell">
      <a className="skip-link" href="#main" onClick={focusMain}>
        {t('views.skip')}
      </a>
      <header className="topbar">
        <a className="brand" href="#/dashboard">
          <span className="brand-mark" aria-hidden="true">
            K
          </span>
          {t('app.name')}
        </a>
        <nav aria-label={t('nav.main')} className="nav">
          {ROUTES.map((name) => (
            <a
              key={name}
              href={`#/${name}`}
              className="nav-link"
              aria-current={route === name ? 'page' : undefined}
            >
              <span className="nav-icon" aria-hidden="true">
                {NAV_ICONS[name]}
              </span>
              <span>{t(`nav.${name}` as MessageKey)}</span>
              {name === 'review' ? <ReviewCountBadge /> : null}
            </a>
          ))}
        </nav>
        <span className="privacy-badge">{t('privacy.badge')}</span>
      </header>
      <StorageUpgradeNotice />
      <ImportStatus />
      <SampleDataNotice />
      <main className="main" id="main" tabIndex={-1}>
        <ErrorBoundary
          key={route}
          title={t('error.boundary.title')}
          body={t('error.boundary.body')}
          retry={t('error.boundary.retry')}
        >
          {pageCount === undefined ? null : <Page route={route} empty={pageCount === 0} />}
        </ErrorBoundary>
      </main>
      <GlobalDropZone />
      <ReviewDialog />
    </div>
  );
}
