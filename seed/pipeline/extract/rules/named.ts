import type { RuleRecord } from './record.ts';

/** Rules of the named family (see ./record.ts); names read from lists of trades or places visited in ./named-lists.ts. */
export const NAMED_RULES = [
  {
    id: 'named:democratic-party',
    family: 'named',
    matches:
      "a democratic party's central committee: the party's name, in any form the one list of parties writes it (lexicon/bodies.ts), before 中央 (民进中央, 农工民主党中央), where no other name is read (democratic-parties.ts)",
    fires: [
      // (A committee written after the party and a division: body:party-committee, rules/bodies.ts.)
      { text: '民进中央副主席柯立新出席会议。', yields: '民进中央' },
      { text: '农工民主党中央副主席童一鸣到青川县调研。', yields: '农工民主党中央' },
    ],
    mustNot: [
      // The division's own committee, and the party named apart from any committee.
      '开封市委副书记童一鸣出席座谈会。',
      '农工党党员代表在开封市委党校参加培训。',
    ],
  },
  {
    id: 'named:level-led',
    family: 'named',
    matches:
      'a name by its ending led by a bare level character (省人民医院, 市文旅投公司, 镇青年商会): the division of that level the text names, written in front (the surface an alias)',
    fires: [
      { text: '衢州市召开医疗合作会，市人民医院院长邝禾出席。', yields: '衢州市人民医院' },
      { text: '余杭区举行项目签约，区城投集团董事长童立群致辞。', yields: '余杭区城投集团' },
    ],
    mustNot: [
      // A word the level character opens is no level (市场, 区域).
      '余杭区召开会议，区域发展集团负责人出席。',
      // No division of the level named: the name stays as written.
      '市人民医院院长邝禾出席。',
    ],
  },
  {
    id: 'named:listed-settlements',
    family: 'named',
    matches:
      'villages or communities written by their names alone, listed with 、 and closed by a count of them (在甲乙、丙丁等六个村, 甲乙、丙丁两个社区): each a settlement named with its ending; no item a division, a count or a word that closes a name',
    fires: [
      { text: '座谈会分别在禾溪、青岚、石桥等三个村召开。', yields: '青岚村' },
      { text: '调研组走访了禾川、青湾两个社区。', yields: '青湾社区' },
    ],
    mustNot: ['会议要求各镇抓好禾溪、青岚等三个村的整治工作。村民代表参加。', '全县共有12个村参加评比。'],
  },
  {
    id: 'named:ending',
    family: 'named',
    matches:
      'a name by its ending from lexicon/suffixes.ts (有限公司, 联盟, 研究院, 园区, 社区, 党委), walking left over words to a boundary (for a park or zone, a division’s short form is one unless a proper name is written right before it)',
    fires: [
      { text: '杭州瀚澜智能科技股份有限公司与余杭区人民政府签约。', yields: '杭州瀚澜智能科技股份有限公司' },
      { text: '协会副秘书长张克文一行来临沧经开区考察。', yields: '临沧经开区' },
      // A village's history hall and a memorial's exhibition hall are venues (村史馆, 陈列馆, 展陈馆).
      { text: '考察组走进青禾村村史馆，了解村庄变迁。', yields: '青禾村村史馆' },
      // An Inner Mongolia village (嘎查) is a village like a 村.
      { text: '调研组来到巴彦禾嘎查，察看储草棚建设。', yields: '巴彦禾嘎查' },
      { text: '考察团参观了林禾生平事迹陈列馆。', yields: '林禾生平事迹陈列馆' },
      // A clause verb before the name (很高兴, 祝贺, 标志着) stops the walk.
      { text: '他说很高兴与青禾工商协会再次合作。', yields: '青禾工商协会' },
      { text: '来宾祝贺禾川物流分会挂牌。', yields: '禾川物流分会' },
      // Hometown and alumni societies; a body's term (第十届) before the name is no part of it.
      { text: '香港禾川同乡会会长林青出席。', yields: '香港禾川同乡会' },
      { text: '林青当选第十届禾川校友会会长。', yields: '禾川校友会' },
      // An ordinal after a numbered bureau is inside the builder's name (…三局第一建设工程有限公司).
      { text: '青建三局第一建设工程有限公司副总经理韦立德出席。', yields: '青建三局第一建设工程有限公司' },
      // 联络会 ends an association's name; 南方 or 北方 after a boundary opens it.
      { text: '北方青禾友好聯絡會會長柯立新今日抵達。', yields: '北方青禾友好联络会' },
      // A region's farmers' association is named by the region's words, the county in front a place of its own.
      { text: '屏東縣禾港地區農會總幹事林禾今日出席聯誼活動。', yields: '禾港地区农会' },
      // A firm between list marks whose brand reads as everyday words starts at the mark (not 灯具公司, 新集团…).
      { text: '林禾先后到禾溪展览馆、奋进灯具公司、青衫服饰公司调研。', yields: '奋进灯具公司' },
      { text: '青禾商会会长、立新集团股份有限公司董事长周立文出席。', yields: '立新集团股份有限公司' },
      // A zone or park led by a short form keeps a proper name written right before it (a province's short form, an
      // institution's name).
      { text: '县长一行到江西南丰经开区考察。', yields: '江西南丰经开区' },
      { text: '调研组来到中科院嘉兴科技园。', yields: '中科院嘉兴科技园' },
      // A visit's or report's verb glued to a noun before the park (来宾推介) is no part of its name.
      { text: '会上，管委会向来宾推介禾溪工业园。', yields: '禾溪工业园' },
      { text: '先后深入我区新乡立白实业有限公司调研。', yields: '新乡立白实业有限公司' },
      { text: '考察团先后深入经开区瀚泽光电科技有限公司调研。', yields: '瀚泽光电科技有限公司' },
      { text: '6大进驻厂商华信企业股份有限公司总裁林立伟出席。', yields: '华信企业股份有限公司' },
      { text: '县长来到云溪临港产业城调研。', yields: '云溪临港产业城' },
      { text: '签约方是世界500强企业华岳建工集团股份有限公司。', yields: '华岳建工集团股份有限公司' },
      { text: '该院隶属于世界500强华岳集团。', yields: '华岳集团' },
      // A full division's name opens an organisation's name, unless an organisation or 中共/驻 is written before it.
      { text: '林立女士出任江西省青禾商会会长。', yields: '江西省青禾商会' },
      { text: '中国青禾银行江西省分行行长林立出席。', yields: '中国青禾银行江西省分行' },
      // A brand before a province's branch of the firm is its name (review14 R29).
      { text: '青禾江西省分公司总经理林立出席。', yields: '青禾江西省分公司' },
      // A verb before a bare level character standing alone is no part of the name.
      { text: '双方商定开展县中医院党支部结对共建。', yields: '县中医院党支部' },
      // …but a zone's name may end in a verb and 区 right before its body's ending.
      { text: '青禾科技创新区管委会主任林可出席。', yields: '青禾科技创新区管委会' },
      // Papers ending in 时报, 快报, 导报, 周报, 都市报.
      { text: '青禾时报记者林可报道。', yields: '青禾时报' },
      { text: '青川导报、禾丰快报、远山周报记者参加。', yields: '远山周报' },
      // A trade association (同业公会, 公会) of Taiwan's and Hong Kong's pages.
      { text: '台北市青禾同业公会理事长林可出席。', yields: '台北市青禾同业公会' },
      // A body named by a foreign place and everyday words is named with the place.
      { text: '代表团随后拜会了越南林业大学的三位教授。', yields: '越南林业大学' },
      // An overseas chamber is named by its country, whatever words follow it.
      { text: '新西兰青禾总商会近日在惠灵顿举行会员大会。', yields: '新西兰青禾总商会' },
      { text: '中共华岳银行长兴支行委员会书记李明出席。', yields: '中共华岳银行长兴支行委员会' },
      { text: '石羊街道新园社区与盛兴社区签订共建协议。', yields: '新园社区' },
      { text: '石羊街道新园社区与盛兴社区签订共建协议。', yields: '盛兴社区' },
      { text: '考察团来到上林苑农业示范园。', yields: '上林苑农业示范园' },
      // A phrase ending in a trade word (市政建设, 市政工程) is the firm's trade; a city's name before 市政 is its brand's.
      { text: '青禾市政建设集团有限公司与绿源科技有限公司签约。', yields: '青禾市政建设集团有限公司' },
      { text: '禾丰丹阳市政建设集团有限公司代表签署协议。', yields: '禾丰丹阳市政建设集团有限公司' },
      { text: '香港中西区各界协会会长夏立建出席签约仪式。', yields: '香港中西区各界协会' },
      { text: '普陀区各界人士联谊会会长李明致辞。', yields: '普陀区各界人士联谊会' },
      { text: '区里将全力支持华岳设计研究总院有限公司发展。', yields: '华岳设计研究总院有限公司' },
      { text: '会上介绍了产业招商和云港湾科创商务区。', yields: '云港湾科创商务区' },
      { text: '会议指出，而江山金穗投资有限公司负责人介绍了经验。', yields: '江山金穗投资有限公司' },
      // A class word in front of a proper name is cut off; 诸 and 每 open place names and brands.
      { text: '会议听取了上述青禾物流集团有限公司的情况汇报。', yields: '青禾物流集团有限公司' },
      // The parties named in an agreement's title are read (only a document's author, 《X关于…》, is not).
      {
        text: '会上签署了《江山市人民政府与青禾物流集团有限公司战略合作框架协议》。',
        yields: '青禾物流集团有限公司',
      },
      { text: '会上，诸暨市华越纺织有限公司董事长郑一鸣出席会议。', yields: '诸暨市华越纺织有限公司' },
      { text: '活动在第二十届博览会主会场国家会展中心举行。', yields: '国家会展中心' },
      {
        text: '江淮医科大学附属第二医院骨科党支部书记罗立出席。',
        yields: '江淮医科大学附属第二医院骨科党支部',
      },
      {
        text: '华建九局集团有限公司华东区域总部总经理韦立出席。',
        yields: '华建九局集团有限公司华东区域总部',
      },
      {
        text: '区委书记周立到青峰工业集中区调研。随后，调研组来到集中区管委会座谈。',
        yields: '青峰工业集中区管委会',
      },
      // A time word or adverb between a place and a name is the clause's (not a brand), and a conjunction before a
      // proper name joins two names, not two halves of one.
      { text: '江山市多年来为青禾集团提供了良好的营商环境。', yields: '青禾集团' },
      { text: '双方将结合江山市商贸优势和青禾集团的渠道开展合作。', yields: '青禾集团' },
      { text: '代表团参观了市民会客厅和宁湖产业园，听取了介绍。', yields: '宁湖产业园' },
      { text: '青禾茶商公会秘书长韦立诚及江山县林木科技促进会会长出席。', yields: '江山县林木科技促进会' },
      // Venues and sites a visit goes to; a venue or zone named by generic words after its division keeps it.
      { text: '林一参观了青禾山地运动乐园。', yields: '青禾山地运动乐园' },
      { text: '县长林一先后来到远山河段、北岭古遗址调研。', yields: '北岭古遗址' },
      { text: '活动在江山市图书馆举行。', yields: '江山市图书馆' },
      { text: '县长林一先后来到江山市双塔街道工业集中区调研。', yields: '双塔街道工业集中区' },
      // One body, one name: a settlement's committee written in full is its party body; 行政村 is the village.
      {
        text: '此次联建由中共双塔街道青湖社区委员会、中共远山村支部委员会共同发起。',
        yields: '青湖社区党委',
      },
      {
        text: '此次联建由中共双塔街道青湖社区委员会、中共远山村支部委员会共同发起。',
        yields: '远山村党支部',
      },
      { text: '林一来到双塔街道柳湾行政村调研。', yields: '柳湾村' },
      // (a villagers' committee, with no 中共, 支部 or party bodies beside it, stays as written: no party body)
      { text: '远山村委员会主任韩青禾介绍了情况。', yields: '远山村委员会' },
      { text: '远山村委员会和远山村党支部联合开展活动。', yields: '远山村委员会' },
      { text: '此次签约由中共江山市双塔街道柳湾行政村支部委员会主办。', yields: '柳湾村' },
      // A free-trade zone's part after the zone, and places joined by a middle dot, are one place.
      { text: '项目落户中国(浙江)自由贸易试验区北渡片区。', yields: '中国(浙江)自由贸易试验区北渡片区' },
      { text: '企业入驻云杉智谷·白塔园区。', yields: '云杉智谷·白塔园区' },
      { text: '仪式在禾盛置业·青溪智能装备产业园举行。', yields: '禾盛置业·青溪智能装备产业园' },
      { text: '考察团来到青云寺及白石文创园区。', yields: '白石文创园区' },
      // Right after a division's full name, a park's first character read as a verb still opens its name.
      { text: '随后，考察组来到西店镇移禾产业园。', yields: '移禾产业园' },
      { text: '新建的仓储中心紧邻禾湾智造产业园东门。', yields: '禾湾智造产业园' },
      // (a company's name may open with one of those verbs: only a place's walk ends there)
      { text: '宁湖华进电子有限公司今年扩产。', yields: '宁湖华进电子有限公司' },
      { text: '考察团走访了协商文化传媒有限公司。', yields: '协商文化传媒有限公司' },
      { text: '代表团参观了禾湾科学园。', yields: '禾湾科学园' },
      // A building named by its division alone, and a hall named with the building it is in.
      { text: '座谈会在遂宁大厦举行。', yields: '遂宁大厦' },
      { text: '论坛在禾湾学院材料大楼多功能厅举行。', yields: '禾湾学院材料大楼多功能厅' },
      // A venue named by a foreign city and generic words reaches back over the city.
      { text: '年会在江城东湖慕尼黑国际酒店召开。', yields: '江城东湖慕尼黑国际酒店' },
    ],
    mustNot: [
      // 办理 holds a happening as 举办 does (Taiwan pages): no name of a building reaches left over it.
      '花蓮縣青禾鄉農會23日上午11點辦理綜合大樓動土典禮。',
      // A park named by its trade alone, a chamber by words any chamber could bear: no name.
      '考察团先后参观了物流园区和高端装备产业园。',
      '大会感谢友好商会和地方行业协会的支持。',
      '会上，两地工商联交流了经验。',
      // A count of qualities names an honour, a class of bodies; a verb before a people's organisation is an act.
      '会议研究了全国“四好”商会创建工作，争创五好工商联。',
      '大会强调，要为促进工商联事业发展而努力奋斗。',
      // A paper's ending inside a verb of reporting.
      '要及时报告进展，同时报送材料。',
      // 政协 before a word opening on 会 (会议, 会同): no 协会.
      '市政协会议听取了工作报告，县政协会同有关部门开展调研。',
      // 办公会 is a meeting, no 公会.
      '区长主持召开区政府常务办公会。',
      // A plan's parts joined by + name no community.
      '园区按照“研发中试+孵化转化+产业社区”的模式建设。',
      // A congress's committees named by their kind alone are a class.
      '县人大有关委员会的两位同志旁听了听证会。',

      // A class of bodies described, not named; words of a clause glued to the left of an ending.
      '各驻外联谊会、周边城市联谊会、多家行业协会代表参加。',
      '部分国有企业集团要带头，所在属地街道办事处要做好服务。',
      '会议要求，合并后协会要加快发展，要加快做优园区公司。',
      '会上通报了一次联合委员会的情况。',
      '双方将建设更多有限公司。',
      '区党工委书记邢彬，管委会副主任柳岸陪同调研。',
      '推介会重点介绍了本地的区位优势和产业园区承载能力。',
      '他强调，今后集中区要做实服务。',
      '他们积极探索社区治理新路径。',
      '推动长三角开发区协同发展。',
      '构建一轴一带一新城格局。',
      '按照市委、市政府新城建设要求推进。',
      '服务覆盖全区街镇社区。',
      '他表示，公司将布局区域总部和生产基地。',
      '该社区与周边社区签订共建协议。',
      '要坚持以企业带动乡村发展。',
      '大家感谢对丽水的关心并介绍集团的新项目。',
      '随后，韦常委勉励企业加快转型。',
      '交流中，陈总简要汇报企业订单情况。',
      '报告列出了禾川及上市公司的合作清单。',
      '目标是建成一流的大型物流企业集团。',
      '各支部认真领会联盟章程。',
      '要加强治理河段的巡查。',
      '双方将在文化服务、志愿服务进社区等方面开展合作。',
      // 农村 and 乡村 are words of their own, never a village's name's end.
      '林委员提出要让农村老人就近就医。',
      // An ending inside one word the segmenter reads (村容村貌) ends no name.
      '县长要求抓好村容村貌提升和人居环境整治。',
      // A class of chambers (各 inside, natives of a place, elsewhere) is none of them.
      '禾城市各异地商会会长出席。',
      '青川籍异地商会的负责人参加了恳谈。',
      // A 嘎查's body written bare (嘎查党支部) names no village alone.
      '苏木党委书记林禾、嘎查党支部书记周立文陪同。',
      // 建议 or 加快 before a settlement's kind is a clause (建议加快老旧小区改造).
      '林委员建议加快老旧小区的管网更新。',
      '要规划建好产业园区。',
      '县长走访了党建联盟大楼。',
      '他们走进厂房和办公大楼，随后来到住院大楼。',
      // A verb of what someone does to or beside a place: the name starts after it, generic words after it name none.
      '志愿者积极参与社区议事，代表团听取开发区情况汇报。',
      '镇里派驻干部下沉，志愿者联系社区群众，推动项目落地乡村。',
      // A clause around a verb before 社区/小区 (党建统领) and a kind word (物业小区) name no settlement.
      '两家单位共建以来，党建统领社区治理成效明显。',
      '街道坚持党建统领小区管理。',
      '街道里没有物业小区的楼栋由居委代管。',
      '活动中各商会结成百企帮百村对子。',
      // Rooms and sites named by everyday words are no places.
      '他在劳模创新工作室与职工交流。',
      '孩子们在儿童乐园里玩耍。',
      '调研组察看了湿地公园和考古遗址。',
    ],
  },
  {
    id: 'named:numbered-bureau',
    family: 'named',
    matches:
      'a numbered bureau of a state builder written without an ending (中建八局, 中铁十二局): a company',
    fires: [{ text: '华泰置业副总裁燕一鸣、中建八局副总经理孙立才出席开工仪式。', yields: '中建八局' }],
    mustNot: ['市住建局副局长孙立才出席开工仪式。'],
  },
  {
    id: 'named:listed-company',
    family: 'named',
    matches:
      'the items of a list closed by 等企业, 等N家企业, 等大型企业 or a count alone (赴A、B、C等企业走访, 考察A、B两家企业), companies written by their brand too',
    fires: [
      { text: '区委书记姜立率队先后赴绿洲集团、富华环保、皖江矿机等企业开展走访。', yields: '富华环保' },
      { text: '县长林一先后深入到青禾铜业、远山食品、北岭阀门等企业进行考察。', yields: '青禾铜业' },
      // A list opening its sentence; a count with words of what kind (本地籍, 规上工业, 户).
      { text: '座谈会在县城召开。禾丰电器、远帆纸业、青禾铜业等企业老总参加。', yields: '禾丰电器' },
      { text: '今年以来，已有禾丰电器、远帆纸业、青禾铜业等3户规上工业企业完成技改。', yields: '禾丰电器' },
      {
        text: '会上，青禾机械厂、宁湖科技、远山电子等9家企事业单位负责人作了发言。',
        yields: '宁湖科技',
      },
      // After a conjunction; beside a works named long (by its park and function) and one named by its ending.
      {
        text: '调研组察看了城区道路以及柳湾工业园净水厂、岭南青禾新材料有限公司、远帆纸业等企业。',
        yields: '远帆纸业',
      },
      {
        text: '调研组察看了城区道路以及柳湾工业园净水厂、岭南青禾新材料有限公司、远帆纸业等企业。',
        yields: '柳湾工业园净水厂',
      },
      // Beside a unit named by its ending (a hospital), the bare items of a list of 企事业单位 are units.
      {
        text: '会上，北岭中心医院、北岭二中、禾川瑞达等12家企事业单位负责人作了交流。',
        yields: '禾川瑞达',
      },
      // Closed by a count (两家知名企业), or by 等 and a word of what kind (等大型企业).
      { text: '市长林禾考察了青禾铝业、云帆快递两家知名企业。', yields: '云帆快递' },
      { text: '考察团参观了禾川门业、北岭动力等大型企业。', yields: '禾川门业' },
    ],
    mustNot: [
      '区委书记姜立率队先后赴重点企业、龙头企业等企业开展走访。',
      '调研组走访了种植大户、家庭农场两家经营主体。',
      // 等相关单位 is a class of bodies, no kind of firm (review15 R20).
      '5月6日，调研组先后走访了种粮大户、养殖合作社等相关单位，深入了解情况。',
      // Institutions named by their kind in a list of 单位 are no companies.
      '检查组走访了敬老院、卫生院、中心小学等单位。',
      '检查组深入村委会、文化站、农贸市场等单位检查。',
      // A county's departments written by their stems beside a named firm are bureaus, not brands.
      '县政府办、卫健、交通水利、县城投公司等单位的同志列席。',
      // A list opening its sentence that names kinds of firms is no list of brands.
      '会议结束。重点企业、骨干企业等企业负责人参加。',
    ],
  },
  {
    id: 'named:zone-body',
    family: 'named',
    matches:
      "a zone's bureau or office written right after its name, or after its kind alone once the zone is named, and the bare bureaus listed after it (青禾高新区组织人事局、招商合作局): each the zone's, named with the zone in front",
    fires: [
      {
        text: '青禾高新区组织人事局、招商合作局、科技创新办公室等部门参与接待。',
        yields: '青禾高新区招商合作局',
      },
      { text: '禾丰经开区党工委书记林立出席，经开区财政局局长钟可汇报。', yields: '禾丰经开区财政局' },
    ],
    mustNot: [
      // An item opening with a level is a division's body.
      '区财政局、区商务局负责人参加。',
      // No zone named before the kind; a party body (read by its ending); no body after the zone.
      '经开区财政局局长钟可汇报。',
      '禾丰经开区党工委书记林立出席。',
      '青禾高新区建设成效显著，获评先进园区。',
    ],
  },
  {
    id: 'named:titled-brand',
    family: 'named',
    matches:
      "a firm written by its brand alone before its head's post and a name (青禾科技董事长李明, 青禾科技李明董事长)",
    fires: [
      { text: '座谈会上，澜川光电董事长祁向东介绍了新厂房的投产计划。', yields: '澜川光电' },
      { text: '市长会见了岚峰微电总裁兼首席执行官温若愚一行。', yields: '岚峰微电' },
      { text: '澜川光电祁向东董事长表示，将扩大在本地的投资。', yields: '澜川光电' },
    ],
    mustNot: [
      '祁向东市长向温若愚总经理介绍了新区规划。',
      '座谈会上，该企业董事长祁向东介绍了新厂房的投产计划。',
      '座谈会上，各企业负责人介绍了投产计划。',
      '座谈会上，公司总经理祁向东介绍了投产计划。',
      '座谈会上，相关企业董事长祁向东介绍了投产计划。',
      '座谈会上，祁向东董事长介绍了投产计划。',
      '会上，销售总经理祁向东介绍了投产计划。',
      '会上，大中华区总裁祁向东介绍了投产计划。',
    ],
  },
  {
    id: 'named:settlement-after-town',
    family: 'named',
    matches:
      'a village or community written right after its town inside the name of its body (嘉禾街道嘉禾社区党委 → 嘉禾社区)',
    fires: [{ text: '安海镇三里村党支部书记曾清源出席。', yields: '三里村' }],
    mustNot: ['安海镇前进村党支部书记曾清源出席。'],
  },
] as const satisfies readonly RuleRecord[];
