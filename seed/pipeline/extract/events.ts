import { entityId } from '../../../contract/annotation/ids.ts';
import type { Span } from '../../../contract/annotation/types.ts';
import { findAgreements } from './agreements.ts';
import type { Anchor } from './anchors.ts';
import { findEventDate } from './dates.ts';
import { type Doc, sentenceAt } from './doc.ts';
import { alternation, CEREMONY_NOUNS, FORUM_NOUNS, MEETING_NOUNS } from './lexicon/events.ts';
import type { RuleId } from './rules/index.ts';
import { simplifiedName } from './script.ts';

/**
 * The happenings an article reports, one per distinct happening:
 * - `<phrase>仪式/大会/论坛…在<place>举行`: the phrase names it (余杭区人民政府与…战略合作协议签约, 2023张江…论坛);
 * - `<subject>(,)在<place>(宣告|正式)成立/开园/投产…`: subject + verb (“数智炬生”…党建联盟成立, …产业园开园);
 * - `<organisation>(揭牌|正式)成立` and `<organisation>召开<…大会>`;
 * - visits `(带队|率队)调研/走访/考察 <object>` (历城区重点产业项目建设调研, 杭州市经信委走访钱塘区重点工业企业).
 * The kind comes from the verb or noun, the date from the sentence (else the first event's), HELD_AT from the
 * place after 在.
 */

export interface FoundEvent {
  id: string;
  name: string;
  kind: string;
  date: string | undefined;
  partOfDay: string | undefined;
  /** The words that name it in the text (签约仪式, 宣告成立): its mention. */
  trigger: Span;
  /** The noun or verb that names its kind in the text (座谈会, 论坛, 签约, 调研): later sentences refer to it by it. */
  noun: string;
  sentence: Span;
  /** The organisation it founded or the place it opened. */
  subject: Anchor | undefined;
  /** Organisations named in a signing (the parties). */
  parties: Anchor[];
  /** Who partners with whom in the agreements signed (else the first party with each other one). */
  partners?: [Anchor, Anchor][];
  /** Organisations that hold talks (A与B工作会谈): they attend. */
  guests?: Anchor[];
  /** Where it was held: the innermost place after 在. */
  place: Anchor | undefined;
  /** For a place opened 在 another (产业园在…开发区正式开园): the enclosing place. */
  within?: Anchor | undefined;
  /** Happenings of one ceremony (揭牌暨签约仪式) share this number: what is said of the ceremony is said of each. */
  combined?: number;
  /** The pattern that read it (for --explain). */
  rule: RuleId;
}

const NOUN = alternation([...CEREMONY_NOUNS, ...MEETING_NOUNS, ...FORUM_NOUNS]);
/** A time word between the event noun and where it was held (签约仪式今天在台州举行). */
const WHEN_WORDS = '(?:今天|今日|昨天|昨日|当天|当日|日前|近日|上午|下午|晚上|晚间|)';
const HELD = new RegExp(
  `(${NOUN})[,，]?${WHEN_WORDS}(?:(?:在|于)([^。,，;]{1,40}?))?(?:隆重|正式|顺利)?(?:举行|举办|召开|开幕)`,
  'g',
);
const OPENED =
  /[,，]?(?:在|于)([^。,，;]{1,40}?)(?:宣告|正式|隆重|揭牌){0,2}(成立|开园|开业|投产|揭牌|启用|开工|落成|开幕)/y;
/** 联合党委正式揭牌成立: up to two of 正式, 宣告, 揭牌 before 成立. */
const FOUNDED = /(?:揭牌|宣告|正式|隆重){0,2}成立(?!于)/y;
const CONVENED = new RegExp(`召开([^。,，;]{0,12}?(?:${alternation(MEETING_NOUNS)}))`, 'y');
/** Visit verbs, compounds first: the name takes the last verb (走访调研 → …调研). */
const VISIT =
  /(?:带队|率队|一行)?(走访调研|调研走访|考察调研|实地调研|实地考察|实地督导|实地察看|调研|走访|考察|督导|视察|督查)([^。,，;]{2,30})/g;
const DURING = /^(?:[^,，。]{0,6}(?:论坛|会议|大会|仪式|活动|峰会|会)(?:上|期间|现场)|会上|仪式上|活动现场)/;
const VISIT_TO =
  /(?:带队|率队|率团|一行|代表团|考察团)(?:赴|到|来|前往|来到|走进|莅临|深入)([^。,，;]{2,20}?)(学习考察|考察交流|参观考察|调研|考察|视察)/g;
const HELD_BEFORE = new RegExp(
  `(?:举行|举办|召开)了?([^。,，;、]{2,30}?)(${NOUN})(?![\\u4e00-\\u9fff]{0,2}(?:上|后|前|期间))`,
  'g',
);
/** `<something not itself an entity>(正式)揭牌启用。`: an unveiling told by the clause (企业服务中心揭牌启用). */
const UNVEILED = /(?:正式|隆重)?揭牌(?:启用|运营|运行|投用|开馆|开放)?(?=[。,，;；])/g;
/** A signing told by its verb (集中签约，…; 成功签约。), not by an agreement or a ceremony. */
const SIGNED = /(?:集中|现场|成功|正式)签约(?=[,，。；;])/g;
/** A visit whose object is written before its verb, with nothing after it (到明珠工业园调研，…). */
const VISIT_AT =
  /(?:专程)?(?:赴|到|前往|来到|深入)([^。,，;；:：]{2,40}?)(走访调研|调研走访|考察调研|实地调研|实地考察|调研|走访|考察|督导|视察|督查)(?=[,，。；;])/g;
/** A meeting held during a visit, named by its noun alone (并召开座谈会, 随后举行座谈会). */
const FOLLOW_UP = /(?:并|随后|后|还)(?:召开|举行)了?(座谈会|座谈交流会|工作座谈会|汇报会|推进会)/g;
/** Nouns kept in the name after what was done (…推进会, …论坛); a ceremony is named by its act alone. */
const KEEP_NOUN = new RegExp(
  alternation([...MEETING_NOUNS.filter((n) => n !== '成立大会'), ...FORUM_NOUNS, '活动']),
);
/** Talks between parties (A与B工作会谈): the parties attend. */
const TALKS = /会谈|会晤|洽谈会|座谈会/;
const ACT_ENDING = /(成立|签约|签署|投产|开园|开业|揭牌|启用|开工|落成|授牌|颁奖|竣工|开馆|开幕)$/;

function kindOf(name: string, noun: string): string {
  if (/成立$/.test(name)) return 'founding';
  if (/签约|签署/.test(name)) return 'signing';
  if (FORUM_NOUNS.some((n) => noun.includes(n))) return 'forum';
  if (/调研|走访|考察|督导|视察|督查/.test(noun)) return 'visit';
  if (/仪式|典礼|开幕式/.test(noun) || ACT_ENDING.test(name)) return 'ceremony';
  return 'meeting';
}

function isOrg(a: Anchor): boolean {
  return a.type === 'Organization' && a.source !== 'reference';
}

/**
 * Where the phrase naming an event starts: at its last group of organisations (A与B; a division may lead the group:
 * 观山湖区与…公司工作会谈), else its last leading division.
 */
function phraseStart(doc: Doc, anchors: Anchor[], start: number, end: number): number {
  const inside = anchors.filter((a) => a.start >= start && a.end <= end);
  const orgs = inside.filter(isOrg);
  const last = orgs[orgs.length - 1];
  if (last) {
    const group = inside.filter((a) => isOrg(a) || a.source === 'division');
    let first = last;
    for (let i = group.indexOf(last) - 1; i >= 0; i--) {
      const o = group[i];
      if (!o || !/^(?:与|和|及|、)$/.test(doc.text.slice(o.end, first.start))) break;
      first = o;
    }
    return first.start;
  }
  let at = start;
  for (const a of inside.filter((x) => x.source === 'division')) {
    if (a.start !== at) break;
    const next = inside.find((x) => x.source === 'division' && x.start === a.end);
    if (!next) {
      // 涪城区“云谷园”数字经济产业园开园, 齐贤街道羊山工业社区启用: the place opened names it, not where it is.
      const place = inside.find(
        (x) => x.type === 'Place' && x.source === 'named' && (x.start === a.end || x.start === a.end + 1),
      );
      const opening = ACT_ENDING.test(doc.text.slice(start, end));
      return opening && place && /^“?$/.test(doc.text.slice(a.end, place.start)) ? place.start : a.start;
    }
    at = a.end;
  }
  return start;
}

/** The organisations joined by 与/和/、 at `start` (A与B in A与B联合实验室揭牌), in order. */
function leadingParties(text: string, anchors: Anchor[], start: number, end: number): Anchor[] {
  const group: Anchor[] = [];
  let at = start;
  for (;;) {
    const next = anchors.find((a) => isOrg(a) && a.start === at && a.end <= end);
    if (!next) break;
    group.push(next);
    const joiner = /^(?:与|和|及|、)/.exec(text.slice(next.end, next.end + 1));
    if (!joiner) break;
    at = next.end + 1;
  }
  return group;
}

function placeIn(anchors: Anchor[], start: number, end: number): Anchor | undefined {
  const places = anchors.filter((a) => a.type === 'Place' && a.start >= start && a.end <= end);
  return places[places.length - 1];
}

function clauseStart(text: string, sentence: Span, at: number): number {
  let s = at;
  while (s > sentence.start && !/[,，;；:：。]/.test(text[s - 1] ?? '')) s--;
  return s;
}

function make(
  doc: Doc,
  rule: RuleId,
  name: string,
  noun: string,
  trigger: Span,
  extra: Partial<FoundEvent>,
): Omit<FoundEvent, 'id' | 'date' | 'partOfDay'> {
  return {
    name,
    kind: kindOf(name, noun),
    trigger,
    noun,
    sentence: sentenceAt(doc, trigger.start),
    subject: undefined,
    parties: [],
    place: undefined,
    rule,
    ...extra,
  };
}

function candidates(doc: Doc, anchors: Anchor[]): Omit<FoundEvent, 'id' | 'date' | 'partOfDay'>[] {
  const { text } = doc;
  const found: Omit<FoundEvent, 'id' | 'date' | 'partOfDay'>[] = [];
  const named = (
    from: number,
    nounAt: number,
    noun: string,
    place: Anchor | undefined,
    rule: RuleId,
    lead?: Anchor[],
  ): void => {
    // 联盟成立暨战略合作签约仪式: two happenings in one ceremony, two events.
    const joined = text.lastIndexOf('暨', nounAt);
    if (joined > from && joined < nounAt - 1) {
      const before = found.length;
      named(from, joined, '', place, rule);
      // A与B联合实验室揭牌暨战略合作签约仪式: the parties written in front are the second happening's too.
      const pair = leadingParties(text, anchors, phraseStart(doc, anchors, from, joined), joined);
      named(joined + 1, nounAt, noun, place, rule, pair.length >= 2 ? pair : undefined);
      for (const part of found.slice(before)) part.combined = joined;
      return;
    }
    const start = phraseStart(doc, anchors, from, nounAt);
    const own = anchors.some((a) => isOrg(a) && a.start >= start && a.end <= nounAt);
    const prefix = lead && !own ? text.slice(lead[0]?.start ?? 0, lead[lead.length - 1]?.end ?? 0) : '';
    let phrase = prefix + text.slice(start, nounAt) + (noun === '成立大会' ? '成立' : '');
    if (KEEP_NOUN.test(noun) && !ACT_ENDING.test(phrase) && noun !== '成立大会') phrase += noun;
    // 活动 names a happening only after what was done or a name of its own (集中开工活动, 主题党日活动).
    if (noun === '活动' && phrase.length < 6) return;
    if (phrase.length < 2 || /^[的了]/.test(phrase)) return;
    const subject = anchors.find(
      (a) => isOrg(a) && a.end === start + phrase.length - 2 && /成立$/.test(phrase),
    );
    const inPhrase = prefix
      ? (lead ?? [])
      : anchors.filter((a) => isOrg(a) && a.start >= start && a.end <= nounAt);
    const parties = /签约|签署/.test(phrase) ? inPhrase : [];
    const guests = TALKS.test(noun) ? inPhrase : [];
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
  };
  // 推介会上，翠屏区与6家企业集中签约，…: a signing told by its verb alone, named by its clause.
  for (const m of text.matchAll(SIGNED)) {
    const end = m.index + m[0].length;
    const from = clauseStart(text, sentenceAt(doc, m.index), m.index);
    if (from === m.index || /计划|将|拟|有望/.test(text.slice(from, m.index))) continue;
    const start = phraseStart(doc, anchors, from, m.index);
    const parties = anchors.filter((a) => isOrg(a) && a.start >= start && a.end <= m.index);
    found.push(
      make(doc, 'event:signed-verb', text.slice(start, end), '签约', { start: m.index, end }, { parties }),
    );
  }
  for (const m of text.matchAll(HELD)) {
    const noun = m[1] ?? '';
    const place = placeIn(anchors, m.index + noun.length, m.index + m[0].length);
    named(clauseStart(text, sentenceAt(doc, m.index), m.index), m.index, noun, place, 'event:held');
  }
  // 海湾科技园昨日举行创科企业签约仪式: held where the clause before 举行 says.
  for (const m of text.matchAll(HELD_BEFORE)) {
    const ownHolder = anchors.find((a) => isOrg(a) && a.end === m.index);
    // 某某支行举行开业仪式, 某工作站举行揭牌仪式: an organisation holds the ceremony of its own act.
    // (Only an organisation that opens its clause: in A与B举行…签约仪式 the ceremony is the pair's.)
    const opensClause =
      ownHolder !== undefined &&
      clauseStart(text, sentenceAt(doc, ownHolder.start), ownHolder.start) === ownHolder.start;
    if (
      ownHolder &&
      opensClause &&
      m[0].startsWith('举') &&
      ACT_ENDING.test(m[1] ?? '') &&
      /仪式|典礼|活动/.test(m[2] ?? '')
    ) {
      const act = (m[1] ?? '').replace(/^了/, '');
      const nounAt = m.index + m[0].length - (m[2]?.length ?? 0);
      found.push(
        make(
          doc,
          'event:own-act-ceremony',
          `${ownHolder.name}${act}`,
          m[2] ?? '',
          { start: nounAt - act.length, end: nounAt },
          {
            subject: ownHolder,
          },
        ),
      );
      continue;
    }
    if (ownHolder) continue; // <organisation>召开…: see CONVENED.
    // 雁塔区召开民营企业家座谈会: a division convenes it; named after the division, held nowhere in particular.
    const convener = anchors.find((a) => a.source === 'division' && !a.short && a.end === m.index);
    // 花溪区举行一季度重大项目现场观摩会 alike; a ceremony keeps only its act (某镇举行项目集中签约仪式 → …集中签约).
    if (convener) {
      const noun = m[2] ?? '';
      const nounAt = m.index + m[0].length - noun.length;
      // 我区召开…: the page's division by its name.
      const division = text.startsWith('我', convener.start)
        ? convener.name
        : text.slice(convener.start, convener.end);
      const what = `${division}${(m[1] ?? '').replace(/^了/, '')}`;
      const name = KEEP_NOUN.test(noun) && !ACT_ENDING.test(what) ? `${what}${noun}` : what;
      found.push(
        make(
          doc,
          'event:division-convenes',
          name,
          noun,
          { start: nounAt - (m[1]?.length ?? 0), end: nounAt + noun.length },
          {},
        ),
      );
      continue;
    }
    // 计划于年内举办…论坛: a future event is not one the article reports.
    if (/计划|将|拟|准备|预计|即将|有望/.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    const noun = m[2] ?? '';
    const nounAt = m.index + m[0].length - noun.length;
    // 甘井子区十八届人大常委会举行第九次会议: a numbered session is named after the body that holds it.
    const session = /^(?:了)?(第[一二三四五六七八九十百零〇\d]+次(?:全体|常务)?)$/.exec(
      text.slice(m.index + 2, nounAt),
    );
    const clause = clauseStart(text, sentenceAt(doc, m.index), m.index);
    const holder = text.slice(clause, m.index);
    if (session && /(?:常委会|委员会|人大|政协|党委|党工委|董事会|理事会|大会)$/.test(holder)) {
      const trigger = { start: nounAt - (session[1]?.length ?? 0), end: nounAt + noun.length };
      found.push(make(doc, 'event:numbered-session', `${holder}${session[1]}${noun}`, noun, trigger, {}));
      continue;
    }
    const place = placeIn(anchors, clauseStart(text, sentenceAt(doc, m.index), m.index), m.index);
    named(nounAt - (m[1]?.length ?? 0), nounAt, noun, place, 'event:held-before');
  }
  for (const a of anchors) {
    if (a.source === 'reference' || !a.introduces) continue;
    OPENED.lastIndex = a.end;
    const opened = OPENED.exec(text);
    if (opened && (a.type === 'Place' || opened[2] === '成立')) {
      const verb = opened[2] ?? '';
      const trigger = { start: a.end + opened[0].length - verb.length - 2, end: a.end + opened[0].length };
      const place = placeIn(anchors, a.end, a.end + opened[0].length);
      const name = `${text.slice(a.start, a.end)}${verb}`;
      found.push(
        make(doc, 'event:opened', name, verb, trigger, {
          subject: a,
          ...(a.type === 'Place' ? { place: a, within: place } : { place }),
        }),
      );
      continue;
    }
    FOUNDED.lastIndex = a.end;
    const founded = FOUNDED.exec(text);
    if (founded && isOrg(a)) {
      const trigger = { start: a.end, end: a.end + founded[0].length };
      found.push(
        make(doc, 'event:founded', `${text.slice(a.start, a.end)}成立`, '成立', trigger, { subject: a }),
      );
      continue;
    }
    CONVENED.lastIndex = a.end;
    const convened = CONVENED.exec(text);
    if (convened && isOrg(a)) {
      const noun = convened[1] ?? '';
      const at = a.end + 2;
      found.push(
        make(doc, 'event:convened', `${a.name}${noun}`, noun, { start: at, end: at + noun.length }, {}),
      );
    }
  }
  for (const m of text.matchAll(UNVEILED)) {
    const nounAt = m.index;
    const from = clauseStart(text, sentenceAt(doc, m.index), nounAt);
    const phrase = text.slice(from, nounAt);
    // 共同为服务中心揭牌: who unveils it (participation), not the happening; a future or a goal is none either.
    if (phrase.length < 2 || phrase.length > 40 || /为|共同|一同|计划|将|拟|举行|举办|仪式/.test(phrase))
      continue;
    // Told as the day's news: the clause follows the day it happened (5月11日，…揭牌启用).
    if (!/日(?:上午|下午|晚上|晚间)?[,，]$/.test(text.slice(Math.max(0, from - 8), from))) continue;
    // An organisation or place unveiled is the founding or opening the anchors read (OPENED, FOUNDED).
    if (anchors.some((a) => a.end === nounAt && a.source !== 'division')) continue;
    const unveil = nounAt + m[0].indexOf('揭牌');
    const start = phraseStart(doc, anchors, from, unveil + 2);
    if (nounAt - start < 4) continue;
    // Only when nothing else read a happening in the sentence (it is a fallback).
    if (found.some((c) => c.sentence.start === sentenceAt(doc, m.index).start)) continue;
    const place = placeIn(anchors, start, nounAt);
    found.push(
      make(
        doc,
        'event:unveiled',
        `${text.slice(start, nounAt)}揭牌`,
        '揭牌',
        { start: unveil, end: unveil + 2 },
        { place },
      ),
    );
  }
  return found;
}

/**
 * `论坛期间，A与B签署产学研合作协议`: agreements the article reports. One signed at a signing ceremony the article
 * names (in its sentence, or `仪式上，…`) adds its parties to it; a ceremony named without parties
 * (`举行了党建联建结对仪式，A与B、C签订结对协议`) is named after them. Any other is a signing of its own, named like
 * one (A与B产学研合作协议签约).
 */
function attachAgreements(
  doc: Doc,
  anchors: Anchor[],
  found: Omit<FoundEvent, 'id' | 'date' | 'partOfDay'>[],
): void {
  const { text } = doc;
  const agreementEvents = new Set<(typeof found)[number]>();
  for (const agreement of findAgreements(doc, anchors)) {
    const lead = text.slice(agreement.sentence.start, agreement.start);
    // A ceremony the text names, not the signing of another agreement in the same sentence.
    const signing = (c: (typeof found)[number]) =>
      !agreementEvents.has(c) && (c.kind === 'signing' || /签约|结对|共建|联建|签署/.test(c.name));
    // 会上, 仪式上: the event named last before the agreement, when it is a signing.
    const earlier = found
      .filter((c) => c.trigger.start < agreement.start)
      .sort((x, y) => x.trigger.start - y.trigger.start)
      .pop();
    // One ceremony with several agreements is one signing: a later agreement belongs to the signing named before,
    // unless it says it was signed during another event (对接会现场，…; 论坛期间，…).
    const during = DURING.test(lead) || /期间|现场/.test(lead);
    const before = found.filter((c) => signing(c) && c.trigger.start < agreement.start);
    const host =
      found.find((c) => signing(c) && c.sentence.start === agreement.sentence.start) ??
      (during ? (earlier && signing(earlier) ? earlier : undefined) : before[0]);
    if (host) {
      // 举行了党建联建结对仪式，A与B、C签订结对协议: A与B、C党建联建结对签约.
      if (host.parties.length === 0 && host.kind !== 'signing') {
        host.name = `${agreement.who}${host.name}签约`;
        host.kind = 'signing';
      }
      host.parties.push(...agreement.parties.filter((p) => !host.parties.some((q) => q.id === p.id)));
      host.partners = [...(host.partners ?? []), ...agreement.pairs];
      continue;
    }
    const own = make(doc, 'event:agreement-signed', agreement.name, '签约', agreement.trigger, {
      parties: agreement.parties,
      partners: agreement.pairs,
    });
    agreementEvents.add(own);
    found.push(own);
  }
}

/**
 * 区委书记董可到明珠工业园调研，…; 祝海涛一行到A公司和B公司走访: the places and bodies between the going and the verb,
 * when a titled person goes (`leaders`: where titled names end). Named after the last one written and the verb.
 */
function visitsAt(
  doc: Doc,
  anchors: Anchor[],
  leaders: ReadonlySet<number>,
  taken: Set<number>,
): FoundVisit[] {
  const { text } = doc;
  const found: FoundVisit[] = [];
  for (const m of text.matchAll(VISIT_AT)) {
    if (!leaders.has(m.index)) continue;
    const written = m[2] ?? '';
    const end = m.index + m[0].length - written.length;
    let at = end - (m[1]?.length ?? 0);
    let last: Anchor | undefined;
    while (at < end) {
      const here = anchors
        .filter((a) => a.start === at && a.end <= end && a.source !== 'reference')
        .reduce<Anchor | undefined>((a, b) => (a && a.end >= b.end ? a : b), undefined);
      if (here) {
        last = here;
        at = here.end;
      } else if (/[、和及与]/.test(text[at] ?? '')) at++;
      else break;
    }
    if (at !== end || !last || taken.has(end + written.length)) continue;
    const verb = written.length > 2 ? written.slice(-2) : written;
    taken.add(end + written.length);
    const trigger = { start: end, end: end + written.length };
    found.push(
      make(doc, 'event:visit-at', `${text.slice(last.start, last.end)}${verb}`, verb, trigger, {
        place: last.type === 'Place' ? last : undefined,
      }),
    );
  }
  return found;
}

type FoundVisit = Omit<FoundEvent, 'id' | 'date' | 'partOfDay'>;

export function findEvents(
  doc: Doc,
  anchors: Anchor[],
  visitName: (at: number, verb: string, object: string, text: string) => string | undefined,
  leaders: ReadonlySet<number> = new Set(),
): FoundEvent[] {
  const found = candidates(doc, anchors);
  // 调研重点项目建设工作: a visit with a subject is named after it (重点项目建设调研), wherever it went.
  const named = new Set<number>();
  for (const m of doc.text.matchAll(VISIT)) {
    const written = m[1] ?? '';
    const verb = written.length > 2 ? written.slice(-2) : written;
    const at = m.index + m[0].length - (m[2]?.length ?? 0) - written.length;
    const name = visitName(m.index, verb, m[2] ?? '', doc.text);
    if (!name) continue;
    named.add(at + written.length);
    found.push(
      make(
        doc,
        'event:visit',
        name,
        verb,
        {
          start: at - (m[0].startsWith('带队') || m[0].startsWith('率队') ? 2 : 0),
          end: at + written.length,
        },
        {},
      ),
    );
  }
  // 率队赴河北省雄安新区调研: a visit to a place, named after the innermost place and the verb.
  for (const m of doc.text.matchAll(VISIT_TO)) {
    const where = m.index + m[0].length - (m[2]?.length ?? 0) - (m[1]?.length ?? 0);
    const place = placeIn(anchors, where, where + (m[1]?.length ?? 0));
    const verb = m[2] ?? '';
    const at = m.index + m[0].length - verb.length;
    if (named.has(at + verb.length)) continue;
    const name = `${place ? doc.text.slice(place.start, place.end) : (m[1] ?? '')}${verb}`;
    found.push(make(doc, 'event:visit-to', name, verb, { start: at, end: at + verb.length }, { place }));
  }
  found.push(...visitsAt(doc, anchors, leaders, named));
  // 赴…调研，并召开座谈会: a meeting named by its noun alone is the visit's own, named after where the visit went.
  for (const m of doc.text.matchAll(FOLLOW_UP)) {
    const noun = m[1] ?? '';
    const at = m.index + m[0].length - noun.length;
    const sentence = sentenceAt(doc, at);
    const visit = found
      .filter((c) => c.kind === 'visit' && c.sentence.start === sentence.start && c.trigger.start < at)
      .pop();
    if (!visit) continue;
    if (!visit.name.endsWith(visit.noun)) continue;
    const name = `${visit.name.slice(0, -visit.noun.length)}${noun}`;
    found.push(make(doc, 'event:follow-up-meeting', name, noun, { start: at, end: at + noun.length }, {}));
  }
  attachAgreements(doc, anchors, found);
  found.sort((a, b) => a.trigger.start - b.trigger.start);
  const events: FoundEvent[] = [];
  let first: FoundEvent | undefined;
  for (const c of found) {
    const when = findEventDate(doc, c.sentence.start, c.trigger.start);
    const date = when ? when.date : first?.date;
    const partOfDay = when ? when.partOfDay : first?.partOfDay;
    const name = simplifiedName(c.name);
    const id = entityId('Event', date ? `${date}:${name}` : name);
    const same = events.find(
      (e) => e.id === id || (c.subject && e.subject?.id === c.subject.id && e.kind === c.kind),
    );
    if (same) {
      same.place ??= c.place; // the same happening found twice: keep where it was held
      continue;
    }
    const event: FoundEvent = { ...c, name, id, date, partOfDay };
    // …集中开工仪式，主会场设在旬邑县食品工业园: held where its main venue was set.
    if (!event.place) {
      const s = doc.text.slice(c.sentence.start, c.sentence.end);
      const venue = /(?:主会场|会场)(?:设在|设于|位于)/.exec(s);
      if (venue) {
        const from = c.sentence.start + venue.index + venue[0].length;
        const to = from + (doc.text.slice(from).search(/[,，。;；]/) + 1 || 40);
        event.place = placeIn(anchors, from, to);
      }
    }
    // 论坛上,…联盟揭牌成立: held where the first event was.
    if (!event.place && first?.place && DURING.test(doc.text.slice(c.sentence.start, c.trigger.start)))
      event.place = first.place;
    events.push(event);
    first ??= event;
  }
  return events;
}
