import type { Anchor } from '../anchors.ts';
import type { Doc } from '../doc.ts';
import type { Candidate } from './found-event.ts';
import { isOrg } from './phrase.ts';

/**
 * A name that is its ordinal and a body's session alone (第N届会员大会, 第N届第M次理事会, 第N届<kind>峰会), not a
 * named fair or forum (第三届青禾博览会).
 */
const ORDINAL_ONLY =
  /^(?:第[0-9一二三四五六七八九十百]+[届次])+(?:[\u4e00-\u9fff]{0,4}(?:峰会|论坛|年会)|(?:会员|会员代表|代表|股东|职工代表)?大会|理事会|常务理事会|监事会|董事会|执委会|常委会|委员会|全体会议|会议)$/;

/**
 * `<body>…宣告成立，并召开第一届<session>`: a session or congress named by its ordinal alone is the session of the body
 * it refers to (the guide's References rule): the body named last before it in its sentence (a short form refers to its
 * full name), else the body a founding on the page founded. Named after it: `<body>第一届<session>`.
 */
export function ordinalSessions(doc: Doc, anchors: Anchor[], found: Candidate[]): void {
  for (const c of found) {
    if (c.kind === 'founding' || !ORDINAL_ONLY.test(c.name)) continue;
    const at = doc.text.indexOf(c.name.slice(0, 3), c.sentence.start);
    const before = at >= 0 && at < c.trigger.end ? at : c.trigger.start;
    const named = anchors
      .filter((a) => isOrg(a) && a.start >= c.sentence.start && a.end <= before)
      .sort((a, b) => a.end - b.end)
      .pop();
    const founded = found.find(
      (f) => f.kind === 'founding' && f.subject && f.trigger.start < c.trigger.end,
    )?.subject;
    const owner = named ?? founded;
    if (!owner || c.name.startsWith(owner.name)) continue;
    c.aliases = [...(c.aliases ?? []), c.name];
    c.name = `${owner.name}${c.name}`;
    c.rule = 'event:ordinal-session';
  }
}
