import { useTranslation } from 'react-i18next';
import type { NodeTypeName } from '../../../contract/api/payloads.ts';
import { TYPE_LOOK } from '../../lib/entity-look.ts';
import type { ViewFilters } from '../../lib/view/view-state.ts';
import type { Facets } from './facets.ts';

interface FilterPanelProps {
  facets: Facets;
  filters: ViewFilters;
  onChange: (filters: Partial<ViewFilters>) => void;
}

const toggle = <T extends string>(list: readonly T[], item: T, on: boolean): T[] =>
  on ? list.filter((x) => x !== item) : [...list, item];

/** Node types, kinds and relationship types in view, each with its count; unticked ones are hidden. */
export function FilterPanel({ facets, filters, onChange }: FilterPanelProps) {
  const { t } = useTranslation();
  const active =
    filters.hiddenTypes.length + filters.hiddenKinds.length + filters.hiddenRelations.length > 0 ||
    filters.asOf;
  return (
    <div className="filter-panel">
      <fieldset>
        <legend>{t('filters.types')}</legend>
        {[...facets.types].map(([type, n]) => (
          <label key={type} className="check">
            <input
              type="checkbox"
              checked={!filters.hiddenTypes.includes(type)}
              onChange={(e) =>
                onChange({ hiddenTypes: toggle<NodeTypeName>(filters.hiddenTypes, type, e.target.checked) })
              }
            />
            <span
              className={`swatch shape-${TYPE_LOOK[type].shape}`}
              style={{ background: TYPE_LOOK[type].color }}
              aria-hidden="true"
            />
            {t(`type.${type}`)} <span className="muted">{n}</span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('filters.kinds')}</legend>
        {facets.kinds.size === 0 && <p className="muted">{t('filters.noKinds')}</p>}
        {[...facets.kinds].map(([kind, n]) => (
          <label key={kind} className="check">
            <input
              type="checkbox"
              checked={!filters.hiddenKinds.includes(kind)}
              onChange={(e) => onChange({ hiddenKinds: toggle(filters.hiddenKinds, kind, e.target.checked) })}
            />
            {t(`kind.${kind}` as 'kind.company', { defaultValue: kind })} <span className="muted">{n}</span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('filters.relations')}</legend>
        {[...facets.relations].map(([relation, n]) => (
          <label key={relation} className="check">
            <input
              type="checkbox"
              checked={!filters.hiddenRelations.includes(relation)}
              onChange={(e) =>
                onChange({ hiddenRelations: toggle(filters.hiddenRelations, relation, e.target.checked) })
              }
            />
            {t(`relation.${relation}` as 'relation.HOLDS_POSITION', { defaultValue: relation })}{' '}
            <span className="muted">{n}</span>
          </label>
        ))}
      </fieldset>
      {active && (
        <button
          type="button"
          onClick={() => onChange({ hiddenTypes: [], hiddenKinds: [], hiddenRelations: [], asOf: null })}
        >
          {t('filters.reset')}
        </button>
      )}
    </div>
  );
}
