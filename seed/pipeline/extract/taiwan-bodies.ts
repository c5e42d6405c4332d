import { gazetteer } from '../gazetteer/gazetteer.ts';
import type { DivisionHit } from './division-hits.ts';
import { type Doc, sentenceAt } from './doc.ts';
import { dictionaryEntry } from './tokens.ts';

/**
 * A Taiwan county's (or city's) departments written bare, as its pages write them once the county is named:
 * `縣府A處、B處及C局等局處首長` (a list closed by 等局處), `A處副處長X`, `A處長X` (a department before its head's
 * title, nothing but the county, its government or its head written before it in the sentence, no national
 * agency). Each is the county government's (`<county>政府A處`, part of `<county>政府`), the Taiwan-governed county
 * named last before it, else first.
 */

const CJK = '[\\u4e00-\\u9fff]';
/** A department: two to five characters and 处 or 局 (产业处, 青禾发展处, 文化局). */
const DEPARTMENT = new RegExp(`(${CJK}{2,5}?)(处|局)`, 'y');
/** What a department's stem never holds: joiners, verbs of the clause, levels, titles. */
const NOT_IN_STEM = /[的和与及在是了为对向将把从到等、，,。县市乡镇区府长率由请邀各全本该副]/;
/** Words that say which departments, not their names (相关局处, 所属局处, 其他局处). */
const NOT_A_NAME = /^(?:相关|有关|所属|下属|其他|其它|主管|业务|职能|对口|局处)/;
/** Its head's title right after it (A处副处长, A处处长), or the 处 shared with the title (A处长). */
const HEAD_AFTER = /^(?:副?处长|副?局长|长)/;
/** A list of departments closed by what they are (等局处长, 等局处, 等单位). */
const LIST_END = /^等(?:局处|处室|各局处|单位|一级单位)/;
const LIST_ITEM = new RegExp(`^${CJK}{2,5}?[处局]`);
/** What may come right before a department: a list's joiner, the start of a clause, the verb of who leads them. */
const OPENS = /[、及和与暨,，。；;：:（(\s率偕由请邀]/;

/** National agencies a county's page names beside its own departments (国税局长X, 调查局长X). */
const NATIONAL =
  /^(?:国税|调查|警政|移民|海巡|关务|气象|铁路|公路|高速公路|健保|国有财产|林务|农粮|渔业|水利|专利|中央)/;
/**
 * Another organisation written between the county and a head-title department (…到X大学参访，学务处长Y): the
 * department is that one's, not the county's. (Associations have no 处 or 局: a guest list goes on past them.)
 */
const OTHER_BODY =
  /(?:大学|学院|学校|中学|小学|公司|集团|医院|银行|基金会|研究院|研究所|中心|议会|署|部|院)/g;
const COUNTY_WORDS = /县府|县政府|市府|市政府|县长|市长/g;

/** Everyday words ending in 局 or 处 (大局, 好处, 当局, 出处, 邮局): read through the segmenter's frequencies. */
function everyday(word: string): boolean {
  return (dictionaryEntry(word.slice(-2))?.freq ?? 0) >= 100;
}

/** A department written bare (`written`, 民政处) of the county `division` named before it. */
export interface DepartmentSpan {
  start: number;
  end: number;
  division: DivisionHit;
  written: string;
}

export function taiwanDepartments(
  doc: Doc,
  spans: readonly { start: number; end: number }[],
  divisions: readonly DivisionHit[],
): DepartmentSpan[] {
  if (!doc.traditional) return [];
  const gaz = gazetteer();
  const counties = divisions.filter(
    (d) =>
      gaz.isTaiwanAdministered(d.division) &&
      d.division.level !== 'township' &&
      d.division.level !== 'province',
  );
  if (counties.length === 0) return [];
  const { text } = doc;
  const found: DepartmentSpan[] = [];
  // What is already read, marked once (a page of lists stays linear): bodies and divisions.
  const taken = new Uint8Array(text.length + 1);
  for (const s of [...spans, ...divisions]) taken.fill(1, Math.max(0, s.start), Math.max(0, s.end));
  const sorted = [...counties].sort((a, b) => a.start - b.start);
  let next = 0;
  for (let start = 0; start < text.length; start++) {
    if (start > 0 && !OPENS.test(text[start - 1] ?? '')) continue;
    DEPARTMENT.lastIndex = start;
    const m = DEPARTMENT.exec(text);
    if (!m) continue;
    const end = start + m[0].length;
    const stem = m[1] ?? '';
    if (NOT_IN_STEM.test(stem) || NOT_A_NAME.test(stem) || NATIONAL.test(stem) || everyday(m[0])) continue;
    const lastFound = found[found.length - 1];
    if ((lastFound && start < lastFound.end) || taken.subarray(start, end).includes(1)) continue;
    const after = text.slice(end, end + 6);
    const listed = inClosedList(text, end);
    if (!HEAD_AFTER.test(after) && !listed) continue;
    while (next < sorted.length && (sorted[next]?.end ?? Number.POSITIVE_INFINITY) <= start) next++;
    const lastBefore = next > 0 ? sorted[next - 1] : undefined;
    if (!listed && otherBodyBetween(doc, start, lastBefore?.end ?? 0)) continue;
    const county = lastBefore ?? sorted[0];
    if (!county) continue;
    found.push({ start, end, division: county, written: m[0] });
  }
  return found;
}

/** Whether an organisation other than the county's is written after the county's last mention in the sentence. */
function otherBodyBetween(doc: Doc, start: number, countyEnd: number): boolean {
  const sentence = sentenceAt(doc, start);
  const from = Math.max(sentence.start, countyEnd);
  const before = doc.text.slice(from, start);
  const county = [...before.matchAll(COUNTY_WORDS)].pop();
  const other = [...before.matchAll(OTHER_BODY)].pop();
  return other !== undefined && (county === undefined || other.index > county.index);
}

/** Whether the department at `end` is an item of a list of departments closed by 等局处 (…处、…处及…局等局处长). */
function inClosedList(text: string, end: number): boolean {
  let at = end;
  for (let items = 0; items < 12; items++) {
    if (LIST_END.test(text.slice(at, at + 6))) return true;
    if (!/[、及和与]/.test(text[at] ?? '')) return false;
    const next = LIST_ITEM.exec(text.slice(at + 1, at + 8));
    if (!next) return false;
    at += 1 + next[0].length;
  }
  return false;
}
