import type { Doc } from '../doc.ts';
import { alternation, CALL_ON_WHOM_VERBS } from '../lexicon/events.ts';
import { type Candidate, make } from './found-event.ts';
import { notMade } from './not-made.ts';
import { CALL_ON_VERB, GUIDES, OPENS_ON_VERB, VERBS, type VisitName } from './visits.ts';

// (考察团, 调研组: who goes, not the verb.)
const VISIT = new RegExp(`(?:带队|率队|一行)?((?:${VERBS})${GUIDES}?)(?![团组队])([^。,，;\\n]{2,30})`, 'g');
/** A courtesy call's verb: its object is who is called on. */
const CALL_VERB = new RegExp(`^(?:${alternation(CALL_ON_WHOM_VERBS)})$`);
/** What was said during the visit, after its subject (…时强调, …时的指示精神): no part of the subject. */
const SAID_DURING = /(?:时|期间|过程中)(的|强调|指出|表示|要求|提出|说).*$/;
/** A study or exchange trip (考察学习, 考察交流): named whole after where it went, never after a subject. */
const STUDY_TRIP = /^(?:考察学习|学习考察|考察交流|参观考察|参观交流|调研学习|学习调研)$/;

/** 调研重点项目建设工作: a visit with a subject, named after it wherever it went. Returns where their verbs end. */
export function subjectVisits(doc: Doc, visitName: VisitName, found: Candidate[]): Set<number> {
  const named = new Set<number>();
  for (const m of doc.text.matchAll(VISIT)) {
    const written = m[1] ?? '';
    if (STUDY_TRIP.test(written) || STUDY_TRIP.test(written + (m[2] ?? '').slice(0, 2))) continue;
    // 拜会<body><title><name>: who is called on, not what a visit was about (./call-ons.ts names it).
    if (CALL_VERB.test(written)) continue;
    // 一行到访<body>: a group's call, read with who sends it by groupVisits (禾川商会到访<body>).
    if (m[0].startsWith('一行') && CALL_ON_VERB.test(written)) continue;
    // 到X公司调研考察,…: a compound verb with nothing after it, read short (调研 + 考察 as its subject), is no subject.
    if (OPENS_ON_VERB.test(m[2] ?? '')) continue;
    // 调研<matter>时的指示: a remark about a visit, not one told; 调研<matter>时强调: the subject ends at 时.
    if (SAID_DURING.exec(m[2] ?? '')?.[1] === '的') continue;
    const subject = (m[2] ?? '').replace(SAID_DURING, '');
    // The verb as written, compounds whole (走访调研, 实地调研): the guide names events in the text's words.
    const verb = written;
    const at = m.index + m[0].length - (m[2]?.length ?? 0) - written.length;
    const name = visitName(m.index, verb, subject, doc.text);
    if (!name || notMade(doc, at)) continue;
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
  return named;
}
