import type { RuleRecord } from './record.ts';

/**
 * The page's happening, made from its lead or headline when no reader found one in the lead
 * (../events/page-happening.ts): whoever does it (a group, a body, no titled leader). Examples are invented.
 */
export const PAGE_HAPPENING_RULES = [
  {
    id: 'event:page-visit',
    family: 'events',
    matches:
      'in the lead, with no happening read there, `<going><one named place or body>(，)(开展|进行)<visit verb>` closing its clause (named after where it went; 我县 when division-ours reads it as the page’s county), or `<visit verb>(了)(我X)<named place or body>(<matter>)` closing its clause (named after what it saw)',
    fires: [
      {
        // A group, no titled leader: where it went, then the verb.
        text: '3月9日，禾川县青年创业协会一行30余人来到余杭区参观学习。',
        yields: '余杭区参观学习',
      },
      {
        // The verb, then the body it saw.
        text: '5月6日，禾溪商会会员企业代表参观考察了青禾食品有限公司。',
        yields: '青禾食品有限公司参观考察',
      },
      {
        // The page's own county before what was seen is where, not what; the matter after the body stays.
        text: '上周五，几位人大代表同返乡青年一起调研了我县禾丰农机合作社春耕备耕情况。',
        yields: '禾丰农机合作社春耕备耕情况调研',
      },
    ],
    mustNot: [
      // Still to come.
      '下周，禾溪商会会员将来到余杭区参观学习。',
      // A task set in reported speech.
      '会长表示，要多组织会员参观考察青禾食品有限公司。',
      // A habit.
      '禾溪商会每年组织会员参观考察青禾食品有限公司。',
    ],
  },
  {
    id: 'event:page-held',
    family: 'events',
    matches:
      'in the lead, with no happening read there, `<body or division opening the clause>(组织)开展/举行/举办/召开(了)<words><meeting or ceremony noun>` (named after the holder and the words, a slogan dropped), or `出席/参加/主办/承办/协办(了)<words><noun>` whose words open on a named body or division, a year or an ordinal (named by its words)',
    fires: [
      {
        text: '余杭区本月8日为村干部开展乡村振兴观摩学习活动。',
        yields: '余杭区乡村振兴观摩学习活动',
      },
      {
        // An exhibition's opening hosted for others, named by its own words (an ordinal opens them).
        text: '禾川县文联昨天承办了第三届青禾书画作品展开幕式，百余名书画爱好者到场观展。',
        yields: '第三届青禾书画作品展开幕式',
      },
    ],
    mustNot: [
      // Still to come.
      '余杭区将于下月组织开展乡村振兴观摩学习活动。',
      // Several, no one happening.
      '4月8日，余杭区开展了一系列乡村振兴活动。',
      // A kind of meeting attended, not one named.
      '本周一，禾川县文联参加了有关座谈会。',
    ],
  },
  {
    id: 'event:page-headline',
    family: 'events',
    matches:
      'no happening read in the lead: a headline `<thing>(正式)开工/揭牌/开园/开业/投产/落成/竣工/启用(仪式)` whose thing the lead writes before the act told done: the thing and the act',
    fires: [
      {
        title: '禾湾科创中心二号楼开工',
        text: '禾湾科创中心二号楼昨日破土开工，市长韦东川为工程培土。',
        yields: '禾湾科创中心二号楼开工',
      },
    ],
    mustNot: [
      // A plan, no act done.
      { title: '禾湾科创中心一期工程计划明年开工', text: '禾湾科创中心一期工程计划明年开工，目前正在设计。' },
      { title: '禾湾科创中心二号楼开工', text: '禾湾科创中心二号楼计划年底开工。' },
    ],
  },
] as const satisfies readonly RuleRecord[];
