import type { Anchor } from './anchors.ts';
import type { Chain } from './chains.ts';
import type { Doc } from './doc.ts';
import { isCompoundSurname } from './lexicon/surnames.ts';
import { TITLES, titleSuffix } from './lexicon/titles.ts';
import {
  AFTER_NAME,
  HARD_BOUNDARY,
  NOT_NAMES,
  TITLE_CLOSING_CHARACTERS,
  YU_AT_EVENT,
  YU_BEFORE_DATE,
} from './lexicon/words.ts';
import { listedName, readName, type TitledName, titlesIn } from './names.ts';
import { nameAt } from './set-off-names.ts';
import { dictionaryEntry } from './tokens.ts';

/**
 * The name between an organisation and its title (上海市经信委韩立平副主任, 某集团李明董事长): the person holds the title
 * at the organisation written right before the name. Read only when a boundary closes the title and the name with
 * the title is not a longer title itself (集团高级副总裁 is no 高级 + 副总裁).
 */

const AFTER = [...AFTER_NAME].filter((w) => w.length > 1);
const CLOSING = new RegExp(
  `^(?:[${TITLE_CLOSING_CHARACTERS}，,。；;、暨]|${YU_BEFORE_DATE}|${YU_AT_EVENT}|$)`,
);

/**
 * Whether what follows a title at `titleEnd` closes it: punctuation, a character or word that goes on with the clause,
 * 于 before a date, or a preposition, adverb or verb (陈琳董事长就…作了介绍).
 */
function closesTitle(doc: Doc, titleEnd: number): boolean {
  const next = doc.text.slice(titleEnd);
  if (CLOSING.test(next) || AFTER.some((w) => next.startsWith(w))) return true;
  return /^(?:p|d|v|c)$/.test(doc.tokens.tagAt(titleEnd)) && doc.tokens.isBoundary(titleEnd);
}

export function findTitlesAfterNames(doc: Doc, anchorsByEnd: Map<number, Anchor>): Chain[] {
  const { text } = doc;
  const chains: Chain[] = [];
  for (const anchor of anchorsByEnd.values()) {
    // (青湾开发区常立新主任: a zone or park holds its head's title as an organisation does.)
    const zone = anchor.type === 'Place' && (anchor.kind === 'zone' || anchor.kind === 'park');
    // (青禾县韦立山县长: a division holds its own head's title, 县长 of a 县, 副市长 of a 市.)
    const division = anchor.source === 'division' ? anchor.name.slice(-1) : undefined;
    if (
      (anchor.type !== 'Organization' && !zone && !division) ||
      anchor.source === 'reference' ||
      !anchor.introduces
    )
      continue;
    // (中联办联络部 李明副部长: Hong Kong and Macau pages may set the name off the body with a space.)
    const nameStart =
      text[anchor.end] === ' ' && anchor.type === 'Organization' ? anchor.end + 1 : anchor.end;
    const read = readName(text, nameStart);
    if (!read || read.start !== nameStart || read.canonical) continue;
    const name = text.slice(read.start, read.end);
    // (副, 总 open titles (副主任, 总经理); 常 only with 务 or 委: 常立新主任 is a name and a title.)
    if (!/^[\u4e00-\u9fff]{2,4}$/.test(name) || /[副总]|常[务委]/.test(name)) continue;
    const title = TITLES.find((t) => text.startsWith(t, read.end));
    if (!title || (division && !new RegExp(`^(?:常务)?副?${division}长$`).test(title))) continue;
    const titleEnd = read.end + title.length;
    if (titleSuffix(text.slice(nameStart, titleEnd)) !== title) continue;
    // (<bureau>甲局长的带领下: 的 after the title closes it too.)
    if (!closesTitle(doc, titleEnd)) continue;
    chains.push({
      person: { titleStart: anchor.start, titleEnd, start: read.start, end: read.end, name },
      segments: [{ start: anchor.start, title, anchor, department: undefined }],
      start: anchor.start,
    });
  }
  return chains;
}

/** What may stand right before a name that opens its clause: a one-character preposition, conjunction or particle. */
const OPENS_BEFORE = /[由和与及同向请对了在被让]$/;
/** Words that open a clause before its subject (会上冼明远名誉会长致辞, 随后X会长介绍…). */
const CLAUSE_OPENER = /(?:会上|会中|会后|席间|随后|接着|然后|最后|首先|同时|此外|另外)$/;
/** Characters that end the names of bodies, never a person's given name (金融办, 宣传部). */
const BODY_END = /[办局委部处厅科院所司会社队组站校馆区县市省镇乡村园港]$/;

/**
 * (学习<name>主任…: a name the segmenter knows as a person's is one after any word.) (Three characters: a two-character
 * word of the kind may end a longer name, 石嘉禾主任.)
 */
function isPersonWord(doc: Doc, name: string, titleStart: number): boolean {
  return (
    name.length >= 3 &&
    dictionaryEntry(name)?.tag.startsWith('nr') === true &&
    !NOT_NAMES.has(name) &&
    doc.tokens.isBoundary(titleStart)
  );
}

/**
 * (受到甲乙丙会长的接待: after any word but a body's or place's name, whose heads are read with it (titles-after above), a
 * name that reads as one whole, no word in it.) (分别向港澳委员: a given name that is a frequent word, 港澳, is none; nor
 * is 原 before a title, the post's past.)
 */
function wholeName(doc: Doc, name: string, start: number, anchorEnds: ReadonlySet<number>): boolean {
  if (name.length !== 3 || /原$/.test(name)) return false;
  const given = dictionaryEntry(name.slice(1));
  return (
    !(given && !given.tag.startsWith('nr') && given.freq >= 300) &&
    !anchorEnds.has(start) &&
    nameAt(doc, start)
  );
}

/**
 * A name opening its clause before its title, with no organisation written before it (`林安议长亲自接待`,
 * `程立主任指出`, `他感谢钟远航董事长的支持`): a surname and one or two characters that read as a name only (no word,
 * no place), a title right after it, and a boundary after the title. The title holds at what a bare title would
 * (a division's head at its division); a name already read with its titles gains nothing.
 */
export function findNamesBeforeTitles(
  doc: Doc,
  anchors: readonly Anchor[],
  known: ReadonlySet<string>,
): Chain[] {
  const { text } = doc;
  const chains: Chain[] = [];
  // Offsets inside an anchor, marked once (a scan of every anchor per title was slow on title-dense pages).
  const inside = new Uint8Array(text.length + 1);
  for (const a of anchors) inside.fill(1, Math.max(0, a.start), Math.min(text.length, a.end));
  const covered = (start: number, end: number) => inside.subarray(start, end).includes(1);
  const anchorEnds = new Set(anchors.map((a) => a.end));
  for (const m of titlesIn(text)) {
    const titleStart = m.index;
    const title = { title: m.title };
    for (const length of [3, 2, 4]) {
      const start = titleStart - length;
      if (start < 0) continue;
      const name = text.slice(start, titleStart);
      const compound = isCompoundSurname(name.slice(0, 2));
      if (length === 4 && !compound) continue;
      const before = text[start - 1] ?? '';
      const opens =
        start === 0 ||
        HARD_BOUNDARY.test(before) ||
        OPENS_BEFORE.test(before) ||
        CLAUSE_OPENER.test(text.slice(Math.max(0, start - 2), start));
      // (The dictionary is asked only when the cheaper tests leave it open.)
      let personWord: boolean | undefined;
      if (!opens) {
        personWord = isPersonWord(doc, name, titleStart);
        if (!personWord && !wholeName(doc, name, start, anchorEnds)) continue;
      }
      // (葛立为监事长: 为 there is the verb of an election, not a given name's end.)
      if (!/^[\u4e00-\u9fff]+$/.test(name) || /[为和]$/.test(name) || BODY_END.test(name)) continue;
      if (!listedName(name) && !(personWord ?? isPersonWord(doc, name, titleStart))) continue;
      if (known.has(name) || covered(start, titleStart)) continue;
      if (!doc.tokens.isBoundary(start)) continue;
      const titleEnd = titleStart + title.title.length;
      if (titleSuffix(text.slice(start, titleEnd)) !== title.title) continue;
      // (…总书记重要讲话: the person's words after the title.)
      if (!closesTitle(doc, titleEnd) && !(personWord ?? isPersonWord(doc, name, titleStart))) continue;
      chains.push({
        person: { titleStart, titleEnd, start, end: titleStart, name },
        segments: [{ start: titleStart, title: title.title, anchor: undefined, department: undefined }],
        start,
      });
      break;
    }
  }
  return chains;
}

/**
 * A council's or 政协's members written after their names and 等 or a count (甲、乙、丙等議員, 甲、乙等市議員, 甲、乙2位委员;
 * a bare 委员 holds only at a 政协 the page names, see positions.ts).
 */
const COUNCILLORS_AFTER = /^(?:等|[0-9一二三四五六七八九十两]+[名位])([县市]?议员|委员)/;

/**
 * `甲、乙、丙等議員則…`, `甲、乙2位委员列席`: names listed before 等 or a count and a councillor's or member's title hold
 * it, at what a bare title would (the council or 政协 the page names). Not 等代表: it says too little of which body.
 */
export function findListsBeforeTitles(doc: Doc, listed: readonly TitledName[]): Chain[] {
  const { text } = doc;
  const byStart = new Map(listed.map((l) => [l.start, l]));
  const chains: Chain[] = [];
  for (const item of listed) {
    let end = item.end;
    for (let next = byStart.get(end + 1); text[end] === '、' && next; next = byStart.get(end + 1))
      end = next.end;
    const after = COUNCILLORS_AFTER.exec(text.slice(end, end + 8));
    const title = after?.[1];
    if (!after || !title) continue;
    const titleStart = end + after[0].length - title.length;
    const titleEnd = titleStart + title.length;
    if (!closesTitle(doc, titleEnd)) continue;
    chains.push({
      person: { titleStart, titleEnd, start: item.start, end: item.end, name: item.name },
      segments: [{ start: titleStart, title, anchor: undefined, department: undefined }],
      start: item.start,
    });
  }
  return chains;
}
