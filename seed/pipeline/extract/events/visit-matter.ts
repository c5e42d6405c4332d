import type { Anchor } from '../anchors.ts';
import { widest } from '../anchors.ts';
import { GENERIC } from './visits.ts';

/** ABOUT (./visits.ts) read again between where the visit went and its verb. */
const MATTER = /^[,，]?(就|对|围绕)([^。；;,，:：\n]{2,80}?)(?:进行|开展)了?$/;

/**
 * The name a visit takes from its matter, written in text[from, verbAt) (就<matter>进行调研 → <matter>调研), or
 * undefined when it takes none.
 */
export function matterName(
  text: string,
  anchors: Anchor[],
  from: number,
  verbAt: number,
  verb: string,
): string | undefined {
  const m = MATTER.exec(text.slice(from, verbAt));
  const about = m?.[1];
  const matter = m?.[2];
  if (!matter || (about !== '就' && about !== '对')) return undefined;
  const at = from + m[0].indexOf(matter, 1);
  // 对<town>、<town>进行调研: places and bodies only are where it went, not a matter.
  if (about === '对' && placesWalked(text, anchors, at, at + matter.length)) return undefined;
  return `${matter.replace(/等$/, '')}${verb}`;
}

/** The last of the places and bodies that alone, with separators, fill text[from, to); undefined when anything else does. */
export function placesWalked(text: string, anchors: Anchor[], from: number, to: number): Anchor | undefined {
  let at = from;
  let last: Anchor | undefined;
  while (at < to) {
    const here = widest(anchors.filter((a) => a.start === at && a.end <= to && a.source !== 'reference'));
    if (here) {
      last = here;
      at = here.end;
    } else if (last && /[、和及与]/.test(text[at] ?? '')) at++;
    else return undefined;
  }
  return last;
}

/**
 * What a group's visit was about, written right after its verb to the end of the clause (…考察团来<county>参观考察<matter>工作,
 * 调研组来<county>调研<matter>情况): the visit is named after it (<matter>工作参观考察), as the guide names a visit after
 * what it was about. Only a matter closed by 情况 or 工作 and saying more than that alone; not a remark made during it.
 */
const MATTER_AFTER = /^了?([^。；;,，:：?？\n]{2,40}?(?:情况|工作))(?=[,，。；;?？]|并)/;

export function matterAfterVerb(text: string, verbEnd: number, verb: string): string | undefined {
  const m = MATTER_AFTER.exec(text.slice(verbEnd, verbEnd + 48));
  const matter = m?.[1];
  if (
    !matter ||
    GENERIC.test(matter) ||
    /时|期间|并|和|及|与/.test(matter.slice(0, 1)) ||
    /时|期间/.test(matter)
  )
    return undefined;
  return `${matter}${verb}`;
}
