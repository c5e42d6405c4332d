import type { CorrectionChange } from '../../contract/api/corrections.ts';

/** The article a correction is limited to (null: everywhere) and a line naming what it is about. */
export function targetOf(change: CorrectionChange): { article: string | null; text: string } {
  switch (change.op) {
    case 'merge':
      return { article: null, text: `${change.entity.id} into ${change.into.id}` };
    case 'split':
      return { article: null, text: `${change.entity.id} (new ${change.created.id})` };
    case 'rename':
    case 'retype':
      return { article: null, text: change.entity.id };
    case 'reject':
      return {
        article: change.article,
        text: change.entity.id + (change.article ? ` in ${change.article}` : ''),
      };
    case 'accept':
      return { article: change.article, text: `${change.entity.id} in ${change.article}` };
    case 'respan':
      return {
        article: change.article,
        text: `${change.entity.id} at ${change.from.start}-${change.from.end} in ${change.article}`,
      };
    case 'addEntity':
      return {
        article: change.article,
        text: `${change.entity.id} at ${change.start}-${change.end} in ${change.article}`,
      };
    case 'addRelation':
    case 'removeRelation':
      return {
        article: change.article,
        text: `${change.type} ${change.from.id} → ${change.to.id}${change.article ? ` in ${change.article}` : ''}`,
      };
    case 'review':
      return { article: change.article, text: change.article };
    case 'undo':
      return { article: null, text: change.correction };
  }
}
