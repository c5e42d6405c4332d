import type { Span } from '../../../contract/annotation/types.ts';

/** The shapes of a name read by its ending (./named.ts): the span found, and the limits the walk left keeps to. */

export interface NamedSpan extends Span {
  type: 'Organization' | 'Place';
  kind: string;
  suffix: string;
  /** Introduced as a goal (建设“…示范园区”, 打造…发展带): a mention when named elsewhere, never an entity by itself. */
  goal: boolean;
  /** Inside a longer name, yet an entity of its own (嘉禾社区 of 嘉禾街道嘉禾社区党委: written after its town). */
  standalone?: boolean;
  /** Named with the division it is in written first (青湖街道政协委员之家): that division is a place of its own. */
  divisionLed?: boolean;
  /** The name the entity takes when it differs from the text (特区政府 → 香港特别行政区政府, see ./sar-bodies.ts). */
  canonical?: string;
  /** The government it is part of, by name (香港特别行政区政府 of its office 驻X经贸办事处). */
  parentName?: string;
  /** The region a Hong Kong or Macau body is in, by its division's name (香港特别行政区政府, 香港立法会 → 香港). */
  regionName?: string;
  rule:
    | 'named:ending'
    | 'named:settlement-after-town'
    | 'named:national'
    | 'named:taiwan-central'
    | 'named:sar-body'
    | 'named:sar-liaison'
    | 'named:sar-council'
    | 'named:numbered-bureau'
    | 'named:listed-company'
    | 'named:titled-brand'
    | 'named:visit-list'
    | 'named:trade-list'
    | 'named:zone-body'
    | 'named:venue-held'
    | 'named:listed-settlements';
}

export interface ScanLimits {
  /** Offsets where a person name or a title ends: a name never reaches across them. */
  blockers: Set<number>;
  /** Offsets where a full division name ends (parks and zones stop there). */
  divisionEnds: Set<number>;
  /** Start of the division (full or short) ending at each offset (上海 in 上海启衡…公司). */
  divisionStartByEnd: Map<number, number>;
  /** Where a division (full or short) starts. */
  divisionStarts: Set<number>;
  /** Start of the foreign place (维也纳) ending at each offset. */
  foreignStartByEnd?: Map<number, number>;
}
