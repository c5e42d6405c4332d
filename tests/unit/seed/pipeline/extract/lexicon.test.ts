import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTRACT_DIR, ruleModules } from './rule-modules.ts';

/**
 * Word lists live once, in seed/pipeline/extract/lexicon/: no rule module writes a list of its own, no list holds a
 * word twice, and a word in two lists is there for two purposes declared below.
 */

const lexiconDir = join(EXTRACT_DIR, 'lexicon');

/** Literals that write a word list: Chinese words split on spaces, a Set or an array of three or more Chinese words. */
const LIST_LITERALS = [
  /'[^'\n]*[\u4e00-\u9fff][^'\n]*'\s*\)?\s*\.split\(' '\)/g,
  /new Set\(\[\s*'[\u4e00-\u9fff]/g,
  /\[\s*(?:'[\u4e00-\u9fff·]+',\s*){2,}'[\u4e00-\u9fff·]+'/g,
];

/**
 * Lists that serve one purpose (`module:EXPORT`): a word belongs to one of them. Lists of different purposes may share
 * words (与 may follow a name and also stops the next one going left).
 */
const SAME_PURPOSE: Record<string, string[]> = {
  'stops the walk left over a name': ['words:STOP_BEFORE_NAME', 'name-scan:NAME_STOPS'],
  'names a happening': ['events:MEETING_NOUNS', 'events:FORUM_NOUNS', 'events:CEREMONY_NOUNS'],
  'refers back to an entity named before': [
    'companyParty',
    'company',
    'park',
    'alliance',
    'association',
    'institute',
    'zone',
  ].map((kind) => `references:REFERENCE_WORDS.${kind}`),
};

/** Every exported list of words in lexicon/: arrays and Sets of strings, the keys of Maps, records of lists. */
async function lexiconLists(): Promise<Map<string, string[]>> {
  const lists = new Map<string, string[]>();
  for (const file of readdirSync(lexiconDir).filter((f) => f.endsWith('.ts'))) {
    const module: Record<string, unknown> = await import(join(lexiconDir, file));
    const name = file.replace(/\.ts$/, '');
    for (const [key, value] of Object.entries(module)) {
      const words = (v: unknown): string[] | undefined => {
        const items =
          v instanceof Map ? [...v.keys()] : v instanceof Set || Array.isArray(v) ? [...v] : undefined;
        return items?.every((i) => typeof i === 'string') ? (items as string[]) : undefined;
      };
      const own = words(value);
      if (own) lists.set(`${name}:${key}`, own);
      else if (value && typeof value === 'object' && !(value instanceof RegExp))
        for (const [part, v] of Object.entries(value)) {
          const inner = words(v);
          if (inner) lists.set(`${name}:${key}.${part}`, inner);
        }
    }
  }
  return lists;
}

describe('word lists', () => {
  it('are written in lexicon/, not in the rule modules', () => {
    const found: string[] = [];
    for (const { file, code } of ruleModules()) {
      for (const re of LIST_LITERALS)
        for (const m of code.matchAll(re)) found.push(`${file}: ${m[0].slice(0, 40)}`);
    }
    expect(found).toEqual([]);
  });

  it('hold each word once', async () => {
    const lists = await lexiconLists();
    expect(lists.size).toBeGreaterThan(20);
    const twice = [...lists].flatMap(([name, words]) =>
      words.filter((w, i) => words.indexOf(w) !== i).map((w) => `${name}: ${w}`),
    );
    expect(twice).toEqual([]);
  });

  it('give a word one list per purpose', async () => {
    const lists = await lexiconLists();
    const twice: string[] = [];
    for (const [purpose, names] of Object.entries(SAME_PURPOSE)) {
      const owner = new Map<string, string>();
      for (const name of names) {
        const words = lists.get(name);
        expect(words, `${name} is no list of lexicon/`).toBeDefined();
        for (const w of words ?? []) {
          const first = owner.get(w);
          if (first) twice.push(`${purpose}: ${w} in ${first} and ${name}`);
          else owner.set(w, name);
        }
      }
    }
    expect(twice).toEqual([]);
  });
});
