import { type Anchor, listedBefore } from '../anchors.ts';
import type { Doc } from '../doc.ts';
import { INTENDED_BEFORE } from '../lexicon/words.ts';
import type { Registry } from '../registry.ts';
import { relate } from './relate.ts';

/** `A与B签署战略合作协议`, `A和B达成合作`: A partners with B. */
export function agreementPartners(doc: Doc, registry: Registry, anchors: Anchor[]): void {
  const orgs = anchors.filter((a) => a.type === 'Organization');
  for (const a of orgs) {
    // A与B签署…; A分别与B、C、D签署…: A partners with each.
    const join = /^(?:分别|共同|正式)?(?:与|和|同)/.exec(doc.text.slice(a.end, a.end + 3));
    if (!join) continue;
    const partners: Anchor[] = [];
    for (let at = a.end + join[0].length; ; ) {
      const next = orgs.find((o) => o.start === at);
      if (!next) break;
      partners.push(next);
      const sep = /^(?:、|,|，|和|及|以及)/.exec(doc.text.slice(next.end, next.end + 2));
      if (!sep || doc.text.startsWith('与', next.end + sep[0].length)) break;
      at = next.end + sep[0].length;
    }
    const b = partners[partners.length - 1];
    if (!b) continue;
    // A、B与C签署…: the first-named party is A, which partners with B and C; B is no first party.
    const listed = listedBefore(doc.text, orgs, a, /[、,，和及]/);
    const first = listed[0] ?? a;
    const rest = doc.text.slice(b.end, b.end + 24);
    // 将与…签署, 拟与…合作: an intended agreement is not one.
    if (INTENDED_BEFORE.test(doc.text.slice(Math.max(0, a.start - 3), a.start))) continue;
    if (/^[^。,，;]{0,4}(?:将|拟|计划|有望|准备|希望)/.test(rest)) continue;
    if (
      /^[^。,，;]{0,8}(?:签署|签订|签约|达成|缔结)[^。;]{0,12}?(?:协议|合作|协定|备忘录)?/.test(rest) &&
      /签|协议|合作/.test(rest)
    ) {
      for (const p of [...listed.slice(1), ...(first === a ? [] : [a]), ...partners])
        relate(registry, 'PARTNERS_WITH', first.id, p.id, first.start, 'structure:agreement-partners');
    }
  }
}
