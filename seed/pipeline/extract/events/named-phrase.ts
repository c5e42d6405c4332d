import type { Anchor } from '../anchors.ts';
import { widest } from '../anchors.ts';
import type { Doc } from '../doc.ts';
import {
  alternation,
  CEREMONY_NOUNS,
  CONGRESS_ORGANS,
  FORUM_NOUNS,
  MEETING_NOUNS,
} from '../lexicon/events.ts';
import { DECLARES_SHORT } from '../lexicon/words.ts';
import type { RuleId } from '../rules/index.ts';
import { ACT_ENDING, type Candidate, KEEP_NOUN, make } from './found-event.ts';
import { TOLD_BEFORE } from './name-hygiene.ts';
import { isOrg, leadingParties, phraseStart } from './phrase.ts';

/** What ends the words of a happening: an act (成立, 揭牌, 签约 …) or a noun (大会, 论坛, 仪式 …). */
const HAPPENING_END = new RegExp(
  `(?:${ACT_ENDING.source.slice(0, -1)}|${alternation([...CEREMONY_NOUNS, ...MEETING_NOUNS, ...FORUM_NOUNS])})$`,
);

/** A day, maybe with its part, opening the words of a happening (27日上午签署仪式). */
const DAY_FIRST = /^(?:(?:\d{4}年)?\d{1,2}月)?\d{1,2}日(?:上午|下午|晚上|晚间|中午)?/;
/** A start with nothing started named (…成立暨启动仪式). */
const BARE_START = /^(?:启动|开幕|启用)$/;
/** A noun closing the words of the first happening of two (…成立大会暨…). */
const NOUN_END = new RegExp(`(?:${alternation([...CEREMONY_NOUNS, ...MEETING_NOUNS, ...FORUM_NOUNS])})$`);

/**
 * The second part of `X大会暨Y` that is the first session of the organ the congress elects (六届一次执委会): the
 * congress's own business, no happening of its own.
 */
const SAME_CONGRESS = new RegExp(
  `^[一二三四五六七八九十\\d]+届[一二三四五六七八九十\\d]+次(?:${alternation(CONGRESS_ORGANS)})(?:会议)?$`,
);
/**
 * `X会员大会暨换届选举大会`, `X第四届换届选举大会暨第五届第一次会员大会`: a congress joined to its own election is one
 * meeting, named whole as written.
 */
const ELECTION = /^(?:换届(?:选举)?(?:大会|会议)?|选举(?:大会)?)$/;
/** A congress's own election (换届选举大会), written after 暨: no second happening. */
export function isElection(words: string): boolean {
  return ELECTION.test(words);
}
const ELECTION_FIRST = /(?:换届|选举)(?:大会|会议)$/;

/** A preposition standing as a word right before the noun (对会议在…召开表示祝贺): no name. */
const PREPOSITION = /[对向就]/;
/** The rest of the sides counted, and the round, after the named ones (…等9家共建单位新一轮结对共建). */
const CO_SIDES =
  /等(?:\d+|[两三四五六七八九十]+)家(?:共建|联建|结对|成员)?单位(?=新一轮|结对|共建|联建)|新一轮(?=结对|共建|联建)/g;

/** A short form declared in brackets right before the noun ((以下简称“Y”), (简称Y)). */
const DECLARED = new RegExp(`[(（]${DECLARES_SHORT}[“"「]?[^()（）“”"「」]{1,20}[”"」]?[)）]$`);
/** A happening named by what a reference points to (该平台, 该协会): the kind of the thing referred to. */
const REFERRED = /^该(平台|公司|协会|商会|联盟|集团|园区|中心|学会)/;

/**
 * The last name before `at` ending in `kind`: an organisation or place read there, else a name in quotes
 * (“青禾校地合作平台”).
 */
function namedBefore(doc: Doc, anchors: Anchor[], at: number, kind: string): string | undefined {
  const anchor = anchors
    .filter((a) => a.end <= at && (isOrg(a) || a.type === 'Place') && a.name.endsWith(kind))
    .pop();
  const quoted = [...doc.text.slice(0, at).matchAll(/[“「]([^”」。，,]{2,30})[”」]/g)]
    .filter((q) => q[1]?.endsWith(kind))
    .pop();
  if (quoted && (!anchor || (quoted.index ?? 0) > anchor.start)) return quoted[1];
  return anchor?.name;
}

/** How a ceremony went, before its words (隆重的, 一场简短的): no part of its name. */
export const CEREMONIOUS = /^(?:一场|一次)?(?:隆重|盛大|简短|简朴|热烈|庄重|庄严)的/;

/** Talks between parties (A与B工作会谈): the parties attend. */
const TALKS = /会谈|会晤|洽谈会|座谈会/;

/**
 * The happening named by the words from `from` to its noun at `nounAt` (…签约仪式, …推进会), added to `found`:
 * `联盟成立暨战略合作签约仪式` is two happenings of one ceremony; `lead` are parties written before a 暨.
 */
export function addNamed(
  doc: Doc,
  anchors: Anchor[],
  found: Candidate[],
  from: number,
  nounAt: number,
  noun: string,
  place: Anchor | undefined,
  rule: RuleId,
  lead?: Anchor[],
): void {
  const { text } = doc;
  const joined = text.lastIndexOf('暨', nounAt);
  // Two happenings only when what comes before 暨 is one (联盟成立暨…, 推进会暨…); 滇西陆港物流园暨…示范基地揭牌 is one
  // unveiling of a thing with two names.
  const election =
    joined > from &&
    (ELECTION.test(text.slice(joined + 1, nounAt) + noun) ||
      (ELECTION_FIRST.test(text.slice(from, joined)) &&
        /会员(?:代表)?大会$/.test(text.slice(joined + 1, nounAt) + noun)));
  // X恳谈会暨Y推介会举行, X项目签约暨招商大会召开: one meeting whose subjects are joined by 暨 is named whole (the guide),
  // unless what comes first founds something (X成立大会暨Y论坛) or is a ceremony (X签约仪式暨Y发布会), or the second is
  // a ceremony (X揭牌暨Y签约仪式).
  const oneMeeting =
    MEETING_NOUNS.includes(noun) &&
    noun !== '成立大会' &&
    !/成立|(?:仪式|典礼|庆典|开幕式)$/.test(text.slice(from, joined));
  if (
    joined > from &&
    joined < nounAt - 1 &&
    !election &&
    !oneMeeting &&
    HAPPENING_END.test(text.slice(from, joined))
  ) {
    const before = found.length;
    // 联盟成立大会暨…论坛: the first happening keeps its own noun (成立大会 names a founding).
    const own = NOUN_END.exec(text.slice(from, joined))?.[0] ?? '';
    addNamed(doc, anchors, found, from, joined - own.length, own, place, rule);
    // X会员代表大会暨六届一次执委会: one congress.
    if (SAME_CONGRESS.test(text.slice(joined + 1, nounAt) + noun)) return;
    // …联盟成立暨启动仪式: a bare start is the first happening's own, not a second one.
    if (BARE_START.test(text.slice(joined + 1, nounAt))) return;
    // A与B联合实验室揭牌暨战略合作签约仪式: the parties written in front are the second happening's too.
    const pair = leadingParties(text, anchors, phraseStart(doc, anchors, from, joined), joined);
    const second = found.length;
    addNamed(doc, anchors, found, joined + 1, nounAt, noun, place, rule, pair.length >= 2 ? pair : undefined);
    // X产业园区协作联盟成立大会暨协作发展论坛, X招商项目推介会暨项目签约仪式: the second's words go on from the first's
    // (X产业园区协作发展论坛, X招商项目签约).
    const first = found.slice(before, second)[0];
    const words = first?.subject?.name ?? first?.name;
    // <body>会馆落成启用暨第N届理监事授证典礼: a second with no holder of its own is held by the body opening the first.
    const firstAt = phraseStart(doc, anchors, from, joined);
    const holder = widest(anchors.filter((a) => isOrg(a) && a.start === firstAt && a.end < joined));
    const ownHolder = anchors.some((a) => (isOrg(a) || a.type === 'Place') && a.start === joined + 1);
    for (const part of found.slice(second)) {
      const at = words ? words.indexOf(part.name.slice(0, 2)) : -1;
      if (words && at > 0) part.name = `${words.slice(0, at)}${part.name}`;
      else if (holder && !ownHolder && /^第/.test(part.name))
        part.name = `${text.slice(holder.start, holder.end)}${part.name}`;
      // <division><first happening>暨<second happening>: the division the first names holds the second too.
      else if (!ownHolder && !holder) {
        // (A short form counts only opening the first: <city short>绿色产业推介暨项目签约仪式.)
        const division = anchors.find(
          (a) =>
            a.source === 'division' &&
            (!a.short || a.start === firstAt) &&
            a.start >= firstAt &&
            a.end <= joined,
        );
        const written = division ? text.slice(division.start, division.end) : '';
        if (written && !part.name.startsWith(written) && !/^[“"]?(?:全|我)/.test(part.name))
          part.name = `${written}${part.name}`;
      }
    }
    for (const part of found.slice(before)) part.combined = joined;
    return;
  }
  // <body><its congress>暨成立大会: the congress, and the founding of the body it is the congress of.
  if (
    joined > from &&
    joined === nounAt - 1 &&
    noun === '成立大会' &&
    NOUN_END.test(text.slice(from, joined))
  ) {
    const own = NOUN_END.exec(text.slice(from, joined))?.[0] ?? '';
    const before = found.length;
    addNamed(doc, anchors, found, from, joined - own.length, own, place, rule);
    const at = phraseStart(doc, anchors, from, joined);
    const body = widest(anchors.filter((a) => isOrg(a) && a.start === at && a.end < joined));
    if (body)
      found.push(
        make(
          doc,
          rule,
          `${body.name}成立`,
          noun,
          { start: nounAt, end: nounAt + noun.length },
          { subject: body, place },
        ),
      );
    for (const part of found.slice(before)) part.combined = joined;
    return;
  }
  // 代表市委、市政府对会议在潍召开表示祝贺: the happening is what 对 is about, named elsewhere.
  if (PREPOSITION.test(text[nounAt - 1] ?? '') && doc.tokens.startOfTokenEndingAt(nounAt) === nounAt - 1)
    return;
  // 27日上午签署仪式在…举行: the day is when it was, no part of its name.
  const day = DAY_FIRST.exec(text.slice(from, nounAt))?.[0].length ?? 0;
  // X联盟(以下简称“Y联盟”)年会: the short form declared in brackets is no part of the name.
  const end = nounAt - (DECLARED.exec(text.slice(from + day, nounAt))?.[0].length ?? 0);
  let start = phraseStart(doc, anchors, from + day, end);
  // 2023青禾…联盟年会, 113年度<farmers' association>…活动: a year (a Republic year with 年度) written right before the
  // body stays in the name.
  start -= /(?:(?:19|20)\d{2}年?度?|[1-9]\d{1,2}年度)$/.exec(text.slice(from + day, start))?.[0].length ?? 0;
  // “向新而行——百家行业协会走进X新城”活动启动仪式: a quoted title is named whole, not from a body inside it.
  const closed = text.indexOf('”', start);
  const open = text.lastIndexOf('“', start);
  if (closed >= 0 && closed < end && !text.slice(start, closed).includes('“') && open >= from + day)
    start = open;
  const own = anchors.some((a) => isOrg(a) && a.start >= start && a.end <= end);
  const prefix = lead && !own ? text.slice(lead[0]?.start ?? 0, lead[lead.length - 1]?.end ?? 0) : '';
  // A与B等9家共建单位新一轮结对共建签约: how many more sides and which round are no part of the name; 由A主办，
  // B承办的X开工仪式: who organised it neither.
  // <body>举办第N届…交接典礼: the body holding it stays in the name, its verb does not (the guide's who holds it).
  const holder = anchors.find(
    (a) =>
      isOrg(a) &&
      a.start >= start &&
      a.end < end - 2 &&
      /^(?:举办|主办)(?!的)/.test(text.slice(a.end, a.end + 3)),
  );
  // <body>(<year>)举办的『…座谈会』: the body opening the words holds what it names (the guide's holder).
  const heldBy = anchors.find(
    (a) =>
      isOrg(a) &&
      a.start === start &&
      /^(?:\d{2,4}年度?)?(?:举办|举行|召开)的/.test(text.slice(a.end, a.end + 10)),
  );
  const raw = holder
    ? text.slice(start, holder.end) + text.slice(holder.end + 2, end)
    : text.slice(start, end);
  const words = raw
    .replace(CO_SIDES, '')
    // A、B等N个项目的集中开工: the first item stands for the list, and 的 before the act goes.
    .replace(/(?:、[^、，,。]{1,20}?)+(?=等(?:\d+|[两三四五六七八九十]+)个)/, '')
    .replace(/(等(?:\d+|[两三四五六七八九十]+)个项目)的/, '$1')
    // 东湖.柳溪智造园: a full stop set between words of one name (a typed middle dot) leaves no mark.
    .replace(/(?<=[\u4e00-\u9fff])\.(?=[\u4e00-\u9fff])/g, '')
    .replace(/^.*(?:主办|承办|协办|举办|组织)的/, '')
    // “<theme>”——<name>: a quoted theme set before the name with a dash is no part of it (inside the quotes it is).
    .replace(/^[“"「『][^”"」』]{2,40}[”"」』]\s*(?:——|—|--)\s*(?=[^，,。；;]{4})/, '')
    // “垃圾分类我先行”的启动仪式: 的 after a quoted name leaves no mark.
    .replace(/(?<=[”」』])的(?=[\u4e00-\u9fff])/, '')
    // 以A项目为代表的X活动: what it is exemplified by is no part of its name (X活动).
    .replace(/^以[^，,。；;]{1,30}?为(?:代表|主体|重点|龙头)的+/, '');
  let phrase =
    prefix +
    (heldBy ? text.slice(heldBy.start, heldBy.end) : '') +
    words.replace(/^[“『「](?=[^”』」]*$)/, '').replace(CEREMONIOUS, '') +
    (noun === '成立大会' ? '成立' : '');
  // 举行了隆重的开班仪式: a class's ceremony told bare is named by the class (./classes.ts).
  if (/^(?:开班|开学|结业)$/.test(phrase) && /仪式|典礼|式/.test(noun)) return;
  if (KEEP_NOUN.test(noun) && !ACT_ENDING.test(phrase) && noun !== '成立大会') phrase += noun;
  // 活动 names a happening only after what was done or a name of its own (集中开工活动, 主题党日活动).
  if (noun === '活动' && phrase.length < 6) return;
  if (phrase.length < 2 || /^[的了]/.test(phrase)) return;
  // 这场推广活动, 此次会议: the happening told before, no new one.
  if (TOLD_BEFORE.test(phrase)) return;
  // 该平台第1次会议: named by the platform the article named before (“青禾校地合作平台”).
  const referred = REFERRED.exec(phrase);
  if (referred) {
    const named = namedBefore(doc, anchors, start, referred[1] ?? '');
    if (!named) return;
    phrase = `${named}${phrase.slice(referred[0].length)}`;
  }
  // What is left after the day is a bare act (签署, 签约): no name for it here.
  if (day > 0 && /^(?:签署|签约|揭牌|启动)$/.test(phrase)) return;
  // …联盟成立, …综合党委成立授牌: the organisation founded is written right before 成立.
  const founded = /成立(?:授牌|揭牌)?$/.exec(phrase);
  const subject = founded
    ? anchors.find((a) => isOrg(a) && a.end === start + phrase.length - founded[0].length)
    : undefined;
  const inPhrase = prefix
    ? (lead ?? [])
    : anchors.filter((a) => isOrg(a) && a.start >= start && a.end <= nounAt);
  const parties = /签约|签署|签订/.test(phrase) ? inPhrase : [];
  // <bureau>外贸企业座谈会: one body alone before the noun holds the meeting; parties need a side to meet, a second
  // body or a conjunction joined to the body (<body>与企业家座谈会; not the 和 of 和平区 or the 同 of 共同).
  const joinedTo = (a: Anchor) =>
    /[与和同]/.test(doc.text.charAt(a.end)) || /[与和同]/.test(doc.text.charAt(a.start - 1));
  const sides = inPhrase.length >= 2 || inPhrase.some(joinedTo);
  const guests = TALKS.test(noun) && sides ? inPhrase.filter((a) => a !== heldBy) : [];
  found.push(
    make(
      doc,
      rule,
      phrase,
      noun,
      { start: nounAt, end: nounAt + noun.length },
      { subject, parties, place, guests },
    ),
  );
}
