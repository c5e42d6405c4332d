import type { Annotation } from '../../../contract/annotation/types.ts';
import { ArticleWriter } from './article-writer.ts';
import { type CorpusCounts, DAY, IntList, type Kind, Seen } from './model.ts';
import { prng, zipfRank } from './random.ts';

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

/** Offsets of the Zipf draws: the smaller, the heavier the head (places recur most, events least). */
const SKEW = { Person: 30, Organization: 5, Place: 1, Event: 50 } as const;
/** Chance that a drawn slot is a new entity rather than one seen before. */
const NEW = { Person: 0.5, Organization: 0.3, Place: 0.05, Event: 0.9 } as const;
const START = Date.parse('2019-01-01T08:00:00+08:00');
const YEARS = 6;

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
