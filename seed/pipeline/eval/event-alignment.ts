import type { Annotation } from '../../../contract/annotation/types.ts';

/**
 * A diagnostic beside the guide's strict scoring: an event's id holds its name, and two careful readers name one
 * happening differently (`合作协议签约仪式`, `X与Y合作协议签约`), so a strict miss on the name also misses every
 * relation of the event. Here each predicted event the gold does not have takes the id of the gold event it shares
 * most neighbours with (participants, venue, founded body), one to one, largest overlap first, when their days agree
 * (or one has none) and at least half the neighbours of the smaller of the two are shared; any other keeps its id. Scoring the result tells finding the happening and its people apart from naming it as the
 * gold does.
 */
export function alignEventsByNeighbours(predicted: Annotation, gold: Annotation): Annotation {
  const goldEvents = eventIds(gold).filter((id) => !hasEntity(predicted, id));
  const predictedEvents = eventIds(predicted).filter((id) => !hasEntity(gold, id));
  const pairs = goldEvents.flatMap((goldId) => {
    const around = neighbours(gold, goldId);
    return predictedEvents.flatMap((predictedId) => {
      const near = neighbours(predicted, predictedId);
      const shared = [...near].filter((id) => around.has(id)).length;
      // Another day is another happening; one leader shared among many people is no sign of the same one.
      const fewest = Math.min(near.size, around.size);
      if (!sameDay(goldId, predictedId) || shared * 2 < fewest) return [];
      return [{ goldId, predictedId, shared }];
    });
  });
  const renamed = new Map<string, string>();
  const taken = new Set<string>();
  for (const pair of pairs.filter((p) => p.shared > 0).sort((a, b) => b.shared - a.shared)) {
    if (renamed.has(pair.predictedId) || taken.has(pair.goldId)) continue;
    renamed.set(pair.predictedId, pair.goldId);
    taken.add(pair.goldId);
  }
  if (renamed.size === 0) return predicted;
  const id = (x: string) => renamed.get(x) ?? x;
  return {
    ...predicted,
    entities: predicted.entities.map((e) => ({ ...e, id: id(e.id) })),
    relations: predicted.relations.map((r) => ({ ...r, from: id(r.from), to: id(r.to) })),
  };
}

/** Days agree, or one of the two ids has none (`event:<name>`: the page gave no date the extractor could read). */
function sameDay(a: string, b: string): boolean {
  const day = (id: string) => /^event:(\d{4}-\d{2}-\d{2}):/.exec(id)?.[1];
  const [x, y] = [day(a), day(b)];
  return x === undefined || y === undefined || x === y;
}

function eventIds(a: Annotation): string[] {
  return a.entities.filter((e) => e.type === 'Event').map((e) => e.id);
}

function hasEntity(a: Annotation, id: string): boolean {
  return a.entities.some((e) => e.id === id);
}

function neighbours(a: Annotation, id: string): Set<string> {
  const out = new Set<string>();
  for (const r of a.relations) {
    if (r.from === id) out.add(r.to);
    if (r.to === id) out.add(r.from);
  }
  return out;
}
