import type { RuleRecord } from './record.ts';

/**
 * Rules of the events family for happenings named inside the sentence of another act: the one attended, named whole in
 * quotes (../events/attended-quoted.ts), a titled host's meeting with a body (../events/body-meetings.ts) and the
 * meeting where the reporter learned something (../events/learned-at.ts); examples invented.
 */
export const HAPPENINGS_TOLD_RULES = [
  {
    id: 'event:attended-whole',
    family: 'events',
    matches:
      '`(出席|参加|列席)全省/全市/全国<words><meeting or forum noun>`: a meeting of the whole province, city or country attended, named by its words (全省 resolved)',
    fires: [
      {
        text: '栾川县委书记林立峰8日在县分会场参加全省文旅融合暨“百景提质”推进会。',
        yields: '河南省文旅融合暨“百景提质”推进会',
      },
    ],
    mustNot: [
      // A bare noun names nothing; a meeting's spirit studied is no meeting attended.
      '7月10日上午，栾川县委书记林立参加全市会议。',
      '7月10日，栾川县委召开常委会，传达学习全省重大项目建设推进会精神。',
    ],
  },
  {
    id: 'event:attended-quoted',
    family: 'events',
    matches:
      '`(出席|参加|主持)「<words><ceremony, meeting or forum noun>」` (corner brackets or quotes, as Taiwan pages write it): the happening named by the words inside (暨 joins two), held in the place gone to right before',
    fires: [
      {
        text: '新竹市長林文進今(22)日上午前往香山區，出席「禾川工業區廠商協進會第五屆理監事就職典禮」。',
        yields: '禾川工业区厂商协进会第五届理监事就职典礼',
      },
      {
        // The body holding it stays, its verb (舉辦) does not.
        text: '台中市長林文進今(3)日前往大雅區，出席「禾川科技園區同業公會舉辦第七屆理監事就職典禮」。',
        yields: '禾川科技园区同业公会第七届理监事就职典礼',
      },
      {
        // Two happenings joined by 暨; the second, a term's ceremony, is held by the body opening the first.
        text: '台南市長林文進5日上午出席「禾川商業總會新會所啟用暨第3屆理事授證典禮」。',
        yields: '禾川商业总会第3届理事授证典礼',
      },
    ],
    mustNot: [
      // Still to come.
      '新竹市長林文進明日將出席「禾川工業區廠商協進會第五屆理監事就職典禮」。',
      // A name in brackets that is no happening.
      '新竹市長林文進今日出席「禾川好物」展售。',
    ],
  },
  {
    id: 'event:body-meeting',
    family: 'events',
    matches:
      "`<titled host>(于<day>)(在<venue>)与<body>会面`, a body and no person after 与: named after the host's side and the body (<city>与<body>会面), the body attending",
    fires: [
      {
        text: '【台中訊】台中市長林文進今(12)日與禾川科技園區同業協會會面，協會理事長柯青山帶領幹部與會。',
        yields: '台中市与禾川科技园区同业协会会面',
      },
    ],
    mustNot: [
      // Still to come.
      '台中市長林文進明日將與禾川科技園區同業協會會面。',
      // No titled host before 与.
      '會員們今日與禾川科技園區同業協會會面。',
    ],
  },
  {
    id: 'event:learned-at',
    family: 'events',
    matches:
      '`从(<day>)(在<place>)召开/举行的<words><meeting, congress or forum noun>上获悉/了解到/得知`: the meeting where the reporter learned it, named by its words, held at the place',
    fires: [
      {
        text: '记者从昨天召开的青川市温州商会二届三次会员大会上了解到，该商会现有会员企业86家。',
        yields: '青川市温州商会二届三次会员大会',
      },
    ],
    mustNot: [
      // Learned from a body, not at a meeting.
      '记者从青川市温州商会了解到，该商会现有会员企业86家。',
    ],
  },
] as const satisfies readonly RuleRecord[];
