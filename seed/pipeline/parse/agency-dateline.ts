/**
 * `(某某社記者林遠航雲林縣3日電)`, `【某某6月2日報導】(某某社記者A澎湖2日電)`: a news agency's dateline in brackets
 * opening the story, the reporter's name run together with the place filed from. It names the agency (the story's
 * outlet) and its reporter.
 */
import { surnameAt } from '../extract/lexicon/surnames.ts';
import { simplifiedName } from '../extract/script.ts';
import { gazetteer } from '../gazetteer/gazetteer.ts';
import { zh } from './zh-variants.ts';

const AGENCY_RE = zh(
  /^(?:【[^】]{1,20}】\s*)?[(（](\p{Script=Han}{2,8}?社)\s*(?:特派)?记者\s*(\p{Script=Han}{3,14}?)\s*(?:\d{1,2}月)?\d{1,2}日(?:专)?电[)）]/u,
);

/** A place filed from: a division's name or short form, or a name ending like one (`苗栗縣`, `馬祖`, `台北`). */
function isPlace(text: string): boolean {
  const plain = simplifiedName(text);
  const gaz = gazetteer();
  return (
    gaz.byName(plain).length > 0 ||
    gaz.byShortName(plain).length > 0 ||
    /^\p{Script=Han}{2,6}(?:县|市|区|省|州|乡|镇)$/u.test(plain)
  );
}

/** The reporter's name before the place: three characters (two, four) whose rest is a place, else three. */
function reporterOf(run: string): string | undefined {
  const surname = surnameAt(simplifiedName(run), 0);
  if (surname === 0) return undefined;
  const lengths = [3, 2, 4].filter((n) => n > surname && run.length - n >= 2);
  return (
    lengths.map((n) => run.slice(0, n)).find((name) => isPlace(run.slice(name.length))) ??
    (lengths.includes(3) ? run.slice(0, 3) : undefined)
  );
}

export function agencyDateline(paragraph: string): { outlet: string; reporter?: string } | undefined {
  const m = AGENCY_RE.exec(paragraph);
  if (!m?.[1] || !m[2]) return undefined;
  const reporter = reporterOf(m[2]);
  return reporter ? { outlet: m[1], reporter } : { outlet: m[1] };
}
