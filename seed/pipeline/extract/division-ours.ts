import type { DivisionHit } from './division-hits.ts';
import { type Doc, sentenceAt } from './doc.ts';

/** A delegation from it (…代表团, 考察团, 一行), coming to 我X, or the other side of 我X与…: never the page's own. */
const GUEST_AFTER = /^(?:党政|经贸|友好)?(?:代表团|考察团|参访团|访问团|客人|一行)/;
const COMES_TO_OURS = /^[^。！？；]{0,12}?(?:来|到|赴|莅临|走进)我(?:区|县|市|旗|盟|镇|乡|街道)/;
/** <city><district>区委书记X率领的考察团来我市: the delegation's division, however long its leader's titles and name. */
const DELEGATION_TO_OURS =
  /^[^。！？；,，]{0,30}?(?:代表团|考察团|参访团|访问团|调研组|一行)[^。！？；]{0,4}?(?:来|到|赴|莅临|走进)我(?:区|县|市|旗|盟|镇|乡|街道)/;
const BESIDE_OURS = /我(?:区|县|市|旗|盟|镇|乡|街道)[与和同]$/;

function isGuestOrCounterpart(text: string, hit: DivisionHit): boolean {
  const after = text.slice(hit.end, hit.end + 16);
  return (
    GUEST_AFTER.test(after) ||
    COMES_TO_OURS.test(after) ||
    DELEGATION_TO_OURS.test(text.slice(hit.end, hit.end + 44)) ||
    /^[与和同]我(?:区|县|市|旗|盟|镇|乡|街道)/.test(after) ||
    BESIDE_OURS.test(text.slice(Math.max(0, hit.start - 4), hit.start))
  );
}

/**
 * `我区召开…`, `来我县考察`: the page's own division, written as 我 and its level; else the unit of that level the text
 * names by its short form alone (我市 … 谢家集正处于…); else the one division of that level the text writes in full
 * outside the sentence of 我X (`我市与X签订…。…在江山市挂牌成立`), unless it is a guest's or the other side's
 * (`宜昌市代表团来我市考察`, `我市与宜昌市签署…`).
 */
export function ourDivisionHits(
  doc: Doc,
  prefixes: readonly DivisionHit[],
  written: readonly DivisionHit[],
): DivisionHit[] {
  const hits: DivisionHit[] = [];
  const guests = new Set(written.filter((h) => isGuestOrCounterpart(doc.text, h)).map((h) => h.division));
  for (const m of doc.text.matchAll(/我(区|县|市|旗|盟|镇|乡|街道)/g)) {
    const level = m[1] ?? '';
    const sentence = sentenceAt(doc, m.index);
    const named = [
      ...new Set(
        written
          .filter((h) => !h.short && (h.start >= sentence.end || h.end <= sentence.start))
          .map((h) => h.division)
          .filter((d) => d.name.endsWith(level) && d.level !== 'province' && !guests.has(d)),
      ),
    ];
    const division =
      doc.page.find((d) => d.name.endsWith(level) && d.level !== 'province') ??
      prefixes.find((p) => p.division.name.endsWith(level))?.division ??
      (named.length === 1 ? named[0] : undefined);
    if (division && doc.tokens.isBoundary(m.index))
      hits.push({ start: m.index, end: m.index + m[0].length, surface: m[0], short: false, division });
  }
  return hits;
}
