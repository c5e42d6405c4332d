import type { Anchor } from '../anchors.ts';
import { type Doc, sentenceAt } from '../doc.ts';
import { TO_COME_WORDS } from '../lexicon/words.ts';
import { type Candidate, make } from './found-event.ts';
import { notMade } from './not-made.ts';
import { clauseStart, isOrg, placeIn } from './phrase.ts';
import { ledTo } from './visit-leaders.ts';

/** A visit still planned (将赴, 拟到, 要去): no inspection happened yet. */
const PLANNED = new RegExp(`${TO_COME_WORDS}|要`);

/** A leader taking a group to places to carry out a visit named as an activity (开展春节走访慰问活动). */
const ACTIVITY_VISIT =
  /(?:率队|带队)?(?:先后|分别)?(?:赴|到|前往|来到|深入)([^。；;\n]{2,60}?)开展了?([^。,，；;、“”\n]{0,8}?)(走访慰问|慰问走访|走访调研|调研走访|调研学习|考察学习|学习考察|走访|慰问|视察|调研|考察|督导)(?:活动)?(?=[,，。；;])/g;
/** Words before an activity's verb that say how it was done, not what about (异地视察, 交叉视察): no subject. */
const HOW = /^(?:异地|交叉|集中|专题|实地|现场|联合|蹲点)?$/;
/** A body carrying out a visit named as an activity (<county>政协开展全县X视察活动). */
const BODY_ACTIVITY = /开展([^。,，；;、“”\n]{2,20}?)(走访慰问|视察|调研|考察|走访|督导)活动/g;

/**
 * 区委书记X率队先后赴A、B、C等企业开展春节走访慰问活动: a titled leader's visit told as an activity, named by it
 * (春节走访慰问), held at no place in particular (the companies are where it went, not places).
 */
export function activityVisits(
  doc: Doc,
  anchors: Anchor[],
  leaders: ReadonlySet<number>,
  found: Candidate[],
): void {
  const { text } = doc;
  for (const m of text.matchAll(ACTIVITY_VISIT)) {
    // 县政协主席X带领部分委员赴…: the leader may bring a group first.
    const led = ledTo(text, leaders, m.index);
    const how = m[2] ?? '';
    const verb = m[3] ?? '';
    // 市政协组织部分委员赴X市开展异地视察活动: an inspection of a place needs no titled leader, only no plan.
    const clause = text.slice(0, m.index).search(/[^,，。；;\n]*$/);
    const inspection = HOW.test(how) && !PLANNED.test(text.slice(clause, m.index));
    // <body>、<experts>赴<county>开展<subject>调研: a body opening the clause goes, with a subject (none planned).
    const bodyGoes =
      !HOW.test(how) &&
      !PLANNED.test(text.slice(clause, m.index)) &&
      anchors.some(
        (a) => isOrg(a) && a.start === clause + (/^\s*/.exec(text.slice(clause))?.[0].length ?? 0),
      );
    if ((!led && !inspection && !bodyGoes) || notMade(doc, m.index)) continue;
    const end = m.index + m[0].length - (m[0].endsWith('活动') ? 2 : 0);
    const trigger = { start: end - how.length - verb.length, end };
    if (found.some((c) => c.trigger.start < trigger.end && trigger.start < c.trigger.end)) continue;
    if (!HOW.test(how)) {
      found.push(make(doc, 'event:activity-visit', `${how}${verb}`, verb, trigger, {}));
      continue;
    }
    // 赴丽水市开展异地视察活动: how it was done names no subject; named after where it went (丽水市异地视察).
    const whereAt = m.index + m[0].indexOf(m[1] ?? '');
    const place = placeIn(anchors, whereAt, whereAt + (m[1]?.length ?? 0));
    if (place?.source !== 'division') {
      // 副市长X在…的陪同下，来到A集团，开展走访调研活动: a body the titled leader of the sentence came to, the only
      // place written, names the visit (A集团走访调研), held at no place.
      const body = anchors
        .filter(
          (a) => a.type === 'Organization' && a.start >= whereAt && a.end <= whereAt + (m[1]?.length ?? 0),
        )
        .pop();
      const opens = sentenceAt(doc, m.index).start;
      const ledHere = [...leaders].some((end) => end >= opens && end < m.index);
      if (!body || !ledHere || place || how) continue;
      found.push(make(doc, 'event:activity-visit', `${body.name}${verb}`, verb, trigger, {}));
      continue;
    }
    const name = `${place.short ? place.name : text.slice(place.start, place.end)}${how}${verb}`;
    found.push(make(doc, 'event:activity-visit', name, verb, trigger, { place }));
  }
}

/**
 * `<county>政协开展全县X视察活动`: a body opening its clause carries out a visit told as an activity, named by
 * what it is (全县X视察; how alone, 异地视察, names nothing without where it went).
 */
export function bodyActivities(doc: Doc, anchors: Anchor[], found: Candidate[]): void {
  const { text } = doc;
  for (const m of text.matchAll(BODY_ACTIVITY)) {
    const what = m[1] ?? '';
    const verb = m[2] ?? '';
    if (HOW.test(what) || notMade(doc, m.index)) continue;
    const body = anchors.find((a) => isOrg(a) && a.end === m.index);
    if (!body || clauseStart(text, sentenceAt(doc, m.index), body.start) !== body.start) continue;
    const start = m.index + 2;
    const trigger = { start, end: start + what.length + verb.length };
    if (found.some((c) => c.trigger.start < trigger.end && trigger.start < c.trigger.end)) continue;
    found.push(make(doc, 'event:body-activity', `${what}${verb}`, verb, trigger, {}));
  }
}
