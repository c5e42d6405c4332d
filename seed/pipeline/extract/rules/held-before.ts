import type { RuleRecord } from './record.ts';

/**
 * Rules of the events family for happenings told after the verb that holds them (`举行<phrase><noun>`, a congress's
 * opening holding another, an organisation's own act's ceremony); the rest in ./events.ts (see ./record.ts).
 */
export const HELD_BEFORE_RULES = [
  {
    id: 'event:held-before',
    family: 'events',
    matches: '`举行/举办/召开<phrase><仪式/会/论坛>`: the phrase names it, held where the clause before says',
    fires: [
      // A promotion and a signing joined by 暨 are two happenings; the division opening the first, written short,
      // holds the second too.
      {
        text: '在上海举行信阳绿色产业推介暨项目签约仪式，市委书记柯星率团出席。',
        yields: '信阳绿色产业推介',
      },
      {
        text: '在上海举行信阳绿色产业推介暨项目签约仪式，市委书记柯星率团出席。',
        yields: '信阳项目签约仪式',
      },
      {
        // A meeting told only in a dated relative clause by its bare noun (10日晚): named by the noun.
        text: '各商会负责人回到家乡。在10日晚召开的座谈会上，副县长陈立言介绍了重点项目招商情况。',
        yields: '座谈会',
      },
      {
        // A meeting told with its own day in a relative clause (在<day>召开的…会上).
        text: '据悉，在9月12日举行的青湾新区管委会第五次主任办公会上，新区部署了三项行动。',
        yields: '青湾新区管委会第五次主任办公会',
      },
      { text: '观摩结束后，召开了重大项目建设推进会。', yields: '重大项目建设推进会' },
      {
        // 全区 opening the name is the page's district (the guide).
        text: '11月3日，雁塔区委副书记、区长周明远主持召开全区外贸经济运行分析调度会。',
        yields: '雁塔区外贸经济运行分析调度会',
      },
      {
        // The rest of the sides counted and the round are no part of the name.
        text: '5月10日下午，在望溪村大会议室举行了瑞丰公司党支部与望溪村党支部等6家共建单位新一轮结对共建签约活动。',
        yields: '瑞丰公司党支部与望溪村党支部结对共建签约活动',
      },
      {
        text: '5月24日，区委常委、常务副区长朱新远主持召开重大项目督查协调会。',
        yields: '重大项目督查协调会',
      },
      {
        // 办公会议 whole (not 办公会 and a stray 议).
        text: '3月3日，区长朱新远主持召开区长办公会议，研究部署重点工作。',
        yields: '区长办公会议',
      },
      {
        // 在<place>举行的“…”: named by its own words, not after the place.
        text: '10月27日，在宜昌市举行的“2024年全市文旅产业合作开发工作座谈会暨合作项目签约”会上，各方交流了经验。',
        yields: '2024年全市文旅产业合作开发工作座谈会',
      },
      {
        // Bodies listed as holding the unveiling of a thing organise it: named by what was unveiled.
        text: '3月9日上午，东湖开发区管委会、东湖区柳溪乡人民政府举行东湖.柳溪智造园揭牌仪式。',
        yields: '东湖柳溪智造园揭牌仪式',
      },
    ],
    mustNot: [
      // A wish for more (举办更多交流活动) tells of no happening.
      '禾川商会会长林青川表示，希望商会今后举办更多交流活动，服务会员。',
      // A session only prepared for (召开…的相关事宜) is no happening yet.
      '会议还研究了召开县人大常委会第九次会议的相关事宜。',
      // A document's title: 《…关于召开…的决定》 tells of no happening.
      '理事会审议了《关于召开青禾商会第五届会员大会的通知》。',
      // 办理 an activity: no happening read (it may be one told again).
      '花莲县农会在车站广场办理年度农产品推广活动。',
      // Still to come (将于…举办): no happening the article reports.
      '会长林青表示，第三届青禾茶叶博览会将于十月初开幕，由青禾商会在会展中心举办。',
      '观摩结束后，计划召开重大项目建设推进会。',
      // Told of again (召开的 without quotes), and how often one is to be held.
      '本次会议是落实有关要求组织召开的长宁区首场民营经济圆桌会。',
      '联盟成员单位每年召开1次联席会议。',
    ],
  },
  {
    id: 'event:congress-holds',
    family: 'events',
    matches:
      '`第N届X大会开幕式举行<phrase>仪式`: the congress is a happening, and what is held at it is named after it',
    fires: [
      {
        text: '9月20日，第五届江禾数字经济大会开幕式举行重点合作签约仪式，市长周川致辞。',
        yields: '第五届江禾数字经济大会',
      },
      {
        text: '9月20日，第五届江禾数字经济大会开幕式举行重点合作签约仪式，市长周川致辞。',
        yields: '第五届江禾数字经济大会重点合作签约仪式',
      },
    ],
    mustNot: [
      '9月20日，江禾集团在大会期间举行重点合作签约仪式。',
      '周川表示，明年将举办第六届江禾数字经济大会。',
    ],
  },
  {
    id: 'event:own-act-ceremony',
    family: 'events',
    matches:
      '`<organisation>举行<act>仪式` (某支行举行开业仪式): the ceremony of its own act, named after it',
    fires: [
      // An activity's ceremony (…活动交接仪式) is named up to the ceremony, not at the activity.
      {
        text: '4月8日，青禾商会在会所举行年度轮值主席活动交接仪式。',
        yields: '青禾商会年度轮值主席活动交接仪式',
      },
      {
        text: '3月8日，湖南湘潭农村商业银行股份有限公司岳塘科创支行举行开业仪式。',
        yields: '湖南湘潭农村商业银行股份有限公司岳塘科创支行开业仪式',
      },
      {
        // A byline before it and a day between; a handover (新、旧任…交接) keeps its holder.
        text: '(记者吴佳颖/嘉义报导)嘉义县农会今(15)日下午举行新、旧任理事长交接典礼，议长周明远到场祝贺。',
        yields: '嘉义县农会新、旧任理事长交接典礼',
      },
    ],
    mustNot: ['3月8日，湖南湘潭农村商业银行股份有限公司岳塘科创支行举行座谈会。'],
  },
] as const satisfies readonly RuleRecord[];
