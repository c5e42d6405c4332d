import { gazetteer } from '../gazetteer/gazetteer.ts';
import type { Anchor } from './anchors.ts';
import type { Doc } from './doc.ts';
import type { Registry } from './registry.ts';

/**
 * 黑龙江省会哈尔滨, 贵州省会贵阳: a city written as its province's capital (<province>省会<city>) is in that province, when the
 * gazetteer has it there. The province's 省 doubles as the first character of 省会 when written in full.
 */
export function provincialCapitals(doc: Doc, registry: Registry, anchors: Anchor[]): void {
  const { text } = doc;
  for (const province of anchors) {
    if (province.type !== 'Place' || province.division?.level !== 'province') continue;
    const after = text.startsWith('省会', province.end)
      ? province.end + 2
      : province.name.endsWith('省') && text[province.end - 1] === '省' && text[province.end] === '会'
        ? province.end + 1
        : -1;
    if (after < 0) continue;
    const city = anchors.find((a) => a.type === 'Place' && a.start === after && a.division);
    if (!city?.division || !gazetteer().isWithin(city.division, province.division)) continue;
    if (!registry.has(city.id) || !registry.has(province.id)) continue;
    registry.relate({
      type: 'LOCATED_IN',
      from: city.id,
      to: province.id,
      properties: {},
      at: province.start,
      rule: 'structure:provincial-capital',
    });
  }
}
