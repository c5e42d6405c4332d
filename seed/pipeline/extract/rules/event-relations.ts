import type { RuleRecord } from './record.ts';

/** Rules of the event-relations family (see ./record.ts). */
export const EVENT_RELATIONS_RULES = [
  {
    id: 'event:founded-at',
    family: 'event-relations',
    matches: 'FOUNDED_AT from the organisation a founding founded to the founding',
    fires: [
      {
        text: '论坛上，张江细胞与基因治疗产业创新联盟揭牌成立。',
        yields: '张江细胞与基因治疗产业创新联盟 → 张江细胞与基因治疗产业创新联盟成立',
      },
    ],
    mustNot: ['论坛上，张江细胞与基因治疗产业创新联盟介绍了工作。'],
  },
  {
    id: 'event:held-at',
    family: 'event-relations',
    matches:
      "HELD_AT from an event to the innermost place after 在 (or the zone or park whose administration it was held at, its main venue, or the first event's place)",
    fires: [
      {
        text: '粤海街道“湾区芯链”集成电路产业党建联盟成立大会在深圳湾科技生态园举行。',
        yields: '粤海街道“湾区芯链”集成电路产业党建联盟成立 → 深圳湾科技生态园',
      },
      {
        text: '12月5日，临沧边境经济合作区暨孟定跨境物流中心揭牌仪式在临沧边境经济合作区管理局举行。',
        yields: '临沧边境经济合作区暨孟定跨境物流中心揭牌仪式 → 临沧边境经济合作区',
      },
      {
        // An agreement signed at a meeting held somewhere is held there too.
        text: '5月12日，在绍兴市召开的“山海协作产业对接会”上，青石投资集团有限公司与宁国市人民政府签署产业合作协议。',
        yields: '青石投资集团有限公司与宁国市人民政府产业合作协议签署 → 绍兴市',
      },
      {
        // A group's meeting where it came.
        text: '3月24日，苏州市民营企业家代表一行多人来到吴江区，感受发展变化，并召开座谈会。',
        yields: '吴江区座谈会 → 吴江区',
      },
    ],
    mustNot: ['粤海街道“湾区芯链”集成电路产业党建联盟成立大会昨日举行。'],
  },
  {
    id: 'event:opened-in',
    family: 'event-relations',
    matches: 'LOCATED_IN of a place opened 在 another place (产业园在…开发区正式开园)',
    fires: [
      {
        text: '9月12日上午，“太湖之光”机器人产业园在吴中经济技术开发区正式开园。',
        yields: '“太湖之光”机器人产业园 → 吴中经济技术开发区',
      },
    ],
    mustNot: ['9月12日上午，“太湖之光”机器人产业园正式开园。'],
  },
  {
    id: 'event:founding-members',
    family: 'event-relations',
    matches: 'MEMBER_OF: the bodies that form an alliance together (A、B和C结成…联盟)',
    fires: [
      {
        text: '4月26日，城中街道南山社区党委、文昌社区党总支和周桥社区党总支结成“山水相依”党建联盟。',
        yields: '文昌社区党总支 → “山水相依”党建联盟',
      },
    ],
    mustNot: ['4月26日，南山社区党委、文昌社区党总支和周桥社区党总支参观了“山水相依”党建联盟。'],
  },
  {
    id: 'event:partners',
    family: 'event-relations',
    matches:
      'PARTNERS_WITH between the parties of a signing (the first named to each other one, or the pairs of the agreements)',
    fires: [
      {
        text: '日前，武侯区玉林街道党工委与四川蜀锦云数据科技有限公司党委党建共建签约仪式在蜀锦云数据大厦举行。',
        yields: '玉林街道党工委 → 四川蜀锦云数据科技有限公司党委',
      },
      {
        // The bodies of who signs (A党支部书记X与B村党总支书记Y签署…) partner.
        text: '5月9日，杭州禾丰电子有限公司党支部与新桥村举行结对共建签约仪式。杭州禾丰电子有限公司党支部书记方立言与新桥村党总支书记邬晓梅签署了结对共建协议。',
        yields: '杭州禾丰电子有限公司党支部 → 新桥村党总支',
      },
      {
        // A body referred back to after 代表, the other side written after its town.
        text: '8月30日，瑞丰物流有限公司与叶榭镇望溪村举行结对共建签约仪式。瑞丰物流有限公司董事长覃立言代表公司与叶榭镇望溪村党总支签署城乡结对帮扶协议书。',
        yields: '瑞丰物流有限公司 → 望溪村党总支',
      },
      {
        // The bodies a later sentence says started what the ceremony signs.
        text: '3月13日，渭南云帆物流有限公司党支部举行党建联建签约仪式。此次党建联建由临渭区税务局党支部、渭南柏瑞食品有限公司党支部、渭南云帆物流有限公司党支部共同发起。',
        yields: '临渭区税务局党支部 → 渭南柏瑞食品有限公司党支部',
      },
      {
        // …and the first of them written after the places it is in.
        text: '3月13日，渭南云帆物流有限公司党支部举行党建联建签约仪式。此次党建联建由渭南市临渭区杜桥街道东风社区党委、渭南柏瑞食品有限公司党支部、渭南云帆物流有限公司党支部共同发起。',
        yields: '东风社区党委 → 渭南柏瑞食品有限公司党支部',
      },
    ],
    mustNot: ['日前，武侯区玉林街道党工委党建工作推进会在蜀锦云数据大厦举行。'],
  },
  {
    id: 'event:visited-place',
    family: 'event-relations',
    matches: 'HELD_AT from a visit (or a touring meeting) to each place it went to (来到位于X街道的Y公司)',
    fires: [
      {
        text: '10月19日，常务副省长许卫国在无锡、常州调研制造业高质量发展工作。在无锡，许卫国来到位于江阴市的江苏澄信重型装备有限公司。',
        yields: '制造业高质量发展工作调研 → 江阴市',
      },
      {
        // Where the leader went closes its own clause before the verb.
        text: '2月29日，区政协主席柏毓来到扶欢临港产业城，走访调研委员企业。',
        yields: '委员企业走访调研 → 扶欢临港产业城',
      },
    ],
    mustNot: ['10月19日，常务副省长许卫国调研制造业高质量发展工作，来到江苏澄信重型装备有限公司察看生产线。'],
  },
] as const satisfies readonly RuleRecord[];
