import { pinyin } from 'pinyin-pro';
import { surnameAt } from '../extract/lexicon/surnames.ts';
import { traditionalName } from '../extract/script.ts';

/**
 * Aliases a search box should find an entity by: full pinyin without and with spaces and initials for Chinese
 * person names (李红珍 → lihongzhen, li hongzhen, lhz; surnames read as surnames: 曾乐 → zeng le), and the
 * traditional form of any Chinese name (普陀区委组织部 → 普陀區委組織部).
 */

const HAN = /^[\u3400-\u9fff]+$/;

const cache = new Map<string, string[]>();

export function pinyinAliases(name: string): string[] {
  if (!HAN.test(name)) return [];
  const known = cache.get(name);
  if (known) return known;
  if (cache.size > 50_000) cache.clear();
  const aliases = computePinyin(name);
  cache.set(name, aliases);
  return aliases;
}

/** lihongzhen, li hongzhen (surname apart from the given name; ouyang lei for 欧阳蕾), lhz. */
function computePinyin(name: string): string[] {
  const syllables = pinyin(name, { toneType: 'none', type: 'array', surname: 'head' });
  const initials = pinyin(name, { pattern: 'first', toneType: 'none', type: 'array', surname: 'head' });
  const surname = Math.max(1, surnameAt(name, 0));
  const spaced = `${syllables.slice(0, surname).join('')} ${syllables.slice(surname).join('')}`.trim();
  return [syllables.join(''), spaced, initials.join('')];
}

export function traditionalAlias(name: string): string | undefined {
  if (!/[\u3400-\u9fff]/.test(name)) return undefined;
  const traditional = traditionalName(name);
  return traditional === name ? undefined : traditional;
}
