import type { Anchor } from './anchors.ts';
import { JOINERS, readSegment, type Segment } from './chain-segment.ts';
import type { Doc } from './doc.ts';
import { titleSuffix } from './lexicon/titles.ts';
import type { TitledName } from './names.ts';

export type { Segment } from './chain-segment.ts';

/**
 * Title chains in front of a name, read right to left: `普陀区委常委、组织部部长李红珍` is two segments,
 * [普陀区委][常委] and [组织部][部长]; `施耐德电气(中国)有限公司政府事务总监郁芳` is one, [公司][政府事务总监].
 * A segment is an optional organisation or place (an anchor), or a bare department (组织部), then the title as
 * written. Segments are joined by 、 or 兼.
 */
export interface Chain {
  person: TitledName;
  segments: Segment[];
  /** Where the chain starts. */
  start: number;
  /** Read from `X当选为会长`: a bare title goes to the association or alliance named before. */
  elected?: boolean;
}

export function readChain(doc: Doc, person: TitledName, anchorsByEnd: Map<number, Anchor>): Chain {
  const segments = readSegments(doc, person.titleEnd, anchorsByEnd);
  return { person, segments, start: segments[0]?.start ?? person.titleStart };
}

/** Words that open a list of who attends (出席的有A、B会长X, 包括A、B…): the post after it is the last one's only. */
const ATTENDING_LIST = /有(?!限)|包括|等|出席|参加|参会|与会|列席|到场|莅临/;
/** An association's kind as its name ends: a trade word and the suffix (茶业协会, 模具行业协会), at least four characters. */
const ONE_KIND = 4;
/** A federation of industry and commerce, listed with its chamber (<county>工商联、<county>总商会): one head. */
const FEDERATION = /(?:工商联|工商业联合会)$/;
const CHAMBER = /总商会$/;

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/**
 * The associations listed with 、 right before `segment`'s (left to right) that hold its post too: of one kind by name
 * (青禾茶业协会、湖州市茶业协会会长X) or a federation and its chamber, and never in a list of who attends
 * (出席的有青禾茶业协会、禾川商会会长X等: the post is the last body's).
 */
function alikeBefore(doc: Doc, segment: Segment, anchorsByEnd: Map<number, Anchor>): Anchor[] {
  const head = segment.anchor;
  if (head?.kind !== 'association') return [];
  const written = (a: Anchor) => doc.text.slice(a.start, a.end);
  const alike = (a: Anchor) =>
    commonSuffix(written(a), written(head)) >= ONE_KIND ||
    (FEDERATION.test(written(a)) && CHAMBER.test(written(head)));
  const listed: Anchor[] = [];
  let start = segment.start;
  while (doc.text[start - 1] === '、') {
    const other = anchorsByEnd.get(start - 1);
    if (other?.kind !== 'association' || other.type !== 'Organization' || other.source === 'reference') break;
    if (!alike(other)) break;
    listed.unshift(other);
    start = other.start;
  }
  const clause = /[^,，。；;：:\n]*$/.exec(doc.text.slice(Math.max(0, start - 30), start))?.[0] ?? '';
  return ATTENDING_LIST.test(clause) ? [] : listed;
}

/** The segments of a chain that ends at `end`, left to right. */
export function readSegments(doc: Doc, end: number, anchorsByEnd: Map<number, Anchor>): Segment[] {
  const segments: Segment[] = [];
  let segEnd = end;
  for (;;) {
    let segment = readSegment(doc, segEnd, anchorsByEnd);
    if (!segment) break;
    segments.unshift(segment);
    // <association>、<association>会长X: the post is held in each association of its kind listed before it.
    for (const other of alikeBefore(doc, segment, anchorsByEnd)) {
      segment = { start: other.start, title: segment.title, anchor: other, department: undefined };
      segments.unshift(segment);
    }
    const before = doc.text[segment.start - 1] ?? '';
    // 市委统战部副部长 市工商联党组书记 A: titles one after another, set apart by a space.
    const spaced =
      before === ' ' && titleSuffix(doc.text.slice(Math.max(0, segment.start - 9), segment.start - 1));
    // 董事长总经理X: two titles written with nothing between them.
    const glued =
      !segment.anchor &&
      !segment.department &&
      segment.title.length === segEnd - segment.start &&
      titleSuffix(doc.text.slice(Math.max(0, segment.start - 8), segment.start)) !== undefined;
    if (glued) {
      segEnd = segment.start;
      continue;
    }
    // 集团党委副书记、总经理，Y公司董事长X: a chain of posts (joined by 、) before a comma, with no name of its own, is
    // the same person's (not 经信厅戚晓副厅长，…: a name and its title).
    const clause = /[^,，。；;：:\n]*$/.exec(
      doc.text.slice(Math.max(0, segment.start - 30), segment.start - 1),
    )?.[0];
    // 区政府办公室副主任，区发改局局长X: so is a clause of one body and its post, with no name and no verb.
    const clauseTitle = titleSuffix(doc.text.slice(Math.max(0, segment.start - 9), segment.start - 1));
    const commaed =
      /[,，]/.test(before) &&
      clauseTitle !== undefined &&
      (/、/.test(clause ?? '') || postClause(doc, clause ?? '', segment.start - 1 - (clause ?? '').length));
    if (!JOINERS.has(before) && !spaced && !commaed) break;
    segEnd = segment.start - 1;
  }
  return segments;
}

/**
 * A clause that is only a body and its post (区政府办公室副主任): short, opening the sentence or after a comma that
 * follows a name, and holding no word of a clause (verbs and function words, 的, 在 …).
 */
function postClause(doc: Doc, clause: string, start: number): boolean {
  if (clause.length < 4 || clause.length > 16 || /[的在由有是和与及对为将了]/.test(clause)) return false;
  if (!/^[\u4e00-\u9fff]+$/.test(clause)) return false;
  const before = doc.text[start - 1] ?? '';
  if (!(start === 0 || /[,，]/.test(before))) return false;
  // (经信厅戚晓副厅长，…: a name between the body and its title makes the clause a person's.)
  const title = titleSuffix(clause) ?? '';
  if (
    !/(?:府|室|局|委|厅|部|处|会|院|司|所|站|中心|办|组|队|行|[省市区县镇乡]|街道)$/.test(
      clause.slice(0, -title.length),
    )
  )
    return false;
  for (let end = start + clause.length; end > start; ) {
    const from = doc.tokens.startOfTokenEndingAt(end);
    if (from < start) break;
    if (doc.tokens.isBoundary(end) && /^(?:v|p|c|d|u|r)/.test(doc.tokens.tagAt(from))) return false;
    end = from;
  }
  return true;
}

/** Anchors by end offset (the longest when several end at the same place). */
export function anchorsByEnd(anchors: Anchor[]): Map<number, Anchor> {
  const map = new Map<number, Anchor>();
  for (const a of anchors) {
    const existing = map.get(a.end);
    if (!existing || a.end - a.start > existing.end - existing.start) map.set(a.end, a);
  }
  return map;
}
