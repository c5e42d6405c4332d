import type { RuleRecord } from './record.ts';

/**
 * Rules of the events family for trips and what happens on them (see ./record.ts): visits, inspections and
 * delegations, the meetings held where a visit went, receptions, and alliances founded or launched.
 */
export const VISITS_RULES = [
  {
    id: 'event:visit',
    family: 'events',
    matches:
      '`(带队|率队|到<places or bodies>)调研/走访/考察/督导/视察/观摩 <object>` after a titled leader: a visit named after its subject',
    fires: [
      {
        // Where the leader goes may be a bare 园区一线.
        text: '6月3日，江岸区委书记郁文澜深入园区一线调研企业，了解生产经营情况。',
        yields: '企业调研',
      },
      {
        text: '5月9日上午，历城区委书记范承志带队调研全区重点产业项目建设情况。',
        yields: '历城区重点产业项目建设情况调研',
      },
      {
        text: '5月8日，云岩区委书记祁望舒到贵州黔丰农业科技有限公司调研企业生产经营情况。',
        yields: '企业生产经营情况调研',
      },
      {
        // A place no list knows, told by its head; 调研考察 as one verb, kept whole.
        text: '5月9日上午，区委书记祁望舒到龙溪工业集中区调研考察项目推进情况。',
        yields: '项目推进情况调研考察',
      },
      {
        // A group led, closing its own clause, comes to 我区.
        text: '8月28日，市工商联党组书记祁望舒带领调研组，来我区调研统一战线服务大局工作。',
        yields: '统一战线服务大局工作调研',
      },
      { text: '3月9日下午，云岩区委书记祁望舒带队观摩重点项目建设。', yields: '重点项目建设观摩' },
    ],
    mustNot: [
      '5月9日上午，历城区委书记范承志听取全区重点产业项目建设情况汇报。',
      '5月8日，历城区委书记范承志到浙江省杭州市萧山区考察学习，副区长孟晓陪同。',
      // A trip away (赴) is not named after its subject alone.
      '5月8日，历城区委书记范承志赴浙江省杭州市萧山区调研数字经济发展情况。',
    ],
  },
  {
    id: 'event:activity-visit',
    family: 'events',
    matches:
      '`<titled>率队(先后)赴A、B等企业开展<X走访慰问>活动`, `带领…赴<division>开展异地视察活动`: a visit told as an activity, named by it (X走访慰问) or, when it says only how, after where it went and how (<division>异地视察)',
    fires: [
      {
        text: '2月2日上午，区委书记霍东篱率队先后赴淮鑫化工、安澜矿装等企业开展春节走访慰问活动，为企业送去新春祝福。',
        yields: '春节走访慰问',
      },
      {
        // A leader bringing a group; how it was done (异地) names nothing, so where it went does.
        text: '5月20日，开化县政协主席柏青山带领部分县政协委员赴丽水市开展异地视察活动。',
        yields: '丽水市异地视察',
      },
      {
        // An inspection of a division needs no titled leader.
        text: '11月18日，市政协组织部分委员赴昆山市开展异地视察活动。',
        yields: '昆山市异地视察',
      },
    ],
    mustNot: [
      '2月2日上午，区委书记霍东篱表示，各单位要赴企业开展春节走访慰问活动，为企业送去新春祝福。',
      '市政协将组织部分委员赴昆山市开展异地视察活动。',
    ],
  },
  {
    id: 'event:meeting-after-visit',
    family: 'events',
    matches:
      "`座谈会上，…` opening a sentence after a visit named by what or whom it saw (no meeting read, no division visited): the visit's meeting, named by the visit's words (<company>座谈会)",
    fires: [
      {
        text: '9月2日，区委书记罗一鸣走访调研南川精工机械有限公司。座谈会上，公司总经理钱小川汇报了生产经营情况。',
        yields: '南川精工机械有限公司座谈会',
      },
    ],
    mustNot: [
      // A meeting read before: the sentence is about it.
      '9月2日，区委书记罗一鸣走访调研南川精工机械有限公司，并召开座谈会。座谈会上，公司总经理钱小川汇报了生产经营情况。',
      // No visit before.
      '9月2日，南川精工机械有限公司召开年度总结会。座谈会上，公司总经理钱小川汇报了生产经营情况。',
    ],
  },
  {
    id: 'event:meeting-told-after',
    family: 'events',
    matches:
      "`座谈会上，…` opening a sentence after a visit to a division, with no meeting read: the visit's meeting, named after where it went",
    fires: [
      {
        text: '6月3日，青州市委常委、常务副市长戚晓率青州市经贸考察团一行来鹤壁市考察。\n座谈会上，鹤壁市副市长褚清和介绍了鹤壁市经济社会发展情况。',
        yields: '鹤壁市座谈会',
      },
      {
        // Named in full where what is said was said.
        text: '6月3日，青州市副市长戚晓带队赴鹤壁市考察。\n在青州·鹤壁产业合作座谈会上，两地负责人作了发言。',
        yields: '青州·鹤壁产业合作座谈会',
      },
    ],
    mustNot: [
      // No visit told before.
      '在青州·鹤壁产业合作座谈会上，两地负责人作了发言。',
      '6月3日，戚晓一行来鹤壁市考察，并召开座谈会。\n座谈会上，鹤壁市副市长褚清和介绍了鹤壁市经济社会发展情况。',
      '6月3日，鹤壁市召开民营企业座谈会。\n座谈会上，鹤壁市副市长褚清和介绍了鹤壁市经济社会发展情况。',
    ],
  },
  {
    id: 'event:visit-to',
    family: 'events',
    matches: '`(带队|率队|一行)(N人)赴/到/莅临<place>调研/考察`: a visit to a place',
    fires: [
      { text: '上周五，余姚市副市长岑立峰带队赴泗门镇调研。', yields: '泗门镇调研' },
      { text: '9月6日，余姚市副市长岑立峰一行8人莅临泗门镇调研。', yields: '泗门镇调研' },
      {
        // A group counted roughly, then where it went; the trip named after the place and its first verb.
        text: '7月11日，青禾区企业联合会党支部一行近30人，前往松江区叶榭镇开展考察学习交流活动。',
        yields: '叶榭镇考察',
      },
      {
        // 参访 before where it went; a division written short is named in full.
        text: '6月12日，温州市瓯海区与衢州市柯城区签署合作协议。同日，柯城区委书记钟离恒率区委办主任尉迟明等一行6人参访瓯海。',
        yields: '瓯海区参访',
      },
      {
        // A group named by its kind (考察组, 参观团) going; 参观交流 named whole.
        text: '7月9日，余姚市工商联主席岑立峰陪同柯城区商会考察组来泗门镇考察。',
        yields: '泗门镇考察',
      },
      {
        text: '4月3日，泗门镇镇长岑立峰率农业等部门负责人一行赴马渚镇参观交流。',
        yields: '马渚镇参观交流',
      },
      {
        // 走访调研 named whole.
        text: '5月14日，余姚市副市长岑立峰带队赴泗门镇开展走访调研，了解农业产业发展情况。',
        yields: '泗门镇走访调研',
      },
    ],
    mustNot: [
      '上周五，余姚市副市长岑立峰赴泗门镇。',
      '柯城区委书记钟离恒一行6人将参访瓯海区的计划已经确定。',
      // 我市 with no city known names nothing.
      '6月3日，青州市经贸考察团一行赴我市进行考察。',
    ],
  },
  {
    id: 'event:formed-alliance',
    family: 'events',
    matches:
      '`A、B和C结成/组建<alliance>`: the founding of the alliance by the bodies listed before the verb',
    fires: [
      {
        text: '4月26日，城中街道南山社区党委、文昌社区党总支和周桥社区党总支结成“山水相依”党建联盟。',
        yields: '“山水相依”党建联盟成立',
      },
    ],
    mustNot: ['4月26日，南山社区党委、文昌社区党总支和周桥社区党总支参观了“山水相依”党建联盟。'],
  },
  {
    id: 'event:visit-kind',
    family: 'events',
    matches:
      '`<titled person>深入/到<places>部分/重点<kind>企业调研，`: a visit to companies of a kind, named by the kind',
    fires: [
      {
        text: '11月19日，云岩区委副书记、区长祁望舒深入云岩区部分工业企业调研，了解企业生产情况。',
        yields: '工业企业调研',
      },
    ],
    mustNot: ['11月19日，云岩区委副书记、区长祁望舒要求深入部分工业企业，了解企业生产情况。'],
  },
  {
    id: 'event:visit-at',
    family: 'events',
    matches:
      '`<titled person, or a known one with 一行>(还)到/赴/前往<places or bodies>(开展)调研/考察/走访…` with nothing after the verb: a visit named after the last place',
    fires: [
      {
        text: '2023年5月8日，云岩区委书记祁望舒到东溪智造园调研，了解园区企业生产情况。',
        yields: '东溪智造园调研',
      },
      {
        // 并召开座谈会 after the verb is another act, not what the visit is about.
        text: '6月3日，江岸区委书记郁文澜到临江科创园调研并召开座谈会。',
        yields: '临江科创园调研',
      },
      {
        // A leader bringing a group to a bare 园区.
        text: '9月13日下午，市委常委、宣传部长顾明远带领宣传部机关工作人员来园区调研，园区管委会主任朱清和陪同调研。',
        yields: '园区调研',
      },
      {
        text: '5月8日，云岩区委书记祁望舒出席座谈会。当天下午，祁望舒一行还前往贵州黔丰农业科技有限公司开展实地调研。',
        yields: '贵州黔丰农业科技有限公司实地调研',
      },
      {
        text: '5月8日，云岩区委书记祁望舒到浙江省杭州市萧山区考察学习，副区长孟晓陪同。',
        yields: '萧山区考察学习',
      },
      {
        // 赴 right after the leader's name (the name ends there).
        text: '1月9日，县委书记伍建军赴石岭镇调研，听取全镇工作汇报。',
        yields: '石岭镇调研',
      },
    ],
    mustNot: ['2023年5月8日，欢迎大家到东溪智造园调研，共谋发展。'],
  },
  {
    id: 'event:body-activity',
    family: 'events',
    matches:
      '`<body>开展<what>视察/调研/考察/走访活动` with the body opening its clause: a visit named by what it is (<what><verb>)',
    fires: [
      {
        text: '6月3日至8日，桃源县政协开展全县委员工作站轮值视察活动。',
        yields: '全县委员工作站轮值视察',
      },
    ],
    mustNot: [
      // How alone names nothing without where it went.
      '6月3日，桃源县政协开展异地视察活动。',
      // The body is not who carries it out.
      '6月3日，委员们围绕桃源县政协开展全县委员工作站轮值视察活动提出建议。',
    ],
  },
  {
    id: 'event:meeting-where-went',
    family: 'events',
    matches:
      "`一行到<division>开展(X暨)Y座谈会`: a meeting held where the group went, named by its own words (after 暨); `一行人对A、B进行了调研视察` after it: the group's inspection of that division (<division>调研视察)",
    fires: [
      {
        text: '6月12日，桃源县政协副主席柏青山等一行到陬市镇开展法规解读暨企业家议事座谈会。',
        yields: '企业家议事座谈会',
      },
      {
        text: '6月12日，桃源县政协副主席柏青山等一行到陬市镇开展法规解读暨企业家议事座谈会。一行人对陬市镇柑橘基地、茶叶合作社进行了调研视察。',
        yields: '陬市镇调研视察',
      },
    ],
    mustNot: [
      // Where it went is no division.
      '6月12日，桃源县政协副主席柏青山等一行到基层开展法规解读暨企业家议事座谈会。',
    ],
  },
  {
    id: 'event:launched-alliance',
    family: 'events',
    matches:
      '`…在<place>(正式|共同)启动(共建)“X”党建联盟`: its founding, held there; `A、B、C等N家成员单位代表共同签署联盟公约` (or `共同签约`) after it: its signing (X联盟公约签约), the bodies listed signatories and members',
    fires: [
      {
        text: '柘城县9个基层党组织近日在城关镇溪口社区共同启动“同舟”党建联盟。',
        yields: '“同舟”党建联盟成立',
      },
      {
        text: '柘城县9个基层党组织近日在城关镇溪口社区共同启动“同舟”党建联盟。启动仪式上，柘城县城关镇溪口社区党委、柘城县市场监管局党支部、柘城县人民医院党总支等9家成员单位代表共同签署联盟公约。',
        yields: '“同舟”党建联盟公约签约',
      },
    ],
    mustNot: ['柘城县9个基层党组织近日在城关镇溪口社区讨论“同舟”党建联盟的章程。'],
  },
  {
    id: 'event:hosted-delegation',
    family: 'events',
    matches:
      "a body opening on a visiting delegation's meeting (`座谈会开始前，…`, `座谈会首先…`) with no meeting or visit read: the meeting, named after the first division the body names; `考察期间，考察团还先后走访了…` later: the visit, named after the one division holding every division written where it went",
    fires: [
      {
        text: '座谈会开始前，与会人员观看了招商短片。鸡冠区区长闵若川作了推介。\n考察期间，考察团还先后走访了鸡冠区红枫农业园区和东澜商贸中心。',
        yields: '鸡冠区座谈会',
      },
      {
        text: '座谈会开始前，与会人员观看了招商短片。鸡冠区区长闵若川作了推介。\n考察期间，考察团还先后走访了鸡冠区红枫农业园区和东澜商贸中心。',
        yields: '鸡冠区考察',
      },
    ],
    mustNot: [
      // Not opening the body.
      '鸡冠区区长闵若川作了推介。座谈会开始前，与会人员观看了招商短片。',
    ],
  },
  {
    id: 'event:reception',
    family: 'events',
    matches:
      "`<titled host>(<time>)(在<venue>)(亲切)会见/会晤/接见(了)(来访的…)<guest>`: a reception named after both sides (a host's division or body, the guest's body or division), a division first (<division>与<body>会见), held at the venue",
    fires: [
      {
        text: '7月2日，宜宾市委书记柯望川在临江宾馆会见了北辰重工股份有限公司总裁钱雨桐。',
        yields: '宜宾市与北辰重工股份有限公司会见',
      },
      {
        // The time between the host and the verb, 亲切, and the guests' coming before their body.
        text: '7月2日，宜宾市委书记柯望川当天下午亲切会见了前来考察的南川精工机械有限公司董事长罗一鸣一行。',
        yields: '宜宾市与南川精工机械有限公司会见',
      },
      {
        // Another division's delegation: named after that division.
        text: '7月2日，宜宾市委书记柯望川会见了来访的内江市党政代表团一行。',
        yields: '宜宾市与内江市会见',
      },
      {
        // A body's head receiving a division's: the division is named first.
        text: '7月2日下午，北辰重工股份有限公司总经理钱雨桐会见了来访的内江市市长罗一鸣一行。',
        yields: '内江市与北辰重工股份有限公司会见',
      },
    ],
    mustNot: [
      // No host titled before 会见.
      '7月2日，北辰重工股份有限公司总裁钱雨桐表示，将加快项目建设。',
      // A host received by no company.
      '7月2日，宜宾市委书记柯望川会见了各界代表。',
      // A host meeting a body of their own division is no reception between two sides.
      '7月2日，宜宾市委书记柯望川会见了宜宾市人民政府相关负责人。',
      // The same pair's talks told before: the reception is part of them.
      '7月2日，宜宾市与北辰重工股份有限公司工作会谈在临江宾馆举行。宜宾市委书记柯望川会见了北辰重工股份有限公司总裁钱雨桐。',
    ],
  },
  {
    id: 'event:follow-up-meeting',
    family: 'events',
    matches:
      '`(并|随后)召开/举行座谈会` after a visit in its sentence, or opening a later sentence (随后，双方召开座谈会): a meeting named after where the visit went',
    fires: [
      {
        text: '2月15日下午，烟台市委副秘书长秦怀远率队赴芝罘中韩产业合作区调研，并召开座谈会。',
        yields: '芝罘中韩产业合作区座谈会',
      },
      {
        text: '2月15日下午，烟台市委副秘书长秦怀远率队赴芝罘中韩产业合作区调研。随后，双方召开座谈会。',
        yields: '芝罘中韩产业合作区座谈会',
      },
      {
        text: '2月15日下午，烟台市委副秘书长秦怀远率队赴芝罘中韩产业合作区调研。随后，在合作区会议室召开座谈会。',
        yields: '芝罘中韩产业合作区座谈会',
      },
      {
        // A group's meeting where it came, with no visit read.
        text: '3月24日，苏州市民营企业家代表一行多人来到吴江区，近距离感受吴江，并召开座谈会。',
        yields: '吴江区座谈会',
      },
    ],
    mustNot: [
      '2月15日下午，烟台市委副秘书长秦怀远召开座谈会。',
      '3月24日，苏州市民营企业家代表在吴江感受发展，并召开座谈会。',
    ],
  },
] as const satisfies readonly RuleRecord[];
