import type { RuleRecord } from './record.ts';

/** Rules of the venues family (see ./record.ts): places named by where the page says something happened. */
export const VENUES_RULES = [
  {
    id: 'named:venue-held',
    family: 'venues',
    matches:
      'a name ending like a building or room (酒店, 宾馆, 饭店, 会议中心, 会议室, 厅, 馆, 大厦, 党校, 基地, 工作室 …) between 在/于 and the act held there (召开, 举行, 举办, 会见, 会谈, 座谈, 签署 …, or 由 opening who acts), whatever its words read as; named after a full division written in front (the division is where it is), the building before a floor (某大厦8层某厅), none for a body’s numbered room (镇政府二楼会议室) or a settlement’s or division’s own room (某社区会议室: the settlement is the place), a determiner or the room kind alone (该酒店, 会议室); a place already read by its ending that ends there keeps its start',
    fires: [
      { text: '本月8日，禾川茶商联谊会年会在禾园悦澜度假酒店举办。', yields: '禾园悦澜度假酒店' },
      { text: '县长李明5日于大成悦享酒店由两家单位负责人签订框架协议。', yields: '大成悦享酒店' },
      { text: '下午，项目推进会在县宾馆召开。', yields: '县宾馆' },
      { text: '青川区政协常委会议在青川区政协会议室举行。', yields: '青川区政协会议室' },
      { text: '联席会在安享度假大厦8层禾城厅召开。', yields: '安享度假大厦' },
      // An organisation's room: the room is the venue, the organisation stays one.
      { text: '茶农代表恳谈会下午在禾川茶叶协会会客室开幕，会长李明到会。', yields: '禾川茶叶协会会客室' },
      { text: '签约仪式在杭州市安享度假酒店举行。', yields: '安享度假酒店' },
    ],
    mustNot: [
      '座谈会在禾溪镇政府二楼会议室召开。',
      '交流会在该酒店举行。',
      '结对活动在禾溪社区会议室举办。',
      '双方在会议室举行会谈。',
      '他在酒店大堂等候客人。',
    ],
  },
] as const satisfies readonly RuleRecord[];
