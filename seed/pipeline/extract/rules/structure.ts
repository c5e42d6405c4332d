import type { RuleRecord } from './record.ts';

/** Rules of the structure family (see ./record.ts). */
export const STRUCTURE_RULES = [
  {
    id: 'structure:division-chain',
    family: 'structure',
    matches:
      'LOCATED_IN along a chain of divisions a body is written after (武侯区玉林街道党工委: 玉林街道 in 武侯区; the outer one may be a short form, 杭州余杭区委: 余杭区 in 杭州市, a place of its own)',
    fires: [
      {
        text: '仓山区“江畔红链”区域党建联盟成立仪式在临江街道党群服务中心举行。联盟由仓山区临江街道党工委、上渡街道党工委共同发起。',
        yields: '临江街道 → 仓山区',
      },
      // (a Taiwan township's office after its county: the township, named by the office, is a place in the county)
      { text: '屏東縣禾溪鄉公所今天舉辦講座，鄉長林文進致詞。', yields: '禾溪乡 → 屏东县' },
      { text: '杭州余杭区委常委林可表示，余杭区将继续支持青禾商会发展。', yields: '余杭区 → 杭州市' },
    ],
    mustNot: ['临江街道党工委、上渡街道党工委共同发起成立联盟。'],
  },
  {
    id: 'structure:adjacent',
    family: 'structure',
    matches:
      'LOCATED_IN of a place written right after the place it is in (桃浦镇未来岛园区); not of a place read by its ending whose words open on no proper name after another such place (<zone>规划展示馆: one name)',
    fires: [
      { text: '根据协议，瀚澜智能将在余杭区仓前街道投资建设研发总部。', yields: '仓前街道 → 余杭区' },
      { text: '一行参观了禾川高新区青禾科学会堂。', yields: '青禾科学会堂 → 禾川高新区' },
    ],
    mustNot: [
      '根据协议，瀚澜智能将在仓前街道投资建设研发总部。',
      '禾川高新区规划展示馆将于下月起对市民免费开放。',
    ],
  },
  {
    id: 'structure:division-led',
    family: 'structure',
    matches:
      'LOCATED_IN of a zone or venue named by generic words after its division, in that division (青湖街道政协委员之家)',
    fires: [
      { text: '县长林一先后来到江山市双塔街道工业集中区调研。', yields: '双塔街道工业集中区 → 双塔街道' },
      { text: '活动在江山市图书馆举行。', yields: '江山市图书馆 → 江山市' },
    ],
    mustNot: ['林一来到青禾委员之家调研。'],
  },
  {
    id: 'structure:adjacent-list',
    family: 'structure',
    matches:
      'LOCATED_IN of places of the same kind listed after it (温泉镇竹林村、大垭村; 浙江省杭州市、宁波市)',
    fires: [
      { text: '调研组先后来到温泉镇竹林村、大垭村，察看柑橘产业基地。', yields: '大垭村 → 温泉镇' },
      // Divisions listed after the first under their parent are in it too (the gazetteer agreeing).
      { text: '考察团先后走访了浙江省杭州市、宁波市、温州市。', yields: '宁波市 → 浙江省' },
    ],
    mustNot: ['调研组先后来到竹林村、大垭村，察看柑橘产业基地。'],
  },
  {
    id: 'structure:department-committee',
    family: 'structure',
    matches:
      'the committee a department of a division belongs to, when only the department is written with its division (武进区委组织部 → 武进区委); not for one written with a bare level (市委统战部)',
    fires: [{ text: '武进区委组织部副部长沈丽君出席会议。', yields: '武进区委' }],
    mustNot: ['武进区委副书记沈丽君出席会议。', '开化县召开茶产业座谈会，县委统战部副部长童立群出席。'],
  },
  {
    id: 'structure:department',
    family: 'structure',
    matches: 'PART_OF of a department to its committee (区委组织部 → 区委)',
    fires: [{ text: '武进区委组织部副部长沈丽君出席会议。', yields: '武进区委组织部 → 武进区委' }],
    mustNot: ['武进区委副书记沈丽君出席会议。'],
  },
  {
    id: 'structure:committee-of-division',
    family: 'structure',
    matches: 'LOCATED_IN of the committee a department belongs to in the division (市国资委 in the city)',
    fires: [
      {
        text: '天津市副市长孟庆岚，天津市卫生健康委员会党委书记、主任苗志远出席仪式。',
        yields: '天津市卫生健康委员会 → 天津市',
      },
    ],
    mustNot: ['天津市卫生健康委员会主任苗志远出席仪式。'],
  },
  {
    id: 'structure:institute-of',
    family: 'structure',
    matches: 'PART_OF of a school or institute named after its university (某大学光电工程学院)',
    fires: [
      {
        text: '活动现场，江淮科技大学盐城研究院揭牌成立，江淮科技大学副校长冯海涛致辞。',
        yields: '江淮科技大学盐城研究院 → 江淮科技大学',
      },
    ],
    mustNot: ['活动现场，盐城研究院揭牌成立，江淮科技大学副校长冯海涛致辞。'],
  },
  {
    id: 'structure:branch-of',
    family: 'structure',
    matches:
      'PART_OF of an association’s branch (分会) named after the association, when the association is named too',
    fires: [
      {
        text: '宁海县云栖茶事促进会西店分会成立大会举行，宁海县云栖茶事促进会会长葛明远致辞。',
        yields: '宁海县云栖茶事促进会西店分会 → 宁海县云栖茶事促进会',
      },
    ],
    mustNot: ['西店分会成立大会举行，会长葛明远致辞。'],
  },
  {
    id: 'structure:body-of',
    family: 'structure',
    matches:
      'LOCATED_IN / PART_OF of a party or government body in the place or organisation it is the body of (普陀区委 in 普陀区)',
    fires: [
      { text: '普陀区委常委李红珍在普陀区出席会议。', yields: '普陀区委 → 普陀区' },
      // An office of the government whose government is named nowhere: a body of the division.
      { text: '江山市召开座谈会，市政府办负责人参加。', yields: '江山市政府办 → 江山市' },
    ],
    mustNot: ['普陀区委常委李红珍出席会议。'],
  },
  {
    id: 'structure:named-after-place',
    family: 'structure',
    matches: 'LOCATED_IN of a government body whose name starts with a place (张江科学城建设管理办公室)',
    fires: [
      {
        text: '张江科学城位于浦东新区。张江科学城建设管理办公室主任蔡闻笛出席。',
        yields: '张江科学城建设管理办公室 → 张江科学城',
      },
    ],
    mustNot: ['张江科学城位于浦东新区。科学城建设管理办公室主任蔡闻笛出席。'],
  },
  {
    id: 'structure:party-body-after-division',
    family: 'structure',
    matches:
      'LOCATED_IN of a party body named after its own words right after its division (书洋镇“两区联创”片区联合党委)',
    fires: [
      { text: '21日，书洋镇“两区联创”片区联合党委正式揭牌成立。', yields: '“两区联创”片区联合党委 → 书洋镇' },
    ],
    mustNot: ['21日，“两区联创”片区联合党委正式揭牌成立。'],
  },
  {
    id: 'structure:body-of-settlement',
    family: 'structure',
    matches: 'LOCATED_IN of a village or community body (党支部, 村委会) in the settlement named elsewhere',
    fires: [
      { text: '在安海镇曾埭村，叶志远听取曾埭村党支部书记曾清源的介绍。', yields: '曾埭村党支部 → 曾埭村' },
    ],
    mustNot: ['叶志远听取曾埭村党支部书记曾清源的介绍。'],
  },
  {
    id: 'structure:located-at',
    family: 'structure',
    matches: 'LOCATED_IN: `位于<place>的<thing>`',
    fires: [
      {
        text: '范承志一行首先来到位于港沟街道的山东泉晟新能源装备有限公司。',
        yields: '山东泉晟新能源装备有限公司 → 港沟街道',
      },
    ],
    mustNot: ['范承志一行首先来到港沟街道和山东泉晟新能源装备有限公司。'],
  },
  {
    id: 'structure:located',
    family: 'structure',
    matches: 'LOCATED_IN: `<subject>(总部)位于/地处/坐落于/落户<place>`',
    fires: [{ text: '历城区地处济南东部，是省会“东强”战略的主阵地。', yields: '历城区 → 济南市' }],
    mustNot: ['历城区与济南东部的章丘区合作建设新城。'],
  },
  {
    id: 'structure:part-of-region',
    family: 'structure',
    matches: 'LOCATED_IN: `<place>是<region>东/西/南/北部…`',
    fires: [{ text: '章丘区是济南东部的工业重镇。', yields: '章丘区 → 济南市' }],
    mustNot: ['章丘区与济南东部的历城区合作建设新城。'],
  },
  {
    id: 'structure:provincial-capital',
    family: 'structure',
    matches:
      'LOCATED_IN: `<province>省会<city>` (the city written as its province’s capital), when the gazetteer has it there',
    fires: [
      { text: '考察团抵达浙江省会杭州，随即开展交流。', yields: '杭州市 → 浙江省' },
      { text: '客商一行抵达四川省会成都。', yields: '成都市 → 四川省' },
    ],
    mustNot: [
      '考察团先后到访浙江省和杭州市。',
      '浙江省会同有关部门研究长沙的经验。',
      '签约仪式在湖南省会同县举行。',
    ],
  },
  {
    id: 'structure:bare-zone',
    family: 'structure',
    matches:
      "a zone's party or administrative body written with the zone's kind alone (<kind>党工委, <kind>管委会) on a page that names no zone: the zone, named by the page's home division and its kind, is a place, the body LOCATED_IN it (no home division known: no place)",
    fires: [
      { text: '青川县召开项目推进会，周禾代表经开区党工委出席签约。', yields: '青川县经开区' },
      { text: '据化工区管委会介绍，青禾数码有限公司落户江山市。', yields: '化工区管委会 → 江山市化工区' },
      // A bonded zone is no development zone written short: the district's own 保税区, its bodies identified with it.
      {
        text: '滨海新区与青禾高新区签约。滨海新区领导林禾，保税区党委书记、管委会主任周立文参加。',
        yields: '保税区管委会 → 滨海新区保税区',
      },
    ],
    mustNot: [
      '禾湾经开区去年获批升级。周禾代表经开区党工委出席签约。',
      '园区党工委委员周禾作了介绍。',
      // (no division named: a zone by its kind alone would be every page's)
      '周禾代表经开区党工委出席签约。',
      // (the visitors' city is not where the zone is)
      '江山市代表团到经开区参观，周禾代表经开区党工委致辞。',
      '禾湾经济开发区迎来十周年，高新区党工委委员周禾作了介绍。',
    ],
  },
  {
    id: 'structure:settled-in',
    family: 'structure',
    matches:
      'LOCATED_IN: companies named right before 入驻 (a count of firms, 已, 签约 between) in the park after it or the last one before; with 签订入驻协议, the firms before 与',
    fires: [
      {
        text: '青衡软件园建成后，绵阳岚山软件有限公司、四川青衡科技有限公司入驻。',
        yields: '绵阳岚山软件有限公司 → 青衡软件园',
      },
      {
        text: '禾溪星辰电子有限公司等首批8家企业已签约入驻禾溪智造产业园。',
        yields: '禾溪星辰电子有限公司 → 禾溪智造产业园',
      },
      {
        text: '青衡软件园开园，禾川云启科技有限公司等5家企业与青衡园区运营有限公司签订入驻协议。',
        yields: '禾川云启科技有限公司 → 青衡软件园',
      },
    ],
    mustNot: [
      '绵阳岚山软件有限公司、四川青衡科技有限公司入驻。',
      '在青衡软件园，禾川云启科技有限公司负责人与入驻企业代表座谈。',
      '青衡软件园开园，禾川云启科技有限公司介绍了园区招商情况和企业入驻流程。',
    ],
  },
  {
    id: 'structure:subsidiary',
    family: 'structure',
    matches: 'PART_OF: `X(在华)(全资)子公司Y`, `Y是X在华全资子公司`',
    fires: [
      {
        text: '法瑞德汽车零部件（中国）有限公司是法瑞德集团在华全资子公司，目前在国内设有9家工厂。',
        yields: '法瑞德汽车零部件(中国)有限公司 → 法瑞德集团',
      },
    ],
    mustNot: ['法瑞德汽车零部件（中国）有限公司与法瑞德集团在华合作，目前在国内设有9家工厂。'],
  },
  {
    id: 'structure:subordinate',
    family: 'structure',
    matches: 'PART_OF: `X下属/旗下/所属Y公司`',
    fires: [
      {
        text: '上海嘉远新能源汽车集团有限公司下属上海嘉远动力电池有限公司今日开业。',
        yields: '上海嘉远动力电池有限公司 → 上海嘉远新能源汽车集团有限公司',
      },
    ],
    mustNot: ['上海嘉远新能源汽车集团有限公司与上海嘉远动力电池有限公司今日签约。'],
  },
  {
    id: 'structure:members',
    family: 'structure',
    matches: 'MEMBER_OF: the member units listed for an alliance or association (`成员单位包括`, `会员单位`)',
    fires: [
      {
        text: '“湾区芯链”集成电路产业党建联盟首批成员单位包括深圳芯澜微电子有限公司、深圳市南科智算研究院等16家单位。',
        yields: '深圳芯澜微电子有限公司 → “湾区芯链”集成电路产业党建联盟',
      },
    ],
    mustNot: ['“湾区芯链”集成电路产业党建联盟由深圳芯澜微电子有限公司、深圳市南科智算研究院等16家单位发起。'],
  },
  {
    id: 'structure:joins',
    family: 'structure',
    matches: 'MEMBER_OF: `X加入/成为…的成员`',
    fires: [
      {
        text: '鱼峰区汽车零部件产业链党建联盟成立。柳州宏泰汽车部件有限公司党委等16家单位党组织成为联盟首批成员单位。',
        yields: '柳州宏泰汽车部件有限公司党委 → 鱼峰区汽车零部件产业链党建联盟',
      },
    ],
    mustNot: [
      '鱼峰区汽车零部件产业链党建联盟成立。柳州宏泰汽车部件有限公司党委等16家单位党组织成为联盟的服务对象。',
    ],
  },
  {
    id: 'structure:member-unit',
    family: 'structure',
    matches: 'MEMBER_OF: `X为/是/作为/担任(联盟|协会|商会)理事长/会长/理事/成员单位`',
    fires: [
      {
        text: '亭湖区新能源产业联盟成立。江苏亭湖装备有限公司为联盟理事长单位。',
        yields: '江苏亭湖装备有限公司 → 亭湖区新能源产业联盟',
      },
    ],
    mustNot: ['亭湖区新能源产业联盟成立。江苏亭湖装备有限公司为联盟提供服务。'],
  },
  {
    id: 'structure:agreement-partners',
    family: 'structure',
    matches: 'PARTNERS_WITH: `A(分别)与B、C…签署/签订` outside any event: A partners with each',
    fires: [
      {
        text: '仪式上，台州市人民政府与中国东岭建设集团有限公司、椒江区人民政府与东岭城市发展有限公司分别签署战略合作协议。',
        yields: '中国东岭建设集团有限公司 → 椒江区人民政府',
      },
    ],
    mustNot: ['仪式上，台州市人民政府、中国东岭建设集团有限公司负责人分别致辞。'],
  },
] as const satisfies readonly RuleRecord[];
