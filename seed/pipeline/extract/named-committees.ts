/**
 * The name a village's or community's body takes when the text writes it otherwise: its party committee written in
 * full (中共青湖社区委员会 → 青湖社区党委), a 行政村 (柳湾行政村党支部 → 柳湾村党支部). See ./named.ts.
 */

export interface SettlementBodyName {
  /** The party committee of a settlement written in full. */
  party: boolean;
  canonical?: string;
}

/**
 * text[start, end) is a name by its ending `suffix`; `head` the words before the ending as they were before a
 * division in front joined the name.
 */
export function settlementBodyName(
  text: string,
  start: number,
  end: number,
  head: string,
  suffix: string,
): SettlementBodyName {
  // 柳湾行政村 is 柳湾村, and its bodies are the village's (柳湾行政村党支部 → 柳湾村党支部).
  // (中共<city><subdistrict><community>委员会: 中共 may stand before the divisions the name starts after.)
  // (…in a sentence about party bodies, 党建联建由<community>委员会、<group>总支部委员会…发起, 中共 goes without saying.)
  const sentence = text.slice(
    text.lastIndexOf('。', start) + 1,
    text.indexOf('。', end) < 0 ? undefined : text.indexOf('。', end),
  );
  const partyBefore =
    /中共[\u4e00-\u9fff]{0,14}$/.test(text.slice(Math.max(0, start - 16), start)) ||
    /党建|党支部|党总支|支部委员会/.test(sentence.replace(text.slice(start, end), ''));
  let committee = settlementCommittee(partyBefore ? `中共${head}` : head, suffix);
  // (远山村委员会和远山村党支部…: with the settlement's own party body written beside it, a bare 委员会 is the
  // villagers' committee.)
  const settlementName = /^(.+?(?:村|社区|居民区))$/.exec(head)?.[1];
  const ownParty =
    settlementName !== undefined &&
    new RegExp(`${settlementName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:党支部|党总支|党委)`).test(
      sentence,
    );
  if (committee && ownParty) committee = undefined;
  const village = text.slice(start, end).includes('行政村')
    ? (committee ?? text.slice(start, end)).replace('行政村', '村')
    : committee;
  return { party: committee !== undefined, ...(village ? { canonical: village } : {}) };
}

/**
 * 中共青湖社区委员会, 中共远山村支部委员会: a village's or community's party committee written in full is named as the
 * short form is (青湖社区党委, 远山村党支部, …党总支), so both are one body.
 */
function settlementCommittee(head: string, suffix: string): string | undefined {
  if (suffix !== '委员会') return undefined;
  const m = /^(中共)?(.+?(?:村|社区|居民区))(总支部|支部)?$/.exec(head);
  // (远山村委员会 alone is the villagers' committee, not the party's.)
  if (!m?.[2] || (!m[1] && !m[3])) return undefined;
  m[1] = m[2];
  m[2] = m[3] ?? '';
  return m[1] + (m[2] === '总支部' ? '党总支' : m[2] ? '党支部' : '党委');
}
