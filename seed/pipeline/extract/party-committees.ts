import type { BodySpan } from './body-span.ts';
import type { Doc } from './doc.ts';
import { DEMOCRATIC_PARTIES } from './lexicon/bodies.ts';

/** Every written form of a democratic party with the short form that names it, longest first. */
const PARTY_FORMS: readonly (readonly [string, string])[] = DEMOCRATIC_PARTIES.flatMap(
  ([short = '', ...others]) => [short, ...others].map((written) => [written, short] as const),
).sort((a, b) => b[0].length - a[0].length);

/** A committee a democratic party's name is written in front of: 委, 委员会 (read as 委), 第三届委员会. */
const PARTY_COMMITTEE = /^(?:委|第?[一二三四五六七八九十]{1,3}届委员会)$/;
/** A party's unit below a division's committee, named as written (民革<district>总支部委员会, 民盟<district>基层委员会, written short: 基层委, 总支). */
const PARTY_UNIT = /^(?:(?:总支部|基层|支部)委员会|基层委|总支)$/;

/**
 * 盟市委, 社省委: the party written by its last character before a bare level, on a page that names the party (民盟, 台盟,
 * 九三学社) by its name, and only one party that ends so.
 */
function abbreviatedParty(doc: Doc, at: number): readonly [string, string] | undefined {
  const mark = doc.text[at - 1];
  // (联盟, 同盟, 合作社, 报社 …: a word that ends so is no party.)
  if ((mark !== '盟' && mark !== '社') || /[联同合行报讯版志公结]/.test(doc.text[at - 2] ?? ''))
    return undefined;
  const named = new Set(
    partiesNamed(doc)
      .filter(([, short]) => short.endsWith(mark))
      .map(([, short]) => short),
  );
  const [party] = named;
  return named.size === 1 && party ? [mark, party] : undefined;
}

/**
 * The parties a page names, each written as a word of its own (民建沧州市委, 民进中央, 民建、民盟): never inside another
 * word (居民建设, 农民进城, 人民革命), where the segmenter's word does not start with it.
 */
function partiesNamed(doc: Doc): (readonly [string, string])[] {
  const { text, tokens } = doc;
  return PARTY_FORMS.filter(([written]) => {
    for (let at = text.indexOf(written); at >= 0; at = text.indexOf(written, at + 1)) {
      const end = at + written.length;
      if (tokens.isBoundary(at) && (tokens.isBoundary(end) || text.startsWith('中央', end))) return true;
    }
    return false;
  });
}

/** 市委会 read whole: 会 after 委 opening no word of its own (市委会议, 市委会同/会商/会签/会审/会办/会见 市政府). */
function committeeWritten(text: string, end: number): boolean {
  return text[end] === '会' && !/[议同商签审办见]/.test(text[end + 1] ?? '');
}

/** The one democratic party a page names (as ['', its short form]), if it names exactly one. */
function onlyParty(doc: Doc): readonly [string, string] | undefined {
  const named = new Set(partiesNamed(doc).map(([, short]) => short));
  const [party] = named;
  return named.size === 1 && party ? ['', party] : undefined;
}

/**
 * 民盟<city>委, 九三学社市委会, 民进<city>第三届委员会: a committee written right after a democratic party's name is that
 * party's (the span takes the name in); 委会 is read whole, and a bare 市委会 is the party's on a page that names one party
 * only (no body on a page that names none or several). One party's committees on a page are named the way the page
 * first writes one (委 or 委会), so 九三学社<city>委会 and 九三学社市委 on one page are one body.
 */
export function partyCommittees(doc: Doc, spans: BodySpan[]): BodySpan[] {
  const { text } = doc;
  const form = new Map<string, string>();
  const dropped = new Set<BodySpan>();
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (PARTY_UNIT.test(span.body)) {
      const unitOf = PARTY_FORMS.find(([written]) => text.endsWith(written, span.start));
      if (!unitOf) continue;
      span.start -= unitOf[0].length;
      span.party = unitOf[1];
      span.written = undefined;
      span.parent = undefined;
      span.kind = 'party';
      continue;
    }
    if (!PARTY_COMMITTEE.test(span.body)) continue;
    // 市委会 (not 市委会议, 市委会同): no Communist Party committee is written so; a democratic party's on a page naming one.
    const committeeOf = span.body === '委' && committeeWritten(text, span.end);
    const party =
      PARTY_FORMS.find(([written]) => text.endsWith(written, span.start)) ??
      (span.level ? abbreviatedParty(doc, span.start) : undefined) ??
      (span.level && committeeOf ? onlyParty(doc) : undefined);
    if (!party) {
      if (committeeOf) dropped.add(span);
      continue;
    }
    const [written, short] = party;
    span.start -= written.length;
    span.party = short;
    if (committeeOf) {
      span.body = '委会';
      span.end += 1;
    }
    const body = span.body === '委会' ? '委会' : '委';
    if (!form.has(short)) form.set(short, body);
    span.body = form.get(short) ?? body;
    span.written = undefined;
    span.parent = undefined;
    span.kind = 'party';
  }
  return spans.filter((span) => !dropped.has(span));
}
