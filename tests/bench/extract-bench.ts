/**
 * Extraction speed on ~2,000-character articles, one core: `npx tsx tests/bench/extract-bench.ts [seconds]`.
 * The articles are built from the gold set's texts (each padded with other articles' paragraphs to about 2,000
 * characters) so they read like the real thing. After a warm-up (which loads the segmenter, its dictionary and the
 * gazetteer once per process) it runs rounds over all of them and prints articles per second for the median round
 * and the best one: on a shared machine other processes slow some rounds down, the best round is the extractor's own
 * speed. It also prints articles per second of the process's own CPU time (median round), which other processes on a
 * loaded machine disturb far less than the clock. No assertion: a report, not a test.
 */
import type { AnnotatedArticle } from '../../contract/annotation/types.ts';
import { loadGoldSet } from '../../seed/pipeline/eval/gold-set.ts';
import { extractAnnotation } from '../../seed/pipeline/extract/extract.ts';

const TARGET = 2000;
const seconds = Number(process.argv[2] ?? 5);

function padded(articles: AnnotatedArticle[]): AnnotatedArticle[] {
  return articles.map((article, i) => {
    let text = article.text;
    for (let k = 1; text.length < TARGET && k < articles.length; k++) {
      const other = articles[(i + k) % articles.length];
      if (other) text += `\n${other.text}`;
    }
    return { ...article, text: text.slice(0, TARGET + 200) };
  });
}

const cases = await loadGoldSet(new URL('../fixtures/gold', import.meta.url).pathname);
const articles = padded(cases.map((c) => c.article));
const chars = articles.reduce((n, a) => n + a.text.length, 0) / articles.length;
const warmStart = performance.now();
for (const article of articles) extractAnnotation(article);
const warmUp = performance.now() - warmStart;

const rounds: number[] = [];
const cpuRounds: number[] = [];
const start = performance.now();
while (performance.now() - start < seconds * 1000) {
  const roundStart = performance.now();
  const cpuStart = process.cpuUsage();
  for (const article of articles) extractAnnotation(article);
  const cpu = process.cpuUsage(cpuStart);
  rounds.push((performance.now() - roundStart) / articles.length);
  cpuRounds.push((cpu.user + cpu.system) / 1000 / articles.length);
}
rounds.sort((a, b) => a - b);
cpuRounds.sort((a, b) => a - b);
const perSecond = (ms: number | undefined) => (ms ? 1000 / ms : 0).toFixed(1);
console.log(
  `extract: ${perSecond(rounds[Math.floor(rounds.length / 2)])} articles/s (median round), ` +
    `${perSecond(rounds[0])} articles/s (best round) on one core; ${rounds.length} rounds of ${articles.length} ` +
    `articles averaging ${Math.round(chars)} characters; first pass incl. loading ${warmUp.toFixed(0)} ms; ` +
    `${perSecond(cpuRounds[Math.floor(cpuRounds.length / 2)])} articles per CPU-second (median round)`,
);
