/**
 * The API token (for snapshots and corrections) lives in sessionStorage only: gone when the tab closes, never in
 * localStorage, a cookie or a URL.
 */
export const TOKEN_KEY = 'guanxi.apiToken';

export function readToken(): string {
  try {
    return sessionStorage.getItem(TOKEN_KEY) ?? '';
  } catch {
    return '';
  }
}

export function storeToken(token: string): void {
  try {
    if (token) sessionStorage.setItem(TOKEN_KEY, token);
    else sessionStorage.removeItem(TOKEN_KEY);
  } catch {
    // Storage blocked: the token is simply asked for again next time.
  }
}
