import { Link } from 'wouter';
import type { ArticleListItem } from '../../contract/api/payloads.ts';
import { articleHref } from '../lib/hrefs.ts';
import { chinaDay } from '../lib/names.ts';
import { SnippetText } from './SnippetText.tsx';

/** One article in a list: its title (a link to the reader), source and date, and the hit in context. */
export function ArticleLine({ article }: { article: ArticleListItem }) {
  const meta = [article.source, chinaDay(article.publishedAt)].filter(Boolean).join(' · ');
  return (
    <li className="article-line">
      <Link href={articleHref(article.id)} lang="zh">
        {article.title}
      </Link>
      {meta && <span className="muted"> {meta}</span>}
      {article.snippet && (
        <p className="article-snippet">
          <SnippetText snippet={article.snippet} />
        </p>
      )}
    </li>
  );
}
