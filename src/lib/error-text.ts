import type { TFunction } from 'i18next';
import { ApiRequestError, NetworkError } from './api-client.ts';

/**
 * A sentence that says what went wrong, in the UI language. The server's own message is English: the
 * English sentences quote it, the Chinese ones say the same with the status and the parameter only.
 */
export function errorText(error: unknown, t: TFunction): string {
  if (error instanceof NetworkError) return t('errors.network');
  if (error instanceof ApiRequestError) {
    const values = { message: error.message, status: error.status, parameter: error.body?.parameter ?? '' };
    if (error.status === 404) return t('errors.notFound', values);
    if (error.status === 400) return t('errors.badRequest', values);
    if (error.status === 503) return t('errors.unavailable');
    return t('errors.server', values);
  }
  return t('errors.server', { message: error instanceof Error ? error.message : String(error), status: '' });
}
