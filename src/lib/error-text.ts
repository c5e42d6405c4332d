import type { TFunction } from 'i18next';
import { ApiRequestError, NetworkError } from './api-client.ts';

/** A sentence that says what went wrong, in the UI language. */
export function errorText(error: unknown, t: TFunction): string {
  if (error instanceof NetworkError) return t('errors.network');
  if (error instanceof ApiRequestError) {
    const message = error.message;
    if (error.status === 404) return t('errors.notFound', { message });
    if (error.status === 400) return t('errors.badRequest', { message });
    if (error.status === 503) return t('errors.unavailable');
    return t('errors.server', { message });
  }
  return error instanceof Error ? error.message : String(error);
}
