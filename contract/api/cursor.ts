/**
 * The article list's page cursor: the (time, id) of the last item, written `<epoch ms>.<id as UTF-8 hex>`
 * so that every string of that shape is a cursor (the route schema's pattern says exactly this).
 */
export const ARTICLE_CURSOR = '^-?\\d{1,16}\\.(?:[0-9a-f]{2}){0,600}$';
const CURSOR = new RegExp(ARTICLE_CURSOR);

export interface ArticleCursor {
  time: number;
  id: string;
}

export function encodeCursor({ time, id }: ArticleCursor): string {
  const hex = [...new TextEncoder().encode(id)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${time}.${hex}`;
}

export function decodeCursor(cursor: string): ArticleCursor | undefined {
  if (!CURSOR.test(cursor)) return undefined;
  const [time = '', hex = ''] = cursor.split('.');
  const bytes = Uint8Array.from(hex.match(/../g) ?? [], (pair) => Number.parseInt(pair, 16));
  return { time: Number(time), id: new TextDecoder().decode(bytes) };
}
