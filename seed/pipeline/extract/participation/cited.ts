import { CITED_WORDS } from '../lexicon/words.ts';
import type { Occurrence } from './relate.ts';

/** The clause before the name studies what follows (学习, 贯彻, 传达 …). */
const STUDIED_BEFORE = /(?:学习|贯彻|传达|领会|落实|宣讲)[^,，。;；:：]{0,12}$/;
/** What the name is followed by, in its clause: the person's words or thought (讲话, 指示, 论述, 思想 …). */
const WORDS_AFTER = new RegExp(
  `^(?:同志)?(?:总书记|主席|总理)?[^,，。;；:：]{0,30}?(?:讲话|论述|思想|回信|贺信|${CITED_WORDS})`,
);

/**
 * A person named as the source of what is studied (学习…<name>总书记在…上的重要讲话精神): the words are cited, the
 * person is not at the happening the page tells.
 */
export function citedOnly(text: string, p: Occurrence): boolean {
  return (
    STUDIED_BEFORE.test(text.slice(Math.max(0, p.start - 14), p.start)) &&
    WORDS_AFTER.test(text.slice(p.end, p.end + 60))
  );
}
