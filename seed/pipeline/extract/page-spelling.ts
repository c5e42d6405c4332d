import type { Span } from '../../../contract/annotation/types.ts';
import type { Doc } from './doc.ts';
import type { EntityRecord } from './registry.ts';
import { hasOwnSpelling, keptSpelling } from './script.ts';

/**
 * On a simplified page, the id and name of each entity as the page spells it (济南乾元, 於立新: script.ts keptSpelling);
 * on a traditional page, of each person (何乾生 stays 何乾生, not 何干生),
 * by the id the rules gave it, for those the page spells otherwise than the converted text the rules read. The page's
 * spellings are its names as written: every entity's mentions and the byline's fields; a name made of another (a visit
 * named after the firm visited) takes that one's spelling too.
 */
export function pageSpellings(
  doc: Doc,
  records: Iterable<EntityRecord>,
  mentions: Map<string, Span[]>,
): Map<string, { id: string; name: string }> {
  const spelled = new Map<string, { id: string; name: string }>();
  const { article } = doc;
  const written = new Set([...article.reporters, ...(article.source ? [article.source] : [])]);
  for (const spans of mentions.values())
    for (const m of spans) written.add(article.text.slice(m.start, m.end));
  // Only forms with such a character can change a name; most pages have none (and each entity asks every form).
  const own = [...written].filter(hasOwnSpelling);
  if (own.length === 0) return spelled;
  for (const e of records) {
    // (A traditional page's 於 and 乾 are mostly words, 於是 and 乾淨; a person's name keeps them, 何乾生.)
    if (doc.traditional && e.type !== 'Person') continue;
    const name = keptSpelling(e.name, own);
    const colon = e.id.indexOf(':') + 1;
    const id = e.id.slice(0, colon) + keptSpelling(e.id.slice(colon), own);
    if (id !== e.id || name !== e.name) spelled.set(e.id, { id, name });
  }
  return spelled;
}
