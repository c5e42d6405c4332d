import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../../../contract/annotation/types.ts';
import { alignEventsByNeighbours } from '../../../../../seed/pipeline/eval/event-alignment.ts';
import { scoreArticle } from '../../../../../seed/pipeline/eval/score.ts';

type Edge = [string, string, string, Record<string, unknown>?];

function annotation(entities: string[], relations: Edge[]): Annotation {
  const type = (id: string) =>
    id.startsWith('event:') ? 'Event' : id.startsWith('person:') ? 'Person' : 'Organization';
  return {
    schemaVersion: 1,
    article: {
      id: 'a',
      title: 't',
      publishedAt: null,
      source: null,
      reporters: [],
      language: 'zh',
      text: 'x',
    },
    entities: entities.map((id) => ({ id, type: type(id), name: id })),
    relations: relations.map(([relationType, from, to, properties]) => ({
      type: relationType as Annotation['relations'][number]['type'],
      from,
      to,
      ...(properties ? { properties } : {}),
      evidence: { text: 'x', start: 0, end: 1 },
    })),
  };
}

const attendee = { role: 'attendee' };

describe('events matched by their neighbours, names aside', () => {
  const gold = annotation(
    [
      'person:甲',
      'person:乙',
      'org:丙',
      'event:2024-05-06:丙与丁合作协议签约仪式',
      'event:2024-05-06:丙座谈会',
    ],
    [
      ['PARTICIPATED_IN', 'person:甲', 'event:2024-05-06:丙与丁合作协议签约仪式', attendee],
      ['PARTICIPATED_IN', 'person:乙', 'event:2024-05-06:丙与丁合作协议签约仪式', attendee],
      ['PARTICIPATED_IN', 'org:丙', 'event:2024-05-06:丙座谈会', attendee],
    ],
  );

  it('renames a differently named event to the gold event sharing most participants', () => {
    const predicted = annotation(
      ['person:甲', 'person:乙', 'org:丙', 'event:2024-05-06:合作协议签约', 'event:2024-05-06:丙交流座谈'],
      [
        ['PARTICIPATED_IN', 'person:甲', 'event:2024-05-06:合作协议签约', attendee],
        ['PARTICIPATED_IN', 'person:乙', 'event:2024-05-06:合作协议签约', attendee],
        ['PARTICIPATED_IN', 'org:丙', 'event:2024-05-06:丙交流座谈', attendee],
      ],
    );
    expect(scoreArticle('a', predicted, gold).relations.truePositives).toBe(0);
    const aligned = scoreArticle('a', alignEventsByNeighbours(predicted, gold), gold);
    expect(aligned.relations).toMatchObject({ truePositives: 3, predicted: 3, gold: 3 });
    expect(aligned.entities.truePositives).toBe(5);
  });

  it('keeps an event that shares nobody, and gives each gold event to one predicted event only', () => {
    const predicted = annotation(
      ['person:甲', 'person:乙', 'event:2024-05-06:签约', 'event:2024-05-06:揭牌', 'event:2024-05-06:参观'],
      [
        ['PARTICIPATED_IN', 'person:甲', 'event:2024-05-06:签约', attendee],
        ['PARTICIPATED_IN', 'person:乙', 'event:2024-05-06:签约', attendee],
        ['PARTICIPATED_IN', 'person:甲', 'event:2024-05-06:揭牌', attendee],
      ],
    );
    const ids = alignEventsByNeighbours(predicted, gold)
      .entities.filter((e) => e.type === 'Event')
      .map((e) => e.id);
    expect(ids).toEqual([
      'event:2024-05-06:丙与丁合作协议签约仪式',
      'event:2024-05-06:揭牌',
      'event:2024-05-06:参观',
    ]);
  });

  it('leaves an event the gold already has as it is', () => {
    const predicted = annotation(
      ['person:甲', 'event:2024-05-06:丙座谈会'],
      [['PARTICIPATED_IN', 'person:甲', 'event:2024-05-06:丙座谈会', attendee]],
    );
    expect(alignEventsByNeighbours(predicted, gold)).toBe(predicted);
  });
});
