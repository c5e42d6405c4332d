import type { RuleRecord } from './record.ts';

/** Rules of the roles family for the acts of a ceremony: awards, launches, unveilings, plaques, signings (see ./record.ts). */
export const CEREMONY_ROLES_RULES = [
  {
    id: 'role:awarded',
    family: 'roles',
    matches: 'attendee: people and companies in a sentence of 获评/荣获/受聘 (there is no recipient role)',
    fires: [
      {
        text: '5月19日上午，全区表彰大会在区行政中心召开。获评“优秀工匠”的职工是：丁一航、尹晓雪、欧阳宁。',
        yields: '丁一航 → 全区表彰大会',
      },
    ],
    mustNot: ['5月19日上午，全区表彰大会在区行政中心召开。职工代表丁一航、尹晓雪、欧阳宁作交流发言。'],
  },
  {
    id: 'role:presented-to',
    family: 'roles',
    matches: 'attendee: people after 为/向 before 颁发/授予 (who receives)',
    fires: [
      {
        text: '沙坡头区2023年人才工作会议召开。区领导为宁夏沙坡头枸杞产业集团有限公司技术总监白晓东等10名优秀人才颁发证书。',
        yields: '白晓东 → 沙坡头区2023年人才工作会议',
      },
    ],
    mustNot: ['沙坡头区2023年人才工作会议召开。宁夏沙坡头枸杞产业集团有限公司技术总监白晓东出席会议。'],
  },
  {
    id: 'role:plaque-to',
    family: 'roles',
    matches: 'attendee: organisations after 为 given a plaque (`为A、B授牌`)',
    fires: [
      {
        text: '湖塘镇召开非公企业党建工作推进会。会上，韩承志为常州恒泰精密电机有限公司党总支、江苏武进新材料科技股份有限公司党委等10家“五星级党组织”授牌。',
        yields: '常州恒泰精密电机有限公司党总支 → 湖塘镇非公企业党建工作推进会',
      },
    ],
    mustNot: ['湖塘镇召开非公企业党建工作推进会。会上，常州恒泰精密电机有限公司党总支作交流发言。'],
  },
  {
    id: 'role:presents',
    family: 'roles',
    matches: 'presenter: people before 为/向…颁发/授牌',
    fires: [
      {
        text: '黄埔区2023年“黄埔工匠”颁奖典礼在黄埔会议中心举行。区长陈志远出席典礼，并为获奖者颁奖。',
        yields: '陈志远 → 黄埔区2023年“黄埔工匠”颁奖典礼',
      },
    ],
    mustNot: ['黄埔区2023年“黄埔工匠”颁奖典礼在黄埔会议中心举行。区长陈志远出席典礼。'],
  },
  {
    id: 'role:launch',
    family: 'roles',
    matches: 'launcher: people of a sentence of `共同…启动/揭牌/按下/点亮`',
    fires: [
      {
        text: '论坛上，张江细胞与基因治疗产业创新联盟揭牌成立。蔡闻笛、祁逸飞、任嘉树共同为联盟揭牌。',
        yields: '蔡闻笛 → 张江细胞与基因治疗产业创新联盟成立',
      },
    ],
    mustNot: [
      '论坛上，张江细胞与基因治疗产业创新联盟揭牌成立。蔡闻笛、祁逸飞、任嘉树出席。',
      // Who sign together launch nothing, whatever starts after.
      '11月5日，柳湾村与青松社区举行结对共建签约仪式。林文海、陈思远随后共同签下协议，两地合作项目同步启动。',
    ],
  },
  {
    id: 'role:launch-by-attendees',
    family: 'roles',
    matches: 'launcher: `与会领导共同为…揭牌`: the leaders named as attending it earlier',
    fires: [
      {
        text: '21日，书洋镇“两区联创”片区联合党委正式揭牌成立。南靖县领导简国栋、黄志华出席活动。活动中，与会领导共同为片区联合党委揭牌。',
        yields: '简国栋 → 书洋镇“两区联创”片区联合党委成立',
      },
    ],
    mustNot: ['21日，书洋镇“两区联创”片区联合党委正式揭牌成立。南靖县领导简国栋、黄志华出席活动。'],
  },
  {
    id: 'role:unveils',
    family: 'roles',
    matches: 'launcher: people before `为…揭牌`',
    fires: [
      {
        text: '吉林市汽车产业产教融合联盟成立大会在吉林江城职业技术学院召开。吉林市副市长孟庆和出席会议并为联盟揭牌。',
        yields: '孟庆和 → 吉林市汽车产业产教融合联盟成立',
      },
      {
        // 为…剪彩 as 为…揭牌: the people listed before 为.
        text: '7月2日，位于江岸区的禾悦里广场举行了隆重的开业庆典。随后，副区长罗一鸣、蒋思远为禾悦里广场开业剪彩。',
        yields: '蒋思远 → 禾悦里广场开业庆典',
      },
    ],
    mustNot: ['吉林市汽车产业产教融合联盟成立大会在吉林江城职业技术学院召开。吉林市副市长孟庆和出席会议。'],
  },
  {
    id: 'role:signs',
    family: 'roles',
    matches: 'signatory: people and organisations before 签约/签署/签订 in a signing (not a witness)',
    fires: [
      {
        text: '论坛期间，武汉理工大学与武汉路擎科技有限公司签署产学研合作协议。',
        yields: '武汉理工大学 → 武汉理工大学与武汉路擎科技有限公司产学研合作协议签署',
      },
      {
        // The same two sides, one written short, sign again for their bodies: who signs signs the first signing.
        text: '禾川建工集团有限公司同青州市人民政府10日在市民中心签订了城市更新合作协议。按照议程，禾川建工总经理助理韩松与青州市政府秘书长柏青签订了片区改造子协议。',
        yields: '韩松 → 禾川建工集团有限公司与青州市人民政府城市更新合作协议签订',
      },
      {
        // At a ceremony each agreement signed has its own sides, named since the verb before.
        text: '3月6日，宁阳县重点项目集中签约仪式举行。仪式上，县人社局与青禾职业技术学校签署人才合作协议，禾川食品有限公司与宁阳粮仓物流签署供应合作协议。',
        yields: '禾川食品有限公司 → 宁阳县重点项目集中签约仪式',
      },
    ],
    mustNot: [
      '论坛期间，武汉理工大学见证签约。',
      // Watching the agreement signed (共同见证协议签署): attending, not signing.
      '6月9日，青川县与剑阁县签订文旅协作框架协议。县长罗一鸣、县长柏文清共同见证协议签署。',
      // Who attends the signing (出席签约) does not sign.
      '12月20日，武汉理工大学与武汉路擎科技有限公司产学研合作签约仪式举行。副区长罗一鸣出席签约。',
      // Who is named in another part of the sentence (before ；) does not sign.
      '3月13日，渭南云帆物流有限公司党支部举行党建联建签约仪式。仪式上，社区党委书记白燕作经验分享；五方党组织代表共同签订了《党建联建协议书》。',
    ],
  },
  {
    id: 'role:signing-party',
    family: 'roles',
    matches: 'signatory: the parties of a signing',
    fires: [
      {
        text: '25日上午，合肥市人民政府与5家企业重大项目集中签约仪式在合肥滨湖国际会展中心举行。',
        yields: '合肥市人民政府 → 合肥市人民政府与5家企业重大项目集中签约仪式',
      },
      {
        // Bodies signing during the signing (签约活动上, 签约仪式上) told by its agreement alone sign that signing.
        text: '远帆航运集团有限公司和九江市人民政府昨日签订了港口物流合作协议。签约活动上，濂溪区政府同远帆物流公司签订了仓储项目协议。',
        yields: '濂溪区政府 → 远帆航运集团有限公司与九江市人民政府港口物流合作协议签订',
      },
    ],
    mustNot: [
      '25日上午，合肥市人民政府重大项目推进会在合肥滨湖国际会展中心举行。',
      // Other sides on another day: a signing of their own.
      '远帆航运集团有限公司和九江市人民政府昨日签订了港口物流合作协议。11月20日，濂溪区政府同远帆物流公司签订了仓储项目协议。',
    ],
  },
  {
    id: 'role:signs-for',
    family: 'roles',
    matches:
      'signatory: people in a clause of their own who sign for a side (X和Y分别代表双方签字), not attending by a later verb',
    fires: [
      {
        text: '9日，青阳县人民政府与澄川控股有限公司在杭州签署了《文旅合作协议》，副县长柯思远和澄川控股有限公司副总裁龙梓航分别代表双方签字，县长乔以南见证签约。',
        yields: '柯思远 → 青阳县人民政府与澄川控股有限公司文旅合作协议签署',
      },
    ],
    mustNot: [
      // Who witnesses the signing does not sign.
      '9日，青阳县人民政府与澄川控股有限公司在杭州签署了《文旅合作协议》，县长乔以南见证签约。',
      // Who represents a body at the ceremony without signing (代表市政府出席签约仪式) does not sign.
      '3月5日，青禾新材料有限公司与江城理工大学签署战略合作协议。江山市副市长柏文清代表市政府出席签约仪式并致辞。',
    ],
  },
] as const satisfies readonly RuleRecord[];
