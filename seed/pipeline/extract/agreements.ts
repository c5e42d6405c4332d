import type { Span } from '../../../contract/annotation/types.ts';
import type { Anchor } from './anchors.ts';
import { type Doc, sentenceAt } from './doc.ts';
import { AGREEMENT_WRITTEN, gapTellsSigning, SIGN_GAP_CHAR, WHEN_BETWEEN } from './lexicon/events.ts';
import { TITLE_PATTERN } from './lexicon/titles.ts';
import { INTENDED_BEFORE } from './lexicon/words.ts';

/**
 * Agreements signed between parties, as the text writes them:
 * - `A与B签署…协议`, `A与B、C(分别)签订…协议` (A signs with each), `A、B与C签订…` (A and B with C);
 * - `A、B等首批12家企业与C签订入驻协议` (the listed ones, each with C);
 * - `A与B、C与D分别签署…协议` (two pairs, each pair its own partners);
 * - `城关区雁南街道与某学院签署…` (a division as a party names the agreement but neither signs nor partners);
 * - `A党支部书记X与B村党总支书记Y签署…协议` (each side written with who signs for it: the bodies sign and partner).
 * Intended (将, 拟 …) and earlier (此前, a past year) agreements are none.
 */
export interface Agreement {
  /** The text that names it, with the sign verb as written: `A与B、C授信协议签订`. */
  name: string;
  /** The name with 签约 for the verb (the guide's earlier form, kept as an alias). */
  normalised: string;
  /** The parties as the name writes them: `A与B、C`. */
  who: string;
  /** The organisations that sign (no divisions). */
  parties: Anchor[];
  /** Who partners with whom: the first of a side with each of the other side. */
  pairs: [Anchor, Anchor][];
  /** The agreement words (`战略合作协议`) and the sign verb. */
  trigger: Span;
  sentence: Span;
  /** Where the first party starts. */
  start: number;
  /** Where it was signed, when written between the sides and the verb (A与B在X签署…). */
  place?: Anchor;
}

const JOIN = /^(?:分别|共同|正式)?(?:与|和|同)/;
/** What may stand between bodies listed with 、 and the agreement they sign together (三家党组织, 共同). */
const TOGETHER =
  /^(?:等)?(?:[0-9一二三四五六七八九十两]+(?:家|个|方)(?:党组织|单位|企业|社区|村)?(?:代表)?)?(?:共同|一起|一同)?/;
/** A title and a name right after a party: who signs for it (党支部书记邵宏亮与…). */
const SIGNER = new RegExp(`^(?:${TITLE_PATTERN})(?:、?(?:${TITLE_PATTERN}))*[\\u4e00-\\u9fff·]{2,4}$`);
const COUNTED = /^等(?:首批|第一批|首期)?[0-9一二三四五六七八九十百]+家(?:企业|单位|机构|项目方)?/;
/** 签署了《…结对共建协议》 (a title in book marks may be long), 签订战略合作协议, 合约, 意向书. */
const SIGN = new RegExp(
  `^(?:分别|共同|正式|也|现场|当场)?(?:(?:分别)?代表(?:双方|各方|各自单位)(?:共同)?)?(?:签署|签订|续签)了?${AGREEMENT_WRITTEN}`,
);
const WHEN_AFTER_SIDES = new RegExp(`^${WHEN_BETWEEN}`);
/** Words that end a venue's name (在<body>会议室签署). */
const VENUE_WORD = /(?:会议室|会议中心|中心|大厦|大楼|酒店|宾馆|饭店|厅|馆|礼堂|会场)$/;
/** Where the sides sign, written between them and the verb (A与B在新加坡签署…, A与B今天于<venue>共同签订…). */
const WHERE =
  /^(?:今天|今日|当天|昨天|昨日|上午|下午)?(?:在|于)([^。,，;；、与和\n]{2,24}?)(?=(?:分别|共同|正式|现场|当场)?(?:签署|签订))/;

/** Any few words between the sides and the sign verb, opening at most on a comma: `昨日(5日)于蓉`, `，上午`. */
const BETWEEN_SIDES_AND_VERB = new RegExp(
  `^[,，]?${SIGN_GAP_CHAR}{1,14}?(?=(?:分别|共同|正式|现场|当场|也)?(?:签署|签订|续签)了?[^的])`,
);

const TITLED = new RegExp(TITLE_PATTERN);

function isParty(a: Anchor): boolean {
  return a.type === 'Organization' && a.source !== 'reference';
}

/**
 * A division, village, community, zone or park written as a party (城关区雁南街道与…, 和盛镇幸福村与…, <zone>与…): a
 * place, no signatory.
 */
function isDivision(a: Anchor): boolean {
  return (
    (a.source === 'division' && !a.short) ||
    (a.type === 'Place' && a.source === 'named' && /^(?:village|community|zone|park)$/.test(a.kind))
  );
}

/** The organisations listed from `at` on (B、C和D), stopping before one that opens a pair of its own (C与D). */
function listFrom(text: string, orgs: Anchor[], at: number): Anchor[] {
  const list: Anchor[] = [];
  for (let pos = at; ; ) {
    let next = orgs.find((o) => o.start === pos);
    // 叶榭镇望溪村党总支: a place written right before a side is where that side is.
    for (let inner = next; inner && isDivision(inner); ) {
      inner = orgs.find((o) => o.start === inner?.end);
      if (inner) next = inner;
    }
    if (!next) break;
    if (list.length > 0 && JOIN.test(text.slice(next.end, next.end + 3))) break;
    list.push(next);
    const sep = /^(?:、|和|及|以及)/.exec(text.slice(next.end, next.end + 2));
    if (!sep) break;
    pos = next.end + sep[0].length;
  }
  return list;
}

/** A body's other name in brackets right after it (工商联(总商会)), not a short form declared (简称…): its length. */
function otherName(text: string, at: number): number {
  const bracket = /^[(（]([^()（）]{2,8})[)）]/.exec(text.slice(at, at + 10));
  return bracket && !/简称|簡稱/.test(bracket[1] ?? '') ? bracket[0].length : 0;
}

/** Where the signer written right after a party ends (`at` = the party's end), else `at`. */
function afterSigner(text: string, at: number, signerEnds: ReadonlySet<number>): number {
  for (let end = at + 3; end <= at + 16; end++)
    if (signerEnds.has(end) && SIGNER.test(text.slice(at, end))) return end;
  return at;
}

/** `signerEnds`: where titled names end (a party may be written with who signs for it). */
export function findAgreements(
  doc: Doc,
  anchors: Anchor[],
  signerEnds: ReadonlySet<number> = new Set(),
): Agreement[] {
  const { text } = doc;
  // X代表公司党总支与B签署…: a body referred back to after 代表 is a party too.
  const onBehalf = (a: Anchor) =>
    a.type === 'Organization' && a.source === 'reference' && doc.text.startsWith('代表', a.start - 2);
  // 我市与B签订…。市长X代表市政府与B签订了…: on a page whose text names the city's government, 我市 signing is it.
  const ours = (a: Anchor): Anchor => {
    if (a.rule !== 'division:ours') return a;
    const government = anchors.find(
      (x) => isParty(x) && x.kind === 'government' && x.base?.id === a.id && /政府$/.test(x.name),
    );
    return government ? { ...government, start: a.start, end: a.end, headEnd: a.end } : a;
  };
  const resolved = anchors.map(ours);
  const party = (a: Anchor) => isParty(a) || onBehalf(a);
  const orgs = resolved.filter(party);
  const sides = resolved.filter((a) => party(a) || isDivision(a));
  const found: Agreement[] = [];
  const used = new Set<number>();
  for (const a of sides) {
    if (used.has(a.start)) continue;
    // A与B、C与D分别签署: read pairs while they follow one another.
    const pairs: { left: Anchor[]; right: Anchor[]; start: number; counted: boolean }[] = [];
    let head = a;
    let end = a.end;
    /** Who signs for a party, as written after it: cut from the agreement's name. */
    const signers: [number, number][] = [];
    const signer = (at: number): number => {
      // <federation>(总商会)与…: the body's other name in brackets stays with it.
      const other = at + otherName(text, at);
      const to = afterSigner(text, other, signerEnds);
      if (to > other) signers.push([other, to]);
      return to;
    };
    end = signer(end);
    for (;;) {
      const counted = COUNTED.exec(text.slice(end, end + 12));
      const joinAt = end + (counted?.[0].length ?? 0);
      const join = JOIN.exec(text.slice(joinAt, joinAt + 3));
      if (!join) break;
      // 南海区与嘉荫县签订…: a division may stand on either side (a place: it names the agreement, no more).
      const right = listFrom(text, sides, joinAt + join[0].length);
      if (right.length === 0) break;
      pairs.push({ left: [head], right, start: head.start, counted: counted !== null });
      end = (right[right.length - 1] as Anchor).end;
      if (right.length === 1) end = signer(end);
      const nextPair = /^、/.test(text.slice(end, end + 1))
        ? sides.find((o) => o.start === end + 1)
        : undefined;
      if (!nextPair || !JOIN.test(text.slice(nextPair.end, nextPair.end + 3))) break;
      head = nextPair;
      end = nextPair.end;
    }
    if (pairs.length === 0) {
      // A、B、C三家党组织签署了党建联盟协议: bodies listed with 、 sign one agreement together, the first with each.
      const list = listFrom(text, sides, a.start);
      const last = list[list.length - 1];
      if (list.length < 2 || !last || /(?:与|和|同|、)$/.test(text.slice(Math.max(0, a.start - 1), a.start)))
        continue;
      // Only when the text says they sign together: a count of them or 共同.
      const together = TOGETHER.exec(text.slice(last.end, last.end + 16))?.[0] ?? '';
      if (together === '') continue;
      pairs.push({ left: [a], right: list.slice(1), start: a.start, counted: false });
      end = last.end + together.length;
    }
    // A与B今天签署…, A与B11日在…签署: when they signed may come first.
    end += WHEN_AFTER_SIDES.exec(text.slice(end, end + 12))?.[0].length ?? 0;
    // Only a place or a venue (not a time: 于去年签署): where they signed.
    const where = WHERE.exec(text.slice(end, end + 40));
    const place = where
      ? anchors.filter((x) => x.type === 'Place' && x.start >= end && x.end <= end + where[0].length).pop()
      : undefined;
    if (where && (place || VENUE_WORD.test(where[1] ?? ''))) end += where[0].length;
    // A与B昨日(<day>)于蓉签订…, A与B，上午一同签订…: a few words of when, where or how between the sides and the verb,
    // whatever they are, when no frame above read them (no clause break, no other party, no intention, no 的).
    if (!SIGN.test(text.slice(end, end + 50))) {
      const gap = BETWEEN_SIDES_AND_VERB.exec(text.slice(end, end + 24));
      // (A局长X和B办主任Y签署…: a title in the words is who signs for a body not read, not when or where.)
      if (gap && !gapTellsSigning(gap[0], doc.published?.year)) continue;
      if (gap && !TITLED.test(gap[0])) end += gap[0].length;
    }
    // A与B签署的协议: a relative clause about an agreement, not a signing told.
    if (/^(?:分别|共同|正式|现场|当场)?(?:签署|签订)了?的/.test(text.slice(end, end + 6))) continue;
    const sign = SIGN.exec(text.slice(end, end + 50));
    // 签订了价值150亿元的战略合作框架协议: what is said of the agreement before 的 is no part of its name.
    const words = sign?.[1] ?? sign?.[2]?.replace(/^.*的/, '');
    if (!sign || !words) continue;
    // <city>市长A与<city>副市长B签订…: two people of one side sign no agreement between sides.
    if (pairs.length > 0 && pairs.every((p) => p.right.every((r) => p.left.some((l) => l.id === r.id))))
      continue;
    const sentence = sentenceAt(doc, a.start);
    if (INTENDED_BEFORE.test(text.slice(Math.max(0, a.start - 3), a.start))) continue;
    // 2019年，A与B签署…协议; A此前已与B签署…: an earlier agreement is history, not this article's event.
    const years = [...text.slice(sentence.start, sentence.end).matchAll(/(\d{4})年/g)].map((y) =>
      Number(y[1]),
    );
    if (years.some((y) => doc.published !== undefined && y < doc.published.year)) continue;
    if (/曾|此前|已于|早在/.test(text.slice(sentence.start, a.start))) continue;
    // A、B与C签署…: the parties listed before A sign too, and the first of them is named first.
    const first = pairs[0] as (typeof pairs)[number];
    const listed: Anchor[] = [];
    for (let at = a.start; ; ) {
      const prev = orgs.find((o) => o.end === at - 1 && /[、,，]/.test(text[at - 1] ?? ''));
      if (!prev || /(?:与|和|同)$/.test(text.slice(Math.max(0, prev.start - 1), prev.start))) break;
      listed.unshift(prev);
      at = prev.start;
    }
    first.left = [...listed, ...first.left];
    first.start = first.left[0]?.start ?? first.start;
    // 城关区雁南街道与…: a division party is written with the divisions it lies in.
    for (let outer = sides.find((o) => isDivision(o) && o.end === first.start && isDivision(a)); outer; ) {
      first.start = outer.start;
      outer = sides.find((o) => isDivision(o) && o.end === first.start);
    }
    const signEnd = end + sign[0].length - (sign[1] ? 1 : 0);
    const agreementAt = signEnd - words.length;
    const named = pairs.length > 1 ? [first] : pairs;
    const last = named[named.length - 1] as (typeof pairs)[number];
    const lastRight = last.right[last.right.length - 1] as Anchor;
    const joinStart = (first.left[first.left.length - 1] as Anchor).end;
    // 市长X代表市政府与B签订了…: a body written with a bare level is named with its division (宜城市政府与B…), and
    // 我市 with the page's city (江山市与B…).
    const edits: [number, number, string][] = [
      ...signers.map(([s0, s1]): [number, number, string] => [s0, s1, '']),
      ...pairs
        .flatMap((p) => [...p.left, ...p.right])
        .filter(
          (x) =>
            (x.rule === 'body:bare-level' && x.name.endsWith(text.slice(x.start, x.end))) ||
            x.rule === 'division:ours' ||
            text.startsWith('我', x.start),
        )
        .map((x): [number, number, string] => [x.start, x.end, x.name]),
    ].sort((x, y) => x[0] - y[0]);
    const written = (from: number, to: number) =>
      edits
        .filter(([s0]) => s0 >= from && s0 < to)
        .reverse()
        .reduce(
          (w, [s0, s1, put]) => w.slice(0, s0 - from) + put + w.slice(Math.min(s1, to) - from),
          text.slice(from, to),
        );
    const who = `${written(first.start, joinStart)}${written(
      joinStart,
      lastRight.end + otherName(text, lastRight.end),
    ).replace(/^(?:分别|共同|正式)?(?:与|和|同)/, '与')}`;
    // The page's own verb (签署, 签订): A与B签署了X协议 → A与BX协议签署.
    const verb = /签署|签订|续签/.exec(sign[0])?.[0] ?? '签署';
    const name = `${who}${words}${verb}`;
    const parties = pairs.flatMap((p) => [...p.left, ...p.right]).filter(party);
    const partnerPairs: [Anchor, Anchor][] = [];
    for (const p of pairs) {
      const left = p.left.filter(party);
      // A、B等12家企业与C: each of the listed signs with C.
      if (p.counted)
        for (const l of left) for (const right of p.right.filter(party)) partnerPairs.push([l, right]);
      else {
        // A与B、C: A with each; A、B与C: A, named first, with B and with C.
        const [lead, ...rest] = left;
        if (lead) for (const other of [...rest, ...p.right.filter(party)]) partnerPairs.push([lead, other]);
      }
    }
    for (const p of pairs) for (const x of [...p.left, ...p.right]) used.add(x.start);
    found.push({
      name,
      normalised: `${who}${words}签约`,
      who,
      parties,
      pairs: partnerPairs,
      trigger: { start: agreementAt, end: signEnd },
      sentence,
      start: first.start,
      ...(place ? { place } : {}),
    });
  }
  return found;
}
