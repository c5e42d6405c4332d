import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearch } from 'wouter';
import { Skeleton } from '../components/QueryState.tsx';
import { rasteriseIcons } from '../lib/entity-icons.ts';
import { viewHref } from '../lib/view/url-codec.ts';
import { useViewStore } from '../lib/view/view-store.tsx';

const ArticlePage = lazy(() =>
  Promise.all([import('../features/article/ArticlePage.tsx'), rasteriseIcons()]).then(([m]) => ({
    default: m.ArticlePage,
  })),
);

function spanOf(search: string): { start: number; end: number } | null {
  const q = new URLSearchParams(search);
  const start = Number(q.get('start'));
  const end = Number(q.get('end'));
  return q.has('start') &&
    q.has('end') &&
    Number.isInteger(start) &&
    Number.isInteger(end) &&
    end > start &&
    start >= 0
    ? { start, end }
    : null;
}

/** `/article/:id?start=&end=`: the reader, loaded on demand; names clicked there join the explorer's view. */
export function ArticleRoute({ id }: { id: string }) {
  const { t } = useTranslation();
  const search = useSearch();
  const store = useViewStore();
  return (
    <Suspense fallback={<Skeleton label={t('article.loading')} lines={10} />}>
      <ArticlePage
        id={id}
        span={spanOf(search)}
        explorerHref={viewHref(store.view)}
        added={store.pendingAdds}
        onAdd={(m) => store.addPending(m.entityId)}
      />
    </Suspense>
  );
}
