import { entityId } from '../../../contract/annotation/ids.ts';
import { type Anchor, baseOf, bodyRef, divisionRef, type EntityRef, toRef } from './anchors.ts';
import type { Segment } from './chains.ts';
import { type Doc, sentenceAt } from './doc.ts';
import { BUREAU_STEMS, DIVISION_ASSOCIATIONS, UNIT_BODIES } from './lexicon/bodies.ts';
import { titleKind } from './lexicon/titles.ts';
import { BARE_ZONE } from './lexicon/words.ts';
import { simplifiedName } from './script.ts';

/**
 * The organisation a title segment stands for when it names none of its own: a department or unit body after the
 * committee before it (组织部, 管委会, 党委), a company written only as its party committee's head, or the 党委 the
 * sentence named last. See ./positions.ts.
 */

/** An organisation a position names without a span of its own (组织部 → 普陀区委组织部). */
export interface Created {
  ref: EntityRef;
  start: number;
  end: number;
  partOf?: EntityRef;
  locatedIn?: EntityRef;
  /** A body that is part of the created organisation (中建七局党委 of 中建七局). */
  owns?: EntityRef;
}

export interface Target {
  ref: EntityRef;
  anchor: Anchor | undefined;
  /** For a party body of an organisation (集团党委): the organisation, which company titles after it hold. */
  owner?: Target;
  /** For a department of a committee (区委宣传部): the committee, whose next department (统战部长) it also is. */
  committee?: Target;
  /** For a unit of a company (集团数字事业部): the unit's head title; other bare titles after it are the company's. */
  unitHead?: string;
}

/**
 * 中建七局党委常委、财务总监: a company title after a named party committee whose company is written only as the
 * committee's head (a short form the rules know no ending for): that company, created from the head.
 */
export function unitOfPartyBody(doc: Doc, prev: Target, title: string): Created | undefined {
  const anchor = prev.anchor;
  if (anchor?.source !== 'named' || anchor.kind !== 'party' || baseOf(anchor) || anchor.division)
    return undefined;
  const kind = titleKind(title);
  if (kind !== 'company' && kind !== 'office') return undefined;
  const written = doc.text.slice(anchor.start, anchor.headEnd);
  if (!/^(?:党委|党组|党总支)$/.test(doc.text.slice(anchor.headEnd, anchor.end))) return undefined;
  // A company: by its title (财务总监), or a numbered engineering bureau (七局) whatever the title.
  if (kind !== 'company' && !/[一二三四五六七八九十]局$/.test(written)) return undefined;
  if (!/^[\u4e00-\u9fff]{3,12}$/.test(written)) return undefined;
  const name = simplifiedName(written);
  return {
    ref: { id: entityId('Organization', name), type: 'Organization', kind: 'company', name },
    start: anchor.start,
    end: anchor.headEnd,
    owns: toRef(anchor),
  };
}

export function departmentOf(prev: Target | undefined, segment: Segment, doc: Doc): Created | undefined {
  const dept = segment.department;
  const parent = prev?.anchor;
  // 镇党委副书记吴静怡，党委委员、副镇长杜兆丰: the 党委 is the one before, not a 党委 of it.
  if (!dept || !parent || parent.name.endsWith(dept.name)) return undefined;
  const where = { start: dept.start, end: dept.end };
  if (UNIT_BODIES.has(dept.name)) {
    // 街道党工委副书记、办事处主任 → 粤海街道办事处; 高新区党工委书记、管委会主任 → 太仓高新区管委会.
    if (parent.division) {
      // A division has no 管委会 (源城区委常委、区党工委书记A，管委会副主任B names a zone the text does not).
      if (dept.name === '管委会') return undefined;
      const ref = bodyRef(parent.division, dept.name, 'government');
      return { ref, ...where, locatedIn: divisionRef(parent.division) };
    }
    const base = parent.baseAnchor;
    // 谢家路村党委书记、村委会主任: the village committee of the village the party committee leads.
    if (
      !base &&
      /(?:村|社区)(?:党委|党总支|党支部)$/.test(parent.name) &&
      /^(?:村|居)委会$/.test(dept.name)
    ) {
      const settlement = doc.text.slice(parent.start, parent.headEnd);
      const name = settlement + dept.name;
      // In the village or community when the text names it as a place (registered only then).
      const kind = /社区$/.test(settlement) ? 'community' : 'village';
      const place: EntityRef = { id: entityId('Place', settlement), type: 'Place', kind, name: settlement };
      return {
        ref: { id: `org:${name}`, type: 'Organization', kind: 'government', name },
        ...where,
        locatedIn: place,
      };
    }
    const head = parent.name.slice(0, parent.name.length - (parent.end - parent.headEnd));
    // 化工区党工委委员、管委会副主任: a zone's working committee, the zone not named on its own.
    // (保税区党委书记、管委会主任: a zone's 党委 too, not a bare 园区's.)
    const zoneParty =
      /工委$/.test(parent.name) || (/党委$/.test(parent.name) && BARE_ZONE.test(head) && head !== '园区');
    if (!base && dept.name === '管委会' && /(?:区|园)$/.test(head) && zoneParty) {
      const name = head + dept.name;
      // (identified as the committee is: with the page's division in front when it has one, ./aliases.ts)
      const ending = parent.end - parent.headEnd;
      const id = parent.id.endsWith(parent.name.slice(-ending))
        ? parent.id.slice(0, parent.id.length - ending) + dept.name
        : `org:${name}`;
      return { ref: { id, type: 'Organization', kind: 'government', name }, ...where };
    }
    if (!base) return undefined;
    // …开发区管理委员会 named in full elsewhere: the 管委会 is that one.
    const full = `${head}管理委员会`;
    const name = dept.name === '管委会' && doc.text.includes(full) ? full : head + dept.name;
    const ref: EntityRef = { id: `org:${name}`, type: 'Organization', kind: 'government', name };
    return { ref, ...where, ...(base.type === 'Place' ? { locatedIn: baseOf(parent) } : {}) };
  }
  // <city>政协主席、党组书记; a 党组成员 after a list of a body's posts: the party group of that body of the division.
  if (dept.name === '党组' && parent.division && parent.body && parent.kind !== 'party')
    return {
      ref: bodyRef(parent.division, `${parent.body}党组`, 'party'),
      ...where,
      partOf: parent,
    };
  // 公司董事长、党委书记, 医院院长、党委副书记: the party committee of the organisation named before.
  if (/^党(?:委|组|总支|支部)$/.test(dept.name) && !parent.division && parent.type === 'Organization') {
    if (parent.kind === 'party') return undefined;
    const name = parent.name + dept.name;
    return {
      ref: { id: entityId('Organization', name), type: 'Organization', kind: 'party', name },
      ...where,
      partOf: parent,
    };
  }
  // 公司党委副书记、纪委书记、工会主席: the company's discipline committee and union, named after the company.
  const company = /^(.{2,}?(?:公司|集团|局|院|厂))党(?:委|组)$/.exec(parent.name)?.[1];
  if (/^(?:纪委|工会)$/.test(dept.name) && company && parent.kind === 'party' && !parent.division) {
    const name = company + dept.name;
    const kind = dept.name === '纪委' ? 'party' : 'association';
    return { ref: { id: entityId('Organization', name), type: 'Organization', kind, name }, ...where };
  }
  if (dept.name === '工会') return undefined;
  // <county>委常委、总工会主席: the people's organisation of the division whose body comes before it.
  if (parent.division && DIVISION_ASSOCIATIONS.includes(dept.name))
    return {
      ref: bodyRef(parent.division, dept.name, 'association'),
      ...where,
      locatedIn: divisionRef(parent.division),
    };
  // 省商务厅外资处, 集团茶饮事业部: a unit written inside the organisation before it, part of it.
  if (segment.owner === parent && parent.type === 'Organization' && !/^党/.test(dept.name)) {
    const kind = parent.kind;
    const ref =
      parent.division && parent.body
        ? bodyRef(parent.division, parent.body + dept.name, kind)
        : {
            id: entityId('Organization', parent.name + dept.name),
            type: 'Organization' as const,
            kind,
            name: parent.name + dept.name,
          };
    return { ref, ...where, partOf: toRef(parent) };
  }
  // 县政协副主席、住建委主任: a bureau or commission of the division whose body comes before it.
  if (parent.division && /(?:局|委)$/.test(dept.name) && BUREAU_STEMS.test(dept.name.slice(0, -1)))
    return {
      ref: bodyRef(parent.division, dept.name, 'government'),
      ...where,
      locatedIn: divisionRef(parent.division),
    };
  const committee = parent.body;
  if (!parent.division || (committee !== '委' && committee !== '政府' && committee !== '党委'))
    return undefined;
  const kind = committee === '政府' ? 'government' : 'party';
  return { ref: bodyRef(parent.division, committee + dept.name, kind), ...where, partOf: parent };
}

/**
 * 青阳镇党委书记A，党委副书记、镇长B: a bare 党委 (or 党组, 党工委) no title before it places is the one of that
 * word the sentence named last.
 */
export function namedBefore(doc: Doc, segment: Segment, anchors: Anchor[]): Anchor | undefined {
  const word = segment.department?.name;
  if (!word || !/^党(?:委|组|工委|总支|支部)$/.test(word)) return undefined;
  const sentence = sentenceAt(doc, segment.start);
  return anchors
    .filter(
      (a) =>
        a.kind === 'party' &&
        a.source !== 'reference' &&
        a.start >= sentence.start &&
        a.end <= segment.start &&
        doc.text.slice(a.end - word.length, a.end) === word,
    )
    .pop();
}
