import type { GraphNode } from '../../contract/api/payloads.ts';

const HAN = /[\u3400-\u9fff]/;
/** Pinyin and initials as the graph writes them: Latin letters in lower case (and ü), spaced or joined. */
const ROMANISATION = /^[a-zü:' ]+$/;

/** A pinyin spelling or initials of a name, not a name of its own. */
export function isRomanisation(alias: string): boolean {
  return ROMANISATION.test(alias);
}

/** A name written in English (Latin letters, a capital, no Chinese characters), e.g. Schneider Electric. */
export function isEnglishName(alias: string): boolean {
  return !HAN.test(alias) && /[A-Z]/.test(alias) && /[A-Za-z]/.test(alias) && !isRomanisation(alias);
}

/**
 * Cytoscape breaks a label only at spaces and zero-width spaces, so a long Chinese name (a signing ceremony
 * between two bodies written out in full) would run across the canvas on one line. Names this long get a
 * zero-width space beside each Chinese character, and wrap at the label's width; shorter ones stay on one line
 * (a little wider than the label's width at most, rather than a lone character on a line of its own).
 */
const WRAP_FROM = 16;
const WRAP_POINT = '\u200b';
/** Chinese typesetting starts no line with a closing mark and ends none with an opening one. */
const NO_LINE_START = '[”’）》」』、，。：；！？·)]';
const NO_LINE_END = '[“‘（《「『(]';
const BESIDE_HAN = new RegExp(
  `(?<=${HAN.source})(?=\\S)(?!${NO_LINE_START})|(?<=\\S)(?<!${NO_LINE_END})(?=${HAN.source})`,
  'gu',
);

export function wrappableName(name: string): string {
  const plain = plainLabel(name);
  if ([...plain].length < WRAP_FROM) return plain;
  return plain.replace(BESIDE_HAN, WRAP_POINT);
}

/** A label's text without the wrap points wrappableName put in. */
export function plainLabel(label: string): string {
  return label.replaceAll(WRAP_POINT, '');
}

type Named = Pick<GraphNode, 'name' | 'nameEn'> & { aliases?: readonly string[] };

/** The English names of an entity: its own English name first, then English aliases, shortest first. */
export function englishNames(node: Named): string[] {
  const fromAliases = (node.aliases ?? []).filter(isEnglishName).sort((a, b) => a.length - b.length);
  return [...new Set([...(node.nameEn ? [node.nameEn] : []), ...fromAliases])].filter((n) => n !== node.name);
}

/** The English name to show where there is room for one (the canvas, lists): the shortest one known. */
export function englishName(node: Named): string | null {
  const names = englishNames(node);
  if (names.length === 0) return null;
  return node.nameEn && node.nameEn !== node.name ? node.nameEn : (names[0] ?? null);
}

/**
 * Other names worth listing as aliases: short forms and other writings, not romanisations (the pinyin
 * line shows those), not English names (their own line) and not the traditional forms (theirs too).
 */
export function displayAliases(node: Named, traditional: readonly string[] = []): string[] {
  const skip = new Set([node.name, ...traditional, ...englishNames(node)]);
  return (node.aliases ?? []).filter((a) => !skip.has(a) && !isRomanisation(a) && !isEnglishName(a));
}

/** The reading shown beside a name: English when known, else pinyin, else nothing (names already in Latin script). */
export function secondaryName(
  node: Pick<GraphNode, 'name' | 'pinyin' | 'nameEn'> & { aliases?: readonly string[] },
) {
  const english = englishName(node);
  if (english) return english;
  if (node.pinyin && HAN.test(node.name)) return node.pinyin;
  return null;
}

/** A date (ISO, any zone) as YYYY-MM-DD in China time, where the news happens. */
export function chinaDay(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return null;
  return new Date(time + 8 * 3600_000).toISOString().slice(0, 10);
}
