import type { Anchor } from '../anchors.ts';
import { type Doc, sentenceAt } from '../doc.ts';
import { alternation, MEETING_NOUNS, PAIRING_ACTS, WHEN_BETWEEN } from '../lexicon/events.ts';
import { type Candidate, make } from './found-event.ts';
import { clauseStart, isOrg, venueIn } from './phrase.ts';
import { isSide, sidesFrom, sidesWritten } from './sides.ts';

/** A pair's ceremony held before its noun (A与B(<day>)(在<venue>)举行<act>仪式/活动), read by held.ts's heldBefore. */

/**
 * The act of a signing ceremony (…框架协议签约, 共驻共建签约, 结对共建); a pairing launched (<A>与<B>举行<pairing act>启动仪式)
 * is held by the pair as its signing is.
 */
const SIGNING_ACT = new RegExp(`(?:签约|签署|(?:${alternation(PAIRING_ACTS)})(?:启动)?)$`);
/** Where a pair holds its ceremony, written before 举行 (在香港, 于临渭区会展中心). */
const HELD_IN = /(?:在|于)[^。,，;；、与和\n]{1,20}$/;
/** A desk credit or a day opening the clause of a pair: 【本报讯】, 本报讯, (记者X), 2018年8月4日下午 with no comma. */
const DESK_CREDIT =
  /^(?:(?:【[^】]{1,12}】|本报讯|[(（]记者[^)）]{1,20}[)）])\s*)?(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚上)?)?/;
/** When, between a pair and 举行 (A与B11日于…举行, A与B今天上午在…举行), before or instead of where. */
const WHEN_BEFORE = new RegExp(`${WHEN_BETWEEN}$`);
/** An agreement's title in book marks before its signing (《A与B…协议》的签约). */
const BOOK_TITLE = /^《([^》]+)》的?(签约|签署|签订)$/;
/** A Latin abbreviation in brackets (合作备忘录（MOU）) glosses the name and is no part of it. */
const LATIN_GLOSS = /[(（][A-Za-z]{2,8}[)）]/g;

/** Where (在/于<venue>) and when stand between a holder and 举行, and where the holder then ends. */
export interface Near {
  heldIn: RegExpExecArray | null;
  when: RegExpExecArray | null;
  pairAt: number;
}

export function whereBefore(text: string, at: number): Near {
  const heldIn = HELD_IN.exec(text.slice(Math.max(0, at - 21), at));
  const placeAt = heldIn ? at - heldIn[0].length : at;
  const when = WHEN_BEFORE.exec(text.slice(Math.max(0, placeAt - 12), placeAt));
  return { heldIn, when, pairAt: when ? placeAt - when[0].length : placeAt };
}

/** The pair's ceremony of `m` (HELD_BEFORE's match), if the sides open its clause: true when one was added. */
export function pairCeremony(
  doc: Doc,
  anchors: Anchor[],
  found: Candidate[],
  m: RegExpMatchArray,
  ownHolder: Anchor | undefined,
  near: Near,
): boolean {
  const { text } = doc;
  const at = m.index ?? 0;
  // A与B举行战略合作框架协议签约仪式: the pair that opens the clause signs, the ceremony is named after them.
  // A village or community may be one side (…党总支与叶榭镇望溪村举行结对共建签约仪式): a place, no signatory.
  // A与B在香港举行…签约仪式: where it is held may stand between the pair and 举行.
  const { heldIn, when, pairAt } = near;
  // A body after 在 is where a pair holds it (A与B在<town>人民政府举行…签约仪式).
  const venue = ownHolder !== undefined && /[在于]$/.test(text.slice(0, ownHolder.start));
  const pairEnd =
    (venue ? undefined : ownHolder) ??
    // (a division after 在 is where the pair holds it, not a side: A与B在<district>举行…)
    anchors.find((a) => a.end === at && isSide(a) && !/[在于]/.test(text[a.start - 1] ?? '')) ??
    (heldIn || when ? anchors.find((a) => a.end === pairAt && (isOrg(a) || isSide(a))) : undefined);
  if (pairEnd && m[0].startsWith('举') && SIGNING_ACT.test(m[1] ?? '') && /仪式|活动/.test(m[2] ?? '')) {
    const opening = clauseStart(text, sentenceAt(doc, pairEnd.start), pairEnd.start);
    // 【本报讯】A与B…: the desk's credit opening the story is no side.
    const clause = opening + (DESK_CREDIT.exec(text.slice(opening, pairEnd.start))?.[0].length ?? 0);
    const written = sidesFrom(text, anchors, clause, pairEnd.end);
    const sides = written.map((w) => w.anchor);
    const signers = sides.filter(isOrg);
    if (sides.length >= 2 && sides[sides.length - 1] === pairEnd) {
      const [first, ...others] = sides as [Anchor, ...Anchor[]];
      const who = sidesWritten(text, written);
      // A与B在<venue>举行「<what>签约仪式」: the ceremony's name in corner marks or quotes is its words.
      const act = (m[1] ?? '').replace(/^了/, '').replace(/^[“"「『]/, '');
      const nounAt = at + m[0].length - (m[2]?.length ?? 0);
      const partners = isOrg(first) ? others.filter(isOrg).map((o): [Anchor, Anchor] => [first, o]) : [];
      // 举行了《A与B…协议》的签约仪式: the agreement's title names the ceremony, with its own parties.
      const book = BOOK_TITLE.exec(act);
      found.push(
        make(
          doc,
          'event:pair-ceremony',
          book ? `${book[1]}${book[2]}` : `${who}${act.replace(LATIN_GLOSS, '')}`,
          m[2] ?? '',
          { start: nounAt - act.length, end: nounAt + (m[2]?.length ?? 0) },
          { parties: signers, partners, place: venueIn(anchors, pairEnd.end, at) },
        ),
      );
      return true;
    }
  }
  return false;
}

/**
 * A pair's meeting (A与B(在<place>)召开/举行<words><meeting noun>): named after the pair opening its clause, as written
 * (`A与B联席会议`), held at the place between; the pair attends.
 */
export function pairMeeting(
  doc: Doc,
  anchors: Anchor[],
  found: Candidate[],
  m: RegExpMatchArray,
  near: Near,
): boolean {
  const { text } = doc;
  const at = m.index ?? 0;
  const noun = m[2] ?? '';
  if (!MEETING_NOUNS.includes(noun) || !(near.heldIn || near.when)) return false;
  const pairEnd = anchors.find((a) => a.end === near.pairAt && isOrg(a));
  if (!pairEnd) return false;
  const opening = clauseStart(text, sentenceAt(doc, pairEnd.start), pairEnd.start);
  const clause = opening + (DESK_CREDIT.exec(text.slice(opening, pairEnd.start))?.[0].length ?? 0);
  const written = sidesFrom(text, anchors, clause, pairEnd.end);
  const sides = written.map((w) => w.anchor);
  if (sides.length < 2 || sides[sides.length - 1] !== pairEnd || !sides.every(isOrg)) return false;
  const words = (m[1] ?? '').replace(/^了/, '');
  const nounAt = at + m[0].length - noun.length;
  found.push(
    make(
      doc,
      'event:pair-meeting',
      `${sidesWritten(text, written)}${words}${noun}`,
      noun,
      { start: nounAt - words.length, end: nounAt + noun.length },
      { guests: sides, place: venueIn(anchors, pairEnd.end, at) },
    ),
  );
  return true;
}
