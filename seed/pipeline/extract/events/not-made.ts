import { type Doc, sentenceAt } from '../doc.ts';
import { clauseStart, toCome } from './phrase.ts';

/** An inspection arranged or announced in the sentence (定于…, 经研究决定…, 自即日起…, 通知：): not one made. */
const ARRANGED = /定于|决定|拟定|自即日起|通知[:：]/;
/** A visit or call told as background (曾于…, 此前, 多次): not the happening the article reports. */
const BACKGROUND = /曾(?:于|经|在|到|赴|多次)|此前|以往|多次|年轻时/;
/** A visit welcomed, invited or hoped for (热烈欢迎X莅临…, 邀请X到…考察, 期待X再来…): not one the article reports. */
const WELCOMED = /欢迎|邀请|期待/;
/** …but one made at an invitation (应X邀请, 在X的邀请下) or met with a welcome (受到热烈欢迎), or a welcome's ceremony. */
const WELCOME_MET =
  /(?:应|受)[^,，。；;]{0,30}?邀请|在[^,，。；;]{0,30}?邀请下|受到[^,，。；;]{0,10}?欢迎|欢迎(?:仪式|会|宴|辞|词)/g;

/**
 * Whether a visit whose verb (or going) is at `at` is one the article does not report as made: arranged or announced
 * (anywhere in the sentence before), still to come, told as background or welcomed (in its clause), or in a year other
 * than the page's. Every visit rule asks it.
 */
export function notMade(doc: Doc, at: number): boolean {
  const { text } = doc;
  const sentence = sentenceAt(doc, at);
  const clause = clauseStart(text, sentence, at);
  const before = text.slice(clause, at);
  if (
    ARRANGED.test(text.slice(sentence.start, at)) ||
    toCome(doc, clause, at) ||
    BACKGROUND.test(before) ||
    WELCOMED.test(before.replace(WELCOME_MET, ''))
  )
    return true;
  const year = /((?:19|20)\d{2})年/.exec(before)?.[1];
  return year !== undefined && doc.published !== undefined && Number(year) !== doc.published.year;
}
