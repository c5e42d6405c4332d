import { canonicalNameOfId, idKey } from '../../../contract/annotation/ids.ts';
import { LIMITS } from '../../../contract/annotation/limits.ts';
import type {
  AnnotatedEntity,
  AnnotatedRelation,
  Annotation,
  Span,
} from '../../../contract/annotation/types.ts';
import { ENTITY_TYPES } from '../../../contract/model.ts';
import { pinyinAliases, traditionalAlias } from '../resolve/aliases.ts';
import { brandShortForms, englishNames } from '../resolve/english-names.ts';
import { type Doc, sentenceAt } from './doc.ts';
import { maximalMentions } from './mentions.ts';
import { pageSpellings } from './page-spelling.ts';
import type { EntityRecord, Registry } from './registry.ts';
import { foldWidth, simplifiedName, traditionalName } from './script.ts';

/**
 * The annotation document: entities with mentions (maximal spans over every surface) and aliases, relations
 * with their evidence sentence. Names are canonical and simplified; for an article written in traditional
 * characters the name is given in traditional characters (the article's own script) and the id stays simplified.
 */

function aliasesOf(entity: EntityRecord, doc: Doc, mentions: Span[], name: string): string[] {
  const aliases = new Set<string>();
  for (const m of mentions) aliases.add(doc.article.text.slice(m.start, m.end));
  if (entity.type === 'Organization' && entity.kind === 'company') {
    for (const short of brandShortForms(entity.name)) aliases.add(short);
    for (const english of englishNames(entity.name)) aliases.add(english);
  }
  for (const alias of entity.aliases) aliases.add(alias);
  if (entity.type === 'Person') for (const p of pinyinAliases(entity.name)) aliases.add(p);
  if (entity.type !== 'Event') {
    const other = doc.traditional ? entity.name : traditionalAlias(entity.name);
    if (other) aliases.add(other);
  }
  // The canonical name says what the page leaves to context (普陀区委 is 上海市普陀区委): a name to be found by.
  const canonical = canonicalNameOfId(entity.id);
  if (canonical !== idKey(name)) aliases.add(canonical);
  aliases.delete(name);
  return [...aliases].slice(0, LIMITS.aliases);
}

/** The evidence: the relation's sentence, or, in a sentence longer than the format allows, the part around the relation. */
function evidenceSpan(doc: Doc, sentence: Span, at: number): Span {
  if (sentence.end - sentence.start <= LIMITS.evidence) return sentence;
  let start = Math.min(Math.max(sentence.start, at - LIMITS.evidence / 2), sentence.end - LIMITS.evidence);
  let end = start + LIMITS.evidence;
  // Never half a character outside the Basic Multilingual Plane (rare CJK in names).
  if (isLowSurrogate(doc.article.text.charCodeAt(start))) start += 1;
  if (isLowSurrogate(doc.article.text.charCodeAt(end))) end -= 1;
  return { start, end };
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** What does not fit the format's limits (thousands of names in one page) is left out, with a warning. */
function withinLimits(annotation: Annotation): Annotation {
  const { entities, relations } = annotation;
  if (entities.length <= LIMITS.entities && relations.length <= LIMITS.relations) return annotation;
  const kept = entities.slice(0, LIMITS.entities);
  const ids = new Set(kept.map((e) => e.id));
  const related = relations.filter((r) => ids.has(r.from) && ids.has(r.to)).slice(0, LIMITS.relations);
  const warnings = [
    ...(annotation.article.warnings ?? []),
    `entities: the first ${kept.length} of ${entities.length} kept, relations: ${related.length} of ${relations.length} (the format's limits)`,
  ].slice(0, LIMITS.warnings);
  return { ...annotation, article: { ...annotation.article, warnings }, entities: kept, relations: related };
}

/**
 * In a traditional-script article, the name as the page writes it when a mention spells the whole canonical name
 * (a page may keep a simplified character in a name, 余 rather than 餘, and a converted name would not be the
 * person's); else the name converted to traditional characters.
 */
function displayName(entity: EntityRecord, doc: Doc, mentions: Span[]): string {
  if (!doc.traditional) return entity.name;
  for (const m of mentions) {
    const written = doc.article.text.slice(m.start, m.end);
    if (written.length === entity.name.length && simplifiedName(written) === entity.name) return written;
  }
  return traditionalName(entity.name);
}

/**
 * A title as the page writes it (the schema: "the position as written"): in a traditional-script article the
 * page's own characters (書記, widths folded as the rules fold them), found in the relation's sentence, else
 * anywhere in the text; else converted.
 * The rules read simplified text, so their titles are simplified; the fact's id compares titles simplified.
 */
function writtenTitle(title: string, doc: Doc, sentence: Span): string {
  const near = doc.text.indexOf(title, sentence.start);
  const at = near >= 0 && near + title.length <= sentence.end ? near : doc.text.indexOf(title);
  return at >= 0 ? foldWidth(doc.article.text.slice(at, at + title.length)) : traditionalName(title);
}

function writtenProperties(properties: Record<string, unknown>, doc: Doc, sentence: Span) {
  const { title } = properties;
  if (!doc.traditional || typeof title !== 'string') return properties;
  return { ...properties, title: writtenTitle(title, doc, sentence) };
}

export function buildAnnotation(doc: Doc, registry: Registry): Annotation {
  const surfaces = new Map<string, Set<string>>();
  for (const e of registry.entities.values()) surfaces.set(e.id, e.surfaces);
  const read = maximalMentions(doc.text, surfaces);
  // (The rules read converted text; the ids and names a simplified page spells otherwise are given back here.)
  const spelled = pageSpellings(doc, registry.entities.values(), read);
  registry.rename(spelled);
  const mentions = new Map([...read].map(([id, spans]) => [spelled.get(id)?.id ?? id, spans]));
  const records = [...registry.entities.values()].sort(
    (a, b) => ENTITY_TYPES.indexOf(a.type) - ENTITY_TYPES.indexOf(b.type) || a.firstAt - b.firstAt,
  );
  const entities: AnnotatedEntity[] = records.map((e) => {
    const spans = mentions.get(e.id) ?? [];
    const name = displayName(e, doc, spans);
    const properties = Object.keys(e.properties).length > 0 ? { properties: e.properties } : {};
    return {
      id: e.id,
      type: e.type,
      ...(e.kind ? { kind: e.kind } : {}),
      name,
      aliases: aliasesOf(e, doc, spans, name),
      ...properties,
      mentions: spans.slice(0, LIMITS.mentions),
    };
  });
  const relations: AnnotatedRelation[] = registry
    .allRelations()
    .sort((a, b) => a.at - b.at)
    .map((r) => {
      const sentence = sentenceAt(doc, r.at);
      const evidence = evidenceSpan(doc, sentence, r.at);
      return {
        type: r.type,
        from: r.from,
        to: r.to,
        ...(Object.keys(r.properties).length > 0
          ? { properties: writtenProperties(r.properties, doc, sentence) }
          : {}),
        evidence: { text: doc.article.text.slice(evidence.start, evidence.end), ...evidence },
      };
    });
  return withinLimits({
    schemaVersion: 1,
    article: doc.article,
    entities,
    relations,
    review: { status: 'draft' },
  });
}
