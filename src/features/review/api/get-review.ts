import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ReviewArticle, ReviewQueue } from '../../../../contract/api/corrections.ts';
import { apiGet } from '../../../lib/api-client.ts';

export const reviewKeys = {
  all: ['review'] as const,
  queue: () => [...reviewKeys.all, 'queue'] as const,
  article: (id: string) => [...reviewKeys.all, 'article', id] as const,
};

export function reviewQueueOptions() {
  return queryOptions({
    queryKey: reviewKeys.queue(),
    queryFn: ({ signal }) => apiGet<ReviewQueue>('/review/queue', { limit: 100 }, signal),
  });
}

export function useReviewQueue() {
  return useQuery(reviewQueueOptions());
}

export function reviewArticleOptions(id: string) {
  return queryOptions({
    queryKey: reviewKeys.article(id),
    queryFn: ({ signal }) => apiGet<ReviewArticle>(`/review/articles/${encodeURIComponent(id)}`, {}, signal),
  });
}

export function useReviewArticle(id: string) {
  return useQuery(reviewArticleOptions(id));
}
