import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { SearchHit } from '../../contract/api/payloads.ts';
import { NotFound } from '../components/NotFound.tsx';
import { Skeleton } from '../components/QueryState.tsx';
import { SearchBox } from '../features/search/SearchBox.tsx';
import { rasteriseIcons } from '../lib/entity-icons.ts';
import { isExplorerPath, viewHref } from '../lib/view/url-codec.ts';
import { applyViewAction } from '../lib/view/view-actions.ts';
import { isEmptyView } from '../lib/view/view-state.ts';
import { useViewStore } from '../lib/view/view-store.tsx';
import { ArticleRoute } from './ArticleRoute.tsx';
import { ViewUrlSync } from './explorer/ViewUrlSync.tsx';
import { articleSearchHref, HomePage } from './HomePage.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { UrlNotice } from './UrlNotice.tsx';

/** The explorer (Cytoscape and its layouts) loads on demand, so the start page and search come up first. */
const ExplorerRoute = lazy(() =>
  Promise.all([import('./explorer/ExplorerRoute.tsx'), rasteriseIcons()]).then(([m]) => ({
    default: m.ExplorerRoute,
  })),
);

/** The review pages load on demand too. */
const ReviewPage = lazy(() =>
  import('../features/review/ReviewPage.tsx').then((m) => ({ default: m.ReviewPage })),
);
const ReviewQueuePage = lazy(() =>
  import('../features/review/ReviewQueuePage.tsx').then((m) => ({ default: m.ReviewQueuePage })),
);

/** `/review` → '' (the queue), `/review/ID` → ID, anything else → null. */
function reviewId(pathname: string): string | null {
  if (/^\/review\/?$/.test(pathname)) return '';
  const m = /^\/review\/([^/]+)\/?$/.exec(pathname);
  if (!m?.[1]) return null;
  try {
    return decodeURIComponent(m[1]);
  } catch {
    return null;
  }
}

function articleId(pathname: string): string | null {
  const m = /^\/article\/([^/]+)\/?$/.exec(pathname);
  if (!m?.[1]) return null;
  try {
    return decodeURIComponent(m[1]);
  } catch {
    return null;
  }
}

/** The shell: skip link, top bar (brand, search, language) and the two kinds of page. */
export function App() {
  const { t } = useTranslation();
  const [pathname, navigate] = useLocation();
  const store = useViewStore();
  const onExplorer = isExplorerPath(pathname);
  const article = articleId(pathname);
  const review = reviewId(pathname);

  const open = (hit: SearchHit) => {
    store.act({ type: 'open', id: hit.id });
    if (!onExplorer) navigate(viewHref(applyViewAction(store.view, { type: 'open', id: hit.id })));
  };
  const add = (hit: SearchHit) => {
    if (onExplorer) store.act({ type: 'add', ids: [hit.id] });
    else store.addPending(hit.id);
  };

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="topbar">
        <a
          href="/"
          className="brand"
          aria-label={t('app.home')}
          onClick={(e) => {
            e.preventDefault();
            store.act({ type: 'reset' });
            if (!onExplorer) navigate('/');
          }}
        >
          关系 <span lang="en">guanxi</span>
        </a>
        <SearchBox onOpen={open} onAdd={add} onSearchText={(q) => navigate(articleSearchHref(q))} />
        <LanguageSwitch />
      </header>
      {article ? (
        <ArticleRoute id={article} />
      ) : review !== null ? (
        <Suspense fallback={<Skeleton label={t('review.loading')} lines={8} />}>
          {review ? <ReviewPage id={review} /> : <ReviewQueuePage />}
        </Suspense>
      ) : onExplorer ? (
        <>
          <ViewUrlSync />
          <UrlNotice />
          {isEmptyView(store.view) && pathname !== '/path' ? (
            <HomePage onOpen={(id) => store.act({ type: 'open', id })} />
          ) : (
            <Suspense fallback={<Skeleton label={t('canvas.loadingFocus')} lines={8} />}>
              <ExplorerRoute />
            </Suspense>
          )}
        </>
      ) : pathname === '/search' ? (
        <HomePage onOpen={(id) => navigate(viewHref(applyViewAction(store.view, { type: 'open', id })))} />
      ) : (
        <main id="main" className="home">
          <NotFound kind="page" id={pathname} />
        </main>
      )}
    </div>
  );
}
