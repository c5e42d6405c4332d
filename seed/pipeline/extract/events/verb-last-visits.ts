import type { Anchor } from '../anchors.ts';
import type { Doc } from '../doc.ts';
import { type Candidate, make } from './found-event.ts';
import { notMade } from './not-made.ts';
import { ledTo } from './visit-leaders.ts';
import { placesWalked } from './visit-matter.ts';
import { GENERIC, VERBS, type VisitName } from './visits.ts';

/** A visit with its verb last, what it was about after 对 (带队对<subject or places>进行(了)调研). */
const VERB_LAST = new RegExp(
  `(?:带队|率队|一行)?对([^。,，;；:：“”\\n]{2,40}?)(?:进行|开展)了?(${VERBS})(?=[,，。；;]|并(?:召开|主持|举行|参加))`,
  'dg',
);

/**
 * `<titled leader>带队对<subject>进行(了)调研`: a visit told with its verb last, named after what it was about as written
 * (the page's own division, 我区 or 全区, named in full; 我X no list resolves is left out), then the verb.
 */
export function verbLastVisits(
  doc: Doc,
  anchors: Anchor[],
  leaders: ReadonlySet<number>,
  visitName: VisitName,
  found: Candidate[],
): void {
  const { text } = doc;
  for (const m of text.matchAll(VERB_LAST)) {
    if (!ledTo(text, leaders, m.index)) continue;
    const [from, to] = m.indices?.[1] ?? [0, 0];
    const verb = m[2] ?? '';
    const verbAt = m.index + m[0].length - verb.length;
    const trigger = { start: verbAt, end: verbAt + verb.length };
    if (found.some((c) => c.trigger.start < trigger.end && trigger.start < c.trigger.end)) continue;
    if (notMade(doc, m.index)) continue;
    let subject = text.slice(from, to).replace(/等$/, '');
    // 对此进行了调研, 对这一问题…: a remark about something told before, not a visit.
    if (DEMONSTRATIVE.test(subject)) continue;
    // 对东岭镇、西坪镇进行了调研: places and bodies only, named after the last like a visit to them (held there).
    const last = placesWalked(text, anchors, from, to);
    if (last) {
      const where = text.slice(last.start, last.end);
      const name = `${where.startsWith('我') && last.type === 'Place' ? last.name : where}${verb}`;
      const place = last.type === 'Place' ? last : undefined;
      found.push(make(doc, 'event:visit-verb-last', name, verb, trigger, { place }));
      continue;
    }
    // 对我区重点企业…: the page's own division by its name (a place anchor over 我区 or 全区).
    const own = /^[我全][区市县镇乡]/.exec(subject);
    if (own) {
      const division = anchors.find(
        (a) => a.type === 'Place' && a.source === 'division' && a.start === from && a.end === from + 2,
      );
      if (division) subject = `${division.name}${subject.slice(2)}`;
      else if (subject.startsWith('我')) subject = subject.slice(2);
    }
    // 对我县工作进行了视察 with no county known: a name that says nothing.
    if (subject.length < 2 || GENERIC.test(subject)) continue;
    // 全县… resolved as a subject visit names it (the leader's county).
    const name = visitName(m.index, verb, subject, text) ?? `${subject}${verb}`;
    found.push(make(doc, 'event:visit-verb-last', name, verb, trigger, {}));
  }
}

/** A subject that refers back (此, 这一, 该, 上述, 近期…). */
const DEMONSTRATIVE = /^(?:这|此|该|其|那|上述|有关|相关|近期|下一步)/;
