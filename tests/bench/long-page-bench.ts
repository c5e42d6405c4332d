/**
 * Extraction time of one long page, by length: `npm run bench -- long-page [--sizes 20000,40000,80000,160000]`.
 * Two kinds of page: the gold set's texts one after the other, and a meeting report where every paragraph names a
 * district and its bodies by bare level (区委书记, 区政府办主任), the shape that asks the most of division resolution.
 * Prints milliseconds and milliseconds per 1,000 characters for each size: a cost that grows with the page shows as a
 * rising second figure. One round per size after a warm-up; no assertion.
 */
import { parseArgs } from 'node:util';
import { loadGoldSet } from '../../seed/pipeline/eval/gold-set.ts';
import { extractAnnotation } from '../../seed/pipeline/extract/extract.ts';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '20000,40000,80000,160000' } } });
const sizes = values.sizes.split(',').map(Number);

const DISTRICTS = [
  '普陀区',
  '徐汇区',
  '长宁区',
  '静安区',
  '虹口区',
  '杨浦区',
  '闵行区',
  '宝山区',
  '嘉定区',
  '松江区',
];
const SURNAMES = '赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜';
const GIVEN = ['立新', '晓岚', '书衡', '启明', '若川', '文清', '向东', '承远'];
const person = (i: number) => `${SURNAMES[i % SURNAMES.length]}${GIVEN[(i * 7) % GIVEN.length]}`;

function meetingParagraph(i: number): string {
  const district = DISTRICTS[i % DISTRICTS.length];
  return `5月${(i % 28) + 1}日，${district}召开民营企业座谈会。区委书记${person(i)}出席并讲话，区委副书记${person(i + 1)}、区政府办主任${person(i + 2)}、区发改委主任${person(i + 3)}参加。`;
}

function pageOf(paragraphs: (i: number) => string, chars: number): string {
  const out: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    const paragraph = paragraphs(i);
    out.push(paragraph);
    length += paragraph.length + 1;
  }
  return out.join('\n');
}

const gold = (await loadGoldSet(new URL('../fixtures/gold', import.meta.url).pathname)).map(
  (c) => c.article.text,
);
const kinds = { gold: (i: number) => gold[i % gold.length] ?? '', meetings: meetingParagraph };
const article = (text: string) => ({
  id: 'long',
  title: '长页',
  publishedAt: '2023-05-20T08:00:00+08:00',
  source: null,
  reporters: [],
  language: 'zh',
  text,
});

extractAnnotation(article(pageOf(meetingParagraph, 2000)));
for (const [kind, paragraphs] of Object.entries(kinds)) {
  for (const size of sizes) {
    const text = pageOf(paragraphs, size);
    const start = performance.now();
    extractAnnotation(article(text));
    const ms = performance.now() - start;
    console.log(
      `${kind.padEnd(8)} ${String(text.length).padStart(7)} chars  ${ms.toFixed(0).padStart(7)} ms  ${((ms * 1000) / text.length).toFixed(1).padStart(6)} ms per 1,000 chars`,
    );
  }
}
