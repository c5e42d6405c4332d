import type { Doc } from './doc.ts';
import { NATIONAL_BODIES, NATIONAL_NAMES } from './lexicon/national.ts';
import { TAIWAN_CENTRAL_BODIES, TAIWAN_CENTRAL_FULL } from './lexicon/taiwan-central.ts';
import type { NamedSpan } from './named.ts';

const TAIWAN_NAMES = [...TAIWAN_CENTRAL_BODIES].sort((a, b) => b.length - a.length);
const TAIWAN_CABINET = '行政院';
/** The last character of a body's name (办, 局, 委 …). */
const BODY_END = /[办局委厅司署处会部]/;

/**
 * National bodies by name (国务院, 商务部): whole words, not inside a longer name. On a traditional page, Taiwan's
 * central bodies too (行政院, 经济部, 农委会); one of the 行政院's written after it is named whole (行政院客家委员会), and
 * a short form is the full name the page writes (客委会 is the 行政院客家委员会 of the same page).
 */
export function findNational(doc: Doc): NamedSpan[] {
  const taiwan = doc.traditional ? TAIWAN_NAMES : [];
  const taiwanNames = new Set(taiwan);
  const candidates: { start: number; end: number; name: string }[] = [];
  for (const name of [...NATIONAL_NAMES, ...taiwan]) {
    for (let at = doc.text.indexOf(name); at >= 0; at = doc.text.indexOf(name, at + 1)) {
      const cabinet =
        taiwanNames.has(name) && name !== TAIWAN_CABINET && doc.text.endsWith(TAIWAN_CABINET, at);
      if (cabinet) candidates.push({ start: at - TAIWAN_CABINET.length, end: at + name.length, name });
      // (中联办经济部: a department glued to another body's name is that body's, no Taiwan ministry.)
      else if (doc.tokens.isBoundary(at) && !(taiwanNames.has(name) && BODY_END.test(doc.text[at - 1] ?? '')))
        candidates.push({ start: at, end: at + name.length, name });
    }
  }
  // The longest first (a stable sort keeps the lexicon's order among equals).
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start));
  const found: NamedSpan[] = [];
  for (const { start, end, name } of candidates) {
    if (found.some((f) => start < f.end && f.start < end)) continue;
    const full = TAIWAN_CENTRAL_FULL.get(name);
    const canonical = full && fullNameWritten(doc.text, full);
    found.push({
      ...(canonical ? { canonical } : {}),
      start,
      end,
      type: 'Organization',
      kind: NATIONAL_BODIES.get(name) ?? 'government',
      suffix: '',
      goal: false,
      rule: taiwanNames.has(name) ? 'named:taiwan-central' : 'named:national',
    });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The full name of a Taiwan body as the page writes it, with the 行政院 in front when it is. */
function fullNameWritten(text: string, full: string): string | undefined {
  const withCabinet = `${TAIWAN_CABINET}${full}`;
  return text.includes(withCabinet) ? withCabinet : text.includes(full) ? full : undefined;
}
