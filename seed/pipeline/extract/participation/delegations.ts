import type { Anchor } from '../anchors.ts';
import type { Doc } from '../doc.ts';
import type { FoundEvent } from '../events.ts';
import { DELEGATION_NOUNS } from '../lexicon/events.ts';
import type { Registry } from '../registry.ts';
import { type Occurrence, relate } from './relate.ts';

/** What follows the head of a group that goes or is received: X一行, X及随行人员一行, X率团, X率领考察团. */
const LEADS_GROUP = new RegExp(
  [
    // 会长A日前(1月4日-5日)率领…, 会长A在<official>陪同下，一行…: when, and who goes along, may stand before the group.
    /^(?:同志)?(?:日前|近日|近期)?(?:[(（][^)）]{1,16}[)）])?(?:在[^,，。;；]{1,30}?陪同下[,，]?)?/.source,
    /(?:(?:等|及[^,，。;；]{1,6}?)?(?:[0-9一二三四五六七八九十]{1,3}人)?一行|(?:率|率领|带领)[^,，。;；]{0,12}?(?:团|组|一行))/
      .source,
  ].join(''),
);

/** A group named after the body it comes from: X考察团, X企业家考察团, X考察组, X代表团. */
const GROUP_OF_BODY = new RegExp(`^(?:企业家|经贸|商务)?(?:${DELEGATION_NOUNS.join('|')})`);

/** Bodies that stand for a place or its party, not for a delegation of their own. */
const PUBLIC_KINDS = new Set(['government', 'party', 'media']);

/**
 * The body a delegation is of takes part in the visit or meeting it makes: 会见X商会会长A一行 and X公司董事长A率团拜会…
 * (the one body, no government or party, in whose name the group's head is titled in the happening's sentence), and
 * X商会考察团、X工商联考察组 (the body the group is named after).
 */
export function delegationBodies(
  doc: Doc,
  registry: Registry,
  event: FoundEvent,
  people: Occurrence[],
  anchors: Anchor[],
): void {
  const { text } = doc;
  const { sentence } = event;
  const within = (s: { start: number; end: number }) => s.start >= sentence.start && s.end <= sentence.end;
  const relations = registry.allRelations();
  const takesPart = (id: string) =>
    relations.some((r) => r.type === 'PARTICIPATED_IN' && r.from === id && r.to === event.id);
  // A group's body takes part in the visit or the talks it came for, not in a ceremony it is a guest of (签约仪式).
  if (event.kind !== 'visit' && event.kind !== 'meeting') return;
  for (const p of people) {
    if (!within(p) || !LEADS_GROUP.test(text.slice(p.end, sentence.end)) || !takesPart(p.id)) continue;
    const bodies = new Set(
      relations
        .filter(
          (r) =>
            r.type === 'HOLDS_POSITION' &&
            r.from === p.id &&
            r.at >= sentence.start &&
            r.at < sentence.end &&
            r.to.startsWith('org:'),
        )
        .map((r) => r.to),
    );
    // (省工商联副主席A一行: a division's own body, read by its level, is public too.)
    const own = [...bodies].filter((id) => {
      const body = registry.get(id);
      return (
        body !== undefined && !PUBLIC_KINDS.has(body.kind ?? 'government') && !body.rule.startsWith('body:')
      );
    });
    // 协会副会长、联盟副理事长、报社执行副社长A一行: a head of many bodies comes for none of them in particular.
    const [body] = own;
    if (body && own.length === 1)
      relate(registry, body, event, 'attendee', event.trigger.start, 'role:delegation-body');
  }
  for (const a of anchors)
    if (
      a.type === 'Organization' &&
      !PUBLIC_KINDS.has(a.kind ?? 'government') &&
      within(a) &&
      GROUP_OF_BODY.test(text.slice(a.end, sentence.end))
    )
      relate(registry, a.id, event, 'attendee', event.trigger.start, 'role:delegation-body');
}
