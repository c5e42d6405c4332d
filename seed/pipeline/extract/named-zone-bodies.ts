import { bodyKind, LIST_GOES_ON, readPlainBody } from './bodies.ts';
import type { Doc } from './doc.ts';
import { ZONE_KIND } from './lexicon/words.ts';
import type { NamedSpan } from './named-span.ts';

/**
 * A zone's own bureaus and offices, written right after its name (青禾高新区组织人事局) or after its kind alone once the
 * zone has been named (经开区财政局), and the bare bureaus listed after the first (…组织人事局、招商合作局、科技创新办公室):
 * each is the zone's, named with the zone's name in front, as a division's bureaus are named with the division's.
 * Party bodies and committees (党工委, 管委会) are read by their ending (./named.ts).
 */

type ZoneBody = NamedSpan & { rule: 'named:zone-body' };

/** What a zone's bureau or office ends with. */
const BUREAU = /(?:局|办|办公室|中心)$/;

function bureauAt(doc: Doc, at: number): string | undefined {
  const read = readPlainBody(doc, at);
  if (!read || read.parent || read.written !== undefined || !BUREAU.test(read.body)) return undefined;
  return read.body;
}

function span(start: number, end: number, name: string, body: string): ZoneBody {
  return {
    start,
    end,
    type: 'Organization',
    kind: bodyKind(body),
    suffix: body,
    canonical: name,
    goal: false,
    rule: 'named:zone-body',
  };
}

export function findZoneBodies(doc: Doc, found: readonly NamedSpan[]): ZoneBody[] {
  const { text } = doc;
  const zones = found.filter((f) => f.type === 'Place' && f.kind === 'zone' && !f.goal);
  const out: ZoneBody[] = [];
  const taken = (start: number) =>
    found.some((f) => f.start <= start && start < f.end) || out.some((o) => o.start === start);
  const heads: { zone: string; start: number; at: number }[] = zones.map((z) => ({
    zone: z.canonical ?? text.slice(z.start, z.end),
    start: z.start,
    at: z.end,
  }));
  // 经开区财政局: the zone's kind alone after the zone has been named.
  for (const m of text.matchAll(new RegExp(ZONE_KIND, 'g'))) {
    if (taken(m.index)) continue;
    const named = zones.filter((z) => z.end <= m.index && text.slice(z.start, z.end).endsWith(m[0])).at(-1);
    if (named)
      heads.push({
        zone: named.canonical ?? text.slice(named.start, named.end),
        start: m.index,
        at: m.index + m[0].length,
      });
  }
  for (const head of heads) {
    const first = bureauAt(doc, head.at);
    if (!first || found.some((f) => f.start === head.start && f.end > head.at)) continue;
    let end = head.at + first.length;
    out.push(span(head.start, end, head.zone + first, first));
    while (text[end] === '、') {
      // (…人社局、区财政局: an item opening with a level is a division's body, read by ./bodies.ts.)
      if (/[省市区县]/.test(text[end + 1] ?? '')) break;
      const body = bureauAt(doc, end + 1);
      if (!body || taken(end + 1)) break;
      const itemEnd = end + 1 + body.length;
      if (!LIST_GOES_ON.test(text.slice(itemEnd, itemEnd + 2))) break;
      out.push(span(end + 1, itemEnd, head.zone + body, body));
      end = itemEnd;
    }
  }
  return out;
}
