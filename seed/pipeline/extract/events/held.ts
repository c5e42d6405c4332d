import type { Anchor } from '../anchors.ts';
import { type Doc, sentenceAt } from '../doc.ts';
import { simplifiedName } from '../script.ts';
import { qualifyBare, withDivision } from './bare-holder.ts';
import { ACT_ENDING, type Candidate, KEEP_NOUN, make } from './found-event.ts';
import {
  ACT_ONLY,
  AND_MEETING,
  ATTENDS_IT,
  BODY_GAP,
  CONGRESS_HOLDS,
  DATELINE,
  HELD,
  HELD_BEFORE,
  HOLDS_ANOTHER,
  HOW_IT_WENT,
  ONLY_PREPARED,
  OWN_DAY,
  SESSION,
  SLOGAN,
  THEME,
  THING,
  TOLD_WHEN,
} from './held-words.ts';
import { addNamed, CEREMONIOUS, isElection } from './named-phrase.ts';
import { pairCeremony, pairMeeting, whereBefore } from './pair-ceremony.ts';
import {
  chainStart,
  clauseStart,
  isOrg,
  opensItsClause,
  phraseStart,
  placeIn,
  repeatsHolder,
  toCome,
  venueIn,
} from './phrase.ts';
import { sidesFrom } from './sides.ts';

/**
 * Ceremonies, meetings and forums told as held: `<phrase>仪式/大会/论坛…在<place>举行` (the phrase names it), and
 * `举行…<noun>` with the holder before (an organisation's own act, a division convening, a numbered session).
 */

/** `…签约仪式在…举行`: named by the clause before its noun, held at the place after 在. */
export function heldAfter(doc: Doc, anchors: Anchor[], found: Candidate[]): void {
  const { text } = doc;
  const since = found.length;
  for (const m of text.matchAll(HELD)) {
    const noun = m[1] ?? '';
    // 开展“…”活动，举行了座谈交流: a verb of the next clause with its own object holds something else.
    if (/[,，]/.test(m[0]) && text[m.index + m[0].length] === '了') continue;
    // <congress>N次会议举行主席团第M次会议: what is held after the verb is the happening; the noun before names who holds it.
    if (
      !/[,，在于]/.test(m[0]) &&
      HOLDS_ANOTHER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30))
    )
      continue;
    const place = venueIn(anchors, m.index + noun.length, m.index + m[0].length);
    const clause = clauseStart(text, sentenceAt(doc, m.index), m.index);
    // 会议决定<congress>于<day>召开: a session decided on is still to come.
    if (/决定/.test(text.slice(clause, m.index))) continue;
    // 晚上出席第三届青禾博览会开幕式: who attends is no part of the name; one to attend (将出席…) is no happening yet.
    const attends = [...text.slice(clause, m.index).matchAll(ATTENDS_IT)].pop();
    const sentence = sentenceAt(doc, m.index);
    if (attends && toCome(doc, sentence.start, clause + attends.index)) continue;
    // 出席了大会开幕式: the congress told before, by its noun alone.
    const from = attends ? clause + attends.index + attends[0].length : clause;
    if (attends && from === m.index) continue;
    addNamed(
      doc,
      anchors,
      found,
      from + (DATELINE.exec(text.slice(from, m.index))?.[0].length ?? 0),
      m.index,
      noun,
      place,
      'event:held',
    );
  }
  qualifyBare(doc, anchors, found, since);
}

/** Where HELD_BEFORE's noun (仪式, 大会…) starts. */
function nounStart(m: RegExpMatchArray): number {
  return (m.index ?? 0) + m[0].length - (m[2]?.length ?? 0);
}

/** What HELD_BEFORE matched, named from `from` to its noun and held at a place written between `placeSpan`. */
function addHeldBefore(
  doc: Doc,
  anchors: Anchor[],
  found: Candidate[],
  m: RegExpMatchArray,
  from: number,
  [placeFrom, placeTo]: [number, number],
): void {
  const place = placeIn(anchors, placeFrom, placeTo);
  addNamed(doc, anchors, found, from, nounStart(m), m[2] ?? '', place, 'event:held-before');
}

/** 海湾科技园昨日举行创科企业签约仪式: held where the clause before 举行 says. */
export function heldBefore(doc: Doc, anchors: Anchor[], found: Candidate[]): void {
  const { text } = doc;
  const since = found.length;
  for (const m of text.matchAll(HELD_BEFORE)) {
    // 办理 holds meetings and ceremonies (办理招商说明会, 办理…动土祈福典礼); an activity 办理 may be one told again
    // (…在广场办理<year>…推广活动).
    if (m[0].startsWith('办理') && (m[2] ?? '') === '活动') continue;
    // 在宜昌市举行的“…工作座谈会暨…签约”会上: what was held is named by its own words, held where 在 says.
    const own = /^的[“"「『]/.exec(m[1] ?? '');
    // 组织召开的长宁区首场民营经济圆桌会: a happening told of again, not a new one.
    if (!own && (m[1] ?? '').startsWith('的')) continue;
    // 《…关于召开<congress>的决定》: a document's title, no happening.
    if (text.lastIndexOf('《', m.index) > text.lastIndexOf('》', m.index)) continue;
    // <association>将于<day>举行「…典礼」: a happening still to come is none the article reports.
    if (toCome(doc, clauseStart(text, sentenceAt(doc, m.index), m.index), m.index)) continue;
    // 研究召开<session>的相关事宜, <session>召开的筹备工作: a session prepared or decided on is no happening yet.
    if (
      ONLY_PREPARED.test(
        text.slice(nounStart(m) + (m[2]?.length ?? 0), nounStart(m) + (m[2]?.length ?? 0) + 8),
      )
    )
      continue;
    // 每年召开1次联席会议: how often it is to be held is no happening.
    if (
      /^了?(?:\d+|[一二两三四五六七八九十])次/.test(m[1] ?? '') ||
      /每(?:年|季度|月|半年)/.test(text.slice(Math.max(0, m.index - 8), m.index))
    )
      continue;
    if (own) {
      const clause = clauseStart(text, sentenceAt(doc, m.index), m.index);
      // <body><ROC year>年度举办的『…』: the body opening the clause holds it and stays in its name.
      const by = anchors.find(
        (a) => isOrg(a) && a.start === clause && /^(?:\d{2,4}年度?)?$/.test(text.slice(a.end, m.index)),
      );
      const place = placeIn(anchors, clause, m.index);
      // (the opening quote stays with the words it opens: “A——B”系列活动)
      const from = m.index + 2 + own[0].length - 1;
      const before = found.length;
      addNamed(doc, anchors, found, from, nounStart(m), m[2] ?? '', place, 'event:held-before', by && [by]);
      // Who holds it is no guest at its talks.
      for (const c of found.slice(before)) if (by) c.guests = [];
      continue;
    }
    // <district>工商联(商会)召开…: the body's other name in brackets may stand between it and the verb.
    const bracket = /\([^()]{1,6}\)$/.exec(text.slice(Math.max(0, m.index - 8), m.index));
    const ownHolder = anchors.find((a) => isOrg(a) && a.end === m.index - (bracket?.[0].length ?? 0));
    // <body>今(N)日上午举行新、旧任<post>交接典礼: the day may stand between an organisation and its own ceremony.
    const dayBetween = OWN_DAY.exec(text.slice(Math.max(0, m.index - 14), m.index))?.[0].length ?? 0;
    // <association>日前在<city>举行…, <association>于本月20日举行…: when and where may stand between it and the verb.
    const gapHolder = ownHolder
      ? undefined
      : anchors.find(
          (a) =>
            isOrg(a) && a.end < m.index && a.end >= m.index - 30 && BODY_GAP.test(text.slice(a.end, m.index)),
        );
    const actHolder =
      ownHolder ??
      (dayBetween > 0 ? anchors.find((a) => isOrg(a) && a.end === m.index - dayBetween) : undefined) ??
      gapHolder;
    // 某某支行举行开业仪式, 某工作站举行揭牌仪式: an organisation holds the ceremony of its own act.
    // (Only an organisation that opens its clause: in A与B举行…签约仪式 the ceremony is the pair's.)
    // (A byline in brackets before it, (记者X/Y报导), opens no clause of the story.)
    const opensClause = actHolder !== undefined && opensItsClause(doc, anchors, actHolder);
    if (
      actHolder &&
      opensClause &&
      m[0].startsWith('举') &&
      (ACT_ENDING.test(m[1] ?? '') || /交接$/.test(m[1] ?? '')) &&
      /仪式|典礼|庆典|活动/.test(m[2] ?? '')
    ) {
      const act = (m[1] ?? '').replace(/^了/, '');
      const nounAt = m.index + m[0].length - (m[2]?.length ?? 0);
      found.push(
        make(
          doc,
          'event:own-act-ceremony',
          `${actHolder.name}${act}`,
          m[2] ?? '',
          { start: nounAt - act.length, end: nounAt },
          {
            subject: actHolder,
          },
        ),
      );
      continue;
    }
    const near = whereBefore(text, m.index);
    if (pairCeremony(doc, anchors, found, m, ownHolder, near)) continue;
    if (!ownHolder && pairMeeting(doc, anchors, found, m, near)) continue;
    const { heldIn, pairAt } = near;
    // A管委会、B乡人民政府举行X揭牌仪式: bodies listed as holding the unveiling of a thing are its organisers; it is
    // named by what was unveiled.
    if (ownHolder && m[0].startsWith('举') && /揭牌$/.test(m[1] ?? '') && /仪式/.test(m[2] ?? '')) {
      const clause = clauseStart(text, sentenceAt(doc, ownHolder.start), ownHolder.start);
      const listed = sidesFrom(text, anchors, clause, ownHolder.end).map((w) => w.anchor);
      if (listed.length >= 2 && listed.every(isOrg)) {
        const from = m.index + 2 + ((m[1] ?? '').startsWith('了') ? 1 : 0);
        addHeldBefore(doc, anchors, found, m, from, [from, nounStart(m)]);
        continue;
      }
    }
    // <association>(<day>)举办<X>活动: an organisation opening its clause holds what it names, and is named with it (the
    // guide's holder); <organisation>召开… with nothing between is CONVENED's.
    const bodyHolds =
      actHolder &&
      opensClause &&
      (!m[0].startsWith('召开') || !ownHolder) &&
      !SESSION.test(text.slice(m.index + 2, nounStart(m)))
        ? actHolder
        : undefined;
    if (ownHolder && !bodyHolds) continue;
    // 雁塔区召开民营企业家座谈会: a division convenes it; named after the division, held nowhere in particular.
    // A zone or park may convene too (<park>举行<season>项目开工仪式), and a division written short
    // (<district without 区>举行…) is named in full.
    // <town>在<venue>召开…会议: where it was held may stand between the division opening its clause and the verb.
    const themed = THEME.exec(text.slice(Math.max(0, m.index - 40), m.index));
    // <group>一行在<division>召开<meeting>: a division after 在 is where it was held, not who convenes it.
    const convenerEnd = (a: Anchor) =>
      (a.end === m.index && !/[在于]/.test(text[a.start - 1] ?? '')) ||
      (themed !== null && a.end === m.index - themed[0].length) ||
      (heldIn !== null &&
        a.end === pairAt &&
        a.source === 'division' &&
        !a.short &&
        clauseStart(text, sentenceAt(doc, a.start), a.start) === a.start);
    const convener =
      bodyHolds ??
      anchors.find(
        (a) =>
          convenerEnd(a) &&
          (a.source === 'division' ||
            (a.type === 'Place' && a.source === 'named' && (a.kind === 'zone' || a.kind === 'park'))) &&
          ((a.source === 'division' && !a.short) ||
            clauseStart(text, sentenceAt(doc, a.start), a.start) === a.start),
      );
    // 花溪区举行一季度重大项目现场观摩会 alike; a ceremony keeps only its act (某镇举行项目集中签约仪式 → …集中签约).
    if (convener) {
      const noun = m[2] ?? '';
      const nounAt = m.index + m[0].length - noun.length;
      // 我区召开…: the page's division by its name; <city><county><town>召开…: the whole chain as written.
      // (<county><town>农会举办…: a body written after its divisions is named as written.)
      const chain = convener.short ? convener.start : chainStart(text, anchors, convener.start);
      const written = text.slice(chain, convener.end);
      const division =
        text.startsWith('我', convener.start) ||
        convener.short ||
        (convener === bodyHolds && !simplifiedName(written).endsWith(convener.name))
          ? text.slice(chain, convener.start) + convener.name
          : written;
      // 陈楼镇举行“党建引领促发展，联盟共建聚合力”党建联盟签约仪式: a slogan before what is done is no part of its name.
      // 举行「…典礼」: a quote opened before the words and closed after the noun leaves no mark.
      let done = (m[1] ?? '')
        .replace(/^了/, '')
        .replace(CEREMONIOUS, '')
        .replace(SLOGAN, '')
        .replace(/^[“「『](?=[^”」』]*$)/, '');
      // <district short>举行X集中开工暨Y项目奠基仪式: two happenings when what comes before 暨 is one; the second is named by its
      // own words.
      const joined = done.indexOf('暨');
      if (joined > 0 && ACT_ENDING.test(done.slice(0, joined))) {
        const second = nounAt - (done.length - joined - 1);
        addNamed(doc, anchors, found, second, nounAt, noun, undefined, 'event:held-before');
        done = done.slice(0, joined);
      }
      // <county government>举办<county>投资环境说明会: words that start with a division name it already (the guide's holder).
      // <association>举办「<association>…就职典礼」: words that start with the body's own name name it already.
      const ownDivision =
        convener === bodyHolds &&
        (anchors.some((a) => a.source === 'division' && a.start === nounAt - done.length) ||
          done.startsWith(division));
      const what = ownDivision ? done : `${division}${done.slice(repeatsHolder(division, done))}`;
      const name = KEEP_NOUN.test(noun) && !ACT_ENDING.test(what) ? `${what}${noun}` : what;
      // <subdistrict>举行“两优一先”表彰大会暨“…”发布会, <district>举行X集中签约仪式暨Y发布会: a second meeting the division
      // convenes, named after it too.
      const after = AND_MEETING.exec(text.slice(nounAt + noun.length));
      // <body>在<venue>召开X会员大会暨换届选举大会: the congress's own election is named with it, one meeting.
      const election = after && isElection(`${after[1]}${after[2]}`) ? after[0] : '';
      const more = election ? null : after;
      if (more) {
        const moreAt = nounAt + noun.length + more[0].length - (more[2]?.length ?? 0);
        found.push(
          make(
            doc,
            'event:division-convenes',
            `${division}${more[1]}${more[2]}`,
            more[2] ?? '',
            { start: moreAt, end: moreAt + (more[2]?.length ?? 0) },
            { combined: nounAt + noun.length },
          ),
        );
      }
      found.push(
        make(
          doc,
          convener === bodyHolds ? 'event:body-holds' : 'event:division-convenes',
          `${name}${election}`,
          noun,
          { start: nounAt - (m[1]?.length ?? 0), end: nounAt + noun.length + election.length },
          {
            place:
              convener === bodyHolds
                ? venueIn(anchors, convener.end, m.index)
                : convener.end === pairAt && heldIn
                  ? venueIn(anchors, pairAt, m.index)
                  : undefined,
            ...(more ? { combined: nounAt + noun.length } : {}),
          },
        ),
      );
      continue;
    }
    // 计划于年内举办…论坛: a future event is not one the article reports.
    if (/计划|将|拟|准备|预计|即将|有望/.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    const noun = m[2] ?? '';
    const nounAt = m.index + m[0].length - noun.length;
    // 甘井子区十八届人大常委会举行第九次会议: a numbered session is named after the body that holds it.
    // <congress>N次会议举行主席团第M次会议: an organ of the body or session may stand before the number.
    const session = SESSION.exec(text.slice(m.index + 2, nounAt));
    const clause = clauseStart(text, sentenceAt(doc, m.index), m.index);
    const holder = text.slice(clause, m.index);
    if (session && /(?:常委会|委员会|人大|政协|党委|党工委|董事会|理事会|大会|次会议)$/.test(holder)) {
      const trigger = { start: nounAt - (session[1]?.length ?? 0), end: nounAt + noun.length };
      const name = `${withDivision(doc, anchors, holder)}${session[1]}${noun}`;
      found.push(make(doc, 'event:numbered-session', name, noun, trigger, {}));
      continue;
    }
    // 第N届X大会开幕式举行项目签约仪式: the congress is a happening too, and what it holds is named after it.
    const congress = CONGRESS_HOLDS.exec(holder.replace(TOLD_WHEN, ''));
    if (congress && m[0].startsWith('举')) {
      const name = congress[1] ?? '';
      const at = m.index - (holder.length - holder.indexOf(name));
      const own = congress[2] ?? '';
      found.push(
        make(
          doc,
          'event:congress-holds',
          name,
          own,
          { start: at + name.length - own.length, end: at + name.length },
          { holdsAnother: true },
        ),
      );
      const since = found.length;
      addNamed(
        doc,
        anchors,
        found,
        nounAt - (m[1]?.length ?? 0),
        nounAt,
        noun,
        undefined,
        'event:congress-holds',
      );
      for (const c of found.slice(since))
        if (!c.name.startsWith(name)) c.name = `${name}${c.name.replace(/^了/, '')}`;
      continue;
    }
    const place = placeIn(anchors, clause, m.index);
    // 由…承建的龙港市滨江核心区综合开发项目举行开工仪式: a ceremony of a bare act is named after what holds it.
    // 举行了隆重的开业庆典: how it went is no part of the act.
    const act = (m[1] ?? '').replace(/^了/, '').replace(HOW_IT_WENT, '');
    const what = text
      .slice(clause, m.index)
      .replace(TOLD_WHEN, '')
      .replace(/^.*(?:的|——)/, '');
    if (m[0].startsWith('举') && ACT_ONLY.test(act) && /仪式|典礼|庆典|活动/.test(noun) && THING.test(what)) {
      const from = phraseStart(doc, anchors, m.index - what.length, m.index);
      // 位于<district>的<plaza>举行开业庆典: a place that holds its own ceremony is where it was held.
      const itself = anchors.find((a) => a.type === 'Place' && a.start === from && a.end === m.index);
      found.push(
        make(
          doc,
          'event:thing-ceremony',
          `${text.slice(from, m.index)}${act}`,
          noun,
          { start: nounAt - act.length, end: nounAt + noun.length },
          { place: itself },
        ),
      );
      continue;
    }
    addNamed(doc, anchors, found, nounAt - (m[1]?.length ?? 0), nounAt, noun, place, 'event:held-before');
  }
  qualifyBare(doc, anchors, found, since);
}
