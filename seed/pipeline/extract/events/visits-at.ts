import type { Anchor } from '../anchors.ts';
import { widest } from '../anchors.ts';
import type { Doc } from '../doc.ts';
import { type Candidate, make } from './found-event.ts';
import { notMade } from './not-made.ts';
import { regionShort } from './phrase.ts';
import { ledTo } from './visit-leaders.ts';
import { matterName } from './visit-matter.ts';
import { ABOUT, GUIDES, VERBS } from './visits.ts';

/** A visit whose object is written before its verb, with nothing after it (到明珠工业园调研，…). */
const VISIT_AT = new RegExp(
  `(?:一行)?(?:还|又|也|随后)?(?:专程)?(?:赴|到|前往|来到|深入|莅临|抵达|来(?=园区|厂区|景区)|来(?!自)(?=[^。,，;；:：\\n]{1,12}?(?:省|市|区|县|旗|镇|乡|街道)))([^。,，;；:：\\n]{2,40}?)${ABOUT}?(?:开展|进行)?了?((?:${VERBS})(?:${GUIDES}(?:工作)?)?)(?=[,，。；;]|并(?:召开|主持|举行|参加))`,
  'dg',
);
/** Companies of a kind a leader goes to, after the places they are in (部分工业企业, 重点外贸企业). */
const COMPANIES_OF_A_KIND = /^(?:部分|重点|一批|多家|有关|相关)([\u4e00-\u9fff]{1,6}企业)$/;

/**
 * 区委书记董可到明珠工业园调研，…; 祝海涛一行到A公司和B公司走访: the places and bodies between the going and the verb,
 * when a titled person goes (`leaders`: where titled names end). Named after the last one written and the verb.
 */
export function visitsAt(
  doc: Doc,
  anchors: Anchor[],
  leaders: ReadonlySet<number>,
  taken: Set<number>,
): Candidate[] {
  const { text } = doc;
  const found: Candidate[] = [];
  for (const m of text.matchAll(VISIT_AT)) {
    // 部长X带领宣传部机关工作人员来园区调研: the leader may bring a group first.
    const led = ledTo(text, leaders, m.index);
    if (!led) continue;
    const written = m[2] ?? '';
    const verbAt = m.index + m[0].length - written.length;
    // 一行还前往A公司开展实地调研: the places end where the verb (or 开展, 进行) starts.
    const [placesAt, end] = m.indices?.[1] ?? [verbAt, verbAt];
    let at = placesAt;
    let last: Anchor | undefined;
    // 到<town>X果蔬基地、<town>Y养老院…: in a list of two or more, an item opening on a place may close on a site no list
    // knows.
    const listed = text.slice(placesAt, end).includes('、');
    let opened = false;
    while (at < end) {
      const here = widest(anchors.filter((a) => a.start === at && a.end <= end && a.source !== 'reference'));
      if (here) {
        last = here;
        at = here.end;
        opened = true;
      } else if (
        opened &&
        /[(（]/.test(text[at] ?? '') &&
        /^[(（][^()（）]{2,12}[)）]/.test(text.slice(at, end))
      ) {
        // 松北区(<new area>): another name of the place just written, in brackets, is no other place visited.
        at += /^[(（][^()（）]{2,12}[)）]/.exec(text.slice(at, end))?.[0].length ?? 0;
      } else if (
        text[at] === '、' ||
        (/[和及与]/.test(text[at] ?? '') && (!listed || !opened || anchors.some((a) => a.start === at + 1)))
      ) {
        at++;
        opened = false;
      } else if (listed && opened && !COMPANIES_OF_A_KIND.test(text.slice(at, end))) {
        // Items split at 、 only (<town>和美养老院 is one site); …白沙村开展交流考察学习: what was done there is no site.
        const site = /^[\u4e00-\u9fff]{1,12}?(?=、|$)/.exec(text.slice(at, end));
        if (!site || /开展|进行/.test(site[0])) break;
        at += site[0].length;
      } else break;
    }
    if (taken.has(verbAt + written.length) || notMade(doc, m.index)) continue;
    // The verb as written, compounds whole (<town>走访调研, <company>调研考察).
    const verb = written;
    const trigger = { start: verbAt, end: verbAt + written.length };
    // 深入青川区部分外贸企业调研: companies of a kind, named by the kind.
    const kind = at !== end ? COMPANIES_OF_A_KIND.exec(text.slice(at, end)) : null;
    if (kind?.[1]) {
      taken.add(verbAt + written.length);
      found.push(make(doc, 'event:visit-kind', `${kind[1]}${verb}`, verb, trigger, {}));
      continue;
    }
    // 来园区调研: a bare 园区 names the visit, no place; 莅临我<body kind>总部指导工作: the page's own body, named without 我.
    const bare = /^(?:园区|厂区|景区)$|^我((?:集团|公司|企业|单位|协会|商会|学校|医院)(?:总部)?)$/.exec(
      text.slice(at, end),
    );
    if (at === placesAt && bare) {
      taken.add(verbAt + written.length);
      found.push(make(doc, 'event:visit-at', `${bare[1] ?? bare[0]}${verb}`, verb, trigger, {}));
      continue;
    }
    // 来到这里，就<matter>开展调研: a visit its matter names needs no place it went to that a list knows.
    const matter = matterName(text, anchors, end, verbAt, verb);
    if ((at !== end || !last) && matter) {
      taken.add(verbAt + written.length);
      found.push(make(doc, 'event:visit-at', matter, verb, trigger, {}));
      continue;
    }
    if (at !== end || !last) continue;
    taken.add(verbAt + written.length);
    // 来我县视察: the page's own division by its name; a division written short (赴浙江) is named in full (the guide).
    const lastWritten = text.slice(last.start, last.end);
    const where =
      (lastWritten.startsWith('我') || last.short) && last.type === 'Place'
        ? regionShort(last.name)
        : lastWritten;
    found.push(
      make(doc, 'event:visit-at', matter ?? `${where}${verb}`, verb, trigger, {
        place: last.type === 'Place' ? last : undefined,
      }),
    );
  }
  return found;
}
