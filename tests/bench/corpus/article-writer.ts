import { createHash } from 'node:crypto';
import type { AnnotatedEntity, AnnotatedRelation, Annotation } from '../../../contract/annotation/types.ts';
import type { RelationType } from '../../../contract/model.ts';
import { describeEntity } from './entities.ts';
import type { Cast, CorpusCounts, Ref, Seen } from './model.ts';
import { OUTLETS, PERSON_TITLES, ROLES, reporterName } from './names.ts';
import { hash, pick, zipfRank } from './random.ts';
import { articleTitle, chinaIso } from './titles.ts';

/** Builds one article's text sentence by sentence, with the offsets of every mention and evidence. */
export class ArticleWriter {
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
    const built = describeEntity(ref, cast);
    const known = this.entities.get(built.id);
    if (known) return known;
    this.entities.set(built.id, built);
    this.seen.mark(ref);
    return built;
  }
}
