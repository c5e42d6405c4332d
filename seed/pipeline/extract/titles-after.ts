import type { Anchor } from './anchors.ts';
import type { Chain } from './chains.ts';
import type { Doc } from './doc.ts';
import { TITLES, titleSuffix } from './lexicon/titles.ts';
import { AFTER_NAME } from './lexicon/words.ts';
import { readName } from './names.ts';

/**
 * The name between an organisation and its title (上海市经信委吴金城副主任, 某集团李明董事长): the person holds the title
 * at the organisation written right before the name. Read only when a boundary closes the title and the name with
 * the title is not a longer title itself (集团高级副总裁 is no 高级 + 副总裁).
 */

const AFTER = [...AFTER_NAME].filter((w) => w.length > 1);

export function findTitlesAfterNames(doc: Doc, anchorsByEnd: Map<number, Anchor>): Chain[] {
  const { text } = doc;
  const chains: Chain[] = [];
  for (const anchor of anchorsByEnd.values()) {
    // (青湾开发区常立新主任: a zone or park holds its head's title as an organisation does.)
    const zone = anchor.type === 'Place' && (anchor.kind === 'zone' || anchor.kind === 'park');
    if ((anchor.type !== 'Organization' && !zone) || anchor.source === 'reference' || !anchor.introduces)
      continue;
    const read = readName(text, anchor.end);
    if (!read || read.start !== anchor.end || read.canonical) continue;
    const name = text.slice(read.start, read.end);
    // (副, 总 open titles (副主任, 总经理); 常 only with 务 or 委: 常立新主任 is a name and a title.)
    if (!/^[\u4e00-\u9fff]{2,4}$/.test(name) || /[副总]|常[务委]/.test(name)) continue;
    const title = TITLES.find((t) => text.startsWith(t, read.end));
    if (!title) continue;
    const titleEnd = read.end + title.length;
    if (titleSuffix(text.slice(anchor.end, titleEnd)) !== title) continue;
    const next = text.slice(titleEnd);
    // 陈琳董事长就…作了介绍: a preposition, adverb or verb after the title closes it as punctuation does.
    const verbAfter = /^(?:p|d|v|c)$/.test(doc.tokens.tagAt(titleEnd)) && doc.tokens.isBoundary(titleEnd);
    if (!/^(?:[，,。；;、]|$)/.test(next) && !AFTER.some((w) => next.startsWith(w)) && !verbAfter) continue;
    chains.push({
      person: { titleStart: anchor.start, titleEnd, start: read.start, end: read.end, name },
      segments: [{ start: anchor.start, title, anchor, department: undefined }],
      start: anchor.start,
    });
  }
  return chains;
}
