import type { RuleRecord } from './record.ts';

/** Rules of the events family for what happens around a visit: its meetings, receptions and alliances formed (see ./record.ts). */
export const VISIT_MEETINGS_RULES = [
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
      "`座谈会上，…` opening a sentence after a visit to a division, with no meeting read: the visit's meeting, named after where it went; `在<when or who>举行的<meeting>上，…` after a signing of two sides or a visit to a division: their meeting (A与B座谈会, <division>座谈会), after a visit named by what it saw: <those words>座谈会",
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
      {
        // Told in a relative clause after a signing: the sides' meeting.
        text: '3月2日，禾溪职业技术学院与青峰生物科技有限公司签订实训协议。在签约后召开的恳谈会上，双方负责人交流了用工需求。',
        yields: '禾溪职业技术学院与青峰生物科技有限公司恳谈会',
      },
      {
        // Told in a relative clause after a visit named by what it saw: the meeting takes those words.
        text: '10月9日，副市长林国栋带队到青川县调研秋粮收购工作。在随后召开的座谈会上，县粮食局汇报了收购进度。',
        yields: '秋粮收购工作座谈会',
      },
    ],
    mustNot: [
      // No visit told before.
      '在青州·鹤壁产业合作座谈会上，两地负责人作了发言。',
      '6月3日，戚晓一行来鹤壁市考察，并召开座谈会。\n座谈会上，鹤壁市副市长褚清和介绍了鹤壁市经济社会发展情况。',
      '6月3日，鹤壁市召开民营企业座谈会。\n座谈会上，鹤壁市副市长褚清和介绍了鹤壁市经济社会发展情况。',
      // A relative clause with no signing or visit told before.
      '在昨天召开的见面会上，双方负责人交流了用工需求。',
      // A meeting of another time, told in the relative clause: held years ago, or still to come.
      '5月6日，副市长邝明远到翠屏区调研。在2019年举行的见面会上，企业曾反映用地难题。',
      '5月6日，副市长邝明远到翠屏区调研。在即将召开的见面会上，企业将反映用地难题。',
      '3月2日，禾溪职业技术学院与青峰生物科技有限公司签订实训协议。在去年召开的恳谈会上，双方已商定合作方向。',
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
        yields: '“同舟”党建联盟公约签署',
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
    id: 'event:people-meet',
    family: 'events',
    matches:
      '`A(分别)与<titles>B及<titles>C(在<venue>)会面`: people who meet, one meeting with each when 分别',
    fires: [
      {
        text: '市长贺立群当天下午分别与江西省副省长林川及安徽省副省长周禾会面，商谈园区合作。',
        yields: '贺立群与林川会面',
      },
      {
        text: '市长贺立群当天下午分别与江西省副省长林川及安徽省副省长周禾会面，商谈园区合作。',
        yields: '贺立群与周禾会面',
      },
      {
        text: '政务司司长林青川与湖南省副省长周明远和广东省副省长王立新会面，交流意见。',
        yields: '林青川与周明远、王立新会面',
      },
      {
        // The host named before on the page, written bare before an adverb (先) at the clause's start.
        text: '宜宾市市长欧阳宁昨日率团抵达昆明。欧阳宁先与云南省交通运输厅副厅长孙立群、昆明市副市长韦东川会面，就物流通道建设深入交流。',
        yields: '欧阳宁与孙立群、韦东川会面',
      },
      {
        // The host is the first person of the clause of 与, not who is quoted before it.
        text: '据县长林川介绍，副县长王立新与青禾集团董事长周明远会面，双方交流了园区合作。',
        yields: '王立新与周明远会面',
      },
      {
        // Who goes with the host, named after it, does not host.
        text: '市长贺立群在副市长王立新陪同下与青禾集团董事长周明远会面。',
        yields: '贺立群与周明远会面',
      },
      {
        // With no one named in the clause of 与, the sentence's subject hosts.
        text: '市长贺立群率团赴青岛考察，并与青岛市市长周明远会面。',
        yields: '贺立群与周明远会面',
      },
    ],
    mustNot: [
      '行政长官贺立群抵达后将参观景点，并与湖南省省长林川会面。',
      // Still to come, told by a day or a word of its own between the host and 与.
      '副县长王立新将于12日与青禾集团董事长周明远会面。',
      '副县长王立新明天上午与青禾集团董事长周明远会面。',
      '明天上午，副县长王立新与青禾集团董事长周明远会面。',
    ],
  },
  {
    id: 'event:talks-with',
    family: 'events',
    matches:
      "`<titled host>(在<venue>)与<body><titles><name>一行座谈`: talks named after the host's side and the body, held at the venue",
    fires: [
      {
        text: '9月5日，宜宾市市长柯望川在市政府与北辰重工集团党委书记钱雨桐一行座谈交流。',
        yields: '宜宾市与北辰重工集团座谈',
      },
    ],
    mustNot: [
      // No body on the other side: a division's delegation is received, not talked with by this rule.
      '3月10日下午，宜宾市委书记柯望川与内江市市长罗一鸣一行座谈。',
    ],
  },
  {
    id: 'event:reception',
    family: 'events',
    matches:
      "`<titled host>(<time>)(在<venue>)(亲切)会见/会晤/接见(了)(来访的…)<guest>`: a reception named after both sides (a host's division or body, the guest's body or division), the host's first (<division>与<body>会见, <body>与<division>会见), held at the venue",
    fires: [
      {
        text: '7月2日，宜宾市委书记柯望川在临江宾馆会见了北辰重工股份有限公司总裁钱雨桐。',
        yields: '宜宾市与北辰重工股份有限公司会见',
      },
      {
        // A host holding a province's rank and a city's post stands for the city (the most specific side).
        text: '11日，省委常委、宜宾市委书记柏文远在翠湖酒店会见青禾集团总裁林青。',
        yields: '宜宾市与青禾集团会见',
      },
      {
        // A province written short before the guest's body (江西九江市委): the guest is the city.
        text: '青禾集团总裁林川昨天会见江西九江市委常委王立新，双方就园区共建深入交流。',
        yields: '青禾集团与九江市会见',
      },
      {
        // The time between the host and the verb, 亲切, and the guests' coming before their body.
        text: '7月2日，宜宾市委书记柯望川当天下午亲切会见了前来考察的南川精工机械有限公司董事长罗一鸣一行。',
        yields: '宜宾市与南川精工机械有限公司会见',
      },
      {
        // Where, written by the city's one-character short form (在宜会见).
        text: '前天下午，宜宾市委书记柯望川在宜会见了北辰重工股份有限公司董事长罗一鸣及随行人员。',
        yields: '宜宾市与北辰重工股份有限公司会见',
      },
      {
        // Another division's delegation: named after that division.
        text: '7月2日，宜宾市委书记柯望川会见了来访的内江市党政代表团一行。',
        yields: '宜宾市与内江市会见',
      },
      {
        // A body's head receiving a division's: the host's body is named first.
        text: '7月2日下午，北辰重工股份有限公司总经理钱雨桐会见了来访的内江市市长罗一鸣一行。',
        yields: '北辰重工股份有限公司与内江市会见',
      },
      {
        // A bare 集团 before the host's title: the one group the page names in full.
        text: '7月2日上午，集团总裁钱雨桐在北辰大厦会见内江市副市长罗一鸣，双方交流了合作事宜。北辰重工集团创建于1998年。',
        yields: '北辰重工集团与内江市会见',
      },
    ],
    mustNot: [
      // Two groups named in full: a bare 集团 says not which.
      '7月2日上午，集团总裁钱雨桐在北辰大厦会见内江市副市长罗一鸣，双方交流了合作事宜。北辰重工集团与南川精工集团均创建于1998年。',
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
      '`(并|随后)召开/举行座谈会` after a visit in its sentence, or opening a later sentence (随后，双方召开座谈会), or in a later sentence opened by the visiting group (考察组随后…，并举行座谈会, after a visit to a division): a meeting named after where the visit went',
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
      {
        // A later sentence opened by the visiting group: the meeting where the visit went.
        text: '4月9日，市政协副主席欧阳宁一行赴宜宾市南溪区调研。考察组随后察看了两家茶厂，并举行座谈会，欧阳宁表示，要加快推进。',
        yields: '南溪区座谈会',
      },
      {
        // 随后主持召开 opening a later sentence, the host left unsaid.
        text: '9日下午，市长林国栋深入江岸区，就老旧厂房改造开展调研。林国栋察看了两处厂区。随后主持召开座谈会，听取相关部门意见。',
        yields: '老旧厂房改造座谈会',
      },
      {
        // A sentence opening on the time of the visit (调研期间，<name>主持召开…).
        text: '12月4日，市长柏文远到青川县调研经济运行情况。调研期间，柏文远主持召开座谈会，研究明年工作。',
        yields: '经济运行情况座谈会',
      },
    ],
    mustNot: [
      '2月15日下午，烟台市委副秘书长秦怀远召开座谈会。',
      '3月24日，苏州市民营企业家代表在吴江感受发展，并召开座谈会。',
      // The group's meeting after a visit named by its matter alone: no place to name it after.
      '4月9日，市政协副主席欧阳宁带队开展“老旧小区加装电梯”专项督查。考察组随后察看了两家茶厂，并举行座谈会。',
      // A meeting held after the visit's time, not during it.
      '12月4日，市长柏文远到青川县调研经济运行情况。12月8日，柏文远主持召开座谈会，研究明年工作。',
    ],
  },
] as const satisfies readonly RuleRecord[];
