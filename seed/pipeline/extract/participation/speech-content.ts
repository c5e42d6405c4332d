import type { Span } from '../../../../contract/annotation/types.ts';

/**
 * A verb that opens what is said (A表示，…; A强调：…; 他说「…」). 据…表示 and 据介绍 are the writer's source, not a
 * speech at the happening; 介绍 is left out for that reason.
 */
const SAYS = /(?<!据[^,，。;；]{0,12})(?:表示|指出|强调|说|认为|希望|要求|坦言|谈到)[,，:：“"「]/;

/**
 * Where what someone says begins in a sentence (an offset into the text), or undefined when the sentence reports no
 * speech. A happening named after it (A表示，商会去年举办的联谊会…) is spoken of, not the one the sentence tells.
 */
export function saidFrom(text: string, sentence: Span): number | undefined {
  const m = SAYS.exec(text.slice(sentence.start, sentence.end));
  return m ? sentence.start + m.index + m[0].length : undefined;
}
