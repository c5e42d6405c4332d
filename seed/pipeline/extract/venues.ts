import type { Doc } from './doc.ts';
import { HELD_VENUE_ENDINGS as ENDINGS } from './lexicon/venues.ts';
import type { NamedSpan } from './named-span.ts';
import { everydayWords } from './named-words.ts';
import { dictionaryEntry } from './tokens.ts';

/**
 * Venues where the page says something happened: `在<name><ending>(隆重)召开/举行/会见…`, `于<name><ending>由…签署`.
 * Between 在/于 and the act, a name that ends like a building or a room (酒店, 宾馆, 会议室, 厅, 馆, 基地, 工作室 …) is the
 * venue even where its words do not read as a proper name (度假, 悦澜); the frame says it is a place, and a proper part
 * of the head says which one (体育馆, 宴会厅, 镇政府会议室 name no one place: ids are the same on every page).
 */

/** The act after the venue: a meeting held or opened, a reception, talks, a signing. */
const ACT = '(?:隆重|顺利|成功|正式|盛大)?(?:召开|举行|举办|开幕|会见|会谈|座谈|签署|签约|开班|启动)';
/** Characters a venue's name holds none of: punctuation, and words of a clause (的, 在, 和 …). */
const NAME_CHAR = '[^\\s，。、；：,;:!?！？“”"‘’（）()《》【】<>的在于和与及了对向将把被由等]';
const HELD = new RegExp(
  `(?:在|于)(${NAME_CHAR}{1,16}?(?:${ENDINGS.join('|')}))(?=(?:[(（][^)）\\n]{0,40}[)）])?(?:${ACT}|由))`,
  'g',
);
/** Heads that name no building: a determiner, a floor or a number, the kind of room alone. */
const NOT_A_HEAD =
  /^(?:[该本此这那其各全每某我]|[一二三四五六七八九十\d]+(?:楼|层|号)?$|多功能|主|大|小|新闻发布|会议|报告|接待|一楼|二楼|三楼)$/;

/** A division's body after the division (青川区政协会议室, 某镇党委党校): the venue is the body's, named whole. */
const BODY_AFTER = /^(?:人大|政协|党委|党工委|人民政府|政府|委|纪委|工委|总工会|团委|妇联|工商联)/;
/** A floor or a numbered room inside the name (三楼会议室, 10层, 第一会议室): a room of what is written before it. */
const FLOOR = /[一二三四五六七八九十\d]+(?:楼|层)|第[一二三四五六七八九十\d]+/;

/**
 * `divisionEnds`: where full division names end; a venue written after one (<city>开元大酒店) is named without it, the
 * division being where it is. `named`: places already read by their ending; one that ends where the venue does knows
 * its start when it starts at the venue's or right after another place (张江科学城张江科学会堂 is a hall in a science
 * city); a shorter reading after words it could not read (某成悦享酒店 read as 悦享酒店) does not.
 */
export function findVenues(
  doc: Doc,
  divisionEnds: ReadonlySet<number>,
  named: readonly NamedSpan[],
  divisionStarts: ReadonlySet<number>,
): NamedSpan[] {
  const found: NamedSpan[] = [];
  for (const m of doc.text.matchAll(HELD)) {
    let name = m[1] ?? '';
    let start = (m.index ?? 0) + m[0].length - name.length;
    // 某大厦10层某厅: the building before the floor is the venue; a body's room (街道办四层会议室) is none.
    const floor = FLOOR.exec(name);
    if (floor) {
      name = name.slice(0, floor.index);
      if (!ENDINGS.some((e) => name.endsWith(e))) continue;
    }
    for (let at = start + name.length - 1; at > start; at--)
      if (divisionEnds.has(at) && !BODY_AFTER.test(doc.text.slice(at, start + name.length))) {
        name = name.slice(at - start);
        start = at;
        break;
      }
    const end = start + name.length;
    const before = (at: number) =>
      divisionEnds.has(at) || named.some((p) => p.type === 'Place' && p.end === at);
    if (named.some((n) => n.type === 'Place' && n.end === end && (n.start <= start || before(n.start))))
      continue;
    const ending = ENDINGS.find((e) => name.endsWith(e)) ?? '';
    const head = name.slice(0, name.length - ending.length);
    if (head.length === 0 || NOT_A_HEAD.test(head) || /^[该本此这那其各全每某]/.test(head)) continue;
    if (!properHead(doc, start, head, divisionStarts, named)) continue;
    // 禾溪社区会议室: a settlement's or division's own room; the settlement is where it happened.
    if (/(?:社区|村|居民区|街道|镇|乡)$/.test(head) && /^(?:会议室|会客室|会议厅|大厅|厅)$/.test(ending))
      continue;
    // 党群服务中心, 便民服务中心: a centre of services is a body's premises, no venue of a name (a division before it is
    // where it happened).
    if (ending === '中心' && /服务$/.test(head)) continue;
    // 禾川商会会议室: the room of an organisation named by its ending; the organisation stays an entity of its own.
    const owner = named.find(
      (n) => n.type === 'Organization' && n.start === start && n.end === end - ending.length,
    );
    if (owner) owner.standalone = true;
    found.push({
      start,
      end: start + name.length,
      type: 'Place',
      kind: 'venue',
      suffix: ending,
      goal: false,
      rule: 'named:venue-held',
    });
  }
  return found;
}

/** Words that make a head no one place's: 当地一家酒店, 附近的宾馆, 有关会议室. */
const NO_ONE_PLACE = /一家|一处|当地|附近|有关|某/;
/** A bare level or kind of body opening the head (县宾馆, 镇政府会议室, 公司会议室): every page's own. */
const BARE_BODY = /^(?:[省市区县镇乡村]|公司|单位|学校|医院|政府|党委|社区|企业|园区|集团)/;

/**
 * Whether the head before the ending has a proper part: two characters or more, not one dictionary word or everyday
 * words only (体育, 宴会, 贵宾), no count or vague place word, and not a bare level or body unless a division or an
 * organisation's name starts there (青川区政协会议室, 禾川茶叶协会会客室).
 */
function properHead(
  doc: Doc,
  start: number,
  head: string,
  divisionStarts: ReadonlySet<number>,
  named: readonly NamedSpan[],
): boolean {
  if (head.length < 2 || NO_ONE_PLACE.test(head)) return false;
  const anchored =
    divisionStarts.has(start) || named.some((n) => n.type === 'Organization' && n.start === start);
  if (BARE_BODY.test(head) && !anchored) return false;
  const entry = dictionaryEntry(head);
  // (贵宾厅: a common word the segmenter tags as a place name still names a kind of room.)
  if (entry && (!/^n[rstz]/.test(entry.tag) || (entry.freq >= 100 && !/^n[rzt]/.test(entry.tag))))
    return false;
  const end = start + head.length;
  return !(doc.tokens.isBoundary(end) && doc.tokens.isBoundary(start) && everydayWords(doc, start, end));
}
