import type { RuleRecord } from './record.ts';

/**
 * Rules of the events family for trips told by what they were about (see ./record.ts), split from ./visits.ts to keep
 * files short: `对<subject>进行<verb>` with the verb last, and a body's visit told as an activity.
 */
export const VISITS_TOLD_RULES = [
  {
    id: 'event:visit-verb-last',
    family: 'events',
    matches:
      '`<titled leader>(带队|率队|一行)对<subject or places>进行(了)/开展<visit verb>` with nothing after the verb: a visit named after what it was about (我区/全区 named in full), then the verb',
    fires: [
      {
        text: '4月7日，开化县县长柏文远带队对全县规上企业用工情况开展调研，副县长吕青陪同。',
        yields: '开化县规上企业用工情况调研',
      },
      {
        // A compound verb after 进行了, the subject a body.
        text: '秋分前夕，团县委书记甘明哲带队对青禾纺织有限公司开展了调研考察。',
        yields: '青禾纺织有限公司调研考察',
      },
      {
        // Places alone: named after the last, held there (like 到<town>督查).
        text: '开化县副县长柏文远带队对华埠镇、马金镇进行了督查。',
        yields: '马金镇督查',
      },
    ],
    mustNot: [
      // Arranged or announced, not made.
      '定于3月5日起，由副县长柏文远带队对全县重点项目进行督查，请各单位做好准备。',
      '经研究，决定成立督查组，由副县长柏文远带队对全县重点项目开展督导。',
      // A remark about something told before, and a subject that says nothing without its division.
      '县长柏文远对这一问题进行了调研，并提出意见。',
      '县长柏文远同志对我县工作进行了视察。',
      // Told to others, not done: no leader right before 对.
      '4月7日，县长柏文远要求各部门对全县规上企业用工情况开展调研。',
      // Still to come.
      '县长柏文远下周将带队对全县规上企业用工情况开展调研。',
    ],
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
] as const satisfies readonly RuleRecord[];
