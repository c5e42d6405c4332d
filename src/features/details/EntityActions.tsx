import { useTranslation } from 'react-i18next';
import type { DetailsContext } from './details-context.ts';

/** What can be done with one entity; each button is one undoable change of the view. */
export function EntityActions({
  id,
  inView,
  context,
}: {
  id: string;
  inView: boolean;
  context: DetailsContext;
}) {
  const { t } = useTranslation();
  const { onAction, onPathEnd } = context;
  return (
    <fieldset className="entity-actions">
      <legend className="visually-hidden">{t('toolbar.label')}</legend>
      {!context.expanded(id) && (
        <button type="button" onClick={() => onAction({ type: 'expand', id })}>
          {t('toolbar.expand')}
        </button>
      )}
      {!inView && (
        <button type="button" onClick={() => onAction({ type: 'add', ids: [id] })}>
          {t('details.addToView')}
        </button>
      )}
      <button type="button" onClick={() => onAction({ type: 'open', id })}>
        {t('details.focus')}
      </button>
      <button type="button" onClick={() => onPathEnd('from', id)}>
        {t('details.pathFrom')}
      </button>
      <button type="button" onClick={() => onPathEnd('to', id)}>
        {t('details.pathTo')}
      </button>
    </fieldset>
  );
}
