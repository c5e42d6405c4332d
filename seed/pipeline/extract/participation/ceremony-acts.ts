import { relate, type SentenceAbout } from './relate.ts';

// <people>共同签…，开启…: who sign together launch nothing (a signing verb before the launch word).
const LAUNCH =
  /(?:共同|一同|一起)(?:(?!签署|签订|签约|签下)[^。]){0,40}(?:启动|揭牌|推杆|按下|触摸|点亮|开启|培土|奠基|铲土|剪彩)/;
/** Attending leaders or guests, unnamed, who launch together (与会领导共同为…揭牌). */
const GROUP_LAUNCH = new RegExp(`(?:与会|出席|参会)(?:领导|嘉宾)(?:们)?${LAUNCH.source}`);
/** 为…揭牌, 为…开业剪彩, 为…揭幕: who is named before 为 launches it. */
const UNVEILS = /(?<!共同|一同|一起)为[^。，,；;]{1,30}?(?:揭牌|剪彩|揭幕)/;
const PRESENTS = /授牌|颁发|颁奖|授予|颁授/;
/** Who signs: not a signing spoken of as a thing (此次签约, 对协议的成功签署表示祝贺). */
/**
 * 签约, 签署 as what someone does (not 出席签约: attending it; not 见证(协议)签署: watching it; not 此次签约: the signing
 * spoken of).
 */
const SIGNS =
  /(?<!此次|这次|本次|见证(?:了)?(?:[^。,，;；与和及]{0,12}(?:协议|合同|备忘录|项目)的?)?|出席|参加|列席|的(?:成功|顺利)?)(?:签约|签署|签订)(?!仪式|活动|现场|大会|会)/;
/** Who signs for a side, in a clause of their own (X和Y分别代表双方签字): the people of that clause sign. */
const SIGNS_FOR =
  /(?:分别)?代表(?:双方|各方|各自单位|(?:(?!出席|参加|列席|见证|致辞|观摩)[^。,，;；]){1,16}?)(?:共同)?(?:签字|签约|签署协议|签订协议)(?!仪式|活动)/g;
/** Who watches it signed: 在<people>(的共同)见证下. */
const WITNESSED = /在[^。；;]{2,60}?见证下/;
/** Where the sides signed, right before the verb (在<venue>, 于<venue>). */
const SIGNED_AT = /(?:在|于)[^。,，;；]{2,24}?(?:分别|共同|正式|现场|当场)?$/;
const AWARDED = /获评|获授|获颁|荣获|(?:受聘|获聘)(?!为|担任)/;

/**
 * The acts of a ceremony in one sentence: award winners (attendees), who launch or unveil together (launchers), who
 * present and who is presented to (presenters, attendees), who signs at a signing (signatories).
 */
export function ceremonyActs({
  doc,
  registry,
  event,
  sentence,
  words: s,
  input,
  people,
}: SentenceAbout): void {
  const { text } = doc;
  if (AWARDED.test(s)) {
    // Award winners (获评…的职工是:A、B、C) are attendees: the guide has no recipient role.
    for (const p of people) relate(registry, p.id, event, 'attendee', sentence.start, 'role:awarded');
    for (const o of input.organisations) {
      if (o.start >= sentence.start && o.end <= sentence.end && o.kind === 'company') {
        relate(registry, o.id, event, 'attendee', sentence.start, 'role:awarded');
      }
    }
  }
  if (LAUNCH.test(s))
    for (const p of people) relate(registry, p.id, event, 'launcher', sentence.start, 'role:launch');
  // 与会领导共同为…揭牌: the leaders named as attending it before launch it.
  if (people.length === 0 && GROUP_LAUNCH.test(s)) {
    const attendees = registry
      .allRelations()
      .filter(
        (r) =>
          r.type === 'PARTICIPATED_IN' &&
          r.to === event.id &&
          r.properties.role === 'attendee' &&
          r.from.startsWith('person:') &&
          r.at < sentence.start,
      );
    for (const r of attendees)
      relate(registry, r.from, event, 'launcher', sentence.start, 'role:launch-by-attendees');
  }
  // 郁晓峰为联盟揭牌, A，B出席会议并为联盟揭牌: who unveils it, named before 为.
  const unveils = UNVEILS.exec(s);
  if (unveils) {
    const forAt = sentence.start + unveils.index;
    for (const p of people)
      if (p.end <= forAt) relate(registry, p.id, event, 'launcher', sentence.start, 'role:unveils');
  }
  const presents = PRESENTS.exec(s);
  if (presents) {
    const verbAt = sentence.start + presents.index;
    // 区领导为…技术总监白晓东等10名优秀人才颁发证书: who is named after 为/向 receives, and attends.
    const to = Math.max(text.lastIndexOf('为', verbAt), text.lastIndexOf('向', verbAt));
    const giversEnd = to >= sentence.start ? to : verbAt;
    for (const p of people) {
      if (p.end <= giversEnd) relate(registry, p.id, event, 'presenter', sentence.start, 'role:presents');
      else if (p.end <= verbAt)
        relate(registry, p.id, event, 'attendee', sentence.start, 'role:presented-to');
    }
    // 为A党总支、B党委等10家…授牌: the organisations given the plaque attend (there is no recipient role).
    if (to >= sentence.start) {
      for (const o of input.organisations)
        if (
          o.start > to &&
          o.end <= verbAt &&
          /^(?:、|,|，|和|及|等|授牌|颁)/.test(text.slice(o.end, o.end + 2))
        )
          relate(registry, o.id, event, 'attendee', sentence.start, 'role:plaque-to');
    }
  }
  if (event.kind === 'signing')
    for (const m of s.matchAll(SIGNS_FOR)) {
      const verbAt = sentence.start + m.index;
      const from = sentence.start + s.slice(0, m.index).search(/[^,，;；]*$/);
      for (const p of people)
        if (p.start >= from && p.end <= verbAt)
          relate(registry, p.id, event, 'signatory', sentence.start, 'role:signs-for');
    }
  if (event.kind !== 'signing') return;
  // At a ceremony (签约仪式, 集中签约) A与B签署…协议，C与D签署…协议: each signing verb has the sides named since the one
  // before; a signing named by its own agreement (A与B合作协议签订) is only the first one's.
  const ceremony = /仪式$|活动$|大会$|集中签约/.test(event.name);
  const verbs = [...s.matchAll(new RegExp(SIGNS.source, 'g'))];
  let after = sentence.start;
  for (const signs of ceremony ? verbs : verbs.slice(0, 1)) {
    const verbAt = sentence.start + signs.index;
    // …分别作经验分享；五方党组织代表共同签订了…: only who is in the verb's part of the sentence signs.
    const from = Math.max(after, sentence.start + s.slice(0, signs.index).search(/[;；][^;；]*$/) + 1);
    after = verbAt + signs[0].length;
    // 在A、B见证下，C和D签署…, C与D在A见证下签署…: who is named as witnessing does not sign (they attend).
    const witness = WITNESSED.exec(s.slice(0, signs.index));
    const watching = (p: { start: number; end: number }) =>
      witness !== null &&
      p.start >= sentence.start + witness.index &&
      p.end <= sentence.start + witness.index + witness[0].length;
    for (const p of people)
      if (p.start >= from && p.end <= verbAt && !watching(p))
        relate(registry, p.id, event, 'signatory', sentence.start, 'role:signs');
    // A与B在C会议室签署…: a body named in where they signed does not sign.
    const where = SIGNED_AT.exec(s.slice(0, signs.index));
    const whereFrom = where ? sentence.start + where.index : verbAt;
    for (const o of input.organisations) {
      if (o.start >= from && o.start >= sentence.start && o.end <= verbAt && o.start < whereFrom)
        relate(registry, o.id, event, 'signatory', sentence.start, 'role:signs');
    }
  }
}
