import type { RuleRecord } from './record.ts';

/** Rules of the venues family (see ./record.ts): places named by where the page says something happened. */
export const VENUES_RULES = [
  {
    id: 'named:venue-held',
    family: 'venues',
    matches:
      'a name ending like a building or room (酒店, 宾馆, 饭店, 会议中心, 中心 but not 服务中心, 会议室, 厅, 馆, 大厦, 党校, 基地, 工作室 …) between 在/于 (or the 假, 假座 of Hong Kong and Macau pages, 假<venue>舉行, which the analysis copy reads as 在: venue-preposition.ts; not 度假, 暑假, 请假 …) and the act held there (召开, 举行, 举办, 会见, 会谈, 座谈, 签署 …, or 由 opening who acts), whatever its words read as, when its head has a proper part (two characters or more, not one common word or everyday words, no vague place word, not a bare level or body unless a division or an organisation’s name starts there); named after a full division written in front (the division is where it is), the building before a floor (某大厦8层某厅), none for a body’s numbered room (镇政府二楼会议室) or a settlement’s or division’s own room (某社区会议室: the settlement is the place), a determiner or the room kind alone (该酒店, 会议室); a place already read by its ending that ends there keeps its start',
    fires: [
      { text: '本月8日，禾川茶商联谊会年会在禾园悦澜度假酒店举办。', yields: '禾园悦澜度假酒店' },
      { text: '协议文本于汇成安享度假酒店由两家单位负责人共同签订。', yields: '汇成安享度假酒店' },
      { text: '青川区政协常委会议在青川区政协会议室举行。', yields: '青川区政协会议室' },
      { text: '联席会在安享度假大厦8层禾城厅召开。', yields: '安享度假大厦' },
      // An organisation's room: the room is the venue, the organisation stays one.
      { text: '茶农代表恳谈会下午在禾川茶叶协会会客室开幕，会长李明到会。', yields: '禾川茶叶协会会客室' },
      { text: '签约仪式在杭州市安享度假酒店举行。', yields: '安享度假酒店' },
      // 假<venue>舉行: Hong Kong's and Macau's associations hold their ceremonies "at" a venue so written.
      { text: '禾港同鄉會週年會慶今晚假如意灣酒店舉行。', yields: '如意湾酒店' },
      { text: '該會於五月三日至六日假青禾文化館舉辦展銷會。', yields: '青禾文化馆' },
      { text: '禾港商會昨晚假座翠峰文化館舉行春茗聯歡。', yields: '翠峰文化馆' },
      // Any centre the act is held at (not a centre of services: a body's premises).
      { text: '青禾商会成立大会在禾湾国际交流中心隆重举行。', yields: '禾湾国际交流中心' },
    ],
    mustNot: [
      '座谈会在禾溪镇政府二楼会议室召开。',
      '交流会在该酒店举行。',
      // A head with no proper part names every page's room: a common word, a bare level or body, a vague place.
      '座谈会在体育馆举行。',
      '签约仪式在宴会厅举行。',
      '区长林可在贵宾厅会见了客商。',
      '座谈会在公司会议室召开。',
      '业务培训会在乡政府会议室举办。',
      '座谈会在展馆举行。',
      '推介会在当地一家酒店举行。',
      '项目推进会在县宾馆召开。',
      '结对活动在禾溪社区会议室举办。',
      '双方在会议室举行会谈。',
      '他在酒店大堂等候客人。',
      '员工暑假禾园度假酒店举行联欢。',
      '成立仪式在临江街道党群服务中心举行。',
    ],
  },
] as const satisfies readonly RuleRecord[];
