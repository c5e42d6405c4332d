import { NAME_SUFFIXES } from './suffixes.ts';

/**
 * Room and building words too plain to name a place by their ending anywhere, which only the held-at frame of
 * `venues.ts` reads (在<name>会议室召开).
 */
const FRAME_ONLY_ENDINGS = ['大厅', '厅', '馆', '党校', '基地', '山庄', '会所', '饭店', '中心'];

/**
 * Rooms a body holds meetings or receives guests in (<town>政府会议室, <firm>接待室): where something happens, never a
 * unit of the body they are written after.
 */
export const ROOM_ENDINGS: readonly string[] = [
  '会议室',
  '会客室',
  '接待室',
  '洽谈室',
  '会商室',
  '活动室',
  '阅览室',
];

/**
 * Endings of a venue's name that `venues.ts` reads between 在/于 and the act held there: the venue endings of
 * ./suffixes.ts and the frame's own, longest first (大酒店 before 酒店).
 */
export const HELD_VENUE_ENDINGS: readonly string[] = [
  ...new Set([
    ...NAME_SUFFIXES.filter((s) => s.kind === 'venue').map((s) => s.suffix),
    ...FRAME_ONLY_ENDINGS,
    ...ROOM_ENDINGS,
  ]),
].sort((a, b) => b.length - a.length);
