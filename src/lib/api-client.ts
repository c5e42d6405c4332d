import type { ApiError } from '../../contract/api/payloads.ts';
import { connection } from './connection.ts';

export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiError | undefined,
  ) {
    super(body?.message ?? `Request failed with status ${status}`);
    this.name = 'ApiRequestError';
  }
}

/** The server could not be reached at all (offline, stopped, proxy down). */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = 'NetworkError';
  }
}

type QueryValue = string | number | boolean | undefined | null;
export type Query = Record<string, QueryValue | readonly string[]>;

/** `/api` + path + query; arrays become comma-separated lists as the API expects. */
export function apiUrl(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (Array.isArray(value)) {
      if (value.length > 0) params.set(key, value.join(','));
    } else if (value !== undefined && value !== null && value !== '') {
      params.set(key, String(value));
    }
  }
  const qs = params.toString();
  return `/api${path}${qs ? `?${qs}` : ''}`;
}

async function request(
  path: string,
  query: Query,
  signal: AbortSignal | undefined,
  accept: string,
  init: RequestInit = {},
) {
  let response: Response;
  try {
    response = await fetch(apiUrl(path, query), {
      ...init,
      signal,
      headers: { accept, ...(init.headers as Record<string, string> | undefined) },
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    connection.unreachable();
    throw new NetworkError(error);
  }
  if (response.status === 503) connection.unreachable();
  else connection.reached();
  if (!response.ok) {
    const body = (await response.json().catch(() => undefined)) as ApiError | undefined;
    throw new ApiRequestError(response.status, body);
  }
  return response;
}

/**
 * The one way the web app and the embeds read from the server: JSON under /api, errors as ApiRequestError
 * or NetworkError. No React in here (the embed page uses it without React).
 */
export async function apiGet<T>(path: string, query: Query = {}, signal?: AbortSignal): Promise<T> {
  const response = await request(path, query, signal, 'application/json');
  return (await response.json()) as T;
}

/** A JSON body POSTed to the API (writes send the token as a bearer header, never in the URL). */
export async function apiPost<T>(path: string, body: unknown, options: { token?: string } = {}): Promise<T> {
  const response = await request(path, {}, undefined, 'application/json', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    },
    body: JSON.stringify(body),
  });
  return (await response.json()) as T;
}

/** A file from the API (exports), with the name the server suggests. */
export async function apiDownload(
  path: string,
  query: Query,
  fallbackName: string,
): Promise<{ blob: Blob; filename: string }> {
  const response = await request(path, query, undefined, '*/*');
  const disposition = response.headers.get('content-disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  const plain = /filename="?([^";]+)"?/i.exec(disposition)?.[1];
  let filename = fallbackName;
  try {
    filename = star ? decodeURIComponent(star) : (plain ?? fallbackName);
  } catch {
    filename = plain ?? fallbackName;
  }
  return { blob: await response.blob(), filename };
}

/** The server could not be reached, or it could not reach the graph: worth trying again by itself. */
export function isTransient(error: unknown): boolean {
  return error instanceof NetworkError || (error instanceof ApiRequestError && error.status === 503);
}
