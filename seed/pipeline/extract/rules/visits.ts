import { CALLS_RULES } from './calls.ts';
import { GROUP_VISITS_RULES } from './group-visits.ts';
import { OWN_UNIT_VISITS_RULES } from './own-unit-visits.ts';
import type { RuleRecord } from './record.ts';

/**
 * Rules of the events family for trips (see ./record.ts): visits, inspections and delegations; what happens on them
 * (meetings, receptions, alliances) is in ./visit-meetings.ts.
 */
export const VISITS_RULES = [
  {
    id: 'event:visit',
    family: 'events',
    matches:
      '`(带队|率队|到<places or bodies>)调研/走访/考察/督导/视察/观摩 <object>` after a titled leader: a visit named after its subject',
    fires: [
      // A compound verb stays whole (参观视察).
      { text: '9日，市委书记韦立群来我区参观视察产业园区建设。', yields: '产业园区建设参观视察' },
      {
        // What was said during it (…时强调) is no part of the subject.
        text: '5月8日，县长罗一鸣到禾溪镇调研春耕生产情况时强调，要抓好粮食生产。',
        yields: '春耕生产情况调研',
      },
      {
        // Comforting written after the visit verb is part of it (走访慰问), not what the visit was about.
        text: '5月8日，县长罗一鸣深入禾溪镇走访慰问困难群众。',
        yields: '困难群众走访慰问',
      },
      {
        // A group the leader takes (率考察团来<district>) goes there first; 等 inside the subject stays.
        text: '4月2日，丽水市松阳县县长林青川率考察团到鄞州区考察江禾科技城人才引育等工作。',
        yields: '江禾科技城人才引育等工作考察',
      },
      {
        // Where the leader went, closed by 等 and their kind, in a clause before the verb.
        text: '6月3日，江岸区委书记郁文澜先后深入禾锦精工有限公司、青川电子有限公司等企业，调研企业技术改造情况。',
        yields: '企业技术改造情况调研',
      },
      {
        // 走访了<object>: the particle after the verb is no part of the name.
        text: '9月3日，禾川县副县长林青川走访了青溪镇部分会员企业。',
        yields: '青溪镇部分会员企业走访',
      },
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
        // Guiding right after the verb is part of it; the subject follows.
        text: '6月2日，江岸区副区长蒲立新到青川竹编有限公司视察指导安全生产工作。',
        yields: '安全生产工作视察指导',
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
      // A remark about a visit relayed at a meeting: no visit told.
      '县委书记罗一鸣在会上传达了市委书记赴翠屏区调研产业发展时的指示精神。',
      '5月9日上午，历城区委书记范承志听取全区重点产业项目建设情况汇报。',
      '5月8日，历城区委书记范承志到浙江省杭州市萧山区考察学习，副区长孟晓陪同。',
      // A trip away (赴) is not named after its subject alone.
      '5月8日，历城区委书记范承志赴浙江省杭州市萧山区调研数字经济发展情况。',
      // Guiding right after the verb is part of it, no subject (视察 + 指导).
      '6月2日，江岸区副区长蒲立新到东溪智造园视察指导，了解复工情况。',
      // A courtesy call's object is who is called on, not what a visit was about (event:call-on).
      '县长柏文清前往成都，拜会青禾控股集团有限公司党委副书记、总经理吕岚。',
    ],
  },
  {
    id: 'event:activity-visit',
    family: 'events',
    matches:
      '`<titled>率队(先后)赴A、B等企业开展<X走访慰问>活动`, `带领…赴<division>开展异地视察活动`: a visit told as an activity, named by it (X走访慰问) or, when it says only how, after where it went and how (<division>异地视察)',
    fires: [
      {
        // A body the titled leader came to, the only place written, escorted by who is told before.
        text: '3月2日上午，绵阳市副市长甘承远在市经信局局长柏文清的陪同下，来到青禾物流集团，开展走访调研活动。',
        yields: '青禾物流集团走访调研',
      },
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
        // A study trip told as an activity, led by who brings a group (带领…赶赴A、B开展…考察学习).
        text: '6月12日，青阳街道党工委书记柏文远带领各社区书记赶赴石桥镇青山村、柳河镇白沙村开展交流考察学习。',
        yields: '交流考察学习',
      },
      {
        // An inspection of a division needs no titled leader.
        text: '11月18日，市政协组织部分委员赴昆山市开展异地视察活动。',
        yields: '昆山市异地视察',
      },
      {
        // A body opening the clause, with others listed after it, goes; what it was about names the visit.
        text: '10月14日，青禾农业科学研究院、两所高校专家赴龙游县开展茶叶深加工专题调研，副县长韩松全程陪同。',
        yields: '茶叶深加工专题调研',
      },
    ],
    mustNot: [
      '2月2日上午，区委书记霍东篱表示，各单位要赴企业开展春节走访慰问活动，为企业送去新春祝福。',
      '市政协将组织部分委员赴昆山市开展异地视察活动。',
      // A body's plan, told by someone else.
      '江城理工大学表示，将组织专家赴开化县开展茶产业振兴调研。',
    ],
  },
  ...GROUP_VISITS_RULES,
  ...CALLS_RULES,
  ...OWN_UNIT_VISITS_RULES,
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
      {
        // Companies of a kind closing a list of places are what the visit saw, not a site of the last place.
        text: '3月2日，县长柏文远到东岭镇、西坪镇部分外贸企业调研。',
        yields: '外贸企业调研',
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
      // A visit to guide work (调研指导工作), its escorts told before the verb (在…陪同下).
      {
        text: '5日上午，区委书记柯立明在副区长韦山陪同下莅临沙溪镇调研指导工作。',
        yields: '沙溪镇调研指导工作',
      },
      {
        // A province written short is named in full (the guide's visits line).
        text: '6月3日，青川县工商联主席赵立新带领部分企业负责人赴浙江开展考察交流。',
        yields: '浙江省考察交流',
      },
      // Guiding right after the verb is part of it.
      {
        text: '12月2日，旗委副书记韦东川深入禾溪苏木和青石镇就冬季供暖及安全生产等情况进行调研督导。',
        yields: '冬季供暖及安全生产等情况调研督导',
      },
      {
        // The page's own body (我集团) is named without 我; 指导工作 is a visit's verb.
        text: '2024年9月11日上午，龙游县副县长林青川一行莅临我集团总部指导工作，县经信局局长周明远一同前来。',
        yields: '集团总部指导工作',
      },
      {
        text: '2023年5月8日，云岩区委书记祁望舒到东溪智造园调研，了解园区企业生产情况。',
        yields: '东溪智造园调研',
      },
      {
        // Guiding or checking right after the verb is part of it.
        text: '6月9日，江岸区副区长蒲立新到青川竹编有限公司视察指导，了解复工情况。',
        yields: '青川竹编有限公司视察指导',
      },
      {
        // 并召开座谈会 after the verb is another act, not what the visit is about.
        text: '6月3日，江岸区委书记郁文澜到临江科创园调研并召开座谈会。',
        yields: '临江科创园调研',
      },
      {
        // Who goes with the leader, between the leader and where they go (在…陪同下，深入…).
        text: '区长林川在镇党委书记周明远的陪同下来到马尾镇调研，听取了企业用工情况汇报。',
        yields: '马尾镇调研',
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
        // When, between the leader's name and the going (于<day>赴…).
        text: '青禾集团董事长甘明哲于5月12日上午赴衢州市考察，洽谈项目合作。',
        yields: '衢州市考察',
      },
      {
        // 赴 right after the leader's name (the name ends there).
        text: '1月9日，县委书记伍建军赴石岭镇调研，听取全镇工作汇报。',
        yields: '石岭镇调研',
      },
      {
        // A list whose items open on a place and may close on a site no list knows; 同志带队, 进行了, a compound verb.
        text: '5月6日，江宁区副区长祁远舟同志带队到禄口街道青禾果蔬基地、秣陵街道颐康养老院开展了实地考察。',
        yields: '秣陵街道实地考察',
      },
      {
        // Items split at 、 only: 和 opening a site's name after its town is no separator.
        text: '3月2日，开化县县长柏文远到华埠镇青禾果蔬基地、马金镇和美养老院调研。',
        yields: '马金镇调研',
      },
      {
        // What it was about, after 就 between where it went and 进行, names it (held where it went); 来 before a division.
        text: '11月16日，副市长柏文远带领市检查组来武义县就冬季农田水利建设进行调研。',
        yields: '冬季农田水利建设调研',
      },
      {
        // …also after a comma closing where it went.
        text: '9日下午，市长林国栋深入江岸区，就老旧厂房改造和夜间经济发展开展调研，实地查看了两处项目。',
        yields: '老旧厂房改造和夜间经济发展调研',
      },
      {
        // 对<matter>进行(了)<verb> after where the leader went (read by the lead's general frame before).
        text: '10月9日，区长邝明远赴禾溪镇，对城南片区防汛设施进行了督查，副区长孙立群陪同。',
        yields: '城南片区防汛设施督查',
      },
      {
        // A matter names it with no place a list knows (来到这里).
        text: '3月11日下午，县长柏文远来到这里，就企业生产经营情况开展调研。',
        yields: '企业生产经营情况调研',
      },
    ],
    mustNot: [
      '2023年5月8日，欢迎大家到东溪智造园调研，共谋发展。',
      // What comes between the leader and the going is a directive, not when.
      '5月8日，云岩区委书记祁望舒于会上要求各部门到东溪智造园调研。',
      // A list item that opens on no place.
      '5月6日，江宁区副区长祁远舟同志带队到青禾果蔬基地、秣陵街道颐康养老院开展了实地考察。',
      // Welcomed, not made.
      '6月2日，热烈欢迎江岸区副区长蒲立新到东溪智造园调研。',
      // 来自: where someone comes from, not where they go.
      '11月16日，来自武义县的企业家代表柏文远就冬季农田水利建设进行调研。',
      // A directive to others, with a matter after 就.
      '11月16日，市长林国栋要求各部门到江岸区就老旧厂房改造开展调研。',
    ],
  },
] as const satisfies readonly RuleRecord[];
