import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { QueryState } from '../../components/QueryState.tsx';
import { articleHref } from '../../lib/hrefs.ts';
import { chinaDay } from '../../lib/names.ts';
import { useRelatedArticles } from './api/get-related.ts';

/** The page's own links (previous, next, related) and the other articles that share its entities. */
export function RelatedCoverage({ id }: { id: string }) {
  const { t } = useTranslation();
  const related = useRelatedArticles(id);
  return (
    <section className="related" aria-labelledby="related-title" data-testid="related">
      <h2 id="related-title">{t('article.related')}</h2>
      <QueryState isPending={related.isPending} error={related.error} retry={() => void related.refetch()}>
        {related.data && (
          <>
            <h3>{t('article.shared')}</h3>
            {related.data.shared.length === 0 && <p className="muted">{t('article.noRelated')}</p>}
            <ul className="shared-list" data-testid="shared-coverage">
              {related.data.shared.map((s) => (
                <li key={s.article.id}>
                  <Link href={articleHref(s.article.id)} lang="zh">
                    {s.article.title}
                  </Link>
                  <div className="muted">
                    {s.article.source ?? ''} {chinaDay(s.article.publishedAt) ?? ''}
                  </div>
                  <div className="shares" lang="zh">
                    {t('article.shares', { names: s.sharedEntities.map((e) => e.name).join('、') })}
                  </div>
                </li>
              ))}
            </ul>
            {related.data.links.length > 0 && (
              <>
                <h3>{t('article.links')}</h3>
                <ul className="link-list" data-testid="page-links">
                  {related.data.links.map((l) => (
                    <li key={`${l.relation}|${l.title}`}>
                      <span className="badge">{t(`article.link.${l.relation}`)}</span>{' '}
                      {l.article.stub ? (
                        <span lang="zh">{l.title}</span>
                      ) : (
                        <Link href={articleHref(l.article.id)} lang="zh">
                          {l.title}
                        </Link>
                      )}{' '}
                      <span className="muted">
                        {l.date ?? ''}
                        {l.article.stub && ` · ${t('common.stub')}`}
                      </span>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </>
        )}
      </QueryState>
    </section>
  );
}
