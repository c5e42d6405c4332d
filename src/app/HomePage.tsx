import { useLocation, useSearch } from 'wouter';
import { ArticleSearch } from '../features/article-search/ArticleSearch.tsx';
import { Welcome } from '../features/welcome/Welcome.tsx';

/** The address of the article search for some words. */
export const articleSearchHref = (q: string) => `/search?q=${encodeURIComponent(q)}`;

/** The start page (`/`) and the article search (`/search?q=`): a way in through the articles. */
export function HomePage({ onOpen }: { onOpen: (id: string) => void }) {
  const [, navigate] = useLocation();
  const query = new URLSearchParams(useSearch()).get('q')?.trim() ?? '';
  return (
    <main id="main" className="home">
      <Welcome onOpen={onOpen}>
        <ArticleSearch key={query} query={query} onQuery={(q) => navigate(q ? articleSearchHref(q) : '/')} />
      </Welcome>
    </main>
  );
}
