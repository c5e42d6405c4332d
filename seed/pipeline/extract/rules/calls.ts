import type { RuleRecord } from './record.ts';

/** Rules of the events family for courtesy calls and receptions told from the guests' side (see ./record.ts). */
export const CALLS_RULES = [
  {
    id: 'event:call-on',
    family: 'events',
    matches:
      '`<visitor>(在<leader>带领下)(<when>)拜访/拜会/拜见/参访/到访 <body, place or titled person>(，并获…接待)`: a courtesy call named after the body or person called on and the verb, the visiting body first when it opens a clause or is led there',
    fires: [
      {
        // A body opening the sentence after a report's opening words; a space before the body called on.
        text: '【本报讯】澳门青禾商会一众理监事，在会长柏文远带领下，十月九日上午拜访 衢州市商务局，获该局副局长周敏接待。',
        yields: '澳门青禾商会拜访衢州市商务局',
      },
      {
        // A titled person called on (the body of the title names nothing); a date clause before the visiting body.
        text: '5月2日，澳门禾川商会理事长林青川率多位会董拜访全国工商联副主席甘明哲先生。',
        yields: '澳门禾川商会拜访甘明哲',
      },
      {
        // The visiting body led there (率<body>团队).
        text: '开化县议会议长柏文远今(7)日率开化县议会议员参访衢州市政府，获市长吕岚热情接待。',
        yields: '开化县议会参访衢州市政府',
      },
      {
        // The visiting body led there written with a bare level (县府团队): named with its division.
        text: '台东县长甘承远9日率领县府团队参访禾锦精工公司，由董事长柏文清亲自接待。',
        yields: '台东县政府参访禾锦精工公司',
      },
      {
        // No visiting body: a group told by where it comes from; the place called on, after the region it is in.
        text: '来自贵州省湄潭县的访问团，由县长柏文远带队，于6月3日拜会浙江省衢州市，受到市长吕岚接待。',
        yields: '衢州市拜会',
      },
      {
        // The company whose head is called on, written with a chain of titles (its 党委 is the first title's); a body
        // of the leaders' titles (县委书记) is no visiting body; where the call was made, after 在.
        text: '县长柏文清和县委书记甘承远一行16日在成都拜会了青禾控股集团有限公司党委书记、董事长吕岚，并就园区共建举行会谈。',
        yields: '青禾控股集团有限公司拜会',
      },
      {
        // 到访 is a call too: the visiting body opens the sentence, its head's title and name and the day after it.
        text: '肇庆市禾谷商会会长吕岚一行昨(5)日到访澳门青川联谊总会，与该会理事座谈。',
        yields: '肇庆市禾谷商会到访澳门青川联谊总会',
      },
    ],
    mustNot: [
      '欢迎各界人士拜访澳门禾川商会。',
      // A welcome to callers, and a call still to come.
      '柏文远对禾谷商会一行到访表示欢迎。',
      '肇庆市禾谷商会会长吕岚一行将于下月到访澳门青川联谊总会。',
      '澳门禾川商会会长柏文远将于下周拜会衢州市政府。',
      // A call told as background.
      '3月2日，青禾集团董事长柏文远一行到衢州市考察。据了解，青禾集团曾于2019年拜访衢州市政府。',
      '据了解，澳门禾川商会曾于2019年拜访衢州市政府，双方建立了联系。',
      // A place that opens a longer name is not what was called on.
      '10月9日，澳门青禾商会会长柏文远拜访衢州市驻澳门联络处。',
      // Nothing called on that the page names.
      '3月9日，澳门禾川商会会长柏文远拜访了多位老会员。',
    ],
  },
  {
    id: 'event:received-by',
    family: 'events',
    matches:
      "`(<day>，)<guest body>…，(并)(在<venue>)受到<titled hosts>(的)(亲切)会见/接见`: a reception told from the guests' side, named like one (`<host side>与<guest>会见`), held where the guests went (到<city>) or at the venue before 受到",
    fires: [
      {
        // The body opening the sentence; the hosts' province names the host side.
        text: '青禾同乡联合会一行二十人近日前往南昌交流考察，受到江西省副省长柏文远、省政协副主席吕岚的亲切会见。',
        yields: '江西省与青禾同乡联合会会见',
      },
      {
        // The day opens the sentence before the guests; held at the venue written right before 受到.
        text: '6月12日上午，禾川机械有限公司董事长邵明远一行在临江宾馆受到湖州市副市长吕岚的会见。',
        yields: '湖州市与禾川机械有限公司会见',
      },
    ],
    mustNot: [
      // Of the past, or hoped for.
      '青禾同乡联合会此前曾受到江西省副省长柏文远会见。',
      '青禾同乡联合会会长林青川表示，希望受到江西省副省长柏文远会见。',
      // No body opens the sentence.
      '近日，二十余位乡亲前往南昌交流考察，受到江西省副省长柏文远的亲切会见。',
    ],
  },
  {
    id: 'event:both-sides-meet',
    family: 'events',
    matches:
      "`<titled leader>…拜会<body>…，双方召开/举行<words><meeting noun>` in one sentence: the meeting of the two sides, named `<leader's side>与<body><words><noun>`",
    fires: [
      {
        text: '9月12日，绍兴市市长韩青岚、副市长周立文一行在深圳拜会了远帆科技股份有限公司党委书记、董事长林东旭，双方召开了项目对接座谈会。',
        yields: '绍兴市与远帆科技股份有限公司项目对接座谈会',
      },
    ],
    mustNot: [
      // No call before it.
      '9月12日，绍兴市与远帆科技股份有限公司双方举行项目对接座谈会。',
    ],
  },
] as const satisfies readonly RuleRecord[];
