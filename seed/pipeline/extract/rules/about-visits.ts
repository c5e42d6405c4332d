import type { RuleRecord } from './record.ts';

/**
 * Rules of the events family for visits told with what they were about first (../events/about-visits.ts), examples
 * invented.
 */
export const ABOUT_VISITS_RULES = [
  {
    id: 'event:about-visit',
    family: 'events',
    matches:
      '`<titled leader or opening body>…就<matter>(到<places>)(开展|进行)(<how>)<visit verb>` closing its clause: a visit named after the matter as written (marks dropped), how, then the verb',
    fires: [
      {
        // The matter first, then where they went, then the verb alone.
        text: '5月20日，青川市副市长罗一鸣就夏粮收购和仓储安全等工作到禾溪县、石门县调研，市直有关部门负责同志陪同。',
        yields: '夏粮收购和仓储安全等工作调研',
      },
      // (Where they went first, then 就<matter>: event:visit-to and event:visit-at, rules/visits.ts.)
      {
        // A body opening the sentence (a party's name before it); a title in book marks, comma and all (names write it
        // narrow), is part of the matter.
        text: '4月9日，九三学社衢州市委赴开化县，就《关于发展林下经济，促进山区增收的建议》落实情况开展调研。',
        yields: '关于发展林下经济,促进山区增收的建议落实情况调研',
      },
    ],
    mustNot: [
      // A task set, not a visit made.
      '会上，县长柏文远强调，各部门要就春耕备耕等工作深入一线开展调研。',
      // Reported speech about others' visits, a task set after the subject, last year's (review15 R26).
      '5月6日，县委书记林立说，政协委员要就民生问题深入开展调研。',
      '会上，县委书记林立说，去年县政协就民营经济发展开展调研，提出了建议。',
      // Still to come.
      '下周，县长柏文远将就春耕备耕等工作到禾溪镇调研。',
      // A matter that refers back.
      '县长柏文远就此进行了调研。',
      // No leader and no body opening the sentence.
      '4月9日，不少群众就春耕备耕等工作开展调研。',
    ],
  },
] as const satisfies readonly RuleRecord[];
