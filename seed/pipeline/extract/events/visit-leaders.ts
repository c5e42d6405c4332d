/** Who a leader brings, between the leader and where they go (带领部分县政协委员赴…). */
const BRINGS = /^(?:带领|率领|率)[^,，。;；\n]{0,20}$/;
/** How a leader sets off, between the name and where they go (同志带队到…, 于<days>期间赴…). */
const SETS_OFF =
  /^(?:同志)?(?:于(?:\d{1,2}月)?\d{1,2}日(?:至(?:\d{1,2}月)?\d{1,2}日)?(?:上午|下午)?(?:期间)?)?(?:带队|率队)?$/;

/** Who goes with a leader, between the leader and where they go (在<titles and names>(的)陪同下，深入…). */
const ESCORTED = /^在[^。；;\n]{2,60}?陪同下[,，]?$/;

/** A titled leader goes to what starts at `at`: right after the name, or after whom they bring or go with. */
export function ledTo(text: string, leaders: ReadonlySet<number>, at: number): boolean {
  if (leaders.has(at)) return true;
  for (const end of leaders) {
    if (end >= at) continue;
    const between = text.slice(end, at);
    if (BRINGS.test(between) || ESCORTED.test(between) || SETS_OFF.test(between)) return true;
  }
  return false;
}
