import { describe, expect, it } from 'vitest';
import { alignEventsByNeighbours } from '../../../../../seed/pipeline/eval/event-alignment.ts';
import { scoreArticle } from '../../../../../seed/pipeline/eval/score.ts';
import { annotation } from './annotation.ts';

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

  it('pairs no events of other days, nor ones that share one person of many', () => {
    const otherDay = annotation(
      ['person:甲', 'person:乙', 'event:2024-05-07:签约'],
      [
        ['PARTICIPATED_IN', 'person:甲', 'event:2024-05-07:签约', attendee],
        ['PARTICIPATED_IN', 'person:乙', 'event:2024-05-07:签约', attendee],
      ],
    );
    expect(alignEventsByNeighbours(otherDay, gold)).toBe(otherDay);
    const meeting = (id: string, people: string[]) =>
      annotation(
        [...people, id],
        people.map((p): [string, string, string] => ['PARTICIPATED_IN', p, id]),
      );
    const crowdGold = meeting('event:2024-05-06:丙座谈会', [
      'person:甲',
      'person:乙',
      'person:丙',
      'person:丁',
    ]);
    const onePerson = meeting('event:2024-05-06:调研', ['person:甲', 'person:戊', 'person:己', 'person:庚']);
    expect(alignEventsByNeighbours(onePerson, crowdGold)).toBe(onePerson);
  });

  it('leaves an event the gold already has as it is', () => {
    const predicted = annotation(
      ['person:甲', 'event:2024-05-06:丙座谈会'],
      [['PARTICIPATED_IN', 'person:甲', 'event:2024-05-06:丙座谈会', attendee]],
    );
    expect(alignEventsByNeighbours(predicted, gold)).toBe(predicted);
  });
});
