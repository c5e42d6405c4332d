/**
 * Extraction speed on ~2,000-character articles, one core: `npx tsx tests/bench/extract-bench.ts [seconds]`.
 * The articles are built from the gold set's texts (each padded with another article's paragraphs to about
 * 2,000 characters) so they read like the real thing. Prints articles per second after a warm-up (the warm-up
 * loads the segmenter, its dictionary and the gazetteer once per process). No assertion: a report, not a test.
 */
import type { AnnotatedArticle } from '../../graph/annotation/types.ts';
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
const warmStart = performance.now();
for (const article of articles) extractAnnotation(article);
const warmUp = performance.now() - warmStart;

let count = 0;
let chars = 0;
const cpuStart = process.cpuUsage();
const start = performance.now();
while (performance.now() - start < seconds * 1000) {
  for (const article of articles) {
    extractAnnotation(article);
    count++;
    chars += article.text.length;
  }
}
const elapsed = (performance.now() - start) / 1000;
const cpu = process.cpuUsage(cpuStart);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
// Wall-clock figures drop when other processes share the core; CPU time is this process's own work.
console.log(
  `extract: ${(count / cpuSeconds).toFixed(1)} articles/s per CPU second, ${(count / elapsed).toFixed(1)} articles/s ` +
    `wall clock (${count} articles, average ${Math.round(chars / count)} characters, ${elapsed.toFixed(1)} s; ` +
    `first pass incl. loading ${warmUp.toFixed(0)} ms)`,
);
