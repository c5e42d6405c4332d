import type { EdgeEvidence } from '../../contract/api/payloads.ts';
import { articleHref, nodeHref } from '../lib/hrefs.ts';
import { wordFor } from '../lib/i18n/vocabulary.ts';
import { chinaDay } from '../lib/names.ts';
import { guanxiLink, h } from './dom.ts';
import type { EmbedEdge, EmbedModel, EmbedNode } from './model.ts';
import { type EmbedStrings, fill } from './strings.ts';

const MAX_EVIDENCE = 3;

/** A node's card: name, reading, type and kind, other names, how many articles mention it. */
export function nodeDetails(node: EmbedNode, s: EmbedStrings): Node[] {
  const kind = node.kind ? (wordFor(s.kind, node.kind) ?? node.kind) : null;
  const parts: (Node | null)[] = [
    h('h2', {}, node.name),
    node.subtitle && node.subtitle !== node.name ? h('p', { class: 'embed-muted' }, node.subtitle) : null,
    h('p', {}, [s.type[node.type], kind].filter(Boolean).join(' · ')),
    node.aliases.length ? h('p', {}, `${s.aliases}: ${node.aliases.join('、')}`) : null,
    node.articleCount ? h('p', {}, fill(s.articlesN, { n: node.articleCount })) : null,
    h('p', {}, guanxiLink(nodeHref(node), `${s.openEntity} ↗`)),
  ];
  return parts.filter((x): x is Node => x !== null);
}

/** An edge's card: who → what → whom and how many articles say so; live embeds add the sentences. */
export function edgeDetails(edge: EmbedEdge, model: EmbedModel, s: EmbedStrings): Node[] {
  const name = (id: string) => model.nodes.find((n) => n.id === id)?.name ?? id;
  return [
    h('h2', {}, `${name(edge.source)} → ${edge.label} → ${name(edge.target)}`),
    h('p', { class: 'embed-muted' }, fill(s.supportedBy, { n: edge.weight })),
  ];
}

/** The evidence sentences of an edge, each with its article (a link into guanxi). */
export function evidenceList(evidence: EdgeEvidence, s: EmbedStrings): Node[] {
  const items = evidence.evidence.slice(0, MAX_EVIDENCE).map((item) => {
    const meta = [item.article.source, chinaDay(item.article.publishedAt)].filter(Boolean).join(' · ');
    return h(
      'li',
      {},
      h('q', {}, item.text),
      h(
        'span',
        { class: 'embed-muted' },
        ' — ',
        guanxiLink(articleHref(item.article.id, item), item.article.title),
        meta ? ` · ${meta}` : '',
      ),
    );
  });
  return items.length ? [h('h3', {}, s.evidence), h('ul', { class: 'embed-evidence' }, ...items)] : [];
}
