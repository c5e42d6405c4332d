import { type EmbedTarget, embedPath } from '../../../contract/api/embed-url.ts';

/** Pure helpers for the embed dialog: embed URLs, iframe snippets, sizes. */

export type SizePreset = 'small' | 'medium' | 'large' | 'wide' | 'custom';

export interface EmbedSize {
  /** Pixels, or '100%' for full width. */
  width: number | '100%';
  height: number;
}

export const SIZE_PRESETS: Record<Exclude<SizePreset, 'custom'>, EmbedSize> = {
  small: { width: 480, height: 320 },
  medium: { width: 640, height: 420 },
  large: { width: 960, height: 600 },
  wide: { width: '100%', height: 480 },
};

export const MIN_SIZE = { width: 200, height: 150 };
export const MAX_SIZE = { width: 4000, height: 3000 };

/** A custom size kept within what an embed can show. */
export function clampSize(width: number, height: number): EmbedSize {
  const clamp = (v: number, lo: number, hi: number) =>
    Number.isFinite(v) ? Math.min(Math.max(Math.round(v), lo), hi) : lo;
  return {
    width: clamp(width, MIN_SIZE.width, MAX_SIZE.width),
    height: clamp(height, MIN_SIZE.height, MAX_SIZE.height),
  };
}

/** An http(s) origin in normal form, or null (empty or not an origin). */
export function normalizeOrigin(value: string): string | null {
  const trimmed = value.trim();
  if (!trimmed) return null;
  try {
    const url = new URL(trimmed);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return url.origin;
  } catch {
    return null;
  }
}

export interface EmbedUrlOptions {
  lang: 'zh' | 'en';
  /** The host page's origin: the embed then talks to it alone. */
  hostOrigin?: string | null;
  /** Live entity embeds: show what had been reported by this date. */
  asOf?: string | null;
  /** Live entity embeds: the view on screen (its `x`, `add`, `hide`… parameters, as the explorer writes them). */
  view?: string;
}

/** The full embed URL with its options (`lang`, `origin`, `asOf`); never a token. */
export function embedUrl(serverOrigin: string, target: EmbedTarget, options: EmbedUrlOptions): string {
  const url = new URL(embedPath(target), serverOrigin);
  url.searchParams.set('lang', options.lang);
  if (options.hostOrigin) url.searchParams.set('origin', options.hostOrigin);
  if (options.asOf && target.kind === 'entity') url.searchParams.set('asOf', options.asOf);
  if (options.view && target.kind === 'entity')
    for (const [key, value] of new URLSearchParams(options.view)) url.searchParams.append(key, value);
  return url.href;
}

const escapeAttr = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The iframe to paste: sandboxed to what the embed needs (scripts, its own origin's API, links that
 * open guanxi in a new window outside the sandbox), lazy, with a title for screen readers.
 */
export function iframeSnippet(url: string, size: EmbedSize, title: string): string {
  const style = size.width === '100%' ? 'border:0;width:100%' : 'border:0;max-width:100%';
  return `<iframe src="${escapeAttr(url)}" width="${size.width}" height="${size.height}" title="${escapeAttr(
    title,
  )}" style="${style}" loading="lazy" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"></iframe>`;
}
