import { gazetteer } from '../gazetteer/gazetteer.ts';
import type { Doc } from './doc.ts';
import { STOP_BEFORE_NAME } from './lexicon/words.ts';
import type { NamedSpan } from './named-span.ts';

/**
 * 在甲乙、丙丁、戊己等六个村召开, 走访了甲乙、丙丁两个社区: villages or communities written by their names alone, listed
 * with 、 and closed by a count of them (等N个村, N个社区, 两村), are those settlements, each named with its ending
 * (甲乙村). Each item two or three characters, none a division, a word that closes a name, or a count.
 */
const LISTED = new RegExp(
  '(?<=^|[在到赴至往访了入，,：:\\s])((?:[\\u4e00-\\u9fff]{2,3}、)+[\\u4e00-\\u9fff]{2,3}?)' +
    '(?:等)?[0-9一二三四五六七八九十两]+个?(村|社区)(?![\\u4e00-\\u9fff]{0,1}(?:委|民|级|干部|集体))',
  'g',
);

export function findListedSettlements(doc: Doc): NamedSpan[] {
  const found: NamedSpan[] = [];
  const gaz = gazetteer();
  for (const m of doc.text.matchAll(LISTED)) {
    const items = (m[1] ?? '').split('、');
    const ending = m[2] ?? '村';
    const ok = items.every(
      (item) =>
        !/[村区县市镇乡等个家]$/.test(item) &&
        !/[0-9一二三四五六七八九十]/.test(item) &&
        !STOP_BEFORE_NAME.has(item) &&
        gaz.byName(item).length === 0,
    );
    if (!ok) continue;
    let at = m.index;
    for (const item of items) {
      found.push({
        start: at,
        end: at + item.length,
        type: 'Place',
        kind: ending === '村' ? 'village' : 'community',
        suffix: ending,
        goal: false,
        canonical: `${item}${ending}`,
        rule: 'named:listed-settlements',
      });
      at += item.length + 1;
    }
  }
  return found;
}
