import type { Span } from '../../../../contract/annotation/types.ts';
import type { Anchor } from '../anchors.ts';
import type { Doc } from '../doc.ts';
import type { FoundEvent } from '../events.ts';
import { saidFrom } from './speech-content.ts';

/** An act in a sentence and the name of the happening it is. */
const ACTS: [RegExp, RegExp][] = [
  [/签署|签订|签约/, /(?:签约|签署|签订)(?:仪式|活动)?$/],
  [/揭牌/, /揭牌(?:仪式)?$/],
  [/开工/, /开工(?:仪式|活动)?$/],
];

/** An attending verb and the act of the ceremony it attends (出席签约仪式, 参加开工仪式). */
const ATTENDED_ACT = /(?:出席|参加|列席)了?(签约|签署|开工|揭牌|奠基|开业|启动|授牌)(仪式|活动)/g;
/** Ceremonies attended, listed after one attending verb (出席了签约仪式和开工仪式, 参加开工仪式或出席签约仪式). */
const ATTENDED_LIST =
  /(?:出席|参加|列席)了?[\u4e00-\u9fff]{2,4}(?:仪式|活动)(?:[和及或、](?:出席|参加|列席)?了?[\u4e00-\u9fff]{2,4}(?:仪式|活动))+/;
/** The act a ceremony is named by, and its noun (签约仪式, 开工活动). */
const CEREMONY_ACT = /(签约|签署|开工|揭牌|奠基|开业|启动|授牌)(仪式|活动)/g;

/** Going along on a visit (陪同调研, 随同考察, 一同调研, 参加调研). */
const WENT_ALONG = /(?:陪同|随同|一同|一起|参加)(?:调研|考察|视察|走访|督导|检查|观摩)/;

/** 参加座谈, 出席座谈: attending a meeting named by its noun without 会 (座谈会). */
function attendsStem(s: string, noun: string): boolean {
  if (!/^[\u4e00-\u9fff]{2,}会$/.test(noun)) return false;
  const stem = noun.slice(0, -1);
  return new RegExp(`(?:参加|出席|列席)${stem}(?!会)`).test(s);
}

/**
 * The events a sentence is about: the one it names (its trigger, 在座谈会上, or the founded organisation), else the
 * one its act names (签署 → the signing, 揭牌 → the unveiling), else the last one named earlier in the same
 * paragraph, else `previous` (the happening the sentence before opened on), else the first event of the article.
 * What a sentence says of a ceremony that holds two happenings (揭牌暨签约仪式) without naming either is said of both.
 */
export function eventsFor(
  doc: Doc,
  events: FoundEvent[],
  sentence: Span,
  anchors: Anchor[],
  previous: FoundEvent | undefined,
): FoundEvent[] {
  const whole = (e: FoundEvent) =>
    e.combined === undefined ? [e] : events.filter((o) => o.combined === e.combined);

  // (A表示，…联谊会…: a happening named in what is said is spoken of, not the one the sentence tells.)
  const said = saidFrom(doc.text, sentence) ?? sentence.end;
  const within = (t: Span) => t.start >= sentence.start && t.end <= sentence.end && t.start < said;
  // 第N届X大会开幕式举行…签约仪式，区长A致辞: the sentence is about what the congress held, not the congress.
  const own =
    events.find((e) => within(e.trigger) && !e.holdsAnother) ??
    events.find((e) => within(e.trigger)) ??
    events.find((e) => e.retold?.some(within));
  // A分别与B及C会面: the sentence tells both meetings (who meets whom is sorted out by metElsewhere).
  if (own) return own.metElsewhere?.length ? whole(own) : [own];
  const s = doc.text.slice(sentence.start, said);
  const inSentence = anchors.filter((a) => a.start >= sentence.start && a.end <= said);
  // 在座谈中表示: the meeting talked at, whatever else the sentence names.
  const talkedAt = /在座谈(?:中|时)/.test(s) ? events.find((e) => /^座谈/.test(e.noun)) : undefined;
  if (talkedAt) return [talkedAt];
  // (在)座谈会上，…: the happening the sentence opens on, before any other noun it holds (…专题调研汇报).
  const opensOn = /^在?([^,，。；;]{2,16}?)上[,，]/.exec(s)?.[1];
  const openedOn = opensOn
    ? events.find(
        (e) =>
          e.noun.length >= 2 &&
          opensOn.endsWith(e.noun) &&
          events.filter((o) => o.noun === e.noun).length === 1,
      )
    : undefined;
  if (openedOn) return [openedOn];
  // 出席了签约仪式，随后参加开工仪式 (each attending verb), 出席了签约仪式和开工仪式 (one verb, a list): each ceremony
  // attended is named by its act; the sentence is about each.
  const list = ATTENDED_LIST.exec(s)?.[0] ?? '';
  const attended = [...s.matchAll(ATTENDED_ACT), ...list.matchAll(CEREMONY_ACT)];
  if (attended.length >= 2) {
    // (签约仪式 is the signing however its name ends: …协议签订; 参加开工仪式 is the one named …开工仪式 before one
    // named …开工活动, a campaign holding it)
    const named = (act: string, noun: string) => {
      const own = events.filter((e) => e.name.endsWith(`${act}${noun}`));
      return own.length > 0 ? own : events.filter((e) => new RegExp(`${act}(?:仪式|活动)?$`).test(e.name));
    };
    const byAct = [
      ...new Set(
        attended.flatMap(([, act = '', noun = '']) =>
          /签约|签署/.test(act) ? events.filter((e) => e.kind === 'signing') : named(act, noun),
        ),
      ),
    ];
    if (byAct.length >= 2) return byAct;
  }
  // 陪同调研, 随同考察, 一同调研: going along on the visit told before, not on a meeting it held.
  const alongOn = WENT_ALONG.test(s)
    ? events.filter((e) => e.kind === 'visit' && e.trigger.start < sentence.end).pop()
    : undefined;
  if (alongOn) return [alongOn];
  // 在座谈会上介绍: a noun only one of the events has (仪式 is shared by a combined ceremony's events); 考察团 is
  // who visits, not the visit.
  const named = events.find(
    (e) =>
      e.noun.length >= 2 &&
      e.noun !== '仪式' &&
      events.filter((o) => o.noun === e.noun).length === 1 &&
      (new RegExp(`${e.noun}(?![团组])`).test(s) || attendsStem(s, e.noun)),
  );
  if (named) return [named];
  const bySubject = events.find((e) => e.subject && inSentence.some((a) => a.id === e.subject?.id));
  // X分会首届会员大会暨成立大会 …, 分会筹备组负责人A在会上致辞: the founded body named, what is said is said of its
  // own congress too (not of a forum joined to the founding).
  const subjectName = bySubject?.subject?.name ?? '';
  if (bySubject)
    return whole(bySubject).filter((e) => e === bySubject || (subjectName && e.name.startsWith(subjectName)));
  // 会上，A、B分别介绍了…: the meeting told last, not a visit told after it.
  if (/^(?:会上|在会上|会议上)/.test(s)) {
    const meeting = events.filter((e) => /会$|论坛$/.test(e.noun) && e.trigger.end <= sentence.start).pop();
    if (meeting) return whole(meeting);
  }
  const paragraph = doc.text.lastIndexOf('\n', sentence.start) + 1;
  // 招商推介会隆重召开。会议由…主持: a happening told again earlier in the paragraph counts from there.
  const toldAt = (e: FoundEvent) =>
    [e.trigger, ...(e.retold ?? [])].filter((t) => t.start >= paragraph && t.end <= sentence.start).pop();
  const earlier = events
    .filter((e) => toldAt(e))
    .sort((a, b) => (toldAt(a)?.start ?? 0) - (toldAt(b)?.start ?? 0));
  // Of events named in one sentence (成立暨签约仪式), the first.
  const last = earlier[earlier.length - 1];
  // 座谈会上，…汇报。⏎ 祝书记表示，…: a paragraph without a cue goes on with what the sentence before was about.
  const retold = last && toldAt(last) !== last.trigger;
  const fallback =
    (retold ? last : undefined) ??
    (last && earlier.find((e) => e.sentence.start === last.sentence.start)) ??
    previous ??
    events[0];
  if (!fallback) return [];
  // …代表双方签署协议, 共同为…揭牌: the act picks its happening among the ceremony's.
  const parts = whole(fallback);
  const acted = parts.filter((e) => ACTS.some(([verb, name]) => verb.test(s) && name.test(e.name)));
  return acted.length === 1 ? acted : parts;
}
