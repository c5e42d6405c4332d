import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { ArticleMention } from '../../../contract/api/payloads.ts';
import { NotFound } from '../../components/NotFound.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { ApiRequestError } from '../../lib/api-client.ts';
import { ArticleGraph } from './ArticleGraph.tsx';
import { ArticleImages } from './ArticleImages.tsx';
import { ArticleMeta } from './ArticleMeta.tsx';
import { ArticleText } from './ArticleText.tsx';
import { useArticle } from './api/get-article.ts';
import { RelatedCoverage } from './RelatedCoverage.tsx';
import '../../styles/article.css';

interface ArticlePageProps {
  id: string;
  /** Evidence offsets to mark and scroll to. */
  span: { start: number; end: number } | null;
  explorerHref: string;
  /** Entities picked here so far (added to the explorer's view). */
  added: readonly string[];
  onAdd: (mention: ArticleMention) => void;
}

/** The article reader: text with mentions, its own graph, related coverage; opens at an evidence sentence. */
export function ArticlePage({ id, span, explorerHref, added, onAdd }: ArticlePageProps) {
  const { t } = useTranslation();
  const article = useArticle(id);
  const [current, setCurrent] = useState<string | null>(null);
  const [lastAdded, setLastAdded] = useState<string | null>(null);
  const data = article.data;
  if (article.error instanceof ApiRequestError && article.error.status === 404) {
    return (
      <main id="main" className="home">
        <NotFound kind="article" id={id} />
      </main>
    );
  }
  return (
    <main id="main" className="article-page" data-testid="article-page">
      <nav className="article-nav">
        <Link href={explorerHref}>← {t('article.back')}</Link>
        {added.length > 0 && (
          <span role="status" className="added-note">
            {lastAdded && t('article.added', { name: lastAdded })} ·{' '}
            <Link href={explorerHref}>{t('article.openGraph', { count: added.length })}</Link>
          </span>
        )}
      </nav>
      <QueryState
        isPending={article.isPending}
        error={article.error}
        retry={() => void article.refetch()}
        loadingLabel={t('article.loading')}
        lines={10}
      >
        {data && (
          <div className="article-layout">
            <article className="article-body" aria-labelledby="article-title">
              <header>
                <h1 id="article-title" lang="zh">
                  {data.article.title}
                </h1>
                <ArticleMeta article={data.article} />
                <p className="muted legend-line">{t('article.legend')}</p>
              </header>
              <ArticleText
                text={data.article.text}
                mentions={data.mentions}
                evidence={span}
                current={current}
                onMention={(m) => {
                  setCurrent(m.entityId);
                  setLastAdded(m.name);
                  onAdd(m);
                }}
              />
              <ArticleImages images={data.article.images} />
            </article>
            <aside className="article-side">
              <section aria-labelledby="subgraph-title">
                <h2 id="subgraph-title">{t('article.subgraph')}</h2>
                <ArticleGraph graph={data.graph} selected={current} onSelect={setCurrent} />
              </section>
              <RelatedCoverage id={id} />
            </aside>
          </div>
        )}
      </QueryState>
    </main>
  );
}
