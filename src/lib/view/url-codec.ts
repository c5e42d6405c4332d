import { asOfBound } from '../../../contract/api/as-of.ts';
import type { EntityTypeName } from '../../../contract/api/payloads.ts';
import { isNodeType } from '../entity-look.ts';
import { entityHref } from '../hrefs.ts';
import { SHORT_KEY, shortKey as shortKeyOf } from './short-key.ts';
import {
  DEFAULT_PATH_LENGTH,
  emptyView,
  GROUPINGS,
  type Grouping,
  LAYOUTS,
  type LayoutName,
  MAX_MORE_PAGES,
  type MorePage,
  normalizeView,
  type PinnedNode,
  SIZE_BY,
  type SizeBy,
  type View,
} from './view-state.ts';

/**
 * The URL ↔ view codec. The path names what the view is about (`/entity/<id>`, `/path`, `/`); the
 * query carries the rest with repeated keys, so ids need no escaping beyond URL encoding:
 *
 * `from`, `to`, `maxLength` path ends and bound · `x` expanded · `more` (`Type:id`, or `Type~N:id` for
 * N further pages) of a hub · `add` added nodes · `hide` · `rm` removed · `pin` (`key_x_y`, the node's
 * short key and where it is held) · `noType`, `noKind`, `noRel` filters · `asOf` YYYY-MM-DD · `layout` ·
 * `size` · `group` (communities: on, off) · `fold` (folded communities, by short key).
 */
export interface ViewUrl {
  pathname: string;
  search: string;
}

/** A part of an address that could not be read and was left out of the view. */
export interface UrlIssue {
  param: string;
  value: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const PIN = /^([0-9a-z]{1,7})_(-?\d{1,7})_(-?\d{1,7})$/;
/** The earlier form, `x,y,id`, still read from old links. */
const OLD_PIN = /^(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?),(.+)$/;
const MORE = /^([A-Za-z]+)(?:~(\d))?:(.+)$/;
const MAX_VALUE = 300;

export function encodeView(input: View): ViewUrl {
  const view = normalizeView(input);
  const q = new URLSearchParams();
  if (view.path) {
    q.set('from', view.path.from);
    q.set('to', view.path.to);
    if (view.path.maxLength !== DEFAULT_PATH_LENGTH) q.set('maxLength', String(view.path.maxLength));
  }
  for (const id of view.expanded) q.append('x', id);
  for (const m of view.more) q.append('more', `${m.type}${m.pages > 1 ? `~${m.pages}` : ''}:${m.id}`);
  for (const id of view.added) q.append('add', id);
  for (const id of view.hidden) q.append('hide', id);
  for (const id of view.removed) q.append('rm', id);
  for (const p of view.pinned) q.append('pin', `${p.key}_${p.x}_${p.y}`);
  for (const t of view.filters.hiddenTypes) q.append('noType', t);
  for (const k of view.filters.hiddenKinds) q.append('noKind', k);
  for (const r of view.filters.hiddenRelations) q.append('noRel', r);
  if (view.filters.asOf) q.set('asOf', view.filters.asOf);
  if (view.layout !== 'fcose') q.set('layout', view.layout);
  if (view.sizeBy !== 'none') q.set('size', view.sizeBy);
  if (view.grouping !== 'auto') q.set('group', view.grouping);
  for (const key of view.folded) q.append('fold', key);
  const pathname = view.focus ? entityHref(view.focus) : view.path ? '/path' : '/';
  const search = q.toString();
  return { pathname, search: search ? `?${search}` : '' };
}

/** The parameters that decide which nodes and relationships a view shows (not how it draws them). */
export const GRAPH_PARAMS = ['x', 'more', 'add', 'hide', 'rm', 'noType', 'noKind', 'noRel'] as const;

/** The query of those parameters alone (`x=…&hide=…`), for a live embed of the view; '' for none. */
export function viewGraphQuery(view: View): string {
  const all = new URLSearchParams(encodeView(view).search);
  const out = new URLSearchParams();
  for (const [key, value] of all)
    if ((GRAPH_PARAMS as readonly string[]).includes(key)) out.append(key, value);
  return out.toString();
}

export function viewHref(view: View): string {
  const { pathname, search } = encodeView(view);
  return `${pathname}${search}`;
}

function safeDecode(s: string): string | null {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}

/** Whether a pathname is one of the explorer's (the article reader and others are not). */
export function isExplorerPath(pathname: string): boolean {
  return pathname === '/' || pathname === '/path' || /^\/entity\/[^/]+\/?$/.test(pathname);
}

/**
 * Reads a view from a URL. Anything malformed is left out, never thrown, and said: `ignored` lists each
 * parameter that could not be read, so the explorer can show the view with a notice.
 */
export function readViewUrl(pathname: string, search: string): { view: View; ignored: UrlIssue[] } {
  const q = new URLSearchParams(search);
  const view = emptyView();
  const ignored: UrlIssue[] = [];
  /** Keeps the values `read` accepts, and notes the others. */
  const each = <T>(key: string, read: (s: string) => T | null): T[] =>
    q.getAll(key).flatMap((s) => {
      const value = s.length > 0 && s.length <= MAX_VALUE ? read(s) : null;
      if (value === null) ignored.push({ param: key, value: s });
      return value === null ? [] : [value];
    });
  const one = <T>(key: string, read: (s: string) => T | null): T | null => each(key, read)[0] ?? null;

  const entity = /^\/entity\/([^/]+)\/?$/.exec(pathname);
  if (entity?.[1]) {
    view.focus = safeDecode(entity[1]);
    if (view.focus === null) ignored.push({ param: 'entity', value: entity[1] });
  }
  const from = q.get('from');
  const to = q.get('to');
  if (from && to) {
    const maxLength = one('maxLength', (s) => {
      const n = Number(s);
      return Number.isInteger(n) && n >= 1 && n <= 6 ? n : null;
    });
    view.path = { from, to, maxLength: maxLength ?? DEFAULT_PATH_LENGTH };
  } else if (from || to) ignored.push({ param: from ? 'from' : 'to', value: from ?? to ?? '' });
  const id = (s: string) => s;
  view.expanded = each('x', id);
  view.more = each('more', (s): MorePage | null => {
    const m = MORE.exec(s);
    const pages = Number(m?.[2] ?? 1);
    if (!m?.[1] || !m[3] || !isNodeType(m[1]) || m[1] === 'Article') return null;
    return pages >= 1 && pages <= MAX_MORE_PAGES ? { type: m[1] as EntityTypeName, id: m[3], pages } : null;
  });
  view.added = each('add', id);
  view.hidden = each('hide', id);
  view.removed = each('rm', id);
  view.pinned = each('pin', readPin);
  view.filters = {
    hiddenTypes: each('noType', (s) => (isNodeType(s) ? s : null)),
    hiddenKinds: each('noKind', id),
    hiddenRelations: each('noRel', (s) => (/^[A-Z_]+$/.test(s) ? s : null)),
    asOf: one('asOf', (s) => (DATE.test(s) && asOfBound(s) !== null ? s : null)),
  };
  view.layout =
    one('layout', (s) => ((LAYOUTS as readonly string[]).includes(s) ? (s as LayoutName) : null)) ?? 'fcose';
  view.sizeBy =
    one('size', (s) => ((SIZE_BY as readonly string[]).includes(s) ? (s as SizeBy) : null)) ?? 'none';
  view.grouping =
    one('group', (s) => ((GROUPINGS as readonly string[]).includes(s) ? (s as Grouping) : null)) ?? 'auto';
  view.folded = each('fold', (s) => (SHORT_KEY.test(s) ? s : null));
  return { view: normalizeView(view), ignored };
}

function readPin(s: string): PinnedNode | null {
  const m = PIN.exec(s);
  if (m?.[1]) return { key: m[1], x: Number(m[2]), y: Number(m[3]) };
  const old = OLD_PIN.exec(s);
  if (old?.[3]) return { key: shortKeyOf(old[3]), x: Number(old[1]), y: Number(old[2]) };
  return null;
}

/** Reads a view from a URL; anything malformed is dropped (see readViewUrl for what was). */
export function decodeView(pathname: string, search: string): View {
  return readViewUrl(pathname, search).view;
}
