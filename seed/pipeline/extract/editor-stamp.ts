import { republicToCommonYear } from './republic-year.ts';

/**
 * A Taiwan wire's closing stamp, `(编辑:<editor>)1140411`: the editor's credit, then the day of the Republic's calendar
 * it was filed (year 114 = 2025, April 11). The page's date when it carries no other (the dispatch's `11日电` and
 * `今天` are told against it).
 */
const EDITOR_STAMP = /[(（]编辑[:：][^()（）]{1,12}[)）]\s*(1\d{2})(\d{2})(\d{2})(?!\d)/;

export function editorStamp(text: string): { year: number; month: number; day: number } | undefined {
  const m = EDITOR_STAMP.exec(text);
  if (!m) return undefined;
  const [year, month, day] = [republicToCommonYear(Number(m[1])), Number(m[2]), Number(m[3])];
  const valid = new Date(Date.UTC(year, month - 1, day));
  return valid.getUTCMonth() === month - 1 && valid.getUTCDate() === day ? { year, month, day } : undefined;
}
