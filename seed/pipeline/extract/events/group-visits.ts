import type { Anchor } from '../anchors.ts';
import { type Doc, sentenceAt } from '../doc.ts';
import { titleOf, visitorOf } from './call-ons.ts';
import { type Candidate, make } from './found-event.ts';
import { notMade } from './not-made.ts';
import { isOrg, placeIn, regionShort } from './phrase.ts';
import type { PersonAt } from './receptions.ts';
import { matterAfterVerb, matterName } from './visit-matter.ts';
import { ABOUT, CALL_ON_VERB, GUIDES, VERBS } from './visits.ts';

/** A month's or day's number, in digits or Chinese numerals (于三月二十二日下午). */
const DAY_NUMBER = String.raw`(?:\d{1,2}|[一二三四五六七八九十廿卅]{1,3})`;
/** When, and who leads, between a group and its going (一行15人11月28日上午在副县长X带领下抵达…). */
const WHEN_LED = String.raw`(?:于?(?:(?:${DAY_NUMBER}月)?${DAY_NUMBER}日(?:上午|下午|晚上|晚)?|日前|近日))?(?:在[^。,，;\n]{2,20}?(?:带领|率领)下)?`;
const VISIT_TO = new RegExp(
  `(?:带队|率队|率团|一行|代表团|考察团|考察组|调研组|参观团|观摩团|参访团|访问团|交流团)(?:[近约逾]?[0-9一二三四五六七八九十]{1,3}余?人[,，]?)?${WHEN_LED}(?:(?:今天|今日|昨天|昨日|日前|近日)?(?:赴|到|来|前往|来到|走进|莅临|深入|抵达)([^。,，;\\n]{2,20}?)${ABOUT}?(?:[,，]?(?:进行|开展|展开|开始)(?:为期[^。,，;\\n]{1,6}?的?)?)?((?:${VERBS})${GUIDES}?)|(?:并|还|随后)?(参访|到访)([^。,，;、\\n]{2,12}?)(?=[,，。;；]))`,
  'dg',
);
/** Another name of a place in brackets after it (松北区(<new area>)). */
const BRACKETED_NAME = /(?<=[\u4e00-\u9fff])[(（][^()（）]{2,12}[)）]$/;
/** A matter in quotes, and how, between where a group went and its verb (…开展“<matter>”专项视察). */
const MATTER_AFTER_GOING = /[,，]?(?:开展|进行)了?[“"「]([^”"」]{2,40})[”"」]([\u4e00-\u9fff]{0,4})$/;
/** Where the verb of a group's visit starts. */
const verbStart = (m: RegExpExecArray, after: boolean) => m.indices?.[after ? 3 : 2]?.[0] ?? m.index;

/** 率队赴河北省雄安新区调研: a visit to a place, named after the innermost place and the verb. */
export function groupVisits(
  doc: Doc,
  anchors: Anchor[],
  named: ReadonlySet<number>,
  found: Candidate[],
  people: readonly PersonAt[] = [],
): void {
  for (const m of doc.text.matchAll(VISIT_TO)) {
    // 一行12人参访瓯海，…: the verb before where it went.
    const after = m[3] !== undefined;
    const wentTo = (after ? m[4] : m[1]) ?? '';
    const verb = (after ? m[3] : m[2]) ?? '';
    const where = m.indices?.[after ? 4 : 1]?.[0] ?? m.index;
    // 赴<city>开展“<matter>”专项视察: what it was about, quoted after where it went, names it (as the lead reading does).
    const matter = MATTER_AFTER_GOING.exec(wentTo);
    // 赴松北区(<new area>): another name of the place, in brackets after it, is not where it went.
    const object = (matter ? wentTo.slice(0, matter.index) : wentTo).replace(BRACKETED_NAME, '');
    const place = placeIn(anchors, where, where + object.length);
    if (matter) {
      if (object.length < 2 || named.has(verbStart(m, after) + verb.length) || notMade(doc, m.index))
        continue;
      const at = verbStart(m, after);
      found.push(
        make(
          doc,
          'event:visit-to',
          `${matter[1]}${matter[2]}${verb}`,
          verb,
          { start: at, end: at + verb.length },
          { place },
        ),
      );
      continue;
    }
    const at = verbStart(m, after);
    if (named.has(at + verb.length) || notMade(doc, m.index)) continue;
    // A division written short or as 我市 is named in full (瓯海 → 瓯海区参访); a place no list knows, as written
    // (赴我市进行考察 with no city known is named after nothing: no visit).
    // 抵达<city>议会进行参访: a body visited, named as written.
    const body =
      anchors.find((a) => isOrg(a) && a.start === where && a.end === where + object.length) ??
      (place ? undefined : bodyOfKind(anchors, object, where));
    const written = body
      ? body.start === where
        ? doc.text.slice(body.start, body.end)
        : body.name
      : place
        ? doc.text.slice(place.start, place.end)
        : object.replace(/(?:进行|开展)$/, '');
    if (!place && written.startsWith('我')) continue;
    // 一行到访表示欢迎: 到访 names a visit only with the place or body it went to.
    if (verb === '到访' && !place && !body) continue;
    // <chamber>会长X率参访团…到访<county>: the association whose delegation it is goes too. A division's own bodies are
    // the leaders' posts, and a firm's head leading its staff makes the visit himself: the firm is no party (a firm is
    // what a visit goes to, not a delegation that makes one).
    const visitor = visitorOf(doc, anchors, people, sentenceAt(doc, at), at);
    // Only the body whose own head leads (<chamber>会长X一行), not one of a chain of a person's posts in several bodies
    // (<association>副会长、<alliance>副理事长…X一行) nor a rank (全国政协委员、…).
    const association =
      visitor?.source !== 'body' &&
      visitor?.kind === 'association' &&
      visitor.id !== body?.id &&
      titleOf(doc.text, people, visitor)
        ? visitor
        : undefined;
    // <association>会长X一行到访<body>: one body calling on another, named like a courtesy call (./call-ons.ts).
    const name =
      (after ? undefined : matterName(doc.text, anchors, where + wentTo.length, at, verb)) ??
      // 来<county>考察了<matter>情况: what it was about, written after the verb, names it.
      (after || CALL_ON_VERB.test(verb) ? undefined : matterAfterVerb(doc.text, at + verb.length, verb)) ??
      (association && body
        ? `${doc.text.slice(association.start, association.end)}${verb}${written}`
        : `${!body && (place?.short || written.startsWith('我')) ? regionShort(place?.name ?? written) : written}${verb}`);
    // …held in the division whose body it visited (抵达<county>议会 → the county).
    const held = place ?? (body?.base?.type === 'Place' ? { ...body, ...body.base } : undefined);
    // A body called on (到访, 参访) receives the visitors and takes part, as in ./call-ons.ts; one inspected (调研<firm>)
    // does not.
    const host = CALL_ON_VERB.test(verb) ? body : undefined;
    const guests = [association, host].filter((a): a is Anchor => a !== undefined);
    found.push(
      make(doc, 'event:visit-to', name, verb, { start: at, end: at + verb.length }, { place: held, guests }),
    );
  }
}

/** Bodies a group goes to written by their kind alone (一行到商会调研交流). */
const BODY_KIND: Record<string, (a: Anchor) => boolean> = {
  商会: (a) => a.kind === 'association' && a.name.endsWith('商会'),
  协会: (a) => a.kind === 'association' && a.name.endsWith('协会'),
  公司: (a) => a.kind === 'company',
  集团: (a) => a.kind === 'company' && a.name.includes('集团'),
};

/** How far after the kind the body it stands for may be named (一行到商会调研交流。<chamber>会长X…). */
const KIND_NAMED_WITHIN = 40;

/**
 * 一行到商会调研交流。<chamber>会长X…: the body of that kind named right after (the next clause or sentence), else the
 * one body of that kind the page names.
 */
function bodyOfKind(anchors: Anchor[], kind: string, at: number): Anchor | undefined {
  const of = BODY_KIND[kind];
  if (!of) return undefined;
  const bodies = anchors.filter((a) => isOrg(a) && a.source !== 'reference' && of(a));
  const next = bodies.find((a) => a.start > at && a.start <= at + KIND_NAMED_WITHIN);
  return next ?? (new Set(bodies.map((a) => a.id)).size === 1 ? bodies[0] : undefined);
}
