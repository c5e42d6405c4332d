import type { RuleRecord } from './record.ts';

/** Rules of the events family for visits to the page's own unit (see ./record.ts; read by events/own-unit-visits.ts). */
export const OWN_UNIT_VISITS_RULES = [
  {
    id: 'event:visit-our-unit',
    family: 'events',
    matches:
      "`<leader, group or surname+title>到/莅临/来(到)/至我<unit>(实地)<visit verb>(<subject>)`: a visit to the page's own unit, named after the subject, else after the town or county the page names (我县), or the page's own association or council (我会, 本会)",
    fires: [
      {
        // Everyone the clause names before the going comes; the subject after the verb names it.
        text: '9月14日，湖州市德清县政协副主席柏文远与县商务局局长吕岚等五人莅临我厂调研外贸订单恢复情况。',
        yields: '外贸订单恢复情况调研',
      },
      {
        // A leader by surname and title only; 我县 is the county the page names in another sentence.
        text: '4月8日下午，吴主任来我县视察，察看了多个安置小区。次日，吴主任在开化县马金镇召开座谈会。',
        yields: '开化县视察',
      },
      {
        // Guiding written right after the verb is part of it (视察指导), and 工作 after it says nothing.
        text: '5月6日，蒲主任来我县视察指导工作，察看了两处安置小区。当天，蒲主任在开化县池淮镇召开座谈会。',
        yields: '开化县视察指导',
      },
      {
        // 我会: the page's own association, the body ending in 会 named right after the going (not the comers').
        text: '6月3日，青川县工商联副主席柏文远一行莅临我会考察，并与禾川商会会员代表座谈。',
        yields: '禾川商会考察',
      },
      {
        // 本会 called on (参访): a body opening the comers' clause is named with it, like a courtesy call.
        text: '9月2日上午，青溪商会会长林远山一行至本会参访，禾川商会会长吕岚接待。',
        yields: '青溪商会参访禾川商会',
      },
    ],
    mustNot: [
      '诚邀各界朋友莅临我厂调研指导。',
      // A welcome is no visit the page reports; 指导 after the verb is part of it, no subject.
      '4月8日，开化县召开座谈会。热烈欢迎市长柏文远一行莅临我县视察指导。',
      // A body of the page's with no subject.
      '7月1日，市政协常委柏文远一行走进我厂考察。',
      // 我县 that no county of the page resolves names nothing.
      '4月8日下午，吴主任来我县视察，察看了多个安置小区。',
      // 我会 with no body ending in 会 on the page names nothing.
      '6月3日，青川县工商联副主席柏文远一行莅临我会考察。',
    ],
  },
] as const satisfies readonly RuleRecord[];
