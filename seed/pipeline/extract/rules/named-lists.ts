import type { RuleRecord } from './record.ts';

/** Rules of the named family for names read from lists (trades, places visited); the rest in ./named.ts (see ./record.ts). */
export const NAMED_LISTS_RULES = [
  {
    id: 'named:trade-list',
    family: 'named',
    matches:
      'a list of sites a visit went to (参观/走访/深入 A、B) where no item is named by its ending but each is a brand before a trade word (科技, 化工, 纺织): firms by their brand',
    fires: [
      { text: '代表团参观了禾川科技、鼎丰化工。', yields: '禾川科技' },
      { text: '代表团参观了禾川科技、鼎丰化工。', yields: '鼎丰化工' },
    ],
    mustNot: [
      // Plain nouns of a trade, places, or no visit verb before the list.
      '代表团参观了文化科技、教育科技展区。',
      '代表团参观了青川县、余杭区。',
      '禾川科技、鼎丰化工两家企业负责人发言。',
    ],
  },
  {
    id: 'named:visit-list',
    family: 'named',
    matches:
      'the bare items of a list of sites a visit went to (深入A产业园、B、C等) beside one named by its ending: firms by their brand',
    fires: [
      {
        text: '区长韩立先后到宁湖电气、远山纺织、北岭物流公司检查安全生产。',
        yields: '远山纺织',
      },
      { text: '县长郑川走访了青禾产业园、宁湖光电、远山机械，了解项目进展。', yields: '宁湖光电' },
      // The part of the firm seen (车间) after the last item, and 进行 before the visit verb.
      { text: '县长郑川一行深入远岫酿造、禾丰包装公司生产线实地察看。', yields: '远岫酿造' },
      { text: '县长郑川先后深入到宁湖光电、远山机械、北岭物流公司开展调研。', yields: '远山机械' },
    ],
    mustNot: [
      '县长林一先后深入青禾物流产业园、项目工地、生产车间等，实地察看生产经营。',
      '县长林一先后深入青禾村、远山村、北岭村等，实地察看。',
      // Everyday sites beside a named one are no firms.
      '调研组先后深入青禾产业园、种植大棚、物流仓库等，实地察看。',
      '调研组先后深入青禾产业园、田间地头、农户家中等，实地察看。',
      '调研组前往青禾产业园、蔬菜基地、冷链中心调研。',
      '调研组前往青禾产业园、张家大院、李氏宗祠调研。',
      '调研组到青禾产业园、智慧农业示范区、污水处理厂调研。',
    ],
  },
] as const satisfies readonly RuleRecord[];
