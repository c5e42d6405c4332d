/**
 * The corpus's shapes and bookkeeping (./generate.ts): entity kinds, a reference to an entity of a kind, the cast
 * of one article, the counts, growing lists, which entities have been shown.
 */

export type Kind = 'Person' | 'Organization' | 'Place' | 'Event';

export const DAY = 86_400_000;

/** Typed lists that grow (one number per entity: its employer, location, parent). */
export class IntList {
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
export class Seen {
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

export interface Ref {
  type: Kind;
  index: number;
}

export interface CorpusCounts {
  articles: number;
  entities: number;
  /** Entities created, including some that never appear (an employer of someone shown without it). */
  byType: Record<Kind, number>;
  relations: number;
  mentions: number;
}

/** The entities one article is about, and the facts fixed for them when they first appeared. */
export interface Cast {
  persons: number[];
  orgs: number[];
  places: number[];
  events: number[];
  employer(p: number): number;
  location(o: number): number;
  parent(o: number): number;
  eventDay(e: number): number;
}
