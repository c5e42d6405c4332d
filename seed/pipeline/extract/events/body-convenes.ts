import { type Anchor, widest } from '../anchors.ts';
import { type Doc, sentenceAt } from '../doc.ts';
import { type Candidate, make } from './found-event.ts';
import { notMade } from './not-made.ts';
import { clauseStart, isOrg, venueIn } from './phrase.ts';

/**
 * A body convening a meeting named by the bare noun: `<body>(<day>)(在<venue>)召开(了)(专题|全体|扩大)会议` (市委常委会召开
 * 会议, 区政府党组召开专题会议) is the body's meeting, named `<body>(<qualifier>)会议`, held at the venue written.
 */
const CONVENES =
  /召开(?:了)?((?:专题|全体|扩大|党组|常务)?)(会议)(?=[,，。；;(（]|[，,]?(?:传达|学习|研究|听取|审议|部署|通报|讨论))/g;
/** What may stand between the body and the verb: its organ (a committee's 常委会), when, and where (在<venue>). */
const GAP =
  /^(常委会|常务委员会|党组|理论学习中心组)?(?:于)?(?:日前|近日|今天|昨天|今日|昨日|当天|(?:\d{1,2}月)?\d{1,2}日)?(?:上午|下午|晚上|晚间|中午)?(?:(?:在|于)[^，,。；;“”]{1,20})?$/;

export function bodyConvenes(doc: Doc, anchors: Anchor[], found: Candidate[]): void {
  const { text } = doc;
  for (const m of text.matchAll(CONVENES)) {
    const clause = clauseStart(text, sentenceAt(doc, m.index), m.index);
    const body = widest(
      anchors.filter(
        (a) => isOrg(a) && a.start === clause && a.end <= m.index && GAP.test(text.slice(a.end, m.index)),
      ),
    );
    if (!body || notMade(doc, m.index)) continue;
    const nounAt = m.index + m[0].length - 2;
    const trigger = { start: nounAt - (m[1]?.length ?? 0), end: nounAt + 2 };
    if (found.some((c) => c.trigger.start < trigger.end && trigger.start < c.trigger.end)) continue;
    const place = venueIn(anchors, body.end, m.index);
    const organ = GAP.exec(text.slice(body.end, m.index))?.[1] ?? '';
    const name = `${body.name}${organ}${m[1] ?? ''}会议`;
    found.push(make(doc, 'event:body-convenes', name, '会议', trigger, { place }));
  }
}
