import type { Doc } from './doc.ts';
import { suffixesEndingAt } from './lexicon/suffixes.ts';
import { settlementBodyName } from './named-committees.ts';
import { endingReadOtherwise } from './named-ending.ts';
import { nameFront } from './named-front.ts';
import { isGoal } from './named-heads.ts';
import type { NamedSpan, ScanLimits } from './named-span.ts';
import { nameStart } from './named-start.ts';
import { settlementBodyStart } from './named-town-settlements.ts';
import { headNamesNothing, namedHead } from './named-verdict.ts';
import { findZoneBodies } from './named-zone-bodies.ts';

/**
 * Names recognised by their ending (施耐德电气(中国)有限公司, 未来岛园区党委, “炬”未来服务联盟, 未来岛园区,
 * 祁连山路创新产业发展带). The start is found by walking left over words until a boundary: punctuation, an
 * opening quote (a quoted part only starts a name), a function word or verb, a person or title, or (for parks and
 * zones) a division name, which becomes the enclosing place instead (普陀区桃浦镇未来岛园区).
 *
 * At each place an ending ends (./named-ending.ts), the longest ending first: where the name starts
 * (./named-start.ts, ./named-town-settlements.ts, ./named-front.ts), whether its head names one thing
 * (./named-verdict.ts), and the name its body takes (./named-committees.ts).
 */
export function findNamed(doc: Doc, limits: ScanLimits): NamedSpan[] {
  const { text } = doc;
  const found: NamedSpan[] = [];
  for (let end = 2; end <= text.length; end++) {
    const suffixes = suffixesEndingAt(text, end);
    if (suffixes.length === 0) continue;
    if (endingReadOtherwise(text, end)) continue;
    for (const suffix of suffixes) {
      const s = end - suffix.suffix.length;
      const started = nameStart(doc, s, suffix, limits);
      if (!started) continue;
      const town = settlementBodyStart(doc, started.start, s, suffix, limits, found);
      const front = nameFront(doc, town, s, end, suffix, limits);
      if (front === 'stop') break;
      if (front === 'skip') continue;
      const head = text.slice(front.start, s);
      if (headNamesNothing(doc, front.start, s, end, suffix)) continue;
      const named = namedHead(doc, front.start, s, suffix, limits, started.venueOfDivision);
      if (!named) continue;
      const { start, divisionLed } = named;
      const { party, canonical } = settlementBodyName(text, start, end, head, suffix.suffix);
      found.push({
        start,
        end,
        type: suffix.type,
        kind: party ? 'party' : suffix.kind,
        suffix: suffix.suffix,
        ...(canonical ? { canonical } : {}),
        goal: front.goal || isGoal(text, start),
        ...(divisionLed ? { divisionLed } : {}),
        rule: 'named:ending',
      });
      break;
    }
  }
  return joinParts(text, [...found, ...findZoneBodies(doc, found)]);
}

/**
 * X自由贸易试验区北渡片区, 云杉智谷·白塔园区: a free-trade zone's part written right after it (片区), or two places joined
 * by a middle dot, are one place named whole.
 */
function joinParts(text: string, found: NamedSpan[]): NamedSpan[] {
  const out: NamedSpan[] = [];
  for (const span of found) {
    const before = out.findLast((o) => o.type === 'Place' && span.type === 'Place' && !o.goal && !span.goal);
    // (a free-trade zone's 片区 is named whole; a development zone's 片区 is a place of its own, in the zone)
    const part =
      before?.end === span.start &&
      /片区$/.test(span.suffix) &&
      /(?:自由贸易试验区|自贸试验区|自贸区)$/.test(text.slice(before.start, before.end));
    const dotted = before?.end === span.start - 1 && text[before.end] === '·';
    if (before && (part || dotted) && !span.standalone && !before.standalone) {
      out[out.indexOf(before)] = { ...span, start: before.start };
      continue;
    }
    out.push(span);
  }
  return out;
}
