import type { Agreement } from './agreements.ts';
import { type Anchor, widest } from './anchors.ts';
import { type Doc, sentenceAt } from './doc.ts';
import { AGREEMENT_WRITTEN } from './lexicon/events.ts';
import { INTENDED_BEFORE } from './lexicon/words.ts';

/**
 * Agreements signed by two representatives, each written with the side they stand for:
 * `<titles>X代表<A>，<titles>Y代表<B>(云|共同)签署<agreement>` — A and B sign and partner, named like any agreement
 * (`A与B<agreement><verb>`, the verb as written: 云签署 kept whole).
 */
const VERB = new RegExp(`^(云|共同|正式|现场|当场)?(签署|签订|续签)了?${AGREEMENT_WRITTEN}`);
/** Between the two sides: a comma or 、, then who stands for the second (titles and a name), then 代表. */
const BETWEEN = /^[,，、]?[^。；;！？\n,，]{2,30}代表$/;

function isParty(a: Anchor): boolean {
  return a.type === 'Organization' && a.source !== 'reference';
}

export function representedAgreements(doc: Doc, anchors: Anchor[]): Agreement[] {
  const { text } = doc;
  const represented = anchors.filter((a) => isParty(a) && text.startsWith('代表', a.start - 2));
  const widestAt = (at: number) => widest(represented.filter((a) => a.start === at));
  const found: Agreement[] = [];
  for (const first of represented) {
    if (widestAt(first.start) !== first) continue;
    const second = represented.find(
      (b) => b.start > first.end && widestAt(b.start) === b && BETWEEN.test(text.slice(first.end, b.start)),
    );
    if (!second || second.id === first.id) continue;
    const sign = VERB.exec(text.slice(second.end, second.end + 60));
    const words = sign?.[3] ?? sign?.[4]?.replace(/^.*的/, '');
    if (!sign || !words) continue;
    const sentence = sentenceAt(doc, first.start);
    if (sentenceAt(doc, second.start).start !== sentence.start) continue;
    if (INTENDED_BEFORE.test(text.slice(Math.max(0, first.start - 5), first.start - 2))) continue;
    const verb = `${sign[1] === '云' ? '云' : ''}${sign[2] ?? '签署'}`;
    const who = `${text.slice(first.start, first.end)}与${text.slice(second.start, second.end)}`;
    const signEnd = second.end + sign[0].length - (sign[3] ? 1 : 0);
    found.push({
      name: `${who}${words}${verb}`,
      normalised: `${who}${words}签约`,
      who,
      parties: [first, second],
      pairs: [[first, second]],
      trigger: { start: signEnd - words.length, end: signEnd },
      sentence,
      start: first.start,
    });
  }
  return found;
}
