import { createHash } from 'node:crypto';
import * as OpenCC from 'opencc-js';
import { pinyin } from 'pinyin-pro';
import { entityId } from '../../../contract/annotation/ids.ts';
import type { AnnotatedEntity, AnnotatedRelation, Annotation } from '../../../contract/annotation/types.ts';
import type { EntityType, RelationType } from '../../../contract/model.ts';
import {
  EVENT_KINDS,
  eventName,
  OUTLETS,
  orgName,
  PERSON_TITLES,
  personName,
  placeName,
  ROLES,
  reporterName,
} from './names.ts';
import { hash, pick, prng, zipfRank } from './random.ts';

/**
 * A synthetic news corpus shaped like ours: per article about 10 people, 8 organisations, 3 places, 1–2
 * events and 30 relations with evidence sentences, entities recurring with a Zipf skew (a district is in
 * a large share of the articles, most people in one or two). Facts recur the way they do in news: a
 * person's post and an organisation's location and parent are fixed when the entity first appears and
 * are stated again whenever it does, so popular facts gather thousands of supporting articles.
 * Deterministic for a seed; articles come one at a time, never the whole corpus at once.
 */
export interface CorpusOptions {
  /** Stop after the article in which the number of distinct entities shown in articles reaches this. */
  entities: number;
  seed: number;
}

export interface CorpusCounts {
  articles: number;
  entities: number;
  /** Entities created, including some that never appear (an employer of someone shown without it). */
  byType: Record<'Person' | 'Organization' | 'Place' | 'Event', number>;
  relations: number;
  mentions: number;
}

/** Offsets of the Zipf draws: the smaller, the heavier the head (places recur most, events least). */
const SKEW = { Person: 30, Organization: 5, Place: 1, Event: 50 } as const;
/** Chance that a drawn slot is a new entity rather than one seen before. */
const NEW = { Person: 0.5, Organization: 0.3, Place: 0.05, Event: 0.9 } as const;
const START = Date.parse('2019-01-01T08:00:00+08:00');
const YEARS = 6;
const DAY = 86_400_000;

type Kind = keyof typeof SKEW;

/** Typed lists that grow (one number per entity: its employer, location, parent). */
class IntList {
  private data = new Int32Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }
  set(i: number, value: number): void {
    this.data[i] = value;
  }
  at(i: number): number {
    return this.data[i] ?? -1;
  }
}

/** Which entities have appeared in an article (some are created as someone's employer and never shown). */
class Seen {
  private readonly flags = {
    Person: new IntList(),
    Organization: new IntList(),
    Place: new IntList(),
    Event: new IntList(),
  };
  count = 0;
  mark(ref: Ref): void {
    const list = this.flags[ref.type];
    while (list.length <= ref.index) list.push(0);
    if (list.at(ref.index) === 1) return;
    list.set(ref.index, 1);
    this.count += 1;
  }
}

interface Ref {
  type: Kind;
  index: number;
}

export class SyntheticCorpus {
  readonly counts: CorpusCounts = {
    articles: 0,
    entities: 0,
    byType: { Person: 0, Organization: 0, Place: 0, Event: 0 },
    relations: 0,
    mentions: 0,
  };
  private readonly random: () => number;
  private readonly employer = new IntList();
  private readonly location = new IntList();
  private readonly parent = new IntList();
  private readonly eventDay = new IntList();
  private readonly msPerArticle: number;
  private readonly seen = new Seen();

  constructor(private readonly options: CorpusOptions) {
    this.random = prng(options.seed);
    // About 10.5 new entities per article: spread the articles over six years whatever the size.
    this.msPerArticle = (YEARS * 365 * DAY) / Math.max(1, options.entities / 10.5);
  }

  *annotations(): Generator<Annotation> {
    while (this.seen.count < this.options.entities) {
      yield this.article(this.counts.articles);
      this.counts.articles += 1;
      this.counts.entities = this.seen.count;
    }
  }

  private create(type: Kind, day: number): number {
    const index = this.counts.byType[type]++;
    if (type === 'Person') {
      this.employer.push(this.draw('Organization', 0.3, day));
    } else if (type === 'Organization') {
      this.location.push(this.draw('Place', 0.06, day));
      this.parent.push(
        index > 0 && this.random() < 0.3 ? zipfRank(this.random(), index, SKEW.Organization) : -1,
      );
    } else if (type === 'Event') {
      this.eventDay.push(day);
    }
    return index;
  }

  /** An entity of this type seen before (Zipf by first appearance), or a new one. */
  private draw(type: Kind, newRate: number, day: number): number {
    const known = this.counts.byType[type];
    if (known === 0 || this.random() < newRate) return this.create(type, day);
    return zipfRank(this.random(), known, SKEW[type]);
  }

  private fill(list: number[], type: Kind, size: number, day: number): void {
    for (let tries = 0; list.length < size && tries < size * 4; tries++) {
      const index = this.draw(type, NEW[type], day);
      if (!list.includes(index)) list.push(index);
    }
  }

  private article(k: number): Annotation {
    const time = START + k * this.msPerArticle;
    const day = Math.floor(time / DAY);
    const persons: number[] = [];
    this.fill(persons, 'Person', 10, day);
    const orgs: number[] = [];
    for (const p of persons.slice(0, 6)) {
      const employer = this.employer.at(p);
      if (employer >= 0 && !orgs.includes(employer)) orgs.push(employer);
    }
    const parentOfFirst = orgs[0] === undefined ? -1 : this.parent.at(orgs[0]);
    if (parentOfFirst >= 0 && !orgs.includes(parentOfFirst)) orgs.push(parentOfFirst);
    this.fill(orgs, 'Organization', 8, day);
    const places: number[] = [];
    for (const o of orgs) {
      const place = this.location.at(o);
      if (place >= 0 && places.length < 3 && !places.includes(place)) places.push(place);
    }
    this.fill(places, 'Place', 3, day);
    const events: number[] = [];
    this.fill(events, 'Event', this.random() < 0.5 ? 1 : 2, day);
    return new ArticleWriter(k, time, this.random, this.counts, this.seen).write({
      persons,
      orgs,
      places,
      events,
      employer: (p) => this.employer.at(p),
      location: (o) => this.location.at(o),
      parent: (o) => this.parent.at(o),
      eventDay: (e) => this.eventDay.at(e),
    });
  }
}

interface Cast {
  persons: number[];
  orgs: number[];
  places: number[];
  events: number[];
  employer(p: number): number;
  location(o: number): number;
  parent(o: number): number;
  eventDay(e: number): number;
}

/** Builds one article's text sentence by sentence, with the offsets of every mention and evidence. */
class ArticleWriter {
  private text = '';
  private readonly entities = new Map<string, AnnotatedEntity>();
  private readonly relations: AnnotatedRelation[] = [];

  constructor(
    private readonly k: number,
    private readonly time: number,
    private readonly random: () => number,
    private readonly counts: CorpusCounts,
    private readonly seen: Seen,
  ) {}

  write(cast: Cast): Annotation {
    const { persons, orgs, places, events } = cast;
    const org = (i: number) => this.entity({ type: 'Organization', index: orgs[i % orgs.length] ?? 0 });
    const place = (i: number) => this.entity({ type: 'Place', index: places[i % places.length] ?? 0 });
    const event = (i: number) => this.entity({ type: 'Event', index: events[i % events.length] ?? 0 }, cast);
    const person = (i: number) => this.entity({ type: 'Person', index: persons[i] ?? 0 });
    this.sentence([event(0), '在', place(0), '举行。'], []);
    persons.forEach((p, i) => {
      const employer = cast.employer(p);
      const own = i < 6 && employer >= 0 && orgs.includes(employer);
      const target = own ? this.entity({ type: 'Organization', index: employer }) : org(i + this.k);
      const who = person(i);
      const title = pick(PERSON_TITLES, hash(p, own ? employer : 0));
      if (i < 8) {
        this.sentence([target, title, who, '出席活动并讲话。'], [['HOLDS_POSITION', who, target, { title }]]);
      } else {
        this.sentence([who, '是', target, '成员。'], [['MEMBER_OF', who, target, {}]]);
      }
    });
    for (const o of orgs) {
      const at = cast.location(o);
      if (!places.includes(at)) continue;
      const here = this.entity({ type: 'Organization', index: o });
      const there = this.entity({ type: 'Place', index: at });
      this.sentence([here, '位于', there, '。'], [['LOCATED_IN', here, there, {}]]);
    }
    for (const o of orgs) {
      const up = cast.parent(o);
      if (up < 0 || !orgs.includes(up)) continue;
      const child = this.entity({ type: 'Organization', index: o });
      const mother = this.entity({ type: 'Organization', index: up });
      this.sentence([child, '隶属于', mother, '。'], [['PART_OF', child, mother, {}]]);
    }
    events.forEach((_, e) => {
      const ev = event(e);
      for (let i = 0; i < 6; i++) {
        const who = i < 4 ? person((i + e * 4) % persons.length) : org(i + e);
        const role = pick(ROLES, hash(this.k, i, e));
        this.sentence([who, '参加了', ev, '。'], [['PARTICIPATED_IN', who, ev, { role }]]);
      }
      const venue = place(e);
      this.sentence([ev, '在', venue, '召开。'], [['HELD_AT', ev, venue, {}]]);
      if (this.entities.get(ev.id)?.kind === 'founding') {
        const founded = org(e + 3);
        this.sentence([founded, '在', ev, '上宣告成立。'], [['FOUNDED_AT', founded, ev, {}]]);
      }
    });
    for (let i = 0; i < 3; i++) {
      const a = org(i * 2 + 1);
      const b = org(i * 2 + 2);
      if (a.id === b.id) continue;
      this.sentence([a, '与', b, '签署战略合作协议。'], [['PARTNERS_WITH', a, b, {}]]);
    }
    for (let i = 0; i < orgs.length; i++) org(i);
    for (let i = 0; i < places.length; i++) place(i);
    const unmentioned = [...this.entities.values()].filter((e) => !e.mentions?.length);
    if (unmentioned.length) {
      const listed = unmentioned.flatMap((e, i) => (i === 0 ? [e] : ['、', e]));
      this.sentence(['另据报道，', ...listed, '等也有参与。'], []);
    }
    this.counts.relations += this.relations.length;
    this.counts.mentions += this.entities.size;
    return this.annotation();
  }

  private annotation(): Annotation {
    const k = this.k;
    const publishedAt = chinaIso(this.time);
    const outlet = pick(OUTLETS, zipfRank(this.random(), OUTLETS.length, 2));
    const links = [
      ...(k > 0
        ? [
            {
              title: articleTitle(k - 1),
              date: chinaIso(this.time - 1).slice(0, 10),
              relation: 'previous' as const,
            },
          ]
        : []),
      ...(k > 10 ? [{ title: articleTitle(hash(k) % k), date: null, relation: 'related' as const }] : []),
    ];
    return {
      schemaVersion: 1,
      article: {
        id: createHash('sha256').update(`bench|${k}`).digest('hex').slice(0, 16),
        title: articleTitle(k),
        publishedAt,
        source: outlet,
        reporters: [reporterName(hash(k) % 400), ...(k % 3 === 0 ? [reporterName(hash(k, 1) % 400)] : [])],
        url: null,
        language: 'zh',
        text: this.text,
        links,
      },
      entities: [...this.entities.values()],
      relations: this.relations,
    };
  }

  /** Appends a sentence made of text and entities; each relation's evidence is the whole sentence. */
  private sentence(
    parts: (string | AnnotatedEntity)[],
    relations: [RelationType, AnnotatedEntity, AnnotatedEntity, Record<string, string>][],
  ): void {
    const start = this.text.length;
    for (const part of parts) {
      if (typeof part === 'string') {
        this.text += part;
        continue;
      }
      const mention = { start: this.text.length, end: this.text.length + part.name.length };
      if (part.mentions) part.mentions.push(mention);
      else part.mentions = [mention];
      this.text += part.name;
    }
    const end = this.text.length;
    const text = this.text.slice(start, end);
    for (const [type, from, to, properties] of relations) {
      this.relations.push({
        type,
        from: from.id,
        to: to.id,
        ...(Object.keys(properties).length ? { properties } : {}),
        evidence: { text, start, end },
      });
    }
  }

  private entity(ref: Ref, cast?: Cast): AnnotatedEntity {
    const built = describe(ref, cast);
    const known = this.entities.get(built.id);
    if (known) return known;
    this.entities.set(built.id, built);
    this.seen.mark(ref);
    return built;
  }
}

function describe(ref: Ref, cast?: Cast): AnnotatedEntity {
  const type: EntityType = ref.type;
  switch (ref.type) {
    case 'Person': {
      const name = personName(ref.index);
      return { id: entityId(type, name), type, name, aliases: nameAliases(name, true) };
    }
    case 'Organization': {
      const org = orgName(ref.index);
      const english = org.kind === 'company' && ref.index % 10 === 3 ? [org.english] : [];
      return {
        id: entityId(type, org.name),
        type,
        kind: org.kind,
        name: org.name,
        aliases: [...nameAliases(org.name, false), ...english],
      };
    }
    case 'Place': {
      const place = placeName(ref.index);
      return {
        id: entityId(type, place.name),
        type,
        kind: place.kind,
        name: place.name,
        aliases: nameAliases(place.name, false),
      };
    }
    case 'Event': {
      const event = eventName(ref.index);
      const day = cast?.eventDay(ref.index) ?? 0;
      const date = new Date(day * DAY + 8 * 3_600_000).toISOString().slice(0, 10);
      const kind = EVENT_KINDS.find((k) => k.kind === event.kind)?.kind ?? 'meeting';
      return {
        id: entityId(type, `${date}:${event.name}`),
        type,
        kind,
        name: event.name,
        aliases: [],
        properties: { date },
      };
    }
  }
}

/** What the extractor adds: pinyin (joined, spaced, initials) for Chinese people, the traditional form of Chinese names. */
function nameAliases(name: string, person: boolean): string[] {
  if (!/^[\u3400-\u9fff]+$/.test(name)) return [];
  const aliases: string[] = [];
  if (person) {
    const syllables = pinyin(name, { toneType: 'none', type: 'array', surname: 'head' });
    aliases.push(
      syllables.join(''),
      `${syllables[0] ?? ''} ${syllables.slice(1).join('')}`,
      syllables.map((s) => s[0]).join(''),
    );
  }
  const traditional = traditionalName(name);
  if (traditional !== name) aliases.push(traditional);
  return aliases;
}

const traditionalName = OpenCC.Converter({ from: 'cn', to: 'tw' });

const TITLE_TOPICS = [
  '产业发展',
  '营商环境',
  '科技创新',
  '党建引领',
  '乡村振兴',
  '招商引资',
  '数字经济',
  '城市更新',
  '人才工作',
  '基层治理',
];
const TITLE_ENDS = ['工作推进会召开', '专题会议举行', '调研活动开展', '成果发布', '项目集中签约'];

/** Titles depend on the article number only, so later articles can link to earlier ones by title. */
export function articleTitle(k: number): string {
  const h = hash(k, 7);
  return `${pick(TITLE_TOPICS, h)}${pick(TITLE_ENDS, h >>> 8)}（第${k + 1}期）`;
}

/** ISO 8601 in China time, as the parser writes publication times. */
function chinaIso(time: number): string {
  return `${new Date(time + 8 * 3_600_000).toISOString().slice(0, 19)}+08:00`;
}
