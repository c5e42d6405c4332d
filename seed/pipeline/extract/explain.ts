import type { Annotation } from '../../../contract/annotation/types.ts';
import { type Doc, sentenceAt } from './doc.ts';
import type { Registry } from './registry.ts';
import type { RuleId } from './rules/index.ts';

/**
 * Why each entity and relation is there (`npm run extract -- FILE --explain`): the rule that produced it and the
 * span of the article that shows it, the entity's first mention (else the sentence it was read in) or the
 * relation's evidence sentence. Offsets are into `article.text`.
 */
export interface TraceRow {
  what: 'entity' | 'relation';
  rule: RuleId;
  /** `Person`, `Organization` … for an entity; `HOLDS_POSITION` … for a relation. */
  type: string;
  /** The entity's id, or the relation's `from -> to`. */
  id: string;
  /** The entity's name, or the relation's `from → to` names. */
  names: string;
  /** A relation's title or role. */
  detail: string;
  start: number;
  end: number;
  text: string;
}

export function traceRows(doc: Doc, registry: Registry, annotation: Annotation): TraceRow[] {
  const source = doc.article.text;
  const mentions = new Map(annotation.entities.map((e) => [e.id, e.mentions ?? []]));
  const nameOf = (id: string) => registry.get(id)?.name ?? id;
  const rows: TraceRow[] = [];
  for (const e of registry.entities.values()) {
    const spans = mentions.get(e.id) ?? [];
    const span =
      spans.find((m) => m.start <= e.firstAt && e.firstAt < m.end) ?? spans[0] ?? sentenceAt(doc, e.firstAt);
    rows.push({
      what: 'entity',
      rule: e.rule,
      type: e.type,
      id: e.id,
      names: e.name,
      detail: e.kind ?? '',
      start: span.start,
      end: span.end,
      text: source.slice(span.start, span.end),
    });
  }
  for (const r of registry.allRelations()) {
    const sentence = sentenceAt(doc, r.at);
    const detail = r.properties.title ?? r.properties.role;
    rows.push({
      what: 'relation',
      rule: r.rule,
      type: r.type,
      id: `${r.from} -> ${r.to}`,
      names: `${nameOf(r.from)} → ${nameOf(r.to)}`,
      detail: typeof detail === 'string' ? detail : '',
      start: sentence.start,
      end: sentence.end,
      text: source.slice(sentence.start, sentence.end),
    });
  }
  return rows;
}

/** One line per row, tab-separated: rule, what, type, names (detail), [start,end) and the span's text. */
export function formatTrace(rows: TraceRow[]): string {
  const header = ['rule', 'what', 'type', 'names', 'span', 'text'].join('\t');
  const lines = rows.map((r) =>
    [
      r.rule,
      r.what,
      r.type,
      r.detail ? `${r.names} (${r.detail})` : r.names,
      `${r.start}-${r.end}`,
      r.text.replace(/\s+/g, ' '),
    ].join('\t'),
  );
  return [header, ...lines].join('\n');
}
