import { HELD_VENUE_ENDINGS } from './lexicon/venues.ts';

/**
 * Hong Kong, Macau and Taiwan pages write "at" before a venue as 假 or 假座 (<association>典禮今晚假<hotel>舉行,
 * 假座<hall>舉辦<fair>), and so do simplified Hong Kong pages and mainland reprints of them: in the analysis copy that 假
 * reads as 在 (假座 as 假在), so every reader of 在<venue><act> reads it and no name runs back over it (十月一日假<hall> is
 * no venue's name). Only where a venue's ending and the act follow within one clause, and not inside a word (度假,
 * 放假, 假日, 假期).
 */
const ENDINGS = HELD_VENUE_ENDINGS.join('|');
const AT_VENUE = new RegExp(
  `(?<![度放休请寒暑真虚病事婚产公例春节在于])假(座)?(?![日期设装冒使若])(?=[^\\s，。、；：,;:!?！？“”"（）()《》]{1,16}?(?:${ENDINGS})(?:隆重|盛大)?(?:举行|举办|召开))`,
  'g',
);

/** `text` (simplified, same length) with a venue's 假 read as 在. */
export function venuePrepositions(text: string): string {
  return text.includes('假') ? text.replace(AT_VENUE, (_at, seat?: string) => (seat ? '假在' : '在')) : text;
}
