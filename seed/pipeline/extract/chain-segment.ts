import type { Anchor } from './anchors.ts';
import { clauseWordIn, functionWord, qualifierOk, TITLE_QUALIFIER } from './chain-qualifiers.ts';
import type { Doc } from './doc.ts';
import {
  BUREAU_STEMS,
  CHAIN_DEPARTMENTS,
  DIVISION_ASSOCIATIONS,
  LEVEL_BODY_WORDS,
} from './lexicon/bodies.ts';
import { COUNCIL_POST, TITLE_PATTERN, titleKind, titleSuffix } from './lexicon/titles.ts';
import { DECLARES_SHORT, HARD_BOUNDARY } from './lexicon/words.ts';
import { listedName, readName } from './names.ts';

/**
 * One segment of a title chain (./chains.ts), read right to left from where its title ends: an optional organisation
 * or place (an anchor), or a bare department (组织部), then the title as written.
 */
export interface Segment {
  start: number;
  /** The title as written, without the organisation part (常委, 政府事务总监, 组织委员). */
  title: string;
  anchor: Anchor | undefined;
  /** A department written without its committee (组织部 after 普陀区委常委、). */
  department: { name: string; start: number; end: number } | undefined;
  /** The title carries words of an organisation the rules do not know (瀚澜智能董事长): it inherits nothing. */
  qualified?: boolean;
  /** The organisation written before a party body and its title (集团党委书记 → 集团): the body is its. */
  owner?: Anchor;
}

/** What joins the segments of a chain. */
export const JOINERS = new Set(['、', '兼']);
/** Any title inside a text (常委原: 常委 is a title, 常委原 no name). */
const TITLE_INSIDE = new RegExp(`(?:${TITLE_PATTERN})`);
/**
 * Units written inside an organisation before a title (外资处, 产业发展司, 青湖分会, 茶饮事业部, 青湖分公司, 规划部,
 * 综合办, 港澳办, 研究室): the guide takes the organisation part out of the title.
 */
const SUB_UNIT = /^[\u4e00-\u9fff]{1,8}?(?:司|处|分会|事业部|分公司|部|办|办公室|室)$/;
const PARTY_DEPARTMENT = /^党(?:委|组|总支|支部)$/;
/** Verbs of calling on or receiving someone, written between a body and the title of the person called on. */
const VISIT_VERB = /^(?:拜会|拜访|看望|慰问|会见|会晤|约见|宴请|邀请|感谢)$/;

const BRACKETED_SHORT = new RegExp(
  `[(（](?:${DECLARES_SHORT})?[“"「]?([\\u4e00-\\u9fff]{2,10})[”"」]?[)）]$`,
);

/**
 * X管理委员会（X管委会）主任, X有限公司(以下简称“X投资”)董事长: the full name before the short one in brackets holds the
 * title.
 */
function bracketedShortName(text: string, x: number, anchorsByEnd: Map<number, Anchor>): Anchor | undefined {
  const bracket = BRACKETED_SHORT.exec(text.slice(Math.max(0, x - 20), x));
  if (!bracket) return undefined;
  const full = anchorsByEnd.get(x - bracket[0].length);
  return full?.type === 'Organization' ? full : undefined;
}

/** 局长马咏诗 (教授 after it): a title and the name it heads, not words that qualify the next title. */
function endsWithTitledName(text: string, from: number, to: number): boolean {
  for (let at = from + 1; at < to; at++)
    if (titleSuffix(text.slice(from, at)) && readName(text, at)?.end === to) return true;
  return false;
}

/** A reference (公司, 集团) that can only mean one organisation: the text names no other of its kind. */
function soleOrganisation(anchorsByEnd: Map<number, Anchor>, reference: Anchor): boolean {
  const named = new Set(
    [...anchorsByEnd.values()]
      .filter((a) => a.source === 'named' && a.type === 'Organization' && a.kind === reference.kind)
      .map((a) => a.id),
  );
  return named.size === 1 && named.has(reference.id);
}

/**
 * The segment whose title ends at `segEnd`: the body written at the title or a few characters before it, else what
 * segmentWithoutBody reads. None where no title ends there, or where a name stands between a body and the title.
 */
export function readSegment(
  doc: Doc,
  segEnd: number,
  anchorsByEnd: Map<number, Anchor>,
): Segment | undefined {
  const { text } = doc;
  const core = titleSuffix(text.slice(Math.max(0, segEnd - 8), segEnd));
  if (!core) return undefined;
  const x = segEnd - core.length;
  const exact = anchorsByEnd.get(x) ?? bracketedShortName(text, x, anchorsByEnd);
  // 署理运输及物流局局长: the acting head, written before the body (Hong Kong, Macau).
  if (exact && text.endsWith('署理', exact.start))
    return { start: exact.start - 2, title: `署理${core}`, anchor: exact, department: undefined };
  if (exact) return { start: exact.start, title: core, anchor: exact, department: undefined };
  // 财政司长X: a body and its head's title written with one 司 (局, 署, 处; 部 and 院: 经济部长, 行政院长).
  const sharing = /^[局司署处部院]长$/.test(core) ? anchorsByEnd.get(x + 1) : undefined;
  if (
    sharing?.type === 'Organization' &&
    sharing.name.endsWith(text[x] ?? '') &&
    sharing.end - sharing.start > 2
  )
    return { start: sharing.start, title: core, anchor: sharing, department: undefined };
  // 羊昌镇长A, 江宁区长A: the division and its head's title written with one 镇 (区, 县 …), also after the units
  // above it (昆山市千灯镇长A: the town's head, not a title of the city).
  const head =
    titleKind(core) === 'division' && /^副?[省市区县镇乡]长$/.test(core)
      ? anchorsByEnd.get(x + 1)
      : undefined;
  if (
    head?.division &&
    head.type === 'Place' &&
    head.end - head.start > 2 &&
    head.name.endsWith(text[x] ?? '')
  )
    return { start: head.start, title: core, anchor: head, department: undefined };
  // 市科技局党组成员, 市政协党组成员: the body took 党组 in (科技局党组); the title is what is left of 党组成员.
  const group = core === '党组成员' ? anchorsByEnd.get(x + 2) : undefined;
  if (group?.type === 'Organization' && group.name.endsWith('党组'))
    return { start: group.start, title: '成员', anchor: group, department: undefined };
  // A bare 党组成员 after a list of a body's posts: a member of that body's party group.
  if (core === '党组成员' && !anchorsByEnd.get(x))
    return { start: x, title: '成员', anchor: undefined, department: { name: '党组', start: x, end: x + 2 } };
  for (let e = x - 1; e >= Math.max(0, x - 8); e--) {
    if (HARD_BOUNDARY.test(text[e] ?? '')) break;
    const anchor = anchorsByEnd.get(e);
    const between = text.slice(e, x);
    // 集团党委书记, 医院党委副书记: the party body of the organisation named right before.
    if (
      anchor &&
      PARTY_DEPARTMENT.test(between) &&
      anchor.type === 'Organization' &&
      anchor.kind !== 'party' &&
      anchor.kind !== 'government' &&
      !anchor.division &&
      (anchor.source !== 'reference' || soleOrganisation(anchorsByEnd, anchor))
    ) {
      const department = { name: between, start: e, end: x };
      return { start: anchor.start, title: core, anchor: undefined, department, owner: anchor };
    }
    // 省商务厅对外贸易处处长, 集团国际贸易事业部总经理: a unit of the organisation named before it is an organisation
    // of its own (its name may be longer than a qualifier and hold 对).
    // <city>政府外办主任, <county>委网信办主任: an office of a division's government or committee, written short.
    const office =
      anchor?.division &&
      /^(?:人民)?政府$|^委$/.test(anchor.body ?? '') &&
      /^[\u4e00-\u9fff]{1,4}办$/.test(between);
    // (An office the text also names in full, <government><words>办公室: that one.)
    const full =
      office && anchor
        ? [...anchorsByEnd.values()].find(
            (a) =>
              a.type === 'Organization' &&
              a.name.startsWith(anchor.name + between.slice(0, -1)) &&
              a.name.endsWith('办公室'),
          )
        : undefined;
    if (full) return { start: anchor?.start ?? e, title: core, anchor: full, department: undefined };
    if (
      anchor?.type === 'Organization' &&
      (SUB_UNIT.test(between) || office) &&
      !/(?:^|[^分])公司$/.test(between) &&
      !/[的与及在是]/.test(between) &&
      !titleSuffix(between.slice(0, -1)) &&
      !endsWithTitledName(text, e, x)
    ) {
      const department = { name: between, start: e, end: x };
      return { start: anchor.start, title: core, anchor: undefined, department, owner: anchor };
    }
    // <province>大区总经理, <city><words>园总规划师: a firm's sales region, or a site the rules do not read, stands
    // between the place and the title; the place holds no post.
    if (
      anchor?.type === 'Place' &&
      (/^大?区$/.test(between) || /[园馆]$/.test(between)) &&
      qualifierOk(between)
    )
      return {
        start: anchor.start,
        title: text.slice(anchor.start, segEnd),
        anchor: undefined,
        department: undefined,
        qualified: true,
      };
    // 嘉禾县<name>县长、…: a name between a body and its title is that person's (./titles-after.ts); the chain
    // before the next name's titles ends there.
    if (
      anchor &&
      !TITLE_QUALIFIER.test(between) &&
      !TITLE_INSIDE.test(between) &&
      listedName(between) &&
      readName(text, e)?.end === x
    )
      return undefined;
    // <body>原副主席: a past post written after the body (a chain's past post holds nothing). <body>常委原副主席: the
    // post before 原 is current (<division>人大常委原<post>: 人大常委 is the standing committee's short name, no post).
    const past = /^([\u4e00-\u9fff]{0,4}?)(?:原|前任)$/.exec(between);
    if (anchor && past && !clauseWordIn(doc, e, x)) {
      const current = past[1] ?? '';
      if (current && titleSuffix(current) === current && !/人大$/.test(anchor.name))
        return { start: anchor.start, title: current, anchor, department: undefined };
      return { start: anchor.start, title: `原${core}`, anchor, department: undefined };
    }
    // 前往<council>拜会议长X: a verb of calling on someone between the body and the title is the clause's; the title is
    // bare (the council's post all the same, as a bare 议长 is).
    if (anchor && VISIT_VERB.test(between))
      return { start: x, title: core, anchor: undefined, department: undefined };
    // (经信局也派副局长X: a clause between the body and the title is no qualifier of it.)
    if (anchor && qualifierOk(between) && !clauseWordIn(doc, e, x) && !endsWithTitledName(text, e, x)) {
      return { start: anchor.start, title: text.slice(e, segEnd), anchor, department: undefined };
    }
  }
  return segmentWithoutBody(doc, segEnd, core, anchorsByEnd);
}

/**
 * A title with no anchor ending at it or a few characters before it: a department or bureau written with its head's
 * title (组织部长, 规划局长), a council member by level or party, a division's people's organisation after a joiner, or
 * words that qualify the post; else the bare title.
 */
function segmentWithoutBody(
  doc: Doc,
  segEnd: number,
  core: string,
  anchorsByEnd: Map<number, Anchor>,
): Segment {
  const { text } = doc;
  const x = segEnd - core.length;
  // 县委常委、组织部长A: 组织部 and 部长 written with one 部; the department's head.
  const shared = core === '部长' ? /(?:组织|宣传|统战)$/.exec(text.slice(Math.max(0, x - 2), x)) : null;
  if (shared) {
    const start = x - 2;
    const name = `${shared[0]}部`;
    const written = anchorsByEnd.get(x + 1);
    if (written && written.start < start)
      return { start: written.start, title: core, anchor: written, department: undefined };
    return { start, title: core, anchor: undefined, department: { name, start, end: x + 1 } };
  }
  // 县政协副主席、住建委主任、规划局长A: a bare bureau or commission after a joiner; 规划局长 written with one 局.
  const bureau = /([\u4e00-\u9fff]{2,4})(局|委)$/.exec(text.slice(Math.max(0, x - 5), x));
  const stem = bureau?.[1] && BUREAU_STEMS.test(bureau[1]) ? bureau : undefined;
  if (stem && JOINERS.has(text[x - stem[0].length - 1] ?? '')) {
    const start = x - stem[0].length;
    return { start, title: core, anchor: undefined, department: { name: stem[0], start, end: x } };
  }
  const stemBefore = /^副?局长$/.test(core)
    ? /([\u4e00-\u9fff]{2,4})$/.exec(text.slice(Math.max(0, x - 4), x))
    : null;
  const sharedStem =
    stemBefore?.[1] && [4, 3, 2].map((n) => text.slice(x - n, x)).find((w) => BUREAU_STEMS.test(w));
  if (sharedStem && JOINERS.has(text[x - sharedStem.length - 1] ?? '') && !core.startsWith('副')) {
    const start = x - sharedStem.length;
    return {
      start,
      title: core,
      anchor: undefined,
      department: { name: `${sharedStem}局`, start, end: x + 1 },
    };
  }
  // 市议员X, 国民党籍议员X: a council's member written with the level or the party he belongs to (…籍), no body.
  // The longest such words that start at a word boundary (a long party's name holds shorter ones: 民主进步党籍).
  const atBoundary = (start: number) =>
    start === 0 || HARD_BOUNDARY.test(text[start - 1] ?? '') || doc.tokens.isBoundary(start);
  const memberStart = COUNCIL_POST.test(core)
    ? [9, 8, 7, 6, 5, 4, 3, 2, 1]
        .map((n) => x - n)
        .find(
          (s) => s >= 0 && /^(?:[\u4e00-\u9fff]{1,7}籍)?[市县区]?$/.test(text.slice(s, x)) && atBoundary(s),
        )
    : undefined;
  if (memberStart !== undefined)
    return { start: memberStart, title: core, anchor: undefined, department: undefined };
  // <county>委常委、总工会主席: a division's people's organisation after a joiner (not one after 当选).
  const department =
    DIVISION_ASSOCIATIONS.find(
      (d) => text.startsWith(d, x - d.length) && JOINERS.has(text[x - d.length - 1] ?? ''),
    ) ?? CHAIN_DEPARTMENTS.find((d) => text.startsWith(d, x - d.length));
  if (department) {
    const start = x - department.length;
    return { start, title: core, anchor: undefined, department: { name: department, start, end: x } };
  }
  let q = x;
  while (q > 0 && x - q < 6 && !HARD_BOUNDARY.test(text[q - 1] ?? '') && !JOINERS.has(text[q - 1] ?? '')) q--;
  const before = text[q - 1];
  const qualifier = text.slice(q, x);
  const clean = q === 0 || before === undefined || HARD_BOUNDARY.test(before) || JOINERS.has(before);
  // 民主党籍县长X: the party the holder belongs to (…籍) is no part of the post; nor is 政府 before a division's head
  // (旗委副书记、政府旗长X: the banner's head, as 区政府区长 is the district's).
  if (
    clean &&
    (/^[\u4e00-\u9fff]{1,5}籍$/.test(qualifier) || (qualifier === '政府' && titleKind(core) === 'division'))
  )
    return { start: q, title: core, anchor: undefined, department: undefined };
  if (qualifier && clean && qualifierOk(qualifier) && !clauseWordIn(doc, q, x)) {
    return {
      start: q,
      title: text.slice(q, segEnd),
      anchor: undefined,
      department: undefined,
      // 主席兼行政总裁, 亚太区副总裁: words that qualify the post, not an organisation, keep the inheritance; a bare
      // level's body (区委常委 on a page whose 区 the resolver cannot tell) is an organisation, no function word.
      ...(TITLE_QUALIFIER.test(qualifier) || (functionWord(qualifier) && !LEVEL_BODY_WORDS.has(qualifier))
        ? {}
        : { qualified: true }),
    };
  }
  return { start: x, title: core, anchor: undefined, department: undefined };
}
