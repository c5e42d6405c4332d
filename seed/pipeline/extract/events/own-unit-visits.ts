import type { Anchor } from '../anchors.ts';
import { type Doc, sentenceAt } from '../doc.ts';
import { surnameAt } from '../lexicon/surnames.ts';
import { TITLE_PATTERN } from '../lexicon/titles.ts';
import { type Candidate, make } from './found-event.ts';
import { notMade } from './not-made.ts';
import { clauseStart, isOrg } from './phrase.ts';
import type { PersonAt } from './receptions.ts';
import { CALL_ON_VERB, GENERIC, GUIDES, OPENS_ON_VERB, VERBS } from './visits.ts';

/** The page's own unit a group comes to (我厂, 我县), the verb, and what the visit was about if written after it. */
const TO_OUR_UNIT = new RegExp(
  `(?:到|来到|莅临|走进|深入|来|至)(?:我|本(?=会))(公司|集团|企业|单位|协会|商会|学校|校|医院|院|厂|镇|乡|街道|社区|村|区|县|市|会)(?:开展|进行)?((?:实地)?(?:${VERBS})${GUIDES}?)([^。,，;；:：\\n]{2,30})?(?=[,，。；;])`,
  'dg',
);

/** How far after the going the page's own body may be named (莅临我会调研，并与<chamber>代表座谈). */
const OWN_NAMED_WITHIN = 60;

/**
 * 我会, 本会: the page's own association or council, as the page's bodies resolve it, else the body ending in 会 named
 * first after the going and not among the comers' words (…莅临我会走访调研，并与<chamber>…座谈).
 */
function ownBody(anchors: Anchor[], from: number, at: number, ourAt: number): Anchor | undefined {
  const resolved = anchors.find((a) => isOrg(a) && a.start === ourAt);
  if (resolved) return resolved;
  const comers = new Set(anchors.filter((a) => a.start >= from && a.end <= at).map((a) => a.id));
  const bodies = anchors.filter(
    (a) => isOrg(a) && a.source !== 'reference' && /会$/.test(a.name) && !comers.has(a.id),
  );
  const next = bodies.find((a) => a.start > ourAt && a.start <= ourAt + OWN_NAMED_WITHIN);
  return next;
}

/** A surname and a title standing for a leader the page may not name in full (吴主任来我县…). */
const SURNAME_TITLE = new RegExp(`(?:${TITLE_PATTERN})$`);

/** Who comes, in the clause before the going: a titled name, a known person, a group (一行), or a surname and title. */
function comerBefore(
  doc: Doc,
  leaders: ReadonlySet<number>,
  people: readonly PersonAt[],
  from: number,
  at: number,
): boolean {
  const { text } = doc;
  const before = text.slice(from, at);
  if (/一行/.test(before)) return true;
  if ([...leaders].some((end) => end > from && end <= at)) return true;
  if (people.some((p) => p.start >= from && p.end <= at)) return true;
  // 吴主任: a surname (one or two characters) opening its clause right before the title.
  const title = SURNAME_TITLE.exec(before);
  if (!title) return false;
  const titleAt = from + title.index;
  return [1, 2].some(
    (n) =>
      titleAt - n >= from &&
      surnameAt(text, titleAt - n) === n &&
      clauseStart(text, sentenceAt(doc, titleAt), titleAt - n) === titleAt - n,
  );
}

/**
 * `<leader or group>莅临我厂调研<subject>`, `吴主任来我县视察`: a visit to the page's own unit, the publisher hosting
 * it. Named after the subject when one follows the verb, else after the page's division when it resolves 我县.
 */
export function visitsToOurUnit(
  doc: Doc,
  anchors: Anchor[],
  leaders: ReadonlySet<number>,
  people: readonly PersonAt[],
  found: Candidate[],
): void {
  const { text } = doc;
  for (const m of text.matchAll(TO_OUR_UNIT)) {
    const unit = m[1] ?? '';
    const verb = m[2] ?? '';
    const [verbAt] = m.indices?.[2] ?? [0];
    const trigger = { start: verbAt, end: verbAt + verb.length };
    if (found.some((c) => c.trigger.start < trigger.end && trigger.start < c.trigger.end)) continue;
    const sentence = sentenceAt(doc, m.index);
    const clause = clauseStart(text, sentence, m.index);
    if (notMade(doc, m.index)) continue;
    if (!comerBefore(doc, leaders, people, sentence.start, m.index)) continue;
    // 视察指导工作: a subject that says nothing (工作) is none.
    const written = (m[3] ?? '').replace(/等$/, '');
    const subject = GENERIC.test(written) ? '' : written;
    const ourAt = m.index + m[0].indexOf('我');
    const division = anchors.find(
      (a) =>
        a.type === 'Place' &&
        a.source === 'division' &&
        a.start === ourAt &&
        a.end === ourAt + 1 + unit.length,
    );
    // Everyone the clause names before the going comes (A与<titled B>等五人莅临我厂…).
    const goers = { start: clause, end: m.index };
    if (unit === '会') {
      const own = ownBody(anchors, sentence.start, m.index, m.index + m[0].search(/[我本]/));
      if (!own) continue;
      // <council>X议长…至本会参访: a body opening a clause of the comers' words calls on the page's own (named like a courtesy call).
      const visitor = CALL_ON_VERB.test(verb)
        ? anchors.find(
            (a) =>
              isOrg(a) &&
              a.start >= sentence.start &&
              a.end <= m.index &&
              a.id !== own.id &&
              clauseStart(text, sentence, a.start) === a.start,
          )
        : undefined;
      const name = visitor
        ? `${text.slice(visitor.start, visitor.end)}${verb}${own.name}`
        : `${own.name}${verb}`;
      const guests = visitor ? [own, visitor] : [own];
      found.push(make(doc, 'event:visit-our-unit', name, verb, trigger, { goers, guests }));
      continue;
    }
    const isDivision = /^(?:镇|乡|街道|社区|村|区|县|市)$/.test(unit);
    // Without a subject, a body of the page's (我厂) names nothing (the real-page gold names such a visit by who came,
    // which the title chains, not this frame, know), nor a division no list resolves.
    if (!subject && (!isDivision || !division)) continue;
    const where = division ? division.name : unit;
    const name = subject && !OPENS_ON_VERB.test(subject) ? `${subject}${verb}` : `${where}${verb}`;
    found.push(make(doc, 'event:visit-our-unit', name, verb, trigger, { place: division, goers }));
  }
}
