import type { Span } from '../../../../contract/annotation/types.ts';
import type { Anchor } from '../anchors.ts';
import { widest } from '../anchors.ts';
import { type Doc, sentenceAt } from '../doc.ts';
import { alternation, CALL_VERBS } from '../lexicon/events.ts';
import { TITLE_PATTERN } from '../lexicon/titles.ts';
import { type Candidate, make } from './found-event.ts';
import { notMade } from './not-made.ts';
import { clauseStart, isOrg } from './phrase.ts';
import type { PersonAt } from './receptions.ts';

/**
 * Courtesy calls: `<visitor>(在<leader>带领下)(<when>)拜访/拜会/参访 <body, place or titled person>(，并获<host's people>
 * 热情接待)`. Named after the body called on and the verb (`<host>拜会`), with the visitor first when a body opens
 * the clause or is led there (`<visitor body>参访<host>`, as the real-page gold names them); everyone named from the
 * sentence's start to the end of the host's receiving clause attends, and so does the visiting body. Calls told with
 * the going first (`前往<body>拜会`) are read by ./visits.ts.
 */

/**
 * The verb, then the object (a space may stand between them on pages that set names apart). 访问 a country or a school
 * is a visit (./visits.ts), not a courtesy call.
 */
const CALL = new RegExp(`(${alternation(CALL_VERBS.filter((v) => v !== '访问'))})了?[ \u3000]?`, 'g');
/** What stops a call in its clause from being one the article reports: a welcome, an invitation or a wish (欢迎…拜访). */
const NOT_DONE = /欢迎|邀请|希望|期待|盼|准备|打算|回访/;
/** The host's people receiving the visitors, in the rest of the sentence (并获…热情接待, 由X主任接见). */
const RECEIVED = /^[^。！？\n]*?(?:接待|接见|会见|迎接|欢迎)/;
/** A title closing before the name of the person called on, with nothing that ends a phrase in between. */
const TITLE_BEFORE = /^[^,，。、;；:：()（）\s]{0,14}$/;
/** A person called on closes the object (何先生, …副主席X先生，). */
const PERSON_CLOSES = /^(?:先生|女士|博士|教授)?(?=[,，。；;、\s]|并|$)/;
/** What may follow a place called on. */
const CLOSED = /^(?:[,，。；;、\s(（]|并|获|受到|$)/;
/** Where a call was made, after 在 right before the verb. */
const WHERE_BEFORE = /在([\u4e00-\u9fff]{2,8})$/;
/** A body written with a bare level (县府, 市政府, 区委): its name carries the division. */
const BARE_LEVEL = /^[省市区县镇乡][府委政]/;
/** Opening words of a report before its subject (【本报讯】, a dateline). */
const REPORT_OPENS = /^(?:【[^】]{0,12}】|\[[^\]]{0,12}\]|[ \u3000])*/;

/** A title written right after a body, before the name of who holds it (…党委书记、董事长X, 市委书记X). */
const TITLE_AFTER = new RegExp(`^(?:${TITLE_PATTERN}|[、，,])+$`);

/** Whether a titled person follows the body at `a` (its head's title, not a body acting or called on). */
export function titleOf(text: string, people: readonly PersonAt[], a: Anchor): boolean {
  return people.some(
    (p) => p.start > a.end && p.start <= a.end + 16 && TITLE_AFTER.test(text.slice(a.end, p.start)),
  );
}

/** The body or place called on at `at`: a body (widest), else the innermost of a chain of places (南加州<city>). */
function hostAt(
  text: string,
  anchors: Anchor[],
  people: readonly PersonAt[],
  at: number,
): Anchor | undefined {
  const here = anchors.filter((a) => a.start === at && a.source !== 'reference');
  const body = widest(here.filter(isOrg));
  // 拜会<company>党委书记、董事长X: the company its head's titles are of, not the committee the first title names.
  const party = body && /(?:党委|党组|党工委|党总支|党支部)$/.test(body.name) && titleOf(text, people, body);
  const inner = body?.baseAnchor;
  const company = party
    ? (widest(here.filter((a) => isOrg(a) && a.end < body.end)) ??
      (inner && isOrg(inner) && inner.start === at ? inner : undefined))
    : undefined;
  if (company) return company;
  if (body) return body;
  let place = widest(here.filter((a) => a.type === 'Place' && a.source === 'division'));
  for (let next = place; next; ) {
    place = next;
    const end: number = next.end;
    next = widest(anchors.filter((a) => a.type === 'Place' && a.source === 'division' && a.start === end));
  }
  return place;
}

/** The visiting body: one opening a clause before the verb (after a report's opening words), or led there (率<body>团队). */
export function visitorOf(
  doc: Doc,
  anchors: Anchor[],
  people: readonly PersonAt[],
  sentence: Span,
  verbAt: number,
): Anchor | undefined {
  const { text } = doc;
  const led = [...text.slice(sentence.start, verbAt).matchAll(/(?:率领|率|带领)/g)].pop();
  const opensClause = (a: Anchor) => {
    const clause = clauseStart(text, sentence, a.start);
    return clause + (REPORT_OPENS.exec(text.slice(clause, a.start))?.[0].length ?? 0) === a.start;
  };
  const candidates = anchors
    .filter((a) => isOrg(a) && a.start >= sentence.start && a.end <= verbAt)
    .filter((a) => opensClause(a) || (led && a.start === sentence.start + led.index + led[0].length))
    // <committee>书记X和<head>Y一行拜会…: a division's committee or government named by a leader's title is no visiting body
    // (a chamber whose head leads its members is: <chamber>理事长X率会董拜访…).
    .filter((a) => !(/^(?:party|government)$/.test(a.kind) && titleOf(text, people, a)));
  const first = candidates[0];
  return widest(candidates.filter((a) => a.start === first?.start));
}

export function callOns(doc: Doc, anchors: Anchor[], people: readonly PersonAt[], found: Candidate[]): void {
  const { text } = doc;
  for (const m of text.matchAll(CALL)) {
    const verb = m[1] ?? '';
    const trigger = { start: m.index, end: m.index + verb.length };
    if (found.some((c) => c.trigger.start < trigger.end && trigger.start < c.trigger.end)) continue;
    const objectAt = m.index + m[0].length;
    // A place called on closes the object (衢州市驻<city>联络处 is no call on 衢州市).
    const place = hostAt(text, anchors, people, objectAt);
    const host =
      place?.type === 'Place' && !CLOSED.test(text.slice(place.end, place.end + 2)) ? undefined : place;
    // 拜会<national body>副会长X先生: a titled person called on, whatever body the title names.
    const person = people
      .filter((p) => p.start >= objectAt && p.start <= objectAt + 16)
      .filter((p) => TITLE_BEFORE.test(text.slice(objectAt, p.start)))
      .find((p) => PERSON_CLOSES.test(text.slice(p.end, p.end + 3)));
    const calledOn = person ?? host;
    if (!calledOn) continue;
    const sentence = sentenceAt(doc, m.index);
    const clause = clauseStart(text, sentence, m.index);
    if (NOT_DONE.test(text.slice(clause, m.index)) || notMade(doc, m.index)) continue;
    const visitor = visitorOf(doc, anchors, people, sentence, m.index);
    // Who calls: a body or a person named before the verb in the sentence.
    if (!visitor && !people.some((p) => p.start >= sentence.start && p.end <= m.index)) continue;
    if (visitor && host && visitor.id === host.id) continue;
    const hostWritten = text.slice(calledOn.start, calledOn.end);
    // 率縣府團隊參訪<firm>: a visiting body written with a bare level is named with its division (彰化县政府参访…).
    const visitorWritten = visitor && text.slice(visitor.start, visitor.end);
    const visiting =
      visitor &&
      visitorWritten &&
      BARE_LEVEL.test(visitorWritten) &&
      visitor.name.endsWith(visitorWritten.slice(1))
        ? visitor.name
        : visitorWritten;
    const name = visiting ? `${visiting}${verb}${hostWritten}` : `${hostWritten}${verb}`;
    const objectEnd = person ? person.end : (host?.end ?? objectAt);
    const received = RECEIVED.exec(text.slice(objectEnd, Math.min(sentence.end, objectEnd + 80)));
    const goers = { start: sentence.start, end: received ? objectEnd + received[0].length : objectEnd };
    // Held where the body called on is (<county>政府 → the county), or at the place called on.
    // 一行在<city>拜会…: where the call was made, written before the verb.
    const wentTo = WHERE_BEFORE.exec(text.slice(clause, m.index));
    const where = wentTo
      ? anchors.find(
          (a) => a.type === 'Place' && a.start === m.index - (wentTo[1]?.length ?? 0) && a.end === m.index,
        )
      : undefined;
    const heldAt = where
      ? where
      : person
        ? undefined
        : host?.type === 'Place'
          ? host
          : host?.base?.type === 'Place'
            ? { ...host, ...host.base }
            : undefined;
    found.push(
      make(doc, 'event:call-on', name, verb, trigger, {
        place: heldAt,
        goers,
        // The body called on (a government, council or association) receives the callers: it takes part too, as the
        // real-page gold has it; a firm toured (参访<firm>) is where the visit went.
        guests: [
          visitor,
          host && isOrg(host) && host.kind !== 'company' && !person ? host : undefined,
        ].filter((a): a is Anchor => a !== undefined),
      }),
    );
  }
}
