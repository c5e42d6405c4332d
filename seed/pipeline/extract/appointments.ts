import type { Anchor } from './anchors.ts';
import { type Chain, readSegments } from './chains.ts';
import type { Doc } from './doc.ts';
import { titleSuffix } from './lexicon/titles.ts';
import { type NameRead, readName } from './names.ts';
import { ASSOCIATION_POST } from './positions.ts';
import { looseListItem } from './titled-names.ts';

/**
 * Posts given with the name first: `宁致远任山东泉城数字产业集团有限公司党委书记、董事长;` and
 * `任命周以宁为克劳森传动技术(太仓)有限公司新任总经理`. The chain after 任 / 为 is read like a title chain; `曾任`,
 * `原任`, `历任` are former posts and are skipped.
 */

const APPOINTMENT =
  /(?<![曾原历兼])任(?!命|务|期|职)|受聘为|受聘担任|被聘为|获聘为|任命|聘任|聘请|推选|提名|选举|补选|增选|改选|当选为|当选|荣升为|荣升|荣膺|晋升为|晋升|为/g;
/** Verbs the person named before comes to a post by (当选, and 荣升, 荣膺, 晋升 on Hong Kong and Macau pages). */
const ELECTED = /^(?:当选|荣升|荣膺|晋升)/;
/** 免去沈伯涛的…职务: a person named as leaving a post (a Person, but no position). */
const REMOVED = /(?:免去|免职|撤销)(?:了)?/g;
const CHAIN_END = /[;；。,，]|等职|并(?=[\u4e00-\u9fff])|$/;

/**
 * The appointee named at `at` in `…A为会长`: a name read as ending in 为 (陶可为) before a post is the name and the verb
 * (葛远为监事长), unless another 为 follows.
 */
function appointeeAt(text: string, at: number, loose: boolean): NameRead | undefined {
  const read = readName(text, at) ?? (loose ? looseListItem(text, at) : undefined);
  if (!read || read.end - read.start < 3 || text[read.end - 1] !== '为' || text[read.end] === '为')
    return read;
  return titleSuffix(text.slice(read.end, chainEndAt(text, read.end)))
    ? { ...read, end: read.end - 1 }
    : read;
}

/**
 * Where the chain of posts starting at `chainStart` ends: at punctuation, 等职 or 并, or at a 、 that opens the next
 * appointee's clause (`选举A为X会会长、B为执行会长`).
 */
function chainEndAt(text: string, chainStart: number): number {
  const rest = text.slice(chainStart, chainStart + 60);
  let end = CHAIN_END.exec(rest)?.index ?? rest.length;
  for (let i = rest.indexOf('、'); i >= 0 && i < end; i = rest.indexOf('、', i + 1)) {
    const read = appointeeAt(text, chainStart + i + 1, false);
    if (!read || read.start !== chainStart + i + 1) continue;
    const after = read.end + (text.startsWith('同志', read.end) ? 2 : 0);
    if (text[after] === '为') {
      end = i;
      break;
    }
  }
  return chainStart + end;
}

/** One chain per person given the posts of `segments` (the title read from chainStart to chainEnd). */
function appointed(
  people: Appointee[],
  chainStart: number,
  chainEnd: number,
  segments: Chain['segments'],
  elected: boolean,
): Chain[] {
  return people.map((person) => ({
    ...(elected ? { elected: true } : {}),
    person: { titleStart: chainStart, titleEnd: chainEnd, ...person },
    segments,
    start: chainStart,
  }));
}

/** `李明同志任…`: the length of a 同志 between a name and what follows it, or 0. */
function comradeBefore(text: string, at: number): number {
  // X同志任…, X先生当选…: the form of address between the name and the verb.
  return /^(?:同志|先生|女士)$/.test(text.slice(Math.max(0, at - 2), at)) ? 2 : 0;
}

interface Appointee {
  start: number;
  end: number;
  name: string;
}

/**
 * `任命陈思远(同志)为…` read from after the verb: the appointees and where the chain after 为 starts. Several may be
 * named with 、 (`任命A、B、C为…组成人员`), counted after 等 (`任命A、B、C等18人为…审判员`).
 */
function appointeesAt(text: string, at: number): { people: Appointee[]; chainStart: number } | undefined {
  const people: Appointee[] = [];
  let p = at;
  for (;;) {
    const read = appointeeAt(text, p, people.length > 0);
    if (!read || read.start !== p) return undefined;
    people.push({ start: read.start, end: read.end, name: text.slice(read.start, read.end) });
    // 任命X同志为, 聘任X先生为: the form of address between the name and 为.
    p = read.end + (/^(?:同志|先生|女士)/.test(text.slice(read.end, read.end + 2)) ? 2 : 0);
    if (text[p] !== '、') break;
    p++;
  }
  // 等18人, 等12名同志, 三位同志: the list closed by a count (without 等, a list of two or more).
  const count = /^(等)?(?:[0-9一二三四五六七八九十两百]+(?:名|人|位))?(?:同志)?/.exec(text.slice(p));
  if (count && count[0].length > 0 && (count[1] || people.length > 1) && count[0] !== '同志')
    p += count[0].length;
  if (text[p] !== '为') return undefined;
  return { people, chainStart: p + 1 };
}

function nameEndingAt(
  doc: Doc,
  end: number,
  afterTitle = false,
): { start: number; end: number; name: string } | undefined {
  for (const length of [3, 2, 4]) {
    const start = end - length;
    if (start < 0) continue;
    const read = readName(doc.text, start);
    const before = doc.text[start - 1] ?? '';
    const titled = afterTitle && titleSuffix(doc.text.slice(Math.max(0, start - 8), start)) !== undefined;
    if (read?.end === end && (start === 0 || titled || /[\s,;:：；，、。]/.test(before)))
      return { ...read, name: doc.text.slice(start, end) };
  }
  return undefined;
}

export function findAppointments(doc: Doc, anchorsByEnd: Map<number, Anchor>): Chain[] {
  const chains: Chain[] = [];
  const { text } = doc;
  for (const m of text.matchAll(APPOINTMENT)) {
    let people: Appointee[] = [];
    let chainStart: number;
    if (m[0] === '任' || /^(?:受聘|被聘|获聘)/.test(m[0])) {
      people = [nameEndingAt(doc, m.index - comradeBefore(text, m.index))].flatMap((p) => p ?? []);
      chainStart = m.index + m[0].length;
    } else if (ELECTED.test(m[0])) {
      // 梁志勇当选为首任会长, 黄婉清等5人当选为副会长, 甲、乙荣升副主席.
      const lead = /(?:等[0-9一二三四五六七八九十两]+人)?$/.exec(
        text.slice(Math.max(0, m.index - 6), m.index),
      );
      const at = m.index - (lead?.[0].length ?? 0);
      people = [nameEndingAt(doc, at - comradeBefore(text, at), true)].flatMap((p) => p ?? []);
      // 甲、乙、丙当选为副主任委员, 甲、乙等97人当选为常务委员: every name of the list before the verb is elected.
      for (let first = people[0]; first && text[first.start - 1] === '、'; first = people[0]) {
        const before = nameEndingAt(doc, first.start - 1 - comradeBefore(text, first.start - 1), true);
        if (!before) break;
        people.unshift(before);
      }
      chainStart = m.index + m[0].length;
    } else if (m[0] !== '为') {
      const appointees = appointeesAt(text, m.index + m[0].length);
      if (!appointees) continue;
      people = appointees.people;
      chainStart = appointees.chainStart;
    } else continue;
    if (people.length === 0) continue;
    if (/^(?:首任|新一届|新任)/.test(text.slice(chainStart, chainStart + 3)))
      chainStart += text.startsWith('新一届', chainStart) ? 3 : 2;
    // 当选第二届理事会会长: the term and its board name the association's post, not an organisation of its own.
    const term = /^第[一二三四五六七八九十0-9]{1,3}届(?:理事会|执委会|委员会)?/.exec(
      text.slice(chainStart, chainStart + 10),
    );
    if (term && ELECTED.test(m[0])) chainStart += term[0].length;
    const chainEnd = chainEndAt(text, chainStart);
    if (!titleSuffix(text.slice(chainStart, chainEnd))) continue;
    const segments = readSegments(doc, chainEnd, anchorsByEnd);
    if (segments.length === 0 || (segments[0]?.start ?? 0) < chainStart) continue;
    // 选举A为会长, 聘任D为秘书长: a bare post of an association goes to the association named before.
    const elected =
      ELECTED.test(m[0]) ||
      /^(?:选举|补选|增选|改选)/.test(m[0]) ||
      (/^(?:聘任|聘请|推选|任命)$/.test(m[0]) &&
        segments.length === 1 &&
        !segments[0]?.anchor &&
        ASSOCIATION_POST.test(segments[0]?.title ?? ''));
    chains.push(...appointed(people, chainStart, chainEnd, segments, elected));
    if (/^(?:任命|聘任|聘请|推选|选举|补选|增选|改选)$/.test(m[0]))
      chains.push(...continuedAppointments(doc, chainEnd, anchorsByEnd, elected));
  }
  return chains;
}

/** 会长由蔡冠山担任: a post, then who holds it after 由 (…担任, 出任, 兼任); or 由X担任 and the post after the verb. */
export function findHeldBy(doc: Doc, anchorsByEnd: Map<number, Anchor>): Chain[] {
  const { text } = doc;
  const chains: Chain[] = [];
  for (const m of text.matchAll(/由/g)) {
    const read = readName(text, m.index + 1) ?? looseListItem(text, m.index + 1);
    if (!read || read.start !== m.index + 1) continue;
    const after = read.end + (text.startsWith('同志', read.end) ? 2 : 0);
    if (!/^(?:担任|出任|兼任)/.test(text.slice(after, after + 2))) continue;
    const name = text.slice(read.start, read.end);
    if (!titleSuffix(text.slice(Math.max(0, m.index - 8), m.index))) {
      // 决定由X担任青禾集团总经理: the posts after the verb, when no post is written before 由.
      const chainStart = after + 2;
      const chainEnd = chainEndAt(text, chainStart);
      if (!titleSuffix(text.slice(chainStart, chainEnd))) continue;
      const segments = readSegments(doc, chainEnd, anchorsByEnd);
      if (segments.length === 0 || (segments[0]?.start ?? 0) < chainStart) continue;
      chains.push({
        person: { titleStart: chainStart, titleEnd: chainEnd, start: read.start, end: read.end, name },
        segments,
        start: chainStart,
      });
      continue;
    }
    const segments = readSegments(doc, m.index, anchorsByEnd);
    const start = segments[0]?.start;
    if (start === undefined) continue;
    chains.push({
      person: { titleStart: start, titleEnd: m.index, start: read.start, end: read.end, name },
      segments,
      start,
    });
  }
  return chains;
}

/** 决定郑皓副区长…: the name written right before a title, after a verb of decision or a boundary. */
function nameBeforeTitle(
  text: string,
  end: number,
): { start: number; end: number; name: string } | undefined {
  for (const length of [3, 2]) {
    const start = end - length;
    if (start < 0 || !/(?:决定|同意|由|[\s,;:：；，、。])$/.test(text.slice(Math.max(0, start - 2), start)))
      continue;
    const name = text.slice(start, end);
    // Read as if closed by punctuation: the title after it does not close a name for readName.
    if (readName(`${name}，`, 0)?.end === length) return { start, end, name };
  }
  return undefined;
}

/** 决定郑皓副区长代理通州区人民政府区长职务: a deputy head named before the title, acting as the head. */
export function findActing(doc: Doc, anchorsByEnd: Map<number, Anchor>): Chain[] {
  const { text } = doc;
  const chains: Chain[] = [];
  for (const m of text.matchAll(/(副?[区县市镇乡]长)代理/g)) {
    const person = nameBeforeTitle(text, m.index);
    if (!person) continue;
    const headAt = m.index + m[0].length;
    const head = /^([\u4e00-\u9fff]{0,12}?)([区县市镇乡]长)职务/.exec(text.slice(headAt, headAt + 20));
    if (!head?.[2]) continue;
    const titleEnd = headAt + (head[1]?.length ?? 0) + head[2].length;
    const anchor = anchorsByEnd.get(titleEnd - head[2].length);
    const segments = [
      { start: m.index, title: m[1] ?? '', anchor, department: undefined },
      { start: headAt, title: `代理${head[2]}`, anchor, department: undefined },
    ];
    chains.push({ person: { titleStart: m.index, titleEnd, ...person }, segments, start: m.index });
  }
  return chains;
}

/** 选举马天佑为会长，蒋书华、龚雨田为副会长: clauses after the first that name more appointees of the same verb. */
function continuedAppointments(
  doc: Doc,
  from: number,
  anchorsByEnd: Map<number, Anchor>,
  elected: boolean,
): Chain[] {
  const { text } = doc;
  const chains: Chain[] = [];
  let at = from;
  // (、 too: 选举A为X会会长、B为执行会长.)
  while (/[,，;；、]/.test(text[at] ?? '')) {
    const people: Appointee[] = [];
    let p = at + 1;
    for (;;) {
      const read = appointeeAt(text, p, true);
      if (!read || read.start !== p) break;
      people.push({ start: read.start, end: read.end, name: text.slice(read.start, read.end) });
      p = read.end + (text.startsWith('同志', read.end) ? 2 : 0);
      if (text[p] !== '、') break;
      p++;
    }
    if (people.length === 0 || text[p] !== '为') break;
    const chainStart = p + 1;
    const chainEnd = chainEndAt(text, chainStart);
    if (!titleSuffix(text.slice(chainStart, chainEnd))) break;
    const segments = readSegments(doc, chainEnd, anchorsByEnd);
    if (segments.length === 0 || (segments[0]?.start ?? 0) < chainStart) break;
    chains.push(...appointed(people, chainStart, chainEnd, segments, elected));
    at = chainEnd;
  }
  return chains;
}

/** 任命吴平华为…: where the chain after an appointee starts, so no organisation name reaches back over the name. */
export function appointeeEnds(doc: Doc): number[] {
  const ends: number[] = [];
  for (const m of doc.text.matchAll(/任命|聘任|聘请|推选|提名|选举|补选|增选|改选/g)) {
    const appointees = appointeesAt(doc.text, m.index + m[0].length);
    if (appointees) ends.push(appointees.chainStart);
  }
  return ends;
}

/** People named only as leaving a post (`免去沈伯涛的…职务`, `X不再担任…`): Person entities without a position. */
export function findRemovals(doc: Doc): { start: number; end: number; name: string }[] {
  const found: { start: number; end: number; name: string }[] = [];
  for (const m of doc.text.matchAll(REMOVED)) {
    const read = readName(doc.text, m.index + m[0].length);
    if (!read) continue;
    const after = doc.text.slice(read.end, read.end + 3);
    if (/^(?:的|同志|[,，、])/.test(after))
      found.push({ start: read.start, end: read.end, name: doc.text.slice(read.start, read.end) });
  }
  // 接受张伟同志辞去…区长职务的请求, 接受巴山同志因工作调动辞去…: a resignation accepted, name after 接受 (or several).
  for (const m of doc.text.matchAll(/接受(?:了)?/g)) {
    const listed: { start: number; end: number; name: string }[] = [];
    let at = m.index + m[0].length;
    for (;;) {
      const read = readName(doc.text, at) ?? looseListItem(doc.text, at);
      if (!read || read.start !== at) break;
      listed.push({ start: read.start, end: read.end, name: doc.text.slice(read.start, read.end) });
      if (doc.text[read.end] !== '、') break;
      at = read.end + 1;
    }
    const last = listed[listed.length - 1];
    if (!last) continue;
    const after = doc.text.slice(last.end, last.end + 18);
    if (/^(?:[一二三四五六七八九十两]位|[0-9]+名)?(?:同志)?[^。；;]{0,10}?辞去/.test(after))
      found.push(...listed);
  }
  // 刘强同志辞去…区长职务: name first; 关于张伟、赵磊两位同志辞去…: a list, counted or not.
  for (const m of doc.text.matchAll(/辞去/g)) {
    const counted = /(?:[一二三四五六七八九十两]|[0-9]+)(?:位|名)(?=(?:同志)?$)/.exec(
      doc.text.slice(Math.max(0, m.index - 6), m.index - comradeBefore(doc.text, m.index)),
    );
    const end = m.index - comradeBefore(doc.text, m.index) - (counted?.[0].length ?? 0);
    found.push(...namesListedBefore(doc, end));
  }
  // ；郑启明不再担任区委书记职务: leaving a post, name first.
  for (const m of doc.text.matchAll(/不再(?:担任|兼任)/g)) {
    const person =
      nameEndingAt(doc, m.index - comradeBefore(doc.text, m.index)) ?? nameBeforeCause(doc, m.index);
    if (person) found.push(person);
  }
  return found;
}

/** 关于张伟同志辞去…: a name closing at `end` right after a word that introduces a motion about it. */
function nameAfterWord(
  doc: Doc,
  end: number,
  words = /(?:关于|同意|接受|批准|、)$/,
): { start: number; end: number; name: string } | undefined {
  for (const length of [3, 2, 4]) {
    const start = end - length;
    if (start < 1 || !words.test(doc.text.slice(Math.max(0, start - 2), start))) continue;
    const read = readName(doc.text, start) ?? looseListItem(doc.text, start);
    if (read?.end === end) return { start, end, name: doc.text.slice(start, end) };
  }
  return undefined;
}

/** The names of a list (张伟、赵磊) that ends at `end`, in text order; one name alone too. */
function namesListedBefore(doc: Doc, end: number): { start: number; end: number; name: string }[] {
  const names: { start: number; end: number; name: string }[] = [];
  for (let at = end; ; ) {
    const person = nameEndingAt(doc, at) ?? nameAfterWord(doc, at);
    if (!person) break;
    names.unshift(person);
    if (doc.text[person.start - 1] !== '、') break;
    at = person.start - 1;
  }
  return names;
}

/** ；甘明哲因到龄退休，不再担任…: the name before a cause (因…) that leads to leaving a post at `at`. */
function nameBeforeCause(doc: Doc, at: number): { start: number; end: number; name: string } | undefined {
  const cause = /(?:同志)?因[^。；;：:因]{1,14}$/.exec(doc.text.slice(Math.max(0, at - 18), at));
  if (!cause) return undefined;
  const end = at - cause[0].length;
  const read = nameEndingAt(doc, end);
  return read && doc.text.startsWith('因', end + (doc.text.startsWith('同志', end) ? 2 : 0))
    ? read
    : undefined;
}
