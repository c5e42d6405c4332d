import { pinyin } from 'pinyin-pro';

let known: Set<string> | undefined;

/**
 * Every toneless syllable pinyin-pro reads a character of the CJK Unified Ideographs block as (about 400;
 * a fifth of a second, once per process), ü also written v as keyboards type it.
 */
function syllables(): Set<string> {
  if (!known) {
    const block = Array.from({ length: 0x9fff - 0x4e00 + 1 }, (_, i) => String.fromCodePoint(0x4e00 + i));
    const read = pinyin(block.join(''), { toneType: 'none', type: 'array' });
    known = new Set(
      read.filter((s) => /^[a-zü]*[aeiouü][a-zü]*$/.test(s)).flatMap((s) => [s, s.replace(/ü/g, 'v')]),
    );
  }
  return known;
}

const LONGEST = 6;

/**
 * A typed word read as pinyin syllables, each way that needs the fewest (putuoqu → [pu tuo qu]; fangan →
 * [fang an], [fan gan]); none when it does not divide into syllables. At most `most` ways.
 */
export function syllableSplits(word: string, most = 3): string[][] {
  const known = syllables();
  // ways[i]: the fewest-syllable readings of word[i…].
  const ways: string[][][] = [];
  ways[word.length] = [[]];
  for (let i = word.length - 1; i >= 0; i--) {
    let best: string[][] = [];
    for (let end = i + 1; end <= Math.min(word.length, i + LONGEST); end++) {
      const syllable = word.slice(i, end);
      const rest = ways[end] ?? [];
      if (!known.has(syllable) || rest.length === 0) continue;
      const candidates = rest.map((r) => [syllable, ...r]);
      const size = candidates[0]?.length ?? 0;
      const bestSize = best[0]?.length ?? Number.POSITIVE_INFINITY;
      if (size < bestSize) best = candidates;
      else if (size === bestSize) best = [...best, ...candidates];
    }
    ways[i] = best.slice(0, most);
  }
  return ways[0] ?? [];
}
