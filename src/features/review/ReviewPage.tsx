import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { CorrectionInput, ReviewArticle, TextSpan } from '../../../contract/api/corrections.ts';
import { useCorrect } from '../../components/corrections/api.ts';
import { CorrectionHistory } from '../../components/corrections/CorrectionHistory.tsx';
import { TokenField } from '../../components/corrections/TokenField.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { errorText } from '../../lib/error-text.ts';
import { reviewHref } from '../../lib/hrefs.ts';
import { readToken, storeToken } from '../../lib/token-store.ts';
import { useReviewArticle } from './api/get-review.ts';
import { ReviewEntities } from './ReviewEntities.tsx';
import { ReviewRelations } from './ReviewRelations.tsx';
import { ReviewText } from './ReviewText.tsx';
import '../../styles/article.css';
import './review.css';
import '../../components/corrections/corrections.css';

/** `/review/:articleId`: the article with what the extractor found, and every correction a reviewer can make. */
export function ReviewPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { data, isPending, error, refetch } = useReviewArticle(id);
  return (
    <main id="main" className="review-page" data-testid="review-page">
      <p>
        <Link href={reviewHref()}>{t('review.queue')}</Link>
      </p>
      <QueryState isPending={isPending} error={error} retry={() => void refetch()} lines={10}>
        {data && <ReviewBody review={data} />}
      </QueryState>
    </main>
  );
}

function ReviewBody({ review }: { review: ReviewArticle }) {
  const { t } = useTranslation();
  const [selection, setSelection] = useState<TextSpan | null>(null);
  const [current, setCurrent] = useState<string | null>(null);
  const [token, setToken] = useState(readToken);
  const correct = useCorrect();
  const send = (input: CorrectionInput) =>
    correct.mutate({ input, token }, { onSuccess: () => setSelection(null) });
  const articleId = review.article.id;
  const selected = selection ? review.article.text.slice(selection.start, selection.end) : '';
  return (
    <div className="review-layout">
      <article className="review-article">
        <h1 lang="zh">{review.article.title}</h1>
        <p className="muted">
          {review.article.source ?? ''} {review.article.publishedAt?.slice(0, 10) ?? ''}{' '}
          {review.reviewed ? (
            <span className="checked-badge" data-testid="reviewed-badge">
              {t('review.reviewedBy', { by: review.reviewed.by, at: review.reviewed.at.slice(0, 10) })}
            </span>
          ) : null}
        </p>
        <ReviewText
          text={review.article.text}
          entities={review.corrected.entities}
          selection={selection}
          current={current}
          onSelect={setSelection}
          onEntity={setCurrent}
        />
      </article>
      <aside className="review-panel" aria-label={t('review.panel')}>
        <TokenField
          token={token}
          onToken={(value) => {
            setToken(value);
            storeToken(value);
          }}
        />
        <p className="selection-line" data-testid="selection">
          {selection ? t('review.selection', { text: selected }) : t('review.selectHint')}
        </p>
        {correct.error && (
          <p role="alert" className="error">
            {errorText(correct.error, t)}
          </p>
        )}
        <ReviewEntities
          review={review}
          selection={selection}
          current={current}
          onCurrent={setCurrent}
          busy={correct.isPending || !token}
          send={send}
        />
        <ReviewRelations
          review={review}
          selection={selection}
          busy={correct.isPending || !token}
          send={send}
        />
        {!review.reviewed && (
          <button
            type="button"
            className="primary"
            data-testid="mark-reviewed"
            disabled={correct.isPending || !token}
            onClick={() => send({ op: 'review', article: articleId })}
          >
            {t('review.markReviewed')}
          </button>
        )}
        {review.corrections.length > 0 && (
          <>
            <h2>{t('corrections.history')}</h2>
            <CorrectionHistory
              corrections={[...review.corrections].reverse()}
              busy={correct.isPending}
              onUndo={token ? (c) => send({ op: 'undo', correction: c.id }) : undefined}
            />
          </>
        )}
      </aside>
    </div>
  );
}
