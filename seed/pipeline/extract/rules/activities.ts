import type { RuleRecord } from './record.ts';

/**
 * Rules of the events family for activities and meetings a body holds (see ./record.ts): a party branch's theme
 * day, a service by volunteers, told with the day they were held, and a meeting named by the bare noun.
 */
export const ACTIVITIES_RULES = [
  {
    id: 'event:body-conducts',
    family: 'events',
    matches:
      '`<body or community>(组织<who>)(赴/到/走进<place>)(联合<body>)开展(了)<words>活动` opening its clause in a sentence that tells the day: an activity named after the body and its words (a quoted slogan dropped), held where it went',
    fires: [
      {
        text: '5月9日上午，开化县税务局机关党支部组织党员到华埠镇开展“税法进万家”志愿服务活动。',
        yields: '开化县税务局机关党支部“税法进万家”志愿服务活动',
      },
      {
        // A slogan in quotes is no part of the name.
        text: '11月3日，开化县禾溪实验学校党支部组织开展“追寻先辈足迹，赓续青春担当”主题党日活动。',
        yields: '开化县禾溪实验学校党支部主题党日活动',
      },
      {
        // The clause of the verb may follow the one the body opens.
        text: '3月8日，开化县妇联工作人员走进华埠镇，开展亲子阅读分享活动。',
        yields: '开化县妇联亲子阅读分享活动',
      },
    ],
    mustNot: [
      // A task set, a habit, a campaign: no day it was held.
      '各党支部要持续开展“三会一课”主题党日活动。',
      '今年以来，开化县税务局机关党支部常态化开展志愿服务活动。',
      // The body is told to do it, not doing it.
      '5月9日，县委书记要求开化县税务局机关党支部开展志愿服务活动。',
      // Nothing left but a slogan.
      '5月9日，开化县税务局机关党支部开展“学习强国，奋进有我”活动。',
      // A pairing is named by what the sides sign.
      '近日，开化县税务局机关党支部赴华埠镇开展结对帮扶活动。',
      // Still to come.
      '5月9日，开化县税务局机关党支部将开展志愿服务活动。',
      // Several activities, no one happening.
      '9月2日，禾塘社区开展了形式多样的敬老助老活动。',
      '9月2日，禾塘社区开展一系列消防安全宣传活动。',
      // A relative clause (开展的…活动) tells of it, not that it was held then.
      '5月9日，青禾社区开展的志愿服务活动受到居民好评。',
    ],
  },
  {
    id: 'event:body-convenes',
    family: 'events',
    matches:
      "`<body>(<day>)(在<venue>)召开(了)(专题|全体|扩大)会议` with the body opening its clause and nothing after the noun but a break or what the meeting did: the body's meeting, named `<body>(<qualifier>)会议`",
    fires: [
      {
        text: '6月4日，开化县委常委会召开会议，研究部署防汛备汛工作。县委书记柏文远主持会议。',
        yields: '开化县委常委会会议',
      },
      {
        text: '6月4日下午，开化县人民政府党组在县行政中心召开会议，研究防汛工作。',
        yields: '开化县人民政府党组会议',
      },
    ],
    mustNot: [
      // Still to come, or a task set.
      '开化县委常委会将于下周召开会议，研究防汛工作。',
      // Not the body that convenes it: the body is the verb's object.
      '6月4日，县委书记柏文远要求开化县委常委会召开会议。',
      // A meeting named by more words is another frame's (…召开防汛工作会议).
      '6月4日，开化县委常委会召开防汛工作会议。',
    ],
  },
  {
    id: 'event:class-opened',
    family: 'events',
    matches:
      "`<class>(在<venue>)(正式)开班`, `<class>(在<venue>)举行(了)(隆重的)开班仪式`, and a bare `举行了隆重的开班仪式` after the class was named: the class's opening, named `<class>开班(仪式)` (a ceremony attended after an opening names it)",
    fires: [
      {
        text: '6月4日上午，开化县2024年村级后备干部培训班在县委党校开班。',
        yields: '开化县2024年村级后备干部培训班开班',
      },
      {
        // Who organised it (<body>承办的) is no part of the name.
        text: '11月8日，县人社局承办的全县电商创业研修班于县职教中心举行开班仪式。',
        yields: '全县电商创业研修班开班仪式',
      },
      {
        // Told bare after the class; how it went (简短的) is no part of the name.
        text: '11月8日，全县基层文化骨干研修班正式开班，学员们随后在县文化馆礼堂举行了简短的开班仪式。',
        yields: '全县基层文化骨干研修班开班仪式',
      },
      {
        // The body and the venue before the verb that introduces the class are no part of its name.
        text: '11月8日，县文旅局在县职教中心举办全县民宿管家轮训班，并举行了开班仪式。',
        yields: '全县民宿管家轮训班开班仪式',
      },
    ],
    mustNot: [
      // Still to come, or arranged.
      '全县乡镇统计人员业务培训班将于6月10日在华埠镇开班。',
      '经研究，定于6月10日举办全县乡镇统计人员业务培训班，届时举行开班仪式。',
      // A ceremony told bare with no class named.
      '11月8日上午，龙游县举行了热烈的开班仪式。',
    ],
  },
  {
    id: 'event:pair-meeting',
    family: 'events',
    matches:
      '`A与B(<when>)(在<place>)召开/举行<words><meeting noun>` with the pair opening its clause: a meeting named after the pair as written (`A与B联席会议`), held at the place; the pair attends',
    fires: [
      {
        text: '6月19日，开化县青禾商会与开化县禾川商会在华埠镇召开联席会议。',
        yields: '开化县青禾商会与开化县禾川商会联席会议',
      },
    ],
    mustNot: [
      // A division after 在 is where it was held, not who holds it, and names nothing with one side alone.
      '9月3日，省督导组一行在龙游县召开工作对接会。',
    ],
  },
] as const satisfies readonly RuleRecord[];
