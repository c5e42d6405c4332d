import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { QueryState } from '../../components/QueryState.tsx';
import { reviewHref } from '../../lib/hrefs.ts';
import { useReviewQueue } from './api/get-review.ts';
import './review.css';

/** `/review`: articles nobody has reviewed yet, newest first, with what each brought into the graph. */
export function ReviewQueuePage() {
  const { t } = useTranslation();
  const { data, isPending, error, refetch } = useReviewQueue();
  return (
    <main id="main" className="review-queue" data-testid="review-queue">
      <h1>{t('review.queueTitle')}</h1>
      <QueryState isPending={isPending} error={error} retry={() => void refetch()} lines={6}>
        {data && (
          <>
            <p className="muted">{t('review.queueCount', { count: data.total })}</p>
            <ol>
              {data.items.map((item) => (
                <li key={item.id}>
                  <Link href={reviewHref(item.id)} lang="zh">
                    {item.title}
                  </Link>{' '}
                  <span className="muted">
                    {item.source ?? ''} {item.publishedAt?.slice(0, 10) ?? ''} ·{' '}
                    {t('review.counts', {
                      entities: item.entities,
                      relations: item.relations,
                      fresh: item.newEntities,
                      corrections: item.corrections,
                    })}
                  </span>
                </li>
              ))}
            </ol>
          </>
        )}
      </QueryState>
    </main>
  );
}
