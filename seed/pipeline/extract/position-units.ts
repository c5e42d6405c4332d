import { entityId } from '../../../contract/annotation/ids.ts';
import { bodyRef, divisionRef, type EntityRef } from './anchors.ts';
import { bodyKind } from './bodies.ts';
import type { Segment } from './chains.ts';
import type { Doc } from './doc.ts';
import { CONGRESS_NOUNS, FORUM_NOUNS, MEETING_NOUNS } from './lexicon/events.ts';
import { titleSuffix } from './lexicon/titles.ts';
import type { Created, Target } from './position-bodies.ts';

/**
 * A unit written between a place and its head's title that no body reader found (<county's short form>财政局副局长X,
 * <province>围棋协会名誉主席X, <square>管理处负责人X, <country>议会议员X, <city><words>商业会理事长X): the unit is
 * the organisation that holds the title, and the title is what is left (the guide: one relation per title as written,
 * the organisation part removed).
 * A division's government or party body is the division's, named with its units and LOCATED_IN it (余江财政局 →
 * 余江区财政局); any other unit is named as the page writes it, the place in front (济南<words>义工总站).
 */

/** How a division's own bodies end (its bureaus, commissions, offices, its 政协 and 人大, a council). */
const DIVISION_UNIT = /(?:局|委员会|委|办公室|办|政协|人大|议会)$/;
/** How societies end (围棋协会, 义工联合会). */
const SOCIETY_UNIT = /(?:协会|学会|商会|联合会|促进会|研究会|总会)$/;
/**
 * How the names of units end: those two, and sections and stations (管理处, 商广科). Not 中心: a centre before a head's
 * title is as often a venue's or a programme's name as a body's.
 */
const isUnitName = (unit: string) =>
  DIVISION_UNIT.test(unit) || SOCIETY_UNIT.test(unit) || /[站处科]$/.test(unit);
/**
 * A society whose name ends in a bare 会 the body readers leave to its head's title (<city><words>商業會理事長X,
 * <region><words>車友會會長X): read only before a post a society has, and never a happening's noun (大会, 年会,
 * 联欢会: ./lexicon/events.ts).
 */
const SOCIETY_POST = /^(?:常务|执行|名誉|荣誉|永远|创会)?副?(?:会长|理事长|监事长|秘书长|主席|总干事)$/;
const HAPPENINGS = [...MEETING_NOUNS, ...CONGRESS_NOUNS, ...FORUM_NOUNS];
function societyByEnding(unit: string, core: string): boolean {
  return (
    unit.length >= 3 &&
    unit.endsWith('会') &&
    SOCIETY_POST.test(core) &&
    !HAPPENINGS.some((h) => unit.endsWith(h))
  );
}

/** Words that end in a unit's ending and name none (全局, 各委, 本中心, 该协会); the Youth League's 团省委 is no bureau. */
const NO_UNIT = /^(?:[全各本该每此其总副团])/;

export interface UnitHead {
  target: Target;
  created: Created;
  title: string;
}

export function unitBeforeTitle(doc: Doc, segment: Segment): UnitHead | undefined {
  const place = segment.anchor;
  // (A zone's or park's own bodies are read with it: named-zone-bodies.ts.)
  if (
    place?.type !== 'Place' ||
    place.source === 'reference' ||
    place.kind === 'zone' ||
    place.kind === 'park'
  )
    return undefined;
  const core = titleSuffix(segment.title);
  if (!core || core === segment.title) return undefined;
  const unit = segment.title.slice(0, -core.length);
  if (!/^[\u4e00-\u9fff]{2,8}$/.test(unit) || NO_UNIT.test(unit)) return undefined;
  const other = !isUnitName(unit) && societyByEnding(unit, core) ? 'association' : undefined;
  if (!isUnitName(unit) && !other) return undefined;
  const start = place.start;
  const end = place.end + unit.length;
  if (doc.text.slice(place.end, end) !== unit) return undefined;
  const kind = SOCIETY_UNIT.test(unit) ? 'association' : (other ?? bodyKind(unit));
  const division = place.division;
  if (division && kind !== 'association' && DIVISION_UNIT.test(unit)) {
    const ref = bodyRef(division, unit, kind);
    return {
      target: { ref, anchor: undefined },
      created: { ref, start, end, locatedIn: divisionRef(division) },
      title: core,
    };
  }
  const name = doc.text.slice(start, end);
  const ref: EntityRef = { id: entityId('Organization', name), type: 'Organization', kind, name };
  return { target: { ref, anchor: undefined }, created: { ref, start, end }, title: core };
}
