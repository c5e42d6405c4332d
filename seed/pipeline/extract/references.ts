import type { Anchor } from './anchors.ts';
import type { Doc } from './doc.ts';
import { REFERENCE_WORDS } from './lexicon/references.ts';
import { TITLE_START } from './names.ts';

/**
 * Generic references: `公司总经理李培元`, `园区重点发展…`, `联盟将聚焦…`, `该公司专注于…` name no entity of their own
 * but point back to the nearest company, park, alliance … named before. They become anchors of that entity that
 * rules can attach positions, topics and locations to; they are not mentions and introduce nothing.
 */

const REFERENCES: { words: readonly string[]; matches: (a: Anchor, word: string) => boolean }[] = [
  {
    words: REFERENCE_WORDS.companyParty,
    matches: (a) => a.kind === 'party' && a.baseAnchor?.kind === 'company',
  },
  { words: REFERENCE_WORDS.company, matches: (a) => a.kind === 'company' },
  { words: REFERENCE_WORDS.park, matches: (a) => a.kind === 'park' },
  { words: REFERENCE_WORDS.alliance, matches: (a) => a.kind === 'alliance' },
  {
    words: REFERENCE_WORDS.association,
    matches: (a) => a.kind === 'association' && /(?:协会|商会|学会|促进会|联合会)$/.test(a.name),
  },
  {
    words: REFERENCE_WORDS.society,
    matches: (a, word) => a.kind === 'association' && a.name.endsWith(word) && a.name !== word,
  },
  { words: REFERENCE_WORDS.ownAssociation, matches: (a) => a.kind === 'association' },
  { words: REFERENCE_WORDS.institute, matches: (a) => a.kind === 'institute' && /研究院$/.test(a.name) },
  { words: REFERENCE_WORDS.zone, matches: (a) => a.kind === 'zone' },
  // 议会秘书长X after X县议会: the council named before.
  { words: REFERENCE_WORDS.council, matches: (a) => a.type === 'Organization' && /议会$/.test(a.name) },
  {
    words: REFERENCE_WORDS.farmers,
    matches: (a, word) => a.type === 'Organization' && a.name.endsWith(word.slice(-2)),
  },
];

export function findReferences(doc: Doc, anchors: Anchor[]): Anchor[] {
  const { text, tokens } = doc;
  const found: Anchor[] = [];
  const inside = (start: number, end: number) => anchors.some((a) => start < a.end && a.start < end);
  for (const { words, matches } of REFERENCES) {
    for (const word of words) {
      for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
        const end = at + word.length;
        // (商会会长X: the segmenter may read the word and the title after it as one word.)
        const titled = TITLE_START.test(text.slice(end, end + 8));
        if (!tokens.isBoundary(at) || !(tokens.isBoundary(end) || titled) || inside(at, end)) continue;
        if (found.some((f) => at < f.end && f.start < end)) continue;
        let target: Anchor | undefined;
        for (const a of anchors)
          if (a.end <= at && a.introduces && a.source !== 'reference' && matches(a, word)) target = a;
        if (target)
          found.push({ ...target, start: at, end, headEnd: end, source: 'reference', introduces: false });
      }
    }
  }
  return found;
}
