import { type EmbedTarget, parseEmbedUrl } from '../../contract/api/embed-url.ts';
import { articleHref, entityHref, pathHref } from '../lib/hrefs.ts';
import { GRAPH_PARAMS, readViewUrl } from '../lib/view/url-codec.ts';
import type { View } from '../lib/view/view-state.ts';
import type { EmbedLang } from './strings.ts';

/** What an embed page was asked to show, read from its own URL. */
export interface EmbedParams {
  target: EmbedTarget;
  /** `?lang=zh|en`; null: the snapshot's language, else the reader's browser decides. */
  lang: EmbedLang | null;
  /** `?origin=https://host.example`: the only origin the host-page API talks to. Null when absent. */
  origin: string | null;
  /** `?origin=` was given but is not an http(s) origin: the host-page API stays off. */
  badOrigin: boolean;
  /** `?asOf=YYYY-MM-DD` (live entity embeds): what had been reported by then. */
  asOf: string | null;
  /**
   * A live entity embed of an explorer view (`x`, `add`, `hide`… as the explorer writes them): the view
   * on screen, read as the explorer reads it. Null: the entity's own neighbourhood.
   */
  view: View | null;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** An http(s) origin in its normal form (`https://host.example`), or null. */
export function normalizeOrigin(value: string): string | null {
  try {
    const url = new URL(value);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return url.origin;
  } catch {
    return null;
  }
}

export function readEmbedParams(url: URL): EmbedParams | undefined {
  const target = parseEmbedUrl(url);
  if (!target) return undefined;
  const q = url.searchParams;
  const lang = q.get('lang');
  const originParam = q.get('origin');
  const origin = originParam ? normalizeOrigin(originParam) : null;
  const asOf = q.get('asOf');
  const shaped = GRAPH_PARAMS.some((key) => q.has(key));
  const view =
    target.kind === 'entity' && shaped ? readViewUrl(entityHref(target.id), url.search).view : null;
  return {
    target,
    lang: lang === 'zh' || lang === 'en' ? lang : null,
    origin,
    badOrigin: Boolean(originParam) && !origin,
    asOf: asOf && DATE.test(asOf) ? asOf : null,
    view,
  };
}

/** The language to use: the URL's, else the snapshot's, else the browser's (English only when it asks for it). */
export function pickLang(fromUrl: EmbedLang | null, fromData: EmbedLang | null, browser: string): EmbedLang {
  return fromUrl ?? fromData ?? (browser.toLowerCase().startsWith('en') ? 'en' : 'zh');
}

/** The explorer's page for what an embed shows ("open in guanxi"); a snapshot links where it was made. */
export function explorerHref(target: EmbedTarget, snapshotPath?: string | null): string {
  switch (target.kind) {
    case 'entity':
      return entityHref(target.id);
    case 'article':
      return articleHref(target.id);
    case 'path':
      return pathHref(target.from, target.to);
    case 'view':
      // Only a path on this site: not `//host` or `/\host` (browsers read both as another host).
      return snapshotPath && /^\/(?![/\\])/.test(snapshotPath) && !snapshotPath.startsWith('/embed/')
        ? snapshotPath
        : '/';
  }
}
