import type { RuleRecord } from './record.ts';

/** Rules of the events family for a group's trip to a place (see ./record.ts; read by events/group-visits.ts). */
export const GROUP_VISITS_RULES = [
  {
    id: 'event:visit-to',
    family: 'events',
    matches: '`(带队|率队|一行)(N人)赴/到/莅临<place>调研/考察`: a visit to a place',
    fires: [
      // Where they went first, closing its clause, then 就<matter> and 开展: named after the matter.
      {
        text: '5月6日，县政协主席柏文远一行到青川县，就茶产业、乡村旅游、“村企结对”帮扶工作开展调研。',
        yields: '茶产业、乡村旅游、“村企结对”帮扶工作调研',
      },
      {
        // What the visit was about, written after its verb to the end of the clause (…工作, …情况): named after it.
        text: '5月17日，禾川县县长林青川带领党政考察团来青溪县参观考察茶产业发展等工作，县长陈立言陪同。',
        yields: '茶产业发展等工作参观考察',
      },
      {
        text: '12月9日，禾川县副县长林青川带领调研组来青溪县调研了园区建设情况，县长陈立言一同调研。',
        yields: '园区建设情况调研',
      },
      {
        // 工作 alone says nothing of what it was about: named after where it went.
        text: '5月17日，禾川县县长林青川带领党政考察团来青溪县考察指导工作。',
        yields: '青溪县考察指导',
      },
      {
        // When and who leads between the group and its going; a body visited is named as written.
        text: '龙泉市交流团一行8人9月2日下午在市长林青川带领下抵达嘉义县议会进行参访，副议长周明远出面接待。',
        yields: '嘉义县议会参访',
      },
      {
        // Hong Kong and Macau are named by their own names (the guide's regions), not 香港特别行政区.
        text: '上周，青川县侨联主席林远山率团到访香港，走访了三家同乡社团。',
        yields: '香港到访',
      },
      {
        // Guiding right after the verb is part of it (调研督导), as in every visit frame.
        text: '6月2日，县长柏文远率队到禾溪镇调研督导，副县长吕岚陪同。',
        yields: '禾溪镇调研督导',
      },
      {
        // A compound of two visit verbs (访问考察, 考察访问) is one verb, kept whole.
        text: '禾川县代表团一行六人昨日赴衢州市开展考察访问，为期两天。',
        yields: '衢州市考察访问',
      },
      {
        // An association whose head leads the group calls on another body: named like a courtesy call.
        text: '禾川商会会长林青川一行四人近日到访青溪总商会，双方就会员互访交换意见。',
        yields: '禾川商会到访青溪总商会',
      },
      {
        // A body written by its kind alone (到商会), named in the next sentence: named by that body.
        text: '6月2日，青川县工商联主席甘立一行5人到商会调研交流。青溪商会会长吕岚参加调研座谈。',
        yields: '青溪商会调研交流',
      },
      {
        // The day in Chinese numerals after 于, between the group and its verb.
        text: '禾川贸易中心主任林青川一行四人于三月十二日下午到访青溪总商会，双方商定明年合办展会。',
        yields: '青溪总商会到访',
      },
      {
        // 于日前 between the group and its verb; no visiting body opens the clause (a rank before the association).
        text: '全国人大代表、禾川同乡会会长林青川一行于日前到访青溪总商会，双方交流了两地产业合作情况。',
        yields: '青溪总商会到访',
      },
      {
        // The day after 于, between the group and where it went.
        text: '禾川商会会长林青川率参访团一行18人于12日到访新竹县政府，受到县长甘明哲热情接待。',
        yields: '禾川商会到访新竹县政府',
      },
      {
        // The trip told as 进行为期N天的参访 after where it went.
        text: '5月6日，县委书记甘承远率团前往新加坡进行为期5天的参访。',
        yields: '新加坡参访',
      },
      {
        // 抵达X，展开…参访行程: where it arrived names the trip.
        text: '台东县长甘承远今日率团抵达杭州，展开为期5天的参访行程。',
        yields: '杭州市参访',
      },
      {
        // A courtesy call on a body (拜会) is a visit named after the body.
        text: '台东县长甘承远一行今天前往宁波市政府拜会市长柏文清。',
        yields: '宁波市政府拜会',
      },
      {
        // A matter in quotes between where it went and the verb names it; held where it went.
        text: '6月4日，市人大常委会主任欧阳宁一行赴青川县开展“老旧小区加装电梯”专项督查。',
        yields: '老旧小区加装电梯专项督查',
      },
      { text: '上周五，余姚市副市长岑立峰带队赴泗门镇调研。', yields: '泗门镇调研' },
      {
        // 到访 before where it went, after the group and 并/还 (a later stop of its trip).
        text: '会后，青州市党政代表团并到访苏州市，察看了两家企业的生产线。',
        yields: '苏州市到访',
      },
      { text: '9月6日，余姚市副市长岑立峰一行8人莅临泗门镇调研。', yields: '泗门镇调研' },
      {
        // A group counted roughly, then where it went; the trip named after the place and its verb as written.
        text: '7月11日，青禾区企业联合会党支部一行近30人，前往松江区叶榭镇开展考察学习交流活动。',
        yields: '叶榭镇考察学习',
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
      {
        // What the group looked at, after 对 between where it went and 进行, names it.
        text: '3月13日，市商务局党组成员柏文清一行2人到钢城区对10家重点外贸企业进行调研。',
        yields: '10家重点外贸企业调研',
      },
      {
        // Another name of the place in brackets after it, then what it was about after 就 (a closing 等 only dropped).
        text: '3月9日下午，省委常委甘承远率调研组赴松北区（禾江新区），就投资环境和产学研合作等方面开展调研。',
        yields: '投资环境和产学研合作等方面调研',
      },
      {
        // A theme after 围绕 names nothing: the visit keeps the name of where it went.
        text: '5月28日，省政协副主席柏文远率调研组来青川县，围绕“产业链协同发展”主题开展调研。',
        yields: '青川县调研',
      },
    ],
    mustNot: [
      '上周五，余姚市副市长岑立峰赴泗门镇。',
      // Welcomed, not made (到访 before where it goes).
      '青州市热烈欢迎代表团到访昆山市。',
      // A welcome to who came: 到访 with no place or body after it.
      '柏文远对吕岚一行到访表示感谢。',
      '柯城区委书记钟离恒一行6人将参访瓯海区的计划已经确定。',
      // 我市 with no city known names nothing.
      '6月3日，青州市经贸考察团一行赴我市进行考察。',
    ],
  },
] as const satisfies readonly RuleRecord[];
