import { type Anchor, divisionAnchor } from '../anchors.ts';
import { type Doc, sentenceAt } from '../doc.ts';
import { alternation, MEETING_NOUNS } from '../lexicon/events.ts';
import { type Candidate, make } from './found-event.ts';
import { chainStart, clauseStart, isOrg, phraseStart, placeIn, repeatsHolder, toCome } from './phrase.ts';

/**
 * Foundings, openings and unveilings told after what they made: `<subject>(,)在<place>(宣告|正式)成立/开园/投产…`
 * (subject + verb), `<organisation>(揭牌|正式)成立`, `<organisation>召开<…大会>`; and, as a fallback, the unveiling
 * of something that is no entity (企业服务中心揭牌启用).
 */

const OPENED =
  /[,，]?(?:日前|近日|今天|昨天|今日|昨日)?(?:在|于)([^。,，;\n]{1,40}?)(?:宣告|正式|隆重|揭牌){0,2}(成立|开园|开业|投产|揭牌|启用|开工|落成|开幕)/y;
/**
 * …成立: a founding, with up to two of 正式, 宣告, 揭牌 before it (联合党委正式揭牌成立); not 成立于 (when, told as
 * background), 成立以来/之初/N年来 (a time since), an anniversary (成立三周年).
 */
const FOUNDED =
  /(?:揭牌|宣告|正式|隆重){0,2}成立(?!于|(?:授牌|揭牌)(?:仪式|典礼)|[一二三四五六七八九十百\d]+周年|以来|之初|之时|至今|[一二三四五六七八九十百\d]+多?年(?:以)?来)/y;
/** X商会成立三周年庆典: a celebration of the organisation's founding, no founding. */
const ANNIVERSARY = /成立([一二三四五六七八九十百\d]+周年)(庆典|庆祝大会|纪念大会|庆祝活动|纪念活动|庆祝会)/y;
/** What may follow an opening verb in its own clause (…正式开园。, …成立暨…, …揭牌仪式): not an object it made. */
const OPENED_END = /^(?:了|仪式|典礼|活动|暨|大会|运营|运行|投用|启用|揭牌|[^\u4e00-\u9fff]|$)/;
const CONVENED = new RegExp(
  // 县委统战部组织召开…座谈会: the body that organises it convenes it.
  `(?:\\([^()]{1,6}\\))?(?:组织|牵头)?召开(了?)([^。,，;\\n]{0,12}?(?:${alternation(MEETING_NOUNS)}))`,
  'y',
);
/** `<something not itself an entity>(正式)揭牌启用。`: an unveiling told by the clause (企业服务中心揭牌启用). */
const UNVEILED = /(?:正式|隆重)?揭牌(?:启用|运营|运行|投用|开馆|开放)?(?=[。,，;；])/g;

/** What an organisation or place the article introduces did right after its name: founded, opened, convened. */
export function openings(doc: Doc, anchors: Anchor[], found: Candidate[]): void {
  const { text } = doc;
  for (const a of anchors) {
    if (a.source === 'reference' || !a.introduces) continue;
    // 将于<day>举行「X成立…典礼」, X将于明年成立: a founding still to come is none the article reports.
    const clause = clauseStart(text, sentenceAt(doc, a.start), a.start);
    const toComeBy = (at: number) => toCome(doc, clause, at);
    // 首个“X党建联盟”正式成立: the name's closing quote may stand before what it did.
    const after =
      a.end + (/[”"」』]/.test(text[a.end] ?? '') && /[“"「『]/.test(text[a.start - 1] ?? '') ? 1 : 0);
    OPENED.lastIndex = after;
    const opened = OPENED.exec(text);
    // 花莲县在某年成立救援大队之时: the subject made something (an object follows the verb), it did not open.
    const madeObject = opened ? !OPENED_END.test(text.slice(after + opened[0].length)) : false;
    // 工业会于民国64年成立, 商会于1998年成立: a year alone after 于 is when it was founded long ago, background.
    const yearAlone = /^(?:民国|民國)?[\d一二三四五六七八九十〇零]{2,4}年$/.test(opened?.[1] ?? '');
    if (
      opened &&
      !madeObject &&
      !yearAlone &&
      (a.type === 'Place' || opened[2] === '成立') &&
      !toComeBy(after + opened.index)
    ) {
      const verb = opened[2] ?? '';
      const trigger = { start: after + opened[0].length - verb.length - 2, end: after + opened[0].length };
      const place = placeIn(anchors, after, after + opened[0].length);
      const name = `${text.slice(a.start, a.end)}${verb}`;
      found.push(
        make(doc, 'event:opened', name, verb, trigger, {
          subject: a,
          ...(a.type === 'Place' ? { place: a, within: place } : { place }),
        }),
      );
      continue;
    }
    ANNIVERSARY.lastIndex = after;
    const anniversary = ANNIVERSARY.exec(text);
    if (anniversary && isOrg(a)) {
      const noun = anniversary[2] ?? '';
      const trigger = { start: after, end: after + anniversary[0].length };
      const name = `${text.slice(a.start, a.end)}成立${anniversary[1]}${noun}`;
      found.push(make(doc, 'event:anniversary', name, noun, trigger, {}));
      continue;
    }
    FOUNDED.lastIndex = after;
    const founded = FOUNDED.exec(text);
    if (founded && isOrg(a) && !toComeBy(after)) {
      const trigger = { start: after, end: after + founded[0].length };
      found.push(
        // <town>“X”联合党委正式成立: the chain of divisions written before the body stays in the name.
        make(
          doc,
          'event:founded',
          `${text.slice(chainStart(text, anchors, a.start), a.end)}成立`,
          '成立',
          trigger,
          {
            subject: a,
          },
        ),
      );
      continue;
    }
    CONVENED.lastIndex = a.end;
    const convened = CONVENED.exec(text);
    // <body>召开的座谈会精神: a meeting told of in a relative clause, not one this body is reported holding.
    if (convened && isOrg(a) && !convened[2]?.startsWith('的')) {
      const noun = convened[2] ?? '';
      // <district>工商联(商会)召开…: the body's other name in brackets may stand before 召开.
      const at = a.end + convened[0].length - noun.length;
      // 两镇在<town>政府召开了座谈会: a division's government after 在 is where it was held, in the division.
      // 调研组来到集中区管委会召开座谈会: a zone's administration is where it was held, named after the zone.
      const venue = /(?:在|来到|到)$/.test(text.slice(Math.max(0, a.start - 2), a.start));
      const zone =
        venue &&
        a.kind === 'government' &&
        a.baseAnchor?.type === 'Place' &&
        /zone|park/.test(a.baseAnchor.kind)
          ? a.baseAnchor
          : undefined;
      const division =
        zone ??
        (text[a.start - 1] === '在' && a.source === 'body' && a.division && a.kind === 'government'
          ? divisionAnchor({
              start: a.start,
              end: a.headEnd,
              surface: text.slice(a.start, a.headEnd),
              short: false,
              division: a.division,
            })
          : undefined);
      const by = division ? division.name : convenedBy(doc, anchors, a);
      found.push(
        make(
          doc,
          'event:convened',
          `${by}${noun.replace(/^[“"]/, '').slice(repeatsHolder(by, noun.replace(/^[“"]/, '')))}`,
          noun,
          {
            start: at,
            end: at + noun.length,
          },
          // (held at the division; a zone's administration names the meeting only, as wild 407's gold has it)
          division && !zone ? { place: division } : {},
        ),
      );
    }
  }
}

/**
 * Who a meeting is named after: the organisation that convenes it, or, when bodies of one division convene it
 * together (长宁区委统战部、区工商联召开…), the division.
 */
function convenedBy(doc: Doc, anchors: Anchor[], last: Anchor): string {
  const conveners = [last];
  for (let at = last.start; /[、和与]/.test(doc.text[at - 1] ?? ''); ) {
    const before = anchors.find((o) => isOrg(o) && o.end === at - 1);
    if (!before) break;
    conveners.unshift(before);
    at = before.start;
  }
  // Bodies of one division share the start of their names (长宁区委统战部, 长宁区工商联 → 长宁区).
  const division = /^[\u4e00-\u9fff]{1,6}?[区县市镇]/.exec((conveners[0] as Anchor).name)?.[0];
  if (conveners.length < 2 || !division) return last.name;
  return conveners.every((c) => c.name.startsWith(division)) ? division : last.name;
}

/** 5月11日，…企业服务中心揭牌启用: only when nothing else read a happening in the sentence. */
export function unveilings(doc: Doc, anchors: Anchor[], found: Candidate[]): void {
  const { text } = doc;
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
}

/** Bodies that form an alliance together (A、B和C结成“…”党建联盟, A与B共同组建…联盟). */
const FORM = /(?:共同)?(?:结成|组建|组成)了?$/;

/**
 * `A、B和C结成“文润山水，桥建幸福”党建联盟`: the founding of the alliance, its members the bodies listed before the
 * verb (each a MEMBER_OF it).
 */
export function formedAlliances(doc: Doc, anchors: Anchor[], found: Candidate[]): void {
  const { text } = doc;
  const orgs = anchors.filter((a) => isOrg(a) && a.introduces);
  for (const alliance of orgs) {
    if (!/(?:联盟|共同体|联合会|联合体)$/.test(alliance.name)) continue;
    const verb = FORM.exec(text.slice(Math.max(0, alliance.start - 5), alliance.start));
    if (!verb) continue;
    const members: Anchor[] = [];
    for (let end = alliance.start - verb[0].length; ; ) {
      const member = orgs.find((o) => o.end === end && o !== alliance);
      if (!member) break;
      members.unshift(member);
      const sep = /(?:、|和|及|与)$/.exec(text.slice(Math.max(0, member.start - 1), member.start));
      if (!sep) break;
      end = member.start - sep[0].length;
    }
    if (members.length < 2) continue;
    const trigger = { start: alliance.start - verb[0].length, end: alliance.start };
    found.push(
      make(doc, 'event:formed-alliance', `${alliance.name}成立`, '成立', trigger, {
        subject: alliance,
        members,
      }),
    );
  }
}

/** A launch right before the alliance it founds (共同启动“同舟”党建联盟). */
const LAUNCH = /(?:正式|共同)?启动(?:共建)?$/;
/** The bodies listed, counted, then signing together (A、B、C等9家成员单位代表共同签署联盟公约, …共同签约). */
const SIGN_TOGETHER =
  /^等[0-9一二三四五六七八九十两]+(?:家|个)(?:成员单位|单位|党组织)?(?:的)?(?:联盟)?代表共同(签署|签订|签约)(?:了)?((?:联盟)?公约)?/;

/**
 * `柘荣县9个基层党组织近日在溪坪社区共同启动“同舟”党建联盟`: the alliance's founding, held where 在 says; then
 * `A、B、C等9家成员单位代表共同签署联盟公约` (or `共同签约`) is its signing, the bodies listed its signatories and members.
 */
export function launchedAlliances(doc: Doc, anchors: Anchor[], found: Candidate[]): void {
  const { text } = doc;
  const orgs = anchors.filter((a) => isOrg(a) && a.source !== 'reference');
  for (const alliance of orgs) {
    if (!alliance.introduces || !/联盟$/.test(alliance.name)) continue;
    const launch = LAUNCH.exec(text.slice(Math.max(0, alliance.start - 6), alliance.start));
    if (!launch) continue;
    const verbAt = alliance.start - launch[0].length;
    const sentence = sentenceAt(doc, verbAt);
    const clause = clauseStart(text, sentence, verbAt);
    const at = text.lastIndexOf('在', verbAt);
    const place = at >= clause ? placeIn(anchors, at + 1, verbAt) : undefined;
    const founding = make(
      doc,
      'event:launched-alliance',
      `${alliance.name}成立`,
      '成立',
      {
        start: verbAt,
        end: alliance.end,
      },
      { subject: alliance, place },
    );
    found.push(founding);
    for (const next of doc.sentences.filter((s) => s.start >= sentence.end).slice(0, 2)) {
      const words = text.slice(next.start, next.end);
      const counted = words.search(/等[0-9一二三四五六七八九十两]+(?:家|个)/);
      const signed = counted >= 0 ? SIGN_TOGETHER.exec(words.slice(counted)) : null;
      if (!signed) continue;
      const list: Anchor[] = [];
      for (let end = next.start + counted; ; ) {
        const member = orgs.find((o) => o.end === end && o.start >= next.start);
        if (!member) break;
        list.unshift(member);
        if (text[member.start - 1] !== '、') break;
        end = member.start - 1;
      }
      if (list.length < 2) continue;
      const [first, ...others] = list as [Anchor, ...Anchor[]];
      // The verb itself (签署, not 署了 when 了 follows it) is the trigger.
      const signAt = next.start + counted + signed[0].indexOf(signed[1] ?? '');
      found.push(
        make(
          doc,
          'event:launched-alliance',
          // The verb as written (…联盟公约签署); 签约 was the guide's earlier form.
          `${alliance.name}${signed[2] ? '公约' : ''}${signed[1]}`,
          '签约',
          { start: signAt, end: signAt + 2 },
          {
            parties: list,
            partners: others.map((o): [Anchor, Anchor] => [first, o]),
            place,
            aliases: [`${alliance.name}${signed[2] ? '公约' : ''}签约`],
          },
        ),
      );
      founding.members = list;
      break;
    }
  }
}
