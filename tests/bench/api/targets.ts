import neo4j from 'neo4j-driver';
import type { Neo4jTarget } from '../../../graph/config.ts';
import { pick, prng } from '../corpus/random.ts';

/** What the request mix asks about, chosen from the store itself, the same for the same store. */
export interface Targets {
  hubs: string[];
  medians: string[];
  medianDegree: number;
  hubDegree: number;
  persons: { name: string; pinyin: string; initials: string }[];
  traditional: string[];
  english: string[];
  articles: string[];
  orgs: string[];
}

const SAMPLE = 20;

export async function chooseTargets(target: Neo4jTarget): Promise<Targets> {
  const auth = neo4j.auth.basic(target.username ?? 'neo4j', target.password ?? '');
  const driver = neo4j.driver(target.uri, auth, { disableLosslessIntegers: true });
  const read = async (cypher: string, params: Record<string, unknown> = {}) =>
    (await driver.executeQuery(cypher, params, { routing: neo4j.routing.READ })).records;
  try {
    const hubs = await read(
      `MATCH (n:Entity) WHERE NOT n:Reporter AND NOT n:Media
       RETURN n.id AS id, COUNT { (n)--() } AS d ORDER BY d DESC LIMIT 3`,
    );
    const median = (
      await read(
        `MATCH (n:Entity) WHERE NOT n:Reporter AND NOT n:Media
         RETURN percentileDisc(COUNT { (n)--() }, 0.5) AS d`,
      )
    )[0]?.get('d') as number;
    const medians = await read(
      `MATCH (n:Entity) WHERE NOT n:Reporter AND NOT n:Media AND COUNT { (n)--() } = $d
       RETURN n.id AS id LIMIT $n`,
      { d: neo4j.int(median), n: neo4j.int(SAMPLE) },
    );
    const persons = await read(
      `MATCH (n:Person) WHERE NOT n:Reporter AND size(n.pinyinInitials) > 0
       RETURN n.name AS name, n.pinyin AS pinyin, n.pinyinInitials AS initials LIMIT 2000`,
    );
    const orgs = await read(
      `MATCH (n:Organization) WHERE NOT n:Media
       RETURN n.id AS id, n.name AS name, n.aliases AS aliases, n.variants AS variants LIMIT 5000`,
    );
    const articles = await read('MATCH (a:Article) WHERE a.stub = false RETURN a.id AS id LIMIT 5000');
    const random = prng(42);
    const spread = <T>(items: T[]) =>
      Array.from({ length: Math.min(SAMPLE, items.length) }, () =>
        pick(items, Math.floor(random() * items.length)),
      );
    const personRows = persons.map((r) => ({
      name: r.get('name') as string,
      pinyin: ((r.get('pinyin') as string[]).find((p) => !p.includes(' ')) ?? '') as string,
      initials: (r.get('initials') as string[])[0] ?? '',
    }));
    const orgRows = orgs.map((r) => {
      const aliases = (r.get('aliases') as string[] | null) ?? [];
      const name = r.get('name') as string;
      return {
        id: r.get('id') as string,
        // Traditional forms: the loader's own variants, or Han aliases that are the name in another script.
        variants: [
          ...((r.get('variants') as string[] | null) ?? []),
          ...aliases.filter((a) => /\p{Script=Han}/u.test(a) && a.length === name.length && a !== name),
        ],
        english: aliases.filter((a) => /^[A-Z]/.test(a)),
      };
    });
    return {
      hubs: hubs.map((r) => r.get('id') as string),
      hubDegree: (hubs[0]?.get('d') as number | undefined) ?? 0,
      medians: medians.map((r) => r.get('id') as string),
      medianDegree: median,
      persons: spread(personRows),
      traditional: spread(orgRows.flatMap((o) => o.variants)),
      english: spread(orgRows.flatMap((o) => o.english.map((e) => e.split(' ').slice(0, 2).join(' ')))),
      articles: spread(articles.map((r) => r.get('id') as string)),
      orgs: spread(orgRows.map((o) => o.id)),
    };
  } finally {
    await driver.close();
  }
}

/** The request mix: each case and the URLs it rotates through. */
export function requestCases(t: Targets): Record<string, string[]> {
  const enc = encodeURIComponent;
  const search = (qs: string[]) => qs.filter(Boolean).map((q) => `/api/search?q=${enc(q)}&limit=20`);
  const nbhd = (ids: string[], depth: number) =>
    ids.map((id) => `/api/entities/${enc(id)}/neighborhood?depth=${depth}&limit=100`);
  const pairs = t.medians.map((id, i) => [id, t.orgs[(i * 7) % t.orgs.length] ?? id] as const);
  return {
    'search zh': search(t.persons.map((p) => p.name)),
    'search pinyin': search(t.persons.map((p) => p.pinyin)),
    'search initials': search(t.persons.map((p) => p.initials)),
    'search en': search(t.english),
    'search traditional': search(t.traditional),
    'search 1 char': search(t.persons.map((p) => p.name.slice(0, 1))),
    'entity median': t.medians.map((id) => `/api/entities/${enc(id)}`),
    'entity hub': t.hubs.map((id) => `/api/entities/${enc(id)}`),
    'nbhd median d1': nbhd(t.medians, 1),
    'nbhd median d2': nbhd(t.medians, 2),
    'nbhd hub d1': nbhd(t.hubs, 1),
    'nbhd hub d2': nbhd(t.hubs, 2),
    paths: pairs.map(([a, b]) => `/api/paths?from=${enc(a)}&to=${enc(b)}&maxLength=4&limit=3`),
    related: t.articles.map((id) => `/api/articles/${enc(id)}/related`),
    export: t.orgs.map((id) => `/api/entities/${enc(id)}/export?format=graphml&depth=1`),
  };
}
