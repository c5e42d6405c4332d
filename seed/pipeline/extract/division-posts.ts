import type { EntityRef } from './anchors.ts';
import { COUNCIL_POST, titleKind } from './lexicon/titles.ts';

/**
 * What a division (a Place from the gazetteer, a village or a Taiwan 里) holds: its heads' posts only (县长, 副市长, 镇长,
 * 里长), and a village's 第一书记, a Hong Kong district's 民政事务专员, a council's seat read as the division's. A post of
 * another kind inherited from the list before it (乡长A、民政处长B; 县长A、公司董事长B) or read after a division's name
 * (<city>某科技董事长) is the post of a body the rules do not name: the division holds none of it. Zones, parks and
 * venues are Places too and hold their offices' posts (园区主任): not divisions, they are left as they are.
 */

const DIVISION_KINDS = new Set(['province', 'city', 'district', 'county', 'town', 'subdistrict', 'village']);
/** Posts a division holds that are no head's post of it. */
const OTHER_DIVISION_POSTS = /(?:第一书记|专员)$/;

/** Whether a post read for `target` is one it can hold (any post, unless `target` is a division). */
export function heldByDivision(position: { target: EntityRef; title: string }): boolean {
  const { target, title } = position;
  if (target.type !== 'Place' || !DIVISION_KINDS.has(target.kind)) return true;
  const core = title.replace(/^(?:前任?|原任?)/, '');
  return titleKind(core) === 'division' || OTHER_DIVISION_POSTS.test(core) || COUNCIL_POST.test(core);
}
