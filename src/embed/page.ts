import type { NodeTypeName, SnapshotCitation } from '../../contract/api/payloads.ts';
import { iconUri } from '../lib/entity-icons.ts';
import { NODE_TYPES, TYPE_LOOK } from '../lib/entity-look.ts';
import { articleHref } from '../lib/hrefs.ts';
import { chinaDay } from '../lib/names.ts';
import { append, clear, guanxiLink, h } from './dom.ts';
import type { EmbedModel } from './model.ts';
import { type EmbedStrings, fill } from './strings.ts';

/** The parts of the page the script updates after drawing it. */
export interface PageParts {
  /** The Cytoscape container. */
  graph: HTMLElement;
  zoomIn: HTMLButtonElement;
  zoomOut: HTMLButtonElement;
  fit: HTMLButtonElement;
  /** Shows a details card (null hides it). */
  showDetails(content: Node[] | null): void;
  /** Shows a label beside the pointer (null hides it). */
  showHover(hover: { text: string; x: number; y: number } | null): void;
  onCloseDetails(listener: () => void): void;
  /** Shows the sources once they are known (live entity embeds read them after the first frame). */
  setCitations(citations: SnapshotCitation[]): void;
}

export function renderStatus(root: HTMLElement, text: string, state: 'loading' | 'error'): void {
  clear(root);
  root.dataset.state = state;
  root.setAttribute('aria-busy', String(state === 'loading'));
  append(
    root,
    h('p', { class: `embed-status ${state}`, attrs: { role: state === 'error' ? 'alert' : 'status' } }, text),
  );
}

/** "标题 — 新民晚报 · 2023-04-24", the title a link to the article in guanxi. */
export function citationItem(c: SnapshotCitation): HTMLLIElement {
  const meta = [c.source, chinaDay(c.publishedAt)].filter(Boolean).join(' · ');
  return h(
    'li',
    {},
    guanxiLink(articleHref(c.id), c.title || c.id),
    meta ? h('span', { class: 'embed-muted' }, ` — ${meta}`) : null,
  );
}

function typeCounts(model: EmbedModel): [NodeTypeName, number][] {
  const counts = new Map<NodeTypeName, number>();
  for (const n of model.nodes) counts.set(n.type, (counts.get(n.type) ?? 0) + 1);
  return NODE_TYPES.filter((t) => counts.has(t)).map((t) => [t, counts.get(t) ?? 0]);
}

function legend(model: EmbedModel, s: EmbedStrings): HTMLElement {
  const list = h('ul', { class: 'embed-legend', attrs: { 'aria-label': s.legend } });
  for (const [type, count] of typeCounts(model)) {
    const swatch = h('span', {
      class: `embed-swatch shape-${TYPE_LOOK[type].shape}`,
      attrs: { 'aria-hidden': 'true' },
    });
    // CSSOM, not a style attribute: allowed by the page's CSP.
    swatch.style.backgroundColor = TYPE_LOOK[type].color;
    swatch.style.backgroundImage = `url("${iconUri(type, null)}")`;
    append(list, h('li', {}, swatch, s.type[type], h('span', { class: 'embed-muted' }, ` ${count}`)));
  }
  return list;
}

function sources(citations: SnapshotCitation[], s: EmbedStrings): HTMLElement | null {
  if (citations.length === 0) return null;
  const list = h('ol', { class: 'embed-citations' }, ...citations.map(citationItem));
  if (citations.length === 1) return h('div', { class: 'embed-sources single' }, `${s.sources}: `, list);
  return h(
    'details',
    { class: 'embed-sources' },
    h('summary', {}, fill(s.sourcesCount, { n: citations.length })),
    list,
  );
}

/** Header (title, badge, "open in guanxi"), the graph with legend, zoom buttons and details, and the caption with sources. */
export function renderPage(root: HTMLElement, model: EmbedModel, s: EmbedStrings): PageParts {
  clear(root);
  root.dataset.state = 'drawing';
  const captionId = 'embed-caption';
  const graph = h('div', {
    class: 'embed-graph',
    attrs: {
      role: 'img',
      tabindex: '0',
      'aria-label': fill(s.graphLabel, {
        nodes: model.nodes.length,
        edges: model.edges.length,
        title: model.title,
      }),
      'aria-describedby': captionId,
      title: s.hint,
    },
  });
  const sourcesSlot = h('div', { class: 'embed-sources-slot' }, sources(model.citations, s));
  const tooltip = h('div', { class: 'embed-tooltip', attrs: { 'aria-hidden': 'true' } });
  tooltip.hidden = true;
  const closeButton = h(
    'button',
    { class: 'embed-close', attrs: { type: 'button', 'aria-label': s.close } },
    '×',
  );
  const detailsBody = h('div', { class: 'embed-details-body' });
  const details = h(
    'section',
    { class: 'embed-details', attrs: { 'aria-label': s.details, 'aria-live': 'polite' } },
    closeButton,
    detailsBody,
  );
  details.hidden = true;
  const button = (label: string, text: string) =>
    h('button', { attrs: { type: 'button', 'aria-label': label, title: label } }, text);
  const zoomIn = button(s.zoomIn, '+');
  const zoomOut = button(s.zoomOut, '−');
  const fit = button(s.fit, '⤢');

  append(
    root,
    h(
      'header',
      { class: 'embed-head' },
      h('h1', { class: 'embed-title', attrs: { title: model.title } }, model.title),
      model.badge ? h('span', { class: 'embed-badge' }, model.badge) : null,
      guanxiLink(model.openHref, `${s.openInGuanxi} ↗`, {
        class: 'embed-open',
        attrs: { 'aria-label': s.openInGuanxiLabel },
      }),
    ),
    h(
      'main',
      { class: 'embed-stage' },
      graph,
      tooltip,
      legend(model, s),
      h('div', { class: 'embed-zoom', attrs: { role: 'group' } }, zoomIn, zoomOut, fit),
      details,
    ),
    h(
      'footer',
      { class: 'embed-foot' },
      h(
        'p',
        { class: 'embed-caption', attrs: { id: captionId } },
        model.caption,
        model.note ? h('span', { class: 'embed-muted' }, ` ${model.note}`) : null,
      ),
      sourcesSlot,
    ),
  );

  return {
    graph,
    zoomIn,
    zoomOut,
    fit,
    showDetails(content) {
      detailsBody.replaceChildren(...(content ?? []));
      details.hidden = content === null;
    },
    showHover(hover) {
      tooltip.hidden = hover === null || hover.text === '';
      if (!hover) return;
      tooltip.textContent = hover.text;
      tooltip.style.left = `${Math.round(hover.x)}px`;
      tooltip.style.top = `${Math.round(hover.y)}px`;
    },
    onCloseDetails(listener) {
      closeButton.addEventListener('click', listener);
    },
    setCitations(citations) {
      sourcesSlot.replaceChildren(...[sources(citations, s)].filter((x): x is HTMLElement => x !== null));
    },
  };
}
