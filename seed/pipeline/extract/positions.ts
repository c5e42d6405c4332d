import { VISITED } from '../resolve/away.ts';
import { divisionForTitle, type PageContext } from '../resolve/context.ts';
import { type Anchor, baseOf, bodyRef, divisionRef, type EntityRef, toRef } from './anchors.ts';
import type { Chain, Segment } from './chains.ts';
import { congressMember } from './congress-members.ts';
import { heldByDivision } from './division-posts.ts';
import type { DivisionHit } from './divisions.ts';
import { type Doc, sentenceAt } from './doc.ts';
import { groupOfBarePost } from './group-posts.ts';
import { COUNCIL_POST, ENVOY_TITLES, titleKind } from './lexicon/titles.ts';
import { type Created, departmentOf, namedBefore, type Target, unitOfPartyBody } from './position-bodies.ts';
import { unitBeforeTitle } from './position-units.ts';
import { unreadSociety } from './unread-societies.ts';
import { villageHead } from './village-heads.ts';

/**
 * HOLDS_POSITION from title chains. A segment with its own organisation holds it; a bare department (组织部,
 * 办公室) belongs to the committee before it in the chain; a bare unit body (办事处, 管委会) belongs to the unit the
 * committee before it leads (粤海街道党工委 → 粤海街道办事处). A bare title inherits the chain's previous
 * organisation, or in a list (`A公司董事长张三、总经理李四`) the previous person's: party titles stay with a party
 * body, other titles go to what it leads (`未来岛园区党委书记、董事长` → 未来岛园区, `区委副书记、区长` → the
 * district, `市国资委党委书记、主任` → 市国资委). Newsroom titles go to the outlet. Former posts (原…, 曾任) are
 * not positions.
 */

export interface Position {
  person: string;
  title: string;
  target: EntityRef;
  /** Offset of the segment (its sentence is the evidence). */
  at: number;
  /** An organisation this position names without a span of its own (组织部 → 普陀区委组织部). */
  created?: Created;
  /** The rule that read it, when not the chain's own (a council's bare post). */
  rule?: 'position:council-post' | 'position:cppcc-member' | 'position:village-head';
}
const FORMER = /(?:原|前任|曾任|原任|历任)$/;
/** A segment's title written as a past post (原副市长, 前任会长). */
const PAST_SEGMENT = /^(?:原任?|前任|曾任|历任)/;
/** Posts of an association that name no organisation of their own (会长, 副秘书长). */
export const ASSOCIATION_POST =
  /^(?:(?:常务|执行|名誉|荣誉|永远|永远荣誉|终身荣誉|创会|辅导)?副?(?:会长|总会长|理事长|秘书长|监事长)|创会长|(?:名誉|荣誉|会务)?顾问|(?:共同|联席|轮值)(?:主席|会长))$/;

/** Whether a body can hold a bare post written before someone acting for it: a firm its firm's posts, an association its own. */
function holdsBare(body: Anchor, title: string): boolean {
  if (body.kind === 'company') return titleKind(title) === 'company';
  if (body.kind === 'association' || body.kind === 'alliance') return ASSOCIATION_POST.test(title);
  return false;
}

/** A board's term before a post (第二届理事会会长, 首届理事会副主席): no part of the post. */
const TERM =
  /^(?:第[一二三四五六七八九十0-9]{1,3}|首|新一|本)届(?:理事会|执委会|执行委员会|委员会|董事会|监事会)?(?=.)/;

/** A post without its deputy's or standing prefix (副总经理 → 总经理). */
function headOf(title: string): string {
  return title.replace(/^(?:常务|执行)?副/, '');
}
function cleanTitle(title: string): string {
  return title.replace(/^(?:本报|新任|首任|现任)/, '').replace(TERM, '');
}

/** What a bare title after `prev` attaches to. */
function inherit(
  prev: Target,
  title: string,
  hits: DivisionHit[],
  at: number,
  context: PageContext,
): EntityRef | undefined {
  const kind = titleKind(title);
  const anchor = prev.anchor;
  // 集团党委书记、董事长: the company the party body belongs to.
  if (prev.owner && kind !== 'party' && kind !== 'division' && kind !== 'media') return prev.owner.ref;
  // 副县长A、秘书长B: the secretary-general after a division's head is its government's.
  if (/^副?秘书长$/.test(title) && prev.ref.type === 'Place') {
    const division =
      anchor?.division ?? hits.find((h) => divisionRef(h.division).id === prev.ref.id)?.division;
    if (division) return bodyRef(division, '政府', 'government');
  }
  if (kind === 'division') {
    // <town>党委书记A，副区长B: the division before is the title's only when it is of the title's level (区长 of a 区).
    const level = /([省市区县镇乡州旗盟])长$/.exec(title)?.[1];
    const own =
      anchor?.division && (!level || anchor.division.name.endsWith(level)) ? anchor.division : undefined;
    const division = own ?? divisionForTitle(hits, title, at, context);
    return division ? divisionRef(division) : undefined;
  }
  if (kind === 'party' || prev.ref.kind !== 'party') return prev.ref;
  // 民盟市委主委A，副主委B、秘书长C: a democratic party's committee holds its own titles.
  if (anchor?.party) return prev.ref;
  // 市委常委、秘书长: the committee's own secretary-general, not the city's.
  if (/秘书长$/.test(title) && anchor?.body === '委') return prev.ref;
  // 市国资委党委书记、主任: the commission the 党委 belongs to; 园区党委书记、董事长: the park.
  // 区企业联合会党支部书记A、秘书长B: the association the branch belongs to.
  if (anchor?.parent && anchor.body && /(?:党委|党组|党工委|党支部|党总支)$/.test(anchor.body))
    return anchor.parent;
  return (anchor && baseOf(anchor)) ?? prev.ref;
}

function resolveSegment(
  doc: Doc,
  segment: Segment,
  prev: Target | undefined,
  hits: DivisionHit[],
  outlet: EntityRef | undefined,
  anchors: Anchor[],
): { target: Target; created?: Position['created']; title?: string; village?: boolean } | undefined {
  // 驻<city>总领事X, 驻<country>大使X: the place an envoy is posted to is no body of theirs; the post holds nothing.
  if (
    ENVOY_TITLES.includes(segment.title) &&
    segment.anchor?.type === 'Place' &&
    doc.text[segment.anchor.start - 1] === '驻'
  )
    return undefined;
  // 竹园里里长X, 村长X: a village's head holds the village's post, whatever the chain holds before it.
  const village = villageHead(doc, segment, anchors);
  if (village) return { ...village, village: true };
  // 福建省政协委员X, 全国人大代表X: the member's post at the congress or conference, not at the division.
  const member = congressMember(doc, segment, hits, anchors);
  if (member) return member;
  if (segment.anchor) {
    // 福建省人民政府副省长: a division-level title points to the division, as a bare 副省长 does.
    const { division, body } = segment.anchor;
    // <county>创会会长X: an association's post after a division is the post of the association of that division
    // named before, if any (not the division's); with none, a division's 秘书长 is its government's.
    if (ASSOCIATION_POST.test(segment.title) && segment.anchor.type === 'Place' && division) {
      const written = doc.text.slice(segment.anchor.start, segment.anchor.end);
      const group = anchors
        .filter(
          (a) =>
            a.kind === 'association' &&
            a.source !== 'reference' &&
            a.end <= segment.start &&
            (a.name.includes(division.name) || a.name.includes(written)),
        )
        .pop();
      if (group) return { target: { ref: group, anchor: group } };
      return /秘书长$/.test(segment.title)
        ? { target: { ref: bodyRef(division, '政府', 'government'), anchor: undefined } }
        : undefined;
    }
    // <city>议长X: a council's post written after its division is the post of the division's council.
    if (COUNCIL_POST.test(segment.title) && division && segment.anchor.type === 'Place')
      return { target: { ref: bodyRef(division, '议会', 'government'), anchor: undefined } };
    if (titleKind(segment.title) === 'division' && division && /^(?:人民)?政府$/.test(body ?? ''))
      return { target: { ref: divisionRef(division), anchor: undefined } };
    // <county's short form>财政局副局长X: the unit between the place and the title holds it.
    const unit = unitBeforeTitle(doc, segment);
    if (unit) return unit;
    return { target: { ref: segment.anchor, anchor: segment.anchor } };
  }
  if (segment.department) {
    const owner: Target | undefined = segment.owner
      ? { ref: toRef(segment.owner), anchor: segment.owner }
      : undefined;
    const parent = owner ?? prev;
    // 区委常委、宣传部长、统战部长: the second department is the same committee's.
    const created =
      departmentOf(parent, segment, doc) ??
      (prev?.committee ? departmentOf(prev.committee, segment, doc) : undefined);
    if (!created) {
      const named = namedBefore(doc, segment, anchors);
      return named ? { target: { ref: toRef(named), anchor: named } } : undefined;
    }
    // 公司董事长、党委书记 / 集团党委书记: a party body of an organisation keeps it as its owner.
    const party = created.ref.kind === 'party' && created.partOf && parent?.anchor?.type === 'Organization';
    // …纪委书记、工会主席: the next body of the company is read from the same party committee.
    // …住建委主任、规划局长: so is the next bureau of the division read from the same body.
    const sibling =
      (/(?:纪委|工会)$/.test(created.ref.name) && !created.partOf) ||
      (created.locatedIn && parent?.anchor?.division && /(?:局|委)$/.test(created.ref.name))
        ? parent?.anchor
        : undefined;
    const committee = created.partOf && parent?.anchor?.division ? parent : prev?.committee;
    return {
      target: {
        ref: created.ref,
        anchor: sibling,
        ...(party && parent ? { owner: parent } : {}),
        ...(committee ? { committee } : {}),
        // 集团数字事业部总经理A、副总裁B: the company the unit belongs to holds the list's other posts.
        ...(!party && owner && segment.owner?.kind === 'company' ? { owner, unitHead: segment.title } : {}),
      },
      created,
    };
  }
  const kind = titleKind(segment.title);
  if (kind === 'media')
    return outlet && segment.title !== '通讯员' ? { target: { ref: outlet, anchor: undefined } } : undefined;
  if (prev?.unitHead && prev.owner)
    return { target: headOf(segment.title) === headOf(prev.unitHead) ? prev : prev.owner };
  if (prev && !segment.qualified) {
    const unit = unitOfPartyBody(doc, prev, segment.title);
    if (unit) return { target: { ref: unit.ref, anchor: undefined }, created: unit };
    const ref = inherit(prev, segment.title, hits, segment.start, doc);
    if (ref && prev.owner && ref.id === prev.owner.ref.id) return { target: prev.owner };
    return ref ? { target: { ref, anchor: ref.id === prev.ref.id ? prev.anchor : undefined } } : undefined;
  }
  if (kind === 'division') {
    const division = divisionForTitle(hits, segment.title, segment.start, doc);
    return division ? { target: { ref: divisionRef(division), anchor: undefined } } : undefined;
  }
  return undefined;
}

/** Whether `chain` follows `previous` directly in a list: only 、 , ; 和 与 及 between the name and the chain. */
function continuesList(doc: Doc, previous: Chain, chain: Chain): boolean {
  const between = doc.text.slice(previous.person.end, chain.start);
  return /^\s*(?:[、,;]|和|与|及|以及)\s*$/.test(between);
}

/**
 * `区人大常委会主任冷锋主持会议，副主任濮阳雪、…出席`: a bare deputy title (副主任, 副主席, 常务副主任) belongs to the body whose
 * head (主任, 主席) the same sentence named just before.
 */
function deputyOf(
  doc: Doc,
  chain: Chain,
  positions: Position[],
  targets: Map<Position, Target>,
): Target | undefined {
  const first = chain.segments[0];
  if (!first || chain.segments.length !== 1 || first.anchor || first.department || first.qualified)
    return undefined;
  const head = /^(?:常务)?副(.+)$/.exec(first.title)?.[1];
  if (!head || titleKind(first.title) === 'division') return undefined;
  const sentence = sentenceAt(doc, chain.start);
  // (…党组书记、副主任A主持会议，副主任B、C出席: a deputy of the same title named just before is of the same body.)
  const earlier = positions
    .filter(
      (p) => (p.title === head || p.title === first.title) && p.at >= sentence.start && p.at < chain.start,
    )
    .pop();
  return earlier ? targets.get(earlier) : undefined;
}

export function readPositions(
  doc: Doc,
  chains: Chain[],
  hits: DivisionHit[],
  outlet: EntityRef | undefined,
  anchors: Anchor[] = [],
): Position[] {
  const positions: Position[] = [];
  const targets = new Map<Position, Target>();
  let last: { chain: Chain; target: Target | undefined; held: Position[] } | undefined;
  let lastOwner: { target: Target; at: number } | undefined;
  const firstHeld = new Map<string, { position: Position; target: Target }>();
  for (const chain of chains) {
    // 管委会副主任程晓、韦一鸣: a name listed after a titled one holds what the first holds.
    const first = last?.chain.person;
    if (
      last &&
      first &&
      first.titleStart === chain.person.titleStart &&
      first.titleEnd === chain.person.titleEnd
    ) {
      const held = last.held.map((p) => ({ ...p, person: chain.person.name }));
      for (const [i, p] of held.entries()) {
        positions.push(p);
        const target = targets.get(last.held[i] as Position);
        if (target) targets.set(p, target);
      }
      last = { chain, target: last.target, held };
      continue;
    }
    // (<office>原副主任、<chamber>顾问X: a later post with a body of its own is current.)
    if (
      FORMER.test(doc.text.slice(Math.max(0, chain.start - 2), chain.start)) ||
      (/^(?:原|前任)/.test(chain.segments[0]?.title ?? '') && !chain.segments.slice(1).some((s) => s.anchor))
    ) {
      // 董事长A、原董事长B、总裁C: a former post in a list holds nothing, and the list goes on past it.
      last =
        last && continuesList(doc, last.chain, chain) ? { chain, target: last.target, held: [] } : undefined;
      continue;
    }
    let prev: Target | undefined;
    const held: Position[] = [];
    if (last && continuesList(doc, last.chain, chain)) prev = last.target;
    // (<words>联合总会副会长X: the bare post of a society no reader found holds nothing; ./unread-societies.ts.)
    if (!prev && unreadSociety(doc, chain)) {
      last = { chain, target: undefined, held: [] };
      continue;
    }
    prev ??= deputyOf(doc, chain, positions, targets);
    // 集团党委书记、董事长A…，党委副书记、总经理B: a bare 党委 later in the sentence is the same organisation's.
    const lead = chain.segments[0];
    if (!prev && lead?.department && !lead.owner && /^党(?:委|组|总支|支部)$/.test(lead.department.name)) {
      const sentence = sentenceAt(doc, chain.start);
      if (lastOwner && lastOwner.at >= sentence.start) prev = lastOwner.target;
    }
    // 会长由蔡冠山担任, 副会长包括A、B: an association's bare post, like an election's, is the association's.
    const lone = chain.segments.length === 1 ? chain.segments[0] : undefined;
    const post = lone && !lone.anchor && !lone.department && ASSOCIATION_POST.test(lone.title);
    // (市长A、荣誉总会长B: a place before in the list holds no society's post.)
    if ((chain.elected || post) && (!prev || (post && prev.ref.type === 'Place'))) {
      // 当选为首任会长: the association or alliance the sentences before are about (./group-posts.ts).
      const group = groupOfBarePost(doc, anchors, chain.start);
      if (group) prev = { ref: group, anchor: group.source === 'reference' ? undefined : group };
    }
    // 总经理X代表<group>与…签订: a bare post of a person acting for the organisation written right after is its, when
    // the organisation can hold it (主任X代表<county>政府: some office's head, acting for the government).
    if (
      !prev &&
      lone &&
      !lone.anchor &&
      !lone.department &&
      !lone.qualified &&
      doc.text.startsWith('代表', chain.person.end)
    ) {
      const acting = anchors.find((a) => a.start === chain.person.end + 2 && a.type === 'Organization');
      if (acting && holdsBare(acting, lone.title))
        prev = { ref: acting, anchor: acting.source === 'reference' ? undefined : acting };
    }
    // 议长X … 议长X again: a person named with the same bare post later holds it where the first mention did.
    const again =
      lone && !lone.anchor && !lone.department && !lone.qualified
        ? firstHeld.get(`${chain.person.name}|${cleanTitle(lone.title)}`)
        : undefined;
    if (again && lone) {
      const position: Position = { ...again.position, at: lone.start };
      positions.push(position);
      targets.set(position, again.target);
      last = { chain, target: again.target, held: [position] };
      continue;
    }
    // 议长X, 市议员X: a council's post written bare is the post of the council named last before it (else the first
    // one named after it); with no council named it holds nothing, whatever the list before it holds.
    if (lone && !lone.anchor && !lone.department && COUNCIL_POST.test(lone.title)) {
      const councils = anchors.filter((a) => a.type === 'Organization' && /议会$/.test(a.name));
      // (议长X率队前往Y议会拜会: the council visited is not his.)
      const council =
        councils.filter((a) => a.end <= chain.start).pop() ??
        councils.find((a) => !VISITED.test(doc.text.slice(Math.max(0, a.start - 2), a.start)));
      prev = council && { ref: council, anchor: council.source === 'reference' ? undefined : council };
      if (!prev) {
        last = { chain, target: undefined, held: [] };
        continue;
      }
    }
    // X委员在会上介绍…, 甲、乙2位委员: a bare 委员 opening no chain is a member of the 政协 named last before it (else the
    // first named after it); on a page naming no 政协 it holds nothing.
    let member = false;
    if (!prev && lone && !lone.anchor && !lone.department && lone.title === '委员') {
      const cppcc = anchors.filter((a) => a.type === 'Organization' && /政协$/.test(a.name));
      const body = cppcc.filter((a) => a.end <= chain.start).pop() ?? cppcc[0];
      prev = body && { ref: body, anchor: body.source === 'reference' ? undefined : body };
      if (!prev) {
        last = { chain, target: undefined, held: [] };
        continue;
      }
      member = true;
    }
    // 副会长兼全国政协委员A、副理事长B: the list goes on from the post before 兼 (a second post is the person's own).
    let listTarget: Target | undefined;
    for (const segment of chain.segments) {
      const resolved = resolveSegment(doc, segment, prev, hits, outlet, anchors);
      if (!resolved) continue;
      prev = resolved.target;
      if (doc.text[segment.start - 1] !== '兼' || !listTarget) listTarget = prev;
      // 市委常委、原副市长X: a past post inside a chain holds nothing; the chain's other posts are current.
      if (PAST_SEGMENT.test(segment.title)) continue;
      let title = cleanTitle(resolved.title ?? segment.title);
      // (禾川网记者X: the outlet written before a newsroom title is where the post is held, no part of the title.)
      if (
        outlet &&
        resolved.target.ref.id === outlet.id &&
        title.startsWith(outlet.name) &&
        title.length > outlet.name.length
      )
        title = title.slice(outlet.name.length);
      const position: Position = {
        person: chain.person.name,
        title,
        target: resolved.target.ref,
        at: segment.start,
      };
      if (resolved.created) position.created = resolved.created;
      if (
        segment.anchor?.type !== 'Organization' &&
        COUNCIL_POST.test(segment.title) &&
        /议会$/.test(resolved.target.ref.name)
      )
        position.rule = 'position:council-post';
      if (member) position.rule = 'position:cppcc-member';
      if (resolved.village) position.rule = 'position:village-head';
      positions.push(position);
      held.push(position);
      targets.set(position, resolved.target);
      const key = `${position.person}|${title}`;
      if (!firstHeld.has(key)) firstHeld.set(key, { position, target: resolved.target });
      if (resolved.target.owner?.anchor) lastOwner = { target: resolved.target.owner, at: segment.start };
    }
    last = { chain, target: listTarget ?? prev, held };
  }
  return positions.filter(heldByDivision);
}
