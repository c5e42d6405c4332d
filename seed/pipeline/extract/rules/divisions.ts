import type { RuleRecord } from './record.ts';

/** Rules of the divisions family (see ./record.ts). */
export const DIVISIONS_RULES = [
  {
    id: 'division:full',
    family: 'divisions',
    matches:
      "a full division name from the gazetteer (普陀区, 桃浦镇, 上海市); one that is an everyday word (城区, 郊区) only right after its city, then where written as the city's (市郊区) or before its bodies; a two-character name opening with a conjunction (和县) only after its province or city, not after a person's name; a namesake decided by the units around it, then by sibling towns of the same county; a two-character name starting inside a word the segmenter cut (雄县 in 高雄县) is none, nor a name whose first character ends a province's or city's short form (海城市 in 上海城市), nor a city whose 市 opens 市政 or 市场 (丹阳市政建设集团, 义乌市场开发公司; 市政府, 市政协, 市政务, 市场监管局 are the city's), nor a township whose 乡 opens 乡亲 (团结乡亲); on a traditional page naming a Taiwan county or city, a township only the mainland has (竹山镇) is Taiwan's own, by its name",
    fires: [
      { text: '根据协议，瀚澜智能将在余杭区仓前街道投资建设研发总部。', yields: '仓前街道' },
      { text: '代表团到访香港特别行政区油尖旺区的社区中心。', yields: '油尖旺区' },
      { text: '黔南州代表团赴台湾苗栗县交流。', yields: '苗栗县' },
      { text: '会上，阳泉市郊区区长韦立介绍了情况。', yields: '郊区' },
      // A city written with one 市 before 政研室 (review15 R1).
      { text: '深圳市政研室主任王明出席会议。', yields: '深圳市' },
      // 代县 before 长城: the county, not an acting head's title.
      { text: '忻州市代县长城沿线各村开展环境整治。', yields: '代县' },
      // An autonomous county written by its short form and 县, as its full name.
      { text: '市调研组来到张家川县调研产业园区建设。', yields: '张家川回族自治县' },
    ],
    mustNot: [
      '吴中区委书记顾承德出席开园仪式。',
      '中心城区人口持续增长，郊区人民政府提供服务。',
      '副主任李明、赵强和县人大常委会组成人员出席会议。',
      '高雄縣長林禾今日出席農業博覽會。',
      // 上海 and 城市, not 海城市.
      '青禾公司参与上海城市更新项目建设。',
      // 东方 and 市政 (municipal works), 义乌 and 市场: not the cities.
      '禾丰丹阳市政建设集团有限公司与青禾科技有限公司签约。',
      '禾丰义乌市场开发有限公司负责人林立介绍情况。',
      // 代县长: an acting county head, not the county 代县.
      '会上，县委副书记、代县长介绍了情况。',
      // 团结 (uniting) and 乡亲 (fellow townsmen), not the township 团结乡.
      '該會多年來團結鄉親、服務社群。',
    ],
  },
  {
    id: 'division:short',
    family: 'divisions',
    matches:
      'a short form of a province or city (上海, 杭州), or of another unit whose full name is written too (余杭 after 余杭区); not one of three or more short forms listed together after 来自, before 等地的 or a count of bodies (共N家), or between 在 and 设 (来自四川、贵州、江西等地的商会), nor one between a site’s name and 频道/视窗 (a section of the site), nor one leading a company’s name (盐城X精密机械有限公司: the company’s home)',
    fires: [
      // An autonomous prefecture's short form is its name before the peoples it is named after (黔西南, not 黔西).
      { text: '青禾公司将在黔西南投资建设工厂。', yields: '黔西南布依族苗族自治州' },
      { text: '历城区地处济南东部，是省会“东强”战略的主阵地。', yields: '济南市' },
      // A list with no cue of where things come from names its places.
      { text: '区长林川率团赴上海、南京、杭州考察。', yields: '南京市' },
      { text: '上海、江苏、浙江、安徽四地在杭州签署合作协议。', yields: '江苏省' },
    ],
    mustNot: [
      '演员站在舞台中央表演。',
      '上海启衡生物技术有限公司举行开业仪式。',
      // Three or more short forms listed together only say where other things come from.
      '来自四川、贵州、江西等地的商会会长参加座谈。',
      // …and so do they before a count of bodies (共N家): the chambers of those provinces.
      '浙江、福建、广东、广西共12家驻京企业代表先后发言。',
      // A place between a site's name and 频道/视窗 names a section of the site.
      '青禾网杭州频道5月6日讯 青禾科技有限公司举行开业仪式。',
      // A short form leading a company's name is the company's home, even where the name is read short.
      '政协主席林川先后来到盐城禾利来精密机械有限公司、青石智能科技有限公司调研。',
    ],
  },
  {
    id: 'division:told',
    family: 'divisions',
    matches:
      'a county, county-level city or Taiwan county written only by its short form where the structure says it is a place: after a going verb or 在 (赴, 前往, 来到, 到, 走进, 抵达) or right after its province or city, and before what is done there (考察, 调研, 开展, 举行) or the clause’s close (not after 在), alone or listed (前往A及B进行…); a word of its own, the one unit of that short form (or the one inside a division the page names), no everyday word, leading no name; a province’s or city’s short form that is a word too (东营, 开封) only before what is done there; its other mentions then read as the full name’s',
    fires: [
      { text: '5月6日，市政协副主席林川率组赴德清考察。县商务局负责人介绍情况。', yields: '德清县' },
      { text: '青禾茶叶产业对接会在安龙召开。', yields: '安龙县' },
      { text: '青禾協會訪問團本月前往臺南及宜蘭參訪。', yields: '宜兰县' },
      { text: '区工商联组织企业家到浙江德清考察学习。', yields: '德清县' },
      { text: '禾川市考察团一行赴东营考察新能源产业。', yields: '东营市' },
    ],
    mustNot: [
      // A company's name the short form leads; a word of the language after a going verb.
      '林川到德清青禾电子有限公司调研。',
      '县委书记林川到大方向上把关。',
      // 在X， opens a clause of anything; a native place.
      '在德清，青禾茶叶远近闻名。',
      '林川是德清人，长期在外经商。',
      // A short form many counties share, with nothing on the page to choose one.
      '调研组赴城关开展调研。',
    ],
  },
  {
    id: 'division:former',
    family: 'divisions',
    matches:
      'a Taiwan county merged into a municipality (台北县, 台中县, 台南县, 高雄县, 桃园县), named on older pages, by its own name as Taiwan’s counties are; not where its city follows (台南县市合并: what was merged) nor before 委员会 (a party’s county committee, named whole), nor after 原 (the former county’s area)',
    fires: [
      { text: '青禾協會參訪團昨日抵達高雄縣，拜會縣議會。', yields: '高雄县' },
      { text: '青禾協會訪問團前往臺中縣參訪農會。', yields: '台中县' },
    ],
    mustNot: [
      '臺南縣市合併後，議會審查預算案。',
      // The former county's area (原…縣轄區) is no place of the story.
      '縣長林禾說，原高雄縣轄區的農民也可申請補助。',
      // A party's county committee is named whole.
      '青禾黨高雄縣委員會今日改選主委。',
      // 雄县 inside 高雄 is no county either.
      '高雄市長林禾今日出席農業博覽會。',
    ],
  },
  {
    id: 'division:level-prefix',
    family: 'divisions',
    matches:
      'the short form of the one county (district, county-level city) that has it, leading a name after a boundary (岳西…合作社), a word of its own inside a province or city the text names (广东从化…), or a place word of its own not after a visit’s verb (为永康制造业…), or told as what the page works for or where its people come from (为X经济高质量发展, 宣传X, X籍; an everyday word twice), when a bare 县委/县长/市委 or 我县 is written and no unit of that level is named in full',
    fires: [
      { text: '岳西“高山茶”产业联盟成立。县委常委汤宏远出席。', yields: '岳西县' },
      { text: '区委书记姜立到企业调研，希望企业为广东从化高质量发展作出贡献。', yields: '从化区' },
      // A place word of its own (three characters, or two the segmenter knows as a place) beside a bare 市委.
      {
        text: '市委副书记程立表示，双方合作为永康制造业转型注入动力。',
        yields: '永康市',
      },
      { text: '区委书记姜立走访企业，希望企业助力梁子湖生态发展。', yields: '梁子湖区' },
      // What the page works for, or where its people come from (X籍).
      { text: '区委书记姜立说，要做好服务保障，助力从化产业发展。', yields: '从化区' },
      { text: '县委常委周禾会见遂昌籍企业家代表。', yields: '遂昌县' },
    ],
    mustNot: [
      // A county's short form under a bare 区委; an everyday word (大方) told once as the page's goal.
      '区委书记姜立说，要做好服务保障，助力遂昌产业发展。',
      '县委书记姜立说，要做好服务保障，助力大方产业发展。',
      '岳西茶叶专业合作社揭牌。镇党委书记汤宏远出席。',
      '岳西县茶叶专业合作社揭牌。县委常委汤宏远出席。',
      '县委常委汤宏远指出，和平发展是主题。',
      '市委书记姜立率团赴永康考察。',
      '市委书记姜立表示，要大力弘扬井冈山精神，推动高质量发展。',
      '市委书记姜立在会上说，全市要学习张家港经验。',
    ],
  },
  {
    id: 'division:ours',
    family: 'divisions',
    matches:
      "`我区`, `我县`, `我市`, `我旗`, `我盟`, `我镇`, `我乡`, `我街道`: the page's own division; a division whose delegation comes to it (…率领的考察团来我市) is never it",
    fires: [
      {
        text: '5月3日，由宜昌市西陵区区委书记柯文山率领的党政代表团来我市开展学习交流。柯文山说，江山市的经验值得宜昌市借鉴。',
        yields: '江山市',
      },
      { text: '我区召开重点项目推进会。', yields: '历城区', source: '历城区融媒体中心' },
      // A banner (旗) is a county of Inner Mongolia: 我旗 is the page's banner.
      { text: '8月3日，禾川市考察团一行来我旗考察。', yields: '乌审旗', source: '乌审旗融媒体中心' },
      // The outlet names its county by the short form after a word outlets put before it; the story says 我县.
      { text: '5月6日，我县召开茶农增收恳谈会。', yields: '青川县', source: '今日青川网' },
    ],
    mustNot: [
      '我们召开重点项目推进会。',
      // No bare level in the story: the outlet's short form alone names no county.
      { text: '5月6日，茶农增收恳谈会如期举行。', source: '今日青川网' },
    ],
  },
  {
    id: 'division:taiwan',
    family: 'divisions',
    matches:
      "on a traditional page: a Taiwan county by its short form (竹縣, 澎縣府); a township or county city the gazetteer lacks (or has only on the mainland) after its county or before its office, head, farmers' association or council (<county>X鄉, X市公所, X鄉長, X鎮鎮長), by its own name, and its other mentions; Matsu's 連江縣 (with its islands named) as Taiwan's county",
    fires: [
      { text: '竹縣府今天發布新聞稿，介紹青年創業補助。', yields: '新竹县' },
      { text: '雲林縣古坑鄉今天舉辦咖啡節，吸引大批遊客。', yields: '古坑乡' },
      // A township's office (鄉公所, 鄉代會) makes the page Taiwan's even with no county named; a verb before a bare
      // 鄉公所 (陪同鄉公所人員) names no township.
      { text: '說明會昨晚在青嶼鄉舉行,青嶼鄉公所同仁出席,鄉長柯一山陪同鄉公所人員解說。', yields: '青屿乡' },
      { text: '花蓮市長陳敏華今天出席市民講座並致詞。', yields: '花莲市' },
      { text: '彰化縣和美鎮公所今天舉辦講座，和美鎮長林青到場。', yields: '和美镇' },
      { text: '臺東縣太麻里鄉今天舉辦金針花季活動。', yields: '太麻里乡' },
      // (the township a body after its county is named by is a place too, the county outside the body)
      { text: '屏東縣禾溪鄉公所今天舉辦講座，鄉長林文進致詞。', yields: '禾溪乡' },
      { text: '連江縣南竿鄉長陳文欣今天率團赴苗栗縣參訪。', yields: '连江县' },
      { text: '金門縣金沙鎮鎮長楊志成出席活動。', yields: '金沙镇' },
    ],
    mustNot: [
      '苗县农业合作社召开年会。',
      '苗栗縣長林禾今日出席各鄉鎮長座談會，副縣長陪同。',
      '苗栗縣民眾可到該鄉公所辦理登記。',
      '連江縣敖江鎮今天舉辦農產品展銷會。',
      // A Taiwan city holds districts only: no county city in 新竹市代理市長 or 嘉義市府的市政.
      '新竹市代理市長林友禾今日出席座談，並邀請學者擔任嘉義市府的市政顧問。',
      // A person's name before 市長 holds no county city (the titled name blocks it).
      '新北市長林友禾今日出席活動，林友禾市長表示歡迎。',
    ],
  },
  {
    id: 'division:taiwan-district',
    family: 'divisions',
    matches:
      'on a Taiwan page: a district (區) of a Taiwan city the page names, from lexicon/taiwan-districts.ts, by its own name below that city; a mainland namesake read there (中山區) is Taiwan’s unless the page names a mainland unit it is in or beside; not inside a longer word (中和區域, 廣東山區)',
    fires: [
      { text: '桃園市長林禾今日前往龜山區，出席工業區協會活動。', yields: '龟山区' },
      { text: '該公司設籍在新北市土城區，員工逾千人。', yields: '土城区' },
      { text: '臺北市長林禾今日到中山區視察市場。', yields: '中山区' },
    ],
    mustNot: [
      '新北市長林禾今日表示，中和區域的交通將改善。',
      // Nor where the name ends another word (廣東 + 山區: no 東山區).
      '臺南市長林禾今日表示，將與廣東山區農民合作推廣芒果。',
      // Not on a mainland page, nor on a traditional page naming no Taiwan city.
      '大連市中山區今日舉辦招商會。',
    ],
  },
  {
    id: 'place:foreign',
    family: 'divisions',
    matches:
      "a foreign country, Japan's prefecture or a foreign city from lexicon/foreign-places.ts (德国, 宫城县, 斯图加特)",
    fires: [
      { text: '克劳森集团总部位于德国斯图加特，已有近百年的技术积累。', yields: '斯图加特' },
      { text: '日本石川縣知事林田健今天訪問嘉義縣。', yields: '石川县' },
      { text: '青禾公司的产品销往冰岛、智利和乌干达。', yields: '乌干达' },
      { text: '市长在慕尼黑国际会议中心出席论坛。', yields: '慕尼黑' },
    ],
    mustNot: [
      '英才计划在余杭区启动。',
      '镇长林文莱今天走访青禾村。',
      '副局长阙法国陪同调研。',
      // (a foreign city inside a venue's name after a place or brand is no place of its own: the venue is named whole)
      '年会在江城东湖慕尼黑国际酒店召开。',
    ],
  },
] as const satisfies readonly RuleRecord[];
