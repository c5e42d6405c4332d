import type { EntityTypeName } from '../../../contract/api/payloads.ts';
import { isNodeType } from '../entity-look.ts';
import { entityHref } from '../hrefs.ts';
import {
  DEFAULT_PATH_LENGTH,
  emptyView,
  LAYOUTS,
  type LayoutName,
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
 * `from`, `to`, `maxLength` path ends and bound · `x` expanded · `more` (Type:id) further pages of a hub · `add` added nodes ·
 * `hide` · `rm` removed · `pin` (x,y,id) · `noType`, `noKind`, `noRel` filters · `asOf` YYYY-MM-DD ·
 * `layout` · `size`.
 */
export interface ViewUrl {
  pathname: string;
  search: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function encodeView(input: View): ViewUrl {
  const view = normalizeView(input);
  const q = new URLSearchParams();
  if (view.path) {
    q.set('from', view.path.from);
    q.set('to', view.path.to);
    if (view.path.maxLength !== DEFAULT_PATH_LENGTH) q.set('maxLength', String(view.path.maxLength));
  }
  for (const id of view.expanded) q.append('x', id);
  for (const m of view.more) q.append('more', `${m.type}:${m.id}`);
  for (const id of view.added) q.append('add', id);
  for (const id of view.hidden) q.append('hide', id);
  for (const id of view.removed) q.append('rm', id);
  for (const p of view.pinned) q.append('pin', `${p.x},${p.y},${p.id}`);
  for (const t of view.filters.hiddenTypes) q.append('noType', t);
  for (const k of view.filters.hiddenKinds) q.append('noKind', k);
  for (const r of view.filters.hiddenRelations) q.append('noRel', r);
  if (view.filters.asOf) q.set('asOf', view.filters.asOf);
  if (view.layout !== 'fcose') q.set('layout', view.layout);
  if (view.sizeBy !== 'none') q.set('size', view.sizeBy);
  const pathname = view.focus ? entityHref(view.focus) : view.path ? '/path' : '/';
  const search = q.toString();
  return { pathname, search: search ? `?${search}` : '' };
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

/** Reads a view from a URL; anything malformed is dropped, never thrown. */
export function decodeView(pathname: string, search: string): View {
  const q = new URLSearchParams(search);
  const view = emptyView();
  const entity = /^\/entity\/([^/]+)\/?$/.exec(pathname);
  if (entity?.[1]) view.focus = safeDecode(entity[1]);
  const nonEmpty = (key: string) => q.getAll(key).filter((s) => s.length > 0 && s.length <= 300);
  const from = q.get('from');
  const to = q.get('to');
  const maxLength = Number(q.get('maxLength') ?? DEFAULT_PATH_LENGTH);
  if (from && to) {
    view.path = {
      from,
      to,
      maxLength:
        Number.isInteger(maxLength) && maxLength >= 1 && maxLength <= 6 ? maxLength : DEFAULT_PATH_LENGTH,
    };
  }
  view.expanded = nonEmpty('x');
  view.more = nonEmpty('more').flatMap((s): MorePage[] => {
    const colon = s.indexOf(':');
    const type = s.slice(0, colon);
    const id = s.slice(colon + 1);
    return colon > 0 && id && isNodeType(type) && type !== 'Article'
      ? [{ type: type as EntityTypeName, id }]
      : [];
  });
  view.added = nonEmpty('add');
  view.hidden = nonEmpty('hide');
  view.removed = nonEmpty('rm');
  view.pinned = nonEmpty('pin').flatMap((s): PinnedNode[] => {
    const m = /^(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?),(.+)$/.exec(s);
    return m?.[3] ? [{ x: Number(m[1]), y: Number(m[2]), id: m[3] }] : [];
  });
  view.filters = {
    hiddenTypes: nonEmpty('noType').filter(isNodeType),
    hiddenKinds: nonEmpty('noKind'),
    hiddenRelations: nonEmpty('noRel').filter((r) => /^[A-Z_]+$/.test(r)),
    asOf: DATE.test(q.get('asOf') ?? '') ? q.get('asOf') : null,
  };
  const layout = q.get('layout');
  if (layout && (LAYOUTS as readonly string[]).includes(layout)) view.layout = layout as LayoutName;
  const size = q.get('size');
  if (size && (SIZE_BY as readonly string[]).includes(size)) view.sizeBy = size as SizeBy;
  return normalizeView(view);
}
