import type { Anchor } from './anchors.ts';
import type { Doc } from './doc.ts';
import type { FoundEvent } from './events.ts';
import { attendance, attendeesAbove } from './participation/attendance.ts';
import { calledOn } from './participation/called-on.ts';
import { ceremonyActs } from './participation/ceremony-acts.ts';
import { citedOnly } from './participation/cited.ts';
import { delegationBodies } from './participation/delegations.ts';
import { eventsFor } from './participation/event-of-sentence.ts';
import { listedGuests } from './participation/guest-lists.ts';
import { namedPresent } from './participation/named-present.ts';
import { type ParticipationInput, relate, type SentenceAbout } from './participation/relate.ts';
import { speakers } from './participation/speech.ts';
import type { Registry } from './registry.ts';

/** Who speaks, who attends, and the ceremony's acts: each reads one sentence about one event. */
const SENTENCE_RULES: ((about: SentenceAbout) => void)[] = [
  speakers,
  attendance,
  ceremonyActs,
  calledOn,
  listedGuests,
];

/**
 * Where a visitor went, in a clause of its own before the visit's verb (来到珞璜临港产业城，; 赴A、B和C，), or before what it
 * was about (深入<district>，就<matter>进行; 到<city>，就<matter>开展…; a title in book marks may hold a comma).
 */
const WENT_THEN = new RegExp(
  [
    /^(?:一行)?(?:先后|分别)?(?:来到|到|赴|前往|深入)[^,，;；。]{2,60}(?:[,，]|[,，]?(?:就|对|围绕)[^,，;；。]{2,80}(?:进行|开展)了?)$/,
    /^(?:一行)?(?:(?:来到|到|赴|前往|深入)[^,，;；。]{2,60}[,，](?:实地)?)?(?:就(?:[^,，;；。《]|《[^》。\n]*》){2,120})?$/,
  ]
    .map((r) => r.source)
    .join('|'),
);

/**
 * A sentence telling two or more happenings of its own, one to a clause split at ；: each clause with the happening
 * whose trigger it holds (a clause holding none goes with the one before). Undefined when the sentence is not so.
 */
function clauseEvents(
  events: FoundEvent[],
  sentence: { start: number; end: number },
  words: string,
): { span: { start: number; end: number }; event: FoundEvent }[] | undefined {
  const own = events.filter((e) => e.trigger.start >= sentence.start && e.trigger.end <= sentence.end);
  if (own.length < 2 || !/[；;]/.test(words)) return undefined;
  const parts: { span: { start: number; end: number }; event: FoundEvent }[] = [];
  let start = sentence.start;
  let last: FoundEvent | undefined;
  for (const piece of words.split(/(?<=[；;])/)) {
    const span = { start, end: start + piece.length };
    start = span.end;
    const event = own.find((e) => e.trigger.start >= span.start && e.trigger.end <= span.end) ?? last;
    if (!event) return undefined;
    // Every clause but the ones before the first happening belongs to one; each happening has a clause of its own.
    parts.push({ span, event });
    last = event;
  }
  return new Set(parts.map((p) => p.event)).size === own.length ? parts : undefined;
}

/** A group setting off: 一行(N人)(于<day>)到/赴/来到… (who is listed before it goes). */
const GROUP_GOES =
  /一行(?:[近约逾]?[0-9一二三四五六七八九十]{1,3}余?人)?[,，]?(?:于[^,，。;；]{1,12}?)?(?:到|赴|来到|前往|深入|莅临|抵达|走进)/;

/** …，并(在<room>)主持召开<meeting>, the meeting's own words up to its noun: hosted by the sentence's first person. */
const HOSTS_AFTER =
  /^[^。；;！？!?\n]*?[,，]并(?:于[^,，。;；在]{1,12}?)?(?:在[^,，。;；在]{1,20}?)?主持(?:召开|举行)了?[^,，。;；]{0,40}$/;

/**
 * PARTICIPATED_IN, sentence by sentence (one file per idea in participation/): which events a sentence is about
 * (event-of-sentence.ts), who speaks there (speech.ts: 讲话, 致辞, 表示, 介绍 … after a name, 他表示, bodies that
 * report), who attends (attendance.ts: 出席, 参加, 陪同 …, a WeChat list above the verb's line), and the ceremony's
 * acts (ceremony-acts.ts: launchers, presenters, award winners, signatories). Then, per event: who makes a visit,
 * the parties of a signing and the guests of talks.
 */
export function participations(
  doc: Doc,
  registry: Registry,
  events: FoundEvent[],
  input: ParticipationInput,
  anchors: Anchor[],
): void {
  if (events.length === 0) return;
  const { text } = doc;
  // 学习<name>总书记…重要讲话精神: a person whose words are cited is not at the happening.
  input = { ...input, people: input.people.filter((p) => !citedOnly(text, p)) };
  let previous: FoundEvent | undefined;
  let carried = false;
  for (const sentence of doc.sentences) {
    // A list of who took part, after the talk a meeting held, is about the whole (区发展改革局…参加。): not carried.
    const listsAttendees = carried && /参加|出席|陪同|列席/.test(text.slice(sentence.start, sentence.end));
    const about = eventsFor(doc, events, sentence, anchors, listsAttendees ? undefined : previous);
    // Only a sentence that opens on the happening (座谈会上，…) hands it on, or one that tells a later meeting held
    // (随后主持召开座谈会，…。⏎ A指出，…: what follows with no cue is said there, not on the visit told first).
    const opens =
      about.length === 1 &&
      (doc.text.startsWith(`${about[0]?.noun}上`, sentence.start) ||
        (/会$|论坛$/.test(about[0]?.noun ?? '') &&
          (/^(?:会上|在会上|会议上)/.test(doc.text.slice(sentence.start)) ||
            (about[0] !== events[0] &&
              about[0]?.kind === 'meeting' &&
              about[0].trigger.start >= sentence.start &&
              about[0].trigger.end <= sentence.end))));
    // …and what follows with no cue of its own stays with it (座谈会上，…。市…部门作了推介。⏎ A表示，…).
    const stays = previous !== undefined && about.length === 1 && about[0] === previous;
    carried = !opens && stays;
    previous = opens || stays ? about[0] : undefined;
    const people = input.people.filter((p) => p.start >= sentence.start && p.end <= sentence.end);
    const words = text.slice(sentence.start, sentence.end);
    // A会见了B，…；A、C会见了D，…: happenings told one to a clause (split at ；) each have that clause's people.
    const parts = clauseEvents(events, sentence, words);
    if (about.length === 1 && parts) {
      for (const { span, event } of parts) {
        const inPart = people.filter((p) => p.start >= span.start && p.end <= span.end);
        const partWords = text.slice(span.start, span.end);
        for (const rule of SENTENCE_RULES)
          rule({ doc, registry, event, sentence: span, words: partWords, input, people: inPart });
      }
      continue;
    }
    for (const event of about) {
      const met = event.metElsewhere ?? [];
      const own = met.length > 0 ? people.filter((p) => !met.includes(p.id)) : people;
      for (const rule of SENTENCE_RULES) rule({ doc, registry, event, sentence, words, input, people: own });
      for (const p of attendeesAbove(doc, sentence, input.people))
        relate(registry, p.id, event, 'attendee', sentence.start, 'role:attends-listed-above');
    }
  }
  for (const event of events) {
    // …到A集团调研，并在<room>主持召开<meeting>: the sentence's first person goes on to host the meeting.
    if (HOSTS_AFTER.test(text.slice(event.sentence.start, event.trigger.start))) {
      // (在A陪同下，B到…调研，并…主持召开: who goes along is no host.)
      const along = [
        ...text.slice(event.sentence.start, event.trigger.start).matchAll(/在[^,，。;；]*?陪同下/g),
      ].map((m) => [event.sentence.start + m.index, event.sentence.start + m.index + m[0].length] as const);
      const host = input.people.find(
        (p) =>
          p.start >= event.sentence.start &&
          p.end <= event.trigger.start &&
          !along.some(([s, e]) => s <= p.start && p.end <= e),
      );
      if (host) relate(registry, host.id, event, 'attendee', event.sentence.start, 'role:hosts');
    }
    // 许卫国在无锡、常州调研…: who makes a visit takes part in it.
    if (event.kind === 'visit') {
      const lead = input.people
        .filter((p) => p.start >= event.sentence.start && p.end <= event.trigger.start)
        .filter((p) => {
          const between = text.slice(p.end, event.trigger.start);
          // …杨利来到珞璜临港产业城，走访调研…: the going may close its own clause.
          return !/[,，;；。]/.test(between) || WENT_THEN.test(between);
        })
        .pop();
      if (lead) relate(registry, lead.id, event, 'attendee', event.sentence.start, 'role:visits');
      // 区委书记A率B、C、D等一行12人参访瓯海: who leads the group and everyone it lists go.
      const clause = Math.max(
        event.sentence.start,
        text.slice(0, event.trigger.start).search(/[,，;；][^,，;；]*$/) + 1,
      );
      const group = text.slice(clause, event.trigger.start);
      // 县委书记A，县委副书记、县长B率县党政考察团到…考察: who is listed before 率 leads it together.
      const leads = text.slice(event.sentence.start, event.trigger.start).search(/率(?:领)?|带领/);
      if (leads > 0)
        for (const p of input.people.filter(
          (q) => q.start >= event.sentence.start && q.end <= event.sentence.start + leads,
        ))
          relate(registry, p.id, event, 'attendee', event.sentence.start, 'role:visits-group');
      // 区委常委A，区政协副主席B，…E一行6人到<body>调研: everyone listed before the group's going goes.
      const goes = GROUP_GOES.exec(text.slice(event.sentence.start, event.trigger.start));
      if (goes)
        for (const p of input.people.filter(
          (q) => q.start >= event.sentence.start && q.end <= event.sentence.start + goes.index,
        ))
          relate(registry, p.id, event, 'attendee', event.sentence.start, 'role:visits-group');
      if (/(?:率|带领)[^,，;；]*一行/.test(group))
        for (const p of input.people.filter((q) => q.start >= clause && q.end <= event.trigger.start))
          relate(registry, p.id, event, 'attendee', event.sentence.start, 'role:visits-group');
    }
    // …A、B等一行到<town>开展…座谈会: everyone in the group that went takes part.
    const { goers } = event;
    if (goers)
      for (const p of input.people.filter((q) => q.start >= goers.start && q.end <= goers.end))
        relate(registry, p.id, event, 'attendee', event.sentence.start, 'role:goers');
    for (const party of event.parties)
      relate(registry, party.id, event, 'signatory', event.trigger.start, 'role:signing-party');
    for (const guest of event.guests ?? [])
      relate(registry, guest.id, event, 'attendee', event.trigger.start, 'role:talks-party');
  }
  for (const event of events) delegationBodies(doc, registry, event, input.people, anchors);
  namedPresent(doc, registry, events, input.people);
}
