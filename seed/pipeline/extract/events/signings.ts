import { representedAgreements } from '../agreement-representatives.ts';
import { findAgreements } from '../agreements.ts';
import type { Anchor } from '../anchors.ts';
import { widest } from '../anchors.ts';
import { type Doc, sentenceAt } from '../doc.ts';
import { alternation, PAIRING_ACTS } from '../lexicon/events.ts';
import { type Candidate, make } from './found-event.ts';
import { notMade } from './not-made.ts';
import { clauseStart, DURING, isOrg, phraseStart } from './phrase.ts';
import { isSide, sidesFrom, sidesWritten } from './sides.ts';

/** A signing told by its verb (集中签约，…; 成功签约。), not by an agreement or a ceremony. */
const SIGNED = /(?:集中|现场|成功|正式)签约(?=[,，。；;])/g;

/** `A(分别)同/与 B…`: the body that signs with each of the parties after it. */
const WITH_EACH = /(?:分别)?(?:同|与|和)$/;
/**
 * `A与B、C等单位进行了正式签约`: the rest of the parties counted as a kind (等单位, 等企业项目) and the light verb
 * (进行了) are no part of the name (A与B、C正式签约).
 */
const OTHERS_AND_DOING =
  /(?:等(?:[\d一二三四五六七八九十两]+[家个])?(?:企业|单位|公司|客商)?(?:项目)?)?(?:进行了?)?(?=(?:集中|现场|成功|正式)+签约$)/;

/** 推介会上，翠屏区与6家企业集中签约，…: a signing told by its verb alone, named by its clause. */
export function signedVerbs(doc: Doc, anchors: Anchor[], found: Candidate[]): void {
  const { text } = doc;
  for (const m of text.matchAll(SIGNED)) {
    const end = m.index + m[0].length;
    const from = clauseStart(text, sentenceAt(doc, m.index), m.index);
    if (from === m.index || /计划|将|拟|有望/.test(text.slice(from, m.index))) continue;
    let start = phraseStart(doc, anchors, from, m.index);
    // A分别同B、C…签约: the body signing with each of the others leads the parties, joined by 与.
    const withEach = WITH_EACH.exec(text.slice(from, start));
    const lead = withEach
      ? widest(anchors.filter((a) => isOrg(a) && a.start >= from && a.end === start - withEach[0].length))
      : undefined;
    const named = text.slice(start, end).replace(OTHERS_AND_DOING, '');
    if (lead) start = lead.start;
    const name = lead ? `${text.slice(lead.start, lead.end)}与${named}` : named;
    const parties = anchors.filter((a) => isOrg(a) && a.start >= start && a.end <= m.index);
    found.push(make(doc, 'event:signed-verb', name, '签约', { start: m.index, end }, { parties }));
  }
}

/**
 * `论坛期间，A与B签署产学研合作协议`: agreements the article reports. One signed at a signing ceremony the article
 * names (in its sentence, or `仪式上，…`) adds its parties to it; a ceremony named without parties
 * (`举行了党建联建结对仪式，A与B、C签订结对协议`) is named after them. Any other is a signing of its own, named like
 * one (A与B产学研合作协议签约).
 */
export function attachAgreements(
  doc: Doc,
  anchors: Anchor[],
  found: Candidate[],
  signerEnds: ReadonlySet<number>,
): void {
  const { text } = doc;
  const agreementEvents = new Set<Candidate>();
  const told = findAgreements(doc, anchors, signerEnds);
  // X代表A，Y代表B签署…: two representatives, each with their side (none already read in the same words).
  const represented = representedAgreements(doc, anchors).filter(
    (r) => !told.some((a) => a.trigger.start < r.trigger.end && r.trigger.start < a.trigger.end),
  );
  for (const agreement of [...told, ...represented].sort((a, b) => a.start - b.start)) {
    const lead = text.slice(agreement.sentence.start, agreement.start);
    // A ceremony the text names, not the signing of another agreement in the same sentence.
    const signing = (c: Candidate) =>
      !agreementEvents.has(c) && (c.kind === 'signing' || /签约|结对|共建|联建|签署|签订/.test(c.name));
    // 会上, 仪式上: the event named last before the agreement, when it is a signing.
    const earlier = found
      .filter((c) => c.trigger.start < agreement.start)
      .sort((x, y) => x.trigger.start - y.trigger.start)
      .pop();
    // One ceremony with several agreements is one signing: a later agreement belongs to the signing named before,
    // unless it says it was signed during another event (对接会现场，…; 论坛期间，…).
    const during = DURING.test(lead) || /期间|现场/.test(lead);
    const before = found.filter((c) => signing(c) && c.trigger.start < agreement.start);
    // (签约活动上|签约仪式上)，C与D签订…: the signing told before, even when it was read from its agreement alone.
    const atSigning = SIGNING_DURING.test(lead)
      ? found.filter((c) => c.kind === 'signing' && c.trigger.start < agreement.start).pop()
      : undefined;
    const host =
      found.find((c) => signing(c) && c.sentence.start === agreement.sentence.start) ??
      (during ? (earlier && signing(earlier) ? earlier : atSigning) : before[0]);
    if (host) {
      // 举行了党建联建结对仪式，A与B、C签订结对协议: A与B、C党建联建结对签约.
      // (The ceremony's noun follows as written: A与B、C党建联建结对仪式; 签约 was the guide's earlier form.)
      if (host.parties.length === 0 && host.kind !== 'signing') {
        host.aliases = [...(host.aliases ?? []), `${agreement.who}${host.name}签约`];
        host.name = `${agreement.who}${host.name}`;
        host.kind = 'signing';
      }
      // A与B举行签约仪式。…X代表A与B签订战略合作框架协议: the pair's ceremony is named after the agreement.
      const words = agreement.name.slice(agreement.who.length, -2);
      if (
        host.rule === 'event:pair-ceremony' &&
        host.parties.some((p) => host.name.endsWith(`${p.name}签约`))
      )
        host.name = `${host.name.slice(0, -2)}${words}签约`;
      host.parties.push(...agreement.parties.filter((p) => !host.parties.some((q) => q.id === p.id)));
      host.partners = [...(host.partners ?? []), ...agreement.pairs];
      continue;
    }
    // 现场，A与B签订《X》…。签约仪式上，A与B正式签订《Y》: the same parties signing again is the same signing.
    const ids = (parties: Anchor[]) => [...new Set(parties.map((p) => p.id))].sort().join('|');
    // A lead repeated as the body's first sentence (A与B签署X协议。⏎ 讯：A与<B in full>签署X协议): the same signing.
    // (Compared by the names with 签约 for the verb: a lead may write 签署 where the body writes 签订.)
    const words = agreement.normalised.slice(agreement.who.length);
    const again = [...agreementEvents].find((c) => {
      const told = c.aliases?.[0] ?? c.name;
      // <title>X与<firm short><title>Y签订…: the same two sides, one written short, sign again.
      if (agreement.parties.length >= 2 && sameSides(c.parties, agreement.parties)) return true;
      return (
        agreement.parties.length >= 1 &&
        ids(c.parties) === ids(agreement.parties) &&
        (agreement.parties.length >= 2 ||
          (told.endsWith(words) && sameOtherSide(told.slice(0, -words.length), agreement.who)))
      );
    });
    if (again) {
      // Who signs for the sides in the later sentence signs the signing told first.
      again.retold = [...(again.retold ?? []), agreement.trigger];
      continue;
    }
    const own = make(doc, 'event:agreement-signed', agreement.name, '签约', agreement.trigger, {
      parties: agreement.parties,
      partners: agreement.pairs,
      place: agreement.place,
      aliases: [agreement.normalised],
    });
    agreementEvents.add(own);
    found.push(own);
  }
}

/** A signing ceremony a sentence opens on (签约仪式上，…; 签字仪式上). */
const SIGNING_DURING = /(?:签约|签署|签字)(?:仪式|活动)(?:上|中|现场)[,，]?$/;

/** A body written whole or by the opening words of its full name (禾川建工 for 禾川建工控股). */
function sameBody(a: Anchor, b: Anchor): boolean {
  if (a.id === b.id) return true;
  const [short, long] = a.name.length <= b.name.length ? [a.name, b.name] : [b.name, a.name];
  return short.length >= 3 && long.startsWith(short);
}

/** Two lists of sides naming the same bodies, each of one matched by one of the other. */
function sameSides(a: readonly Anchor[], b: readonly Anchor[]): boolean {
  const x = [...new Map(a.map((p) => [p.id, p])).values()];
  const y = [...new Map(b.map((p) => [p.id, p])).values()];
  return x.length === y.length && y.every((q) => x.some((p) => sameBody(p, q)));
}

/**
 * Whether two ways of writing the sides of a one-signatory agreement name the same other side (a place, which
 * signs nothing): what differs once the common words are gone shares a word (吴兴区政府 and 湖州市吴兴区人民政府),
 * where two places do not (青山镇, 石桥镇).
 */
function sameOtherSide(a: string, b: string): boolean {
  let head = 0;
  while (head < a.length && a[head] === b[head]) head++;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  )
    tail++;
  const x = a.slice(head, a.length - tail);
  const y = b.slice(head, b.length - tail);
  if (!x || !y) return true;
  for (let i = 0; i + 2 <= x.length; i++) if (y.includes(x.slice(i, i + 2))) return true;
  return false;
}

/**
 * 最后，X代表A与B董事长Y进行了现场签约: a signing told by its verb after a signing ceremony named in an earlier
 * sentence is the ceremony's act, not a happening of its own (its parties are the ceremony's).
 */
export function mergeSignedVerbs(found: Candidate[]): void {
  for (const told of found.filter((c) => c.rule === 'event:signed-verb')) {
    const host = found
      .filter((c) => c !== told && c.kind === 'signing' && c.sentence.start < told.sentence.start)
      .filter((c) => /仪式|典礼|活动/.test(c.noun))
      .pop();
    if (!host) continue;
    host.parties.push(...told.parties.filter((p) => !host.parties.some((q) => q.id === p.id)));
    found.splice(found.indexOf(told), 1);
  }
}

/** 此次党建联建由A、B…共同发起: the bodies that started what a signing signs. */
const INITIATED = /此次([\u4e00-\u9fff]{2,10})由/g;

/**
 * `…党支部举行党建联建签约仪式。此次党建联建由A、B、C、D、E共同发起。`: the bodies listed as starting what a signing
 * named before signs are its parties, the first partnering each of the others.
 */
export function initiators(doc: Doc, anchors: Anchor[], found: Candidate[]): void {
  const { text } = doc;
  for (const m of text.matchAll(INITIATED)) {
    const what = m[1] ?? '';
    const host = found
      .filter((c) => c.kind === 'signing' && c.trigger.start < m.index && c.name.includes(what))
      .pop();
    if (!host) continue;
    const list: Anchor[] = [];
    for (let at = m.index + m[0].length; ; ) {
      const here = widest(anchors.filter((a) => a.start === at));
      // 杭州市滨江区西兴街道江岸社区委员会: the places a body is written after are where it is.
      if (here && !isOrg(here) && here.type === 'Place' && here.end > at) {
        at = here.end;
        continue;
      }
      const next = here && isOrg(here) ? here : undefined;
      if (!next) break;
      list.push(next);
      const sep = /^(?:、|和|及|以及)/.exec(text.slice(next.end, next.end + 2));
      if (!sep) {
        at = next.end;
        break;
      }
      at = next.end + sep[0].length;
    }
    const last = list[list.length - 1];
    if (list.length < 2 || !last || !/^(?:共同|联合)?发起/.test(text.slice(last.end, last.end + 4))) continue;
    const [first, ...others] = list as [Anchor, ...Anchor[]];
    host.parties = [...list, ...host.parties.filter((p) => !list.some((q) => q.id === p.id))];
    host.partners = others.map((o): [Anchor, Anchor] => [first, o]);
  }
}

/** A pairing told by its verb right after the sides (A与B结对共建。, A党委与B村正式结对): no agreement, no ceremony. */
// (A与B进行了签约。: a signing told by its bare verb after the sides, with no agreement named, is one too.)
const PAIRED = new RegExp(
  `(?:进行了?|正式|现场|成功)?(${alternation([...PAIRING_ACTS, '签约'])})(?:签约)?(?=[,，。；;])`,
  'g',
);
const INTENDED = /计划|将|拟|有望|准备|希望/;
/** A clause that sets a condition (如A与B签约，…; 只有…签约，…才…) or asks whether: no signing told. */
const CONDITION = /^(?:如果?|若|假如|倘若|一旦|只有|只要)|是否|能否/;

/**
 * `A与B、C结对共建`: the sides written right before a pairing verb sign it, named after them and the act
 * (A与B、C结对共建签约); the first organisation partners each other one, a village or community side names it only.
 */
export function pairVerbs(doc: Doc, anchors: Anchor[], found: Candidate[]): void {
  const { text } = doc;
  for (const m of text.matchAll(PAIRED)) {
    const end = anchors.find((a) => a.end === m.index && (isOrg(a) || isSide(a)));
    if (!end) continue;
    const sentence = sentenceAt(doc, m.index);
    const clause = clauseStart(text, sentence, end.start);
    // An intention (将, 拟…) in the words of the clause, not inside a side's name (将乐县).
    const named = anchors.filter((a) => a.start >= clause && a.end <= m.index);
    const words = named.reduce(
      (w, a) => w.slice(0, a.start - clause) + ' '.repeat(a.end - a.start) + w.slice(a.end - clause),
      text.slice(clause, m.index),
    );
    const act = m[1] ?? '';
    const actAt = m.index + m[0].indexOf(act);
    if (INTENDED.test(words) || CONDITION.test(words.trimStart()) || notMade(doc, actAt)) continue;
    // 2019年，A与B签约: a year other than the page's anywhere before the verb in its sentence is history.
    const years = [...text.slice(sentence.start, actAt).matchAll(/((?:19|20)\d{2})年/g)].map((y) =>
      Number(y[1]),
    );
    if (doc.published && years.some((y) => y !== doc.published?.year)) continue;
    if (found.some((c) => c.kind === 'signing' && c.sentence.start === sentence.start)) continue;
    // The sides open at the first body of the clause from which they run unbroken to the verb (6月1日，A与B结对).
    let written: ReturnType<typeof sidesFrom> = [];
    for (const a of anchors.filter((x) => x.start >= clause && x.end <= end.end && (isOrg(x) || isSide(x)))) {
      written = sidesFrom(text, anchors, a.start, end.end);
      if (written.length >= 2) break;
    }
    const sides = written.map((w) => w.anchor);
    if (sides.length < 2 || sides[sides.length - 1] !== end) continue;
    const [first, ...others] = sides as [Anchor, ...Anchor[]];
    found.push(
      make(
        doc,
        'event:pair-verb',
        `${sidesWritten(text, written)}${act === '签约' ? '' : act}签约`,
        '签约',
        { start: actAt, end: actAt + act.length },
        {
          parties: sides.filter(isOrg),
          partners: isOrg(first) ? others.filter(isOrg).map((o): [Anchor, Anchor] => [first, o]) : [],
        },
      ),
    );
  }
}

/** `会上，还进行了<what>签约`: a signing told at a happening read before, by its verb and what was signed alone. */
const SIGNED_DURING =
  /(?:会上|仪式上|活动上|大会上|现场)[,，]?(?:还|同时|并|随后)?(?:进行了?|举行了?)([\u4e00-\u9fff]{0,10}?)签约(?:仪式)?(?=[,，。；;])/g;

/**
 * `<body>宣告成立。会上还进行了项目签约，…`: a signing held at a founding or meeting read before it, named after the body
 * that happening is of (its founded body, else its first party) and what was signed (`<body>项目签约`), held where it was;
 * none when a signing was read in the sentence.
 */
export function signingsDuring(doc: Doc, found: Candidate[]): void {
  for (const m of doc.text.matchAll(SIGNED_DURING)) {
    const sentence = sentenceAt(doc, m.index);
    if (found.some((c) => c.kind === 'signing' && c.sentence.start === sentence.start)) continue;
    const host = found
      .filter((c) => c.trigger.start < m.index && c.kind !== 'signing')
      .sort((a, b) => a.trigger.start - b.trigger.start)
      .pop();
    const owner = host?.subject?.name ?? host?.parties[0]?.name;
    if (!host || !owner) continue;
    const at = m.index + m[0].lastIndexOf('签约');
    found.push(
      make(
        doc,
        'event:signed-during',
        `${owner}${m[1] ?? ''}签约`,
        '签约',
        { start: at, end: at + 2 },
        {
          place: host.place,
        },
      ),
    );
  }
}
