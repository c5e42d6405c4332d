import type { Anchor } from '../anchors.ts';

/**
 * `<firms>等N家企业(已)(签约)入驻(<park>)`: the firms named right before 入驻 settled in a park, the one written right
 * after it or else the last one before. Where the clause tells of 入驻 otherwise (a firm's head meeting the firms that
 * settled, `与入驻企业座谈`; a firm named further back in the clause, `X公司负责人介绍…入驻`), it places no firm. A signed
 * settling (`A、B等企业与<operator>签订入驻协议`) places the firms before 与, not the operator they sign with.
 */

/** What may stand between the last firm and 入驻: a count of firms, 已, 签约 (等首批12家企业已签约入驻). */
const COUNT_BETWEEN =
  /^(?:等)?(?:首批|第一批)?[0-9一二三四五六七八九十百余多]*(?:家|个)?(?:企业|单位|公司|项目)?(?:已经|均已|已|先后|陆续)?(?:签约|成功|正式)?$/;
/** What may follow 入驻 when it closes the telling: the clause's end. */
const CLAUSE_END = /^(?:[，,。；;！!]|$)/;

const isPark = (a: Anchor) => a.kind === 'park' || a.kind === 'zone';

/** The firms a 入驻 at `at` settles (none when the clause does not tell it so) and the park they settled in. */
export function settledFirms(
  text: string,
  anchors: readonly Anchor[],
  clause: number,
  at: number,
): { firms: Anchor[]; park: Anchor | undefined } {
  const after = at + '入驻'.length;
  const park =
    anchors.find((a) => a.start === after && a.source !== 'reference' && isPark(a)) ??
    anchors.filter((a) => isPark(a) && a.end <= at).pop();
  const companies = anchors.filter(
    (a) => a.kind === 'company' && a.source !== 'reference' && a.start >= clause && a.end <= at,
  );
  if (/^(?:协议|合同)/.test(text.slice(after, after + 2))) {
    const signsWith = text.lastIndexOf('与', at);
    return { firms: signsWith >= clause ? companies.filter((c) => c.end <= signsWith) : [], park };
  }
  const last = companies[companies.length - 1];
  if (!last || !COUNT_BETWEEN.test(text.slice(last.end, at))) return { firms: [], park };
  const closes =
    CLAUSE_END.test(text.slice(after, after + 1)) || anchors.some((a) => a.start === after && isPark(a));
  return { firms: closes ? companies : [], park };
}
