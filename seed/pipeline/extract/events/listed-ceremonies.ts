import type { Anchor } from '../anchors.ts';
import { type Doc, sentenceAt } from '../doc.ts';
import { HOLDING_VERBS } from '../lexicon/events.ts';
import { type Candidate, make } from './found-event.ts';

/** A further ceremony in a list after the first one held (举行A揭牌仪式、B集中签约仪式; 举办A仪式，B仪式等). */
const NEXT_ITEM = /[、，,]((?:“[^”。\n]{1,24}”|[^。,，;；“\n]){2,30}?)(仪式|典礼)(?=[、，,。；;]|等)/y;
/** Words of a clause, not of a ceremony's name: who attends or speaks, or a reference back. */
const NOT_A_NAME = /出席|参加|主持|举行|举办|召开|宣布|致辞|讲话|见证|进行|^(?:该|此|本次|这|其)/;
/** The holding verb that opens the first item (举行了A仪式): where its words start. */
const HOLDING = new RegExp(`(?:${HOLDING_VERBS})了?`, 'g');
const QUOTES = /[“”"「」『』]/g;

/**
 * `<holder>举行A揭牌仪式、B集中签约仪式`, `还举办A仪式，B仪式等`: each ceremony listed after the first one a holding verb
 * names is a happening of its own, held by the same holder (named with it as the first is). `since`: where the held
 * readers' candidates start in `found`.
 */
export function listedCeremonies(doc: Doc, anchors: Anchor[], found: Candidate[], since: number): void {
  const { text } = doc;
  for (const c of found.slice(since)) {
    if (
      !/^(?:仪式|典礼)$/.test(c.noun) ||
      text.slice(c.trigger.end - c.noun.length, c.trigger.end) !== c.noun
    )
      continue;
    const sentence = sentenceAt(doc, c.trigger.start);
    const verb = [...text.slice(sentence.start, c.trigger.start).matchAll(HOLDING)].pop();
    if (!verb) continue;
    const wordsAt = sentence.start + verb.index + verb[0].length;
    const first = text.slice(wordsAt, c.trigger.end - c.noun.length).replace(QUOTES, '');
    const name = c.name.replace(QUOTES, '');
    const prefix = first && name.endsWith(first) ? name.slice(0, name.length - first.length) : '';
    NEXT_ITEM.lastIndex = c.trigger.end;
    for (let m = NEXT_ITEM.exec(text); m; m = NEXT_ITEM.exec(text)) {
      const words = m[1] ?? '';
      const noun = m[2] ?? '';
      const start = m.index + 1;
      const end = m.index + m[0].length;
      const person = anchors.some((a) => a.type === 'Person' && a.start >= start && a.end <= end);
      if (NOT_A_NAME.test(words) || person) break;
      if (found.some((f) => f.trigger.start < end && start < f.trigger.end)) continue;
      found.push(
        make(
          doc,
          'event:listed-ceremony',
          `${prefix}${words.replace(QUOTES, '')}`,
          noun,
          { start, end },
          {
            place: c.place,
          },
        ),
      );
    }
  }
}
