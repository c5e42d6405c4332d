import type { Anchor } from '../anchors.ts';
import { widest } from '../anchors.ts';
import { type Doc, sentenceAt } from '../doc.ts';
import { PAIRING_ACTS } from '../lexicon/events.ts';
import { type Candidate, make } from './found-event.ts';
import { notMade } from './not-made.ts';
import { clauseStart, isOrg, placeIn } from './phrase.ts';

/**
 * Activities a body carries out on a day the sentence tells: `<body>(组织<who>)(赴/到/走进<place>)(联合<body>)开展(了)
 * <words>活动` — a party branch's theme day, volunteers' service, a talk. Named after the body that holds it (the guide's
 * holder) and its words, a slogan in quotes dropped (`“…，…”主题党日活动` → `<body>主题党日活动`), held where it went.
 */

/** The verb and the words of the activity up to 活动 (no clause break, a short quoted name inside). */
const CONDUCTS =
  /(?:组织)?开展了?(?!的)((?:“[^”。\n]{1,30}”|「[^」。\n]{1,30}」|[^。,，;；、“”「」\n]){1,30}?)活动(?![\u4e00-\u9fff]{0,2}(?:上|中|后|前|期间|以来|方案|计划))/g;
/** A day told in the sentence before the verb: the activity happened then (not a campaign or a habit). */
const DAY_TOLD =
  /(?:\d{1,2}月\d{1,2}日|(?<![\d月])\d{1,2}日|[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日|近日|日前|今天|昨天|当天|上午|下午)/;
/** What says it is a habit, a task or a campaign, not one held then (要, 持续, 常态化, 每月 …). */
const NOT_ONE = /要|应|需|须|将|拟|计划|准备|持续|继续|常态化|定期|经常|每[年月周季]|多次|广泛|分批|分期/;
/** Words that tell of several activities (一系列, 多场, 形式多样的), no one to name. */
export const SEVERAL = /^(?:一系列|系列|多场|多项|多次|各类|各种|各项|形式多样|丰富多彩|内容丰富)/;
/** A slogan in quotes (long, or with a pause inside): no part of the name; a short quoted name is (“双报到”). */
export const SLOGAN = /[“「](?:[^”」]{7,}|[^”」]*[,，、 ·—][^”」]*)[”」]/g;
/** A theme stated with its frame (以“…”为主题的…): no part of the name either. */
export const THEMED = /^以[^,，。]{1,40}?为主题的/;
/** Where the body went to hold it (赴X, 到X, 走进X, 前往X, 来到X): the place written after the going verb. */
const WENT = /(?:赴|到|走进|前往|来到|深入)([^,，。；;]{2,30})$/;

/** A settlement or body that holds activities of its own (社区, 村): places named by the page, not divisions. */
function holdsActivities(a: Anchor): boolean {
  return isOrg(a) || (a.type === 'Place' && (a.kind === 'community' || a.kind === 'village'));
}

export function bodyConducts(doc: Doc, anchors: Anchor[], found: Candidate[]): void {
  const { text } = doc;
  for (const m of text.matchAll(CONDUCTS)) {
    const sentence = sentenceAt(doc, m.index);
    // <body>…小区，开展…: the clause of the verb may follow the one the body opens.
    const verbClause = clauseStart(text, sentence, m.index);
    const clause =
      verbClause === m.index && /[,，]$/.test(text.slice(0, m.index))
        ? clauseStart(text, sentence, m.index - 1)
        : verbClause;
    const holder = widest(
      anchors.filter((a) => holdsActivities(a) && a.start === clause && a.end <= m.index),
    );
    if (!holder) continue;
    const gap = text.slice(holder.end, m.index);
    if (gap.length > 40 || NOT_ONE.test(gap) || !DAY_TOLD.test(text.slice(sentence.start, m.index))) continue;
    if (notMade(doc, m.index)) continue;
    const words = (m[1] ?? '').replace(/^了/, '').replace(THEMED, '').replace(SLOGAN, '');
    // 开展活动, 开展“…”活动: nothing left but the noun names no activity; a pairing (结对帮扶活动) is the signing
    // frames' (the agreement the sides sign there names it).
    if (words.length < 2 || PAIRING_ACTS.some((act) => words.includes(act)) || /签约|签署|签订/.test(words))
      continue;
    // 开展了一系列…活动, 形式多样的…活动: a campaign of several, not one happening.
    if (SEVERAL.test(words)) continue;
    const nounAt = m.index + m[0].length - 2;
    const trigger = { start: nounAt - (m[1]?.length ?? 0), end: nounAt + 2 };
    if (found.some((c) => c.trigger.start < trigger.end && trigger.start < c.trigger.end)) continue;
    const before = gap.replace(/[,，]$/, '');
    const went = WENT.exec(before);
    const wentAt = went ? holder.end + before.length - went[0].length + went[0].indexOf(went[1] ?? '') : -1;
    const place = went ? placeIn(anchors, wentAt, wentAt + (went[1]?.length ?? 0)) : undefined;
    const name = `${holder.name}${words}活动`;
    found.push(make(doc, 'event:body-conducts', name, '活动', trigger, { place }));
  }
}
