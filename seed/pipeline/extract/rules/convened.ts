import type { RuleRecord } from './record.ts';

/**
 * Rules of the events family told by who holds them (see ./record.ts): a body's own sessions, openings, foundings,
 * anniversaries and unveilings; the held happenings in general are in ./events.ts.
 */
export const CONVENED_RULES = [
  {
    id: 'event:body-holds',
    family: 'events',
    matches:
      '`<organisation>(<day>)举办/举行<X>活动`: what an organisation opening its clause holds, named after it (the divisions it is in may stand before it; a day may stand between it and the verb)',
    fires: [
      {
        // A day written month/day, a clock time and 吉时 between the body and 办理, which holds a ceremony too.
        text: '臺東縣池上鄉農會5/12日上午9點吉時辦理碾米廠新建工程動土典禮,工程預計明年完工。',
        yields: '台东县池上乡农会碾米厂新建工程动土典礼',
      },
      {
        text: '本报讯 青禾农业发展协会三月九日举办春季农机具试用体验活动，县长韩立出席。',
        yields: '青禾农业发展协会春季农机具试用体验活动',
      },
      {
        text: '青禾科技有限公司举办2023年度供应商交流大会，两百余家企业参加。',
        yields: '青禾科技有限公司2023年度供应商交流大会',
      },
      {
        // A gathering an association holds to celebrate (联欢会, 晚宴…), what it celebrates kept whole, a day word
        // (前晚) between the body and the verb.
        text: '香港禾川同乡会前晚在酒楼举行庆祝中华人民共和国成立75周年、该会成立12周年暨会员联欢晚会，会长林青远致辞。',
        yields: '香港禾川同乡会庆祝中华人民共和国成立75周年、该会成立12周年暨会员联欢晚会',
      },
      {
        text: '禾溪商会昨晚举办新春联欢会，百余名会员出席。',
        yields: '禾溪商会新春联欢会',
      },
      {
        // When and where between the organisation and the verb.
        text: '青禾同乡联谊会日前在奥克兰召开新春交流会，各地乡亲到场。',
        yields: '青禾同乡联谊会新春交流会',
      },
      {
        text: '青禾五金商会于本月8日举行2024年度会员大会，由会长周远主持。',
        yields: '青禾五金商会2024年度会员大会',
      },
      {
        // For whom (为<guests>) between the body, written with its other name in brackets, and the verb.
        text: '5月8日，青川县工商联(总商会)为返乡创业青年举办了专场推介会。',
        yields: '青川县工商联专场推介会',
      },
      {
        // How the ceremony went (隆重的) is no part of its name.
        text: '青禾建材有限公司于本月12日举行了盛大的年度表彰仪式，员工代表悉数到场。',
        yields: '青禾建材有限公司年度表彰仪式',
      },
      {
        // An outlet's dateline before the organisation opens no clause of its own.
        text: '禾川新闻网5月9日电 青禾竹编协会于8日上午举行第二届理事会就职典礼。',
        yields: '青禾竹编协会第二届理事会就职典礼',
      },
      {
        // 组织 (organise) before the verb: the body holds it.
        text: '5月6日上午，青禾茶叶协会组织召开春茶产销对接座谈会，三十余家茶企参加。',
        yields: '青禾茶叶协会春茶产销对接座谈会',
      },
      {
        // … also after when (于<day>) and by 牵头 (takes the lead in).
        text: '临安区科技局于本月9日牵头召开校企对接座谈会，六所高校参加。',
        yields: '临安区科技局校企对接座谈会',
      },
      {
        // The congress's own election after 暨 is named with it: one meeting.
        text: '青禾五金商会3日在禾城酒店召开四届一次会员代表大会暨换届选举大会，百余名会员代表参加。',
        yields: '青禾五金商会四届一次会员代表大会暨换届选举大会',
      },
      {
        // Words that start with a division name the happening already.
        text: '临安区政府3日在禾城酒店举办临安区投资环境说明会。',
        yields: '临安区投资环境说明会',
      },
      {
        // 办理 holds a meeting on Taiwan pages; the name written in full elsewhere (在<park>招商说明会上) is its name.
        text: '花莲县政府9日于澄海饭店会议厅办理招商说明会。县长甘承远在青峰科技园区招商说明会上致词。',
        yields: '青峰科技园区招商说明会',
      },
    ],
    mustNot: [
      // A celebration only hoped for.
      '禾溪商会会员张青川表示，期待明年再办联欢会。',
      // Two sides holding a signing: the pair's ceremony.
      '青禾科技有限公司和禾溪镇政府举行共建项目签约仪式。',
      // A body after what it is told of opens no clause: held by the one named before.
      '县长韩立出席，并感谢青禾农业发展协会举办试用体验活动。',
    ],
  },
  {
    id: 'event:thing-ceremony',
    family: 'events',
    matches:
      '`<project, works, base …>举行<act>仪式`: the ceremony of a bare act (开工, 奠基 …) or of acts joined by 和/及/或 (投产和建设启动), named after what holds it',
    fires: [
      {
        text: '近日，由华建九局承建的临渭区滨河新城综合开发项目举行开工仪式。',
        yields: '临渭区滨河新城综合开发项目开工仪式',
      },
      {
        // Acts joined by 和/及/或: one ceremony of them all.
        text: '11月6日，青川县两个重点项目举行竣工和开工仪式。',
        yields: '青川县两个重点项目竣工和开工仪式',
      },
      {
        // How it went (盛大) is no part of the act (a place holding its own ceremony is where it was held).
        text: '7月2日，位于江岸区的禾悦里广场举行了隆重的开业庆典。',
        yields: '禾悦里广场开业庆典',
      },
    ],
    mustNot: [
      '近日，临渭区滨河新城综合开发项目举行推进会。',
      '近日，临渭区滨河新城综合开发项目将于下月开工。',
    ],
  },
  {
    id: 'event:numbered-session',
    family: 'events',
    matches:
      "`<body>举行(<organ>)第N次会议`: a numbered session, named after the body (a congress's session may hold its organ's: X<N>次会议举行主席团第<M>次会议)",
    fires: [
      {
        text: '2月3日下午，甘井子区十八届人大常委会举行第九次会议。',
        yields: '甘井子区十八届人大常委会第九次会议',
      },
      {
        // A bare 新区 on a new district's page: that district.
        text: '浦东新区副区长甘承远列席了会议。周二下午，新区七届人大常委会举行第十一次会议，区人大常委会主任柏文清到会并作总结。',
        yields: '浦东新区七届人大常委会第十一次会议',
      },
      {
        // A bare 区 on a district's page: the division the article's bare bodies are in.
        text: '5月6日上午，区十六届人大常委会召开第二十一次会议，区人大常委会主任周青主持。会上，林禾辞去青浦区人民政府副区长职务获接受。',
        yields: '青浦区十六届人大常委会第二十一次会议',
      },
      {
        // A session holding its organ's numbered meeting: one happening, the organ's.
        text: '1月9日，鄞州区二届人大三次会议举行主席团第二次会议，审议议程草案。',
        yields: '鄞州区二届人大三次会议主席团第二次会议',
      },
    ],
    mustNot: [
      '2月3日下午，甘井子区十八届人大常委会举行会议。',
      // A bare level on a page that names no division of it: a bare id would be every county's session (the guide's ids).
      '9月8日，县十五届人大常委会举行第三次会议。县人大常委会主任柏文远出席会议。',
    ],
  },
  {
    id: 'event:opened',
    family: 'events',
    matches: '`<subject>(日前)在<place>(宣告|正式)成立/开园/开业/投产/揭牌/启用…`',
    fires: [
      {
        // When between the subject and where.
        text: '由江禾经开区与西湖科技园一同倡议组建的江禾西湖园区合作联盟日前在杭州正式成立。',
        yields: '江禾西湖园区合作联盟成立',
      },
      {
        text: '9月12日上午，“太湖之光”机器人产业园在吴中经济技术开发区正式开园。',
        yields: '“太湖之光”机器人产业园开园',
      },
    ],
    mustNot: [
      '“太湖之光”机器人产业园将于明年开园。',
      // A year alone after 于: founded long ago, background.
      '禾川商業總會於民國71年成立，會員已逾300家。',
    ],
  },
  {
    id: 'event:founded',
    family: 'events',
    matches: '`<organisation>(揭牌|宣告|正式)成立`',
    fires: [
      {
        // The name in quotes: its closing quote stands before 成立.
        text: '11月2日，禾丰镇首个“红色物业联盟”揭牌成立。',
        yields: '红色物业联盟成立',
      },
      {
        text: '9月28日上午，建安区许北产业集聚区党建联盟正式成立。',
        yields: '建安区许北产业集聚区党建联盟成立',
      },
    ],
    mustNot: [
      '建安区许北产业集聚区党建联盟成立于2019年。',
      // A celebration of the founding is no founding.
      '9月8日，青禾物流协会成立十周年庆祝大会在青禾会展中心举行。',
      // A time since the founding: 成立以来, 成立十年来.
      '会长林青表示，青禾物流协会成立以来，在服务会员方面发挥了积极作用。',
      '会长林青表示，青禾物流协会成立十年来，会员增至两百家。',
      // A founding still to come (将于…): no happening the article reports.
      '筹备组透露，青禾同乡联谊会的成立大会将于秋季在会所召开。',
    ],
  },
  {
    id: 'event:anniversary',
    family: 'events',
    matches: '`<organisation>成立N周年庆典/庆祝大会/纪念活动`: a celebration of its founding, no founding',
    fires: [
      {
        text: '5月20日，青禾物流协会成立十周年纪念大会在青禾会展中心召开，会长程立致辞。',
        yields: '青禾物流协会成立十周年纪念大会',
      },
      {
        text: '9月8日，青禾物流协会成立十周年庆祝大会在青禾会展中心举行。',
        yields: '青禾物流协会成立十周年庆祝大会',
      },
    ],
    mustNot: ['今年是青禾青年商会成立三周年。'],
  },
  {
    id: 'event:convened',
    family: 'events',
    matches: '`<organisation>召开<…会议/大会>`',
    fires: [
      {
        // Words that open on the body written again short (区政协 of 荔湾区政协) name it once.
        text: '10月9日，荔湾区政协召开区政协主席会议，传达学习上级会议精神。',
        yields: '荔湾区政协主席会议',
      },
      {
        text: '5月25日下午，山东泉城数字产业集团有限公司召开干部大会。',
        yields: '山东泉城数字产业集团有限公司干部大会',
      },
      {
        // Bodies of one division convening together: named after the division, the quote dropped.
        text: '9月16日下午，长宁区委统战部、区工商联召开“民营经济圆桌会”。',
        yields: '长宁区民营经济圆桌会',
      },
      {
        // A zone's administration where the group came: named after the zone.
        text: '6月5日上午，武陵区委书记邝建业到东溪工业集中区调研。随后，调研组来到集中区管委会召开座谈会。',
        yields: '东溪工业集中区座谈会',
      },
      {
        // The body's other name in brackets before 召开.
        text: '4月2日，长宁区工商联(商会)召开第三届二次会员大会。',
        yields: '长宁区工商联第三届二次会员大会',
      },
      {
        // A division's government after 在 is where it was held: named after the division.
        text: '当天下午，两镇在马渚镇政府召开了协作座谈会。',
        yields: '马渚镇协作座谈会',
      },
    ],
    mustNot: [
      '5月25日下午，山东泉城数字产业集团有限公司召开了一次座谈。',
      // A meeting told of in a relative clause (召开的…精神), not one the body is reported holding.
      '6月4日，开化县委传达学习了省农业农村厅召开的座谈会精神。',
    ],
  },
  {
    id: 'event:ordinal-session',
    family: 'events',
    matches:
      'a session or congress read by another rule and named by its ordinal alone (`第一届会员大会`): named after the body named last before it in its sentence, else the body a founding on the page founded',
    fires: [
      {
        text: '6月2日，宜宾市茶农协会在翠屏区宣告成立，并召开第一届会员大会。',
        yields: '宜宾市茶农协会第一届会员大会',
      },
      {
        // A short form refers to the body in full; the body told founded in a sentence before.
        text: '宜宾市茶农协会于6月2日成立。同日，协会召开第一届会员大会，选举产生了会长。',
        yields: '宜宾市茶农协会第一届会员大会',
      },
    ],
    mustNot: [
      // No body named or founded: the ordinal name stays as the page writes it.
      '6月2日，在翠屏区召开第一届会员大会。',
      // Named in full already.
      '6月2日，宜宾市茶农协会召开第五届二次理事会。',
    ],
  },
  {
    id: 'event:unveiled',
    family: 'events',
    matches:
      '`<something not itself an entity>(正式)揭牌(启用)`, told on its day, when nothing else names a happening in the sentence',
    fires: [{ text: '5月11日，东关街道企业服务驿站揭牌启用。', yields: '东关街道企业服务驿站揭牌' }],
    mustNot: ['东关街道企业服务驿站计划揭牌启用。'],
  },
] as const satisfies readonly RuleRecord[];
