import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../contract/api/payloads.ts';
import { TYPE_LOOK } from '../../lib/entity-look.ts';
import type { HitGroup } from './group-hits.ts';
import { HitOption } from './HitOption.tsx';

interface HitGroupListProps {
  groups: HitGroup[];
  listId: string;
  optionId: (index: number) => string;
  /** Index of the active option, counted across the groups in order. */
  active: number;
  onHover: (index: number) => void;
  onPick: (hit: SearchHit, add: boolean) => void;
}

/** The suggestions under a heading per type (ARIA listbox groups), numbered across groups. */
export function HitGroupList({ groups, listId, optionId, active, onHover, onPick }: HitGroupListProps) {
  const { t } = useTranslation();
  const firstIndex = groups.map((_, g) => groups.slice(0, g).reduce((n, group) => n + group.hits.length, 0));
  return groups.map((group, g) => (
    // biome-ignore lint/a11y/useSemanticElements: ARIA listbox groups are role=group, not fieldsets
    <div key={group.type} role="group" aria-labelledby={`${listId}-${group.type}`}>
      <div id={`${listId}-${group.type}`} className="combobox-group" role="presentation">
        <span
          className={`swatch shape-${TYPE_LOOK[group.type].shape}`}
          style={{ background: TYPE_LOOK[group.type].color }}
        />
        {t('search.group', { type: t(`type.${group.type}`), count: group.count })}
      </div>
      {group.hits.map((hit, h) => {
        const i = (firstIndex[g] ?? 0) + h;
        return (
          <HitOption
            key={hit.id}
            hit={hit}
            id={optionId(i)}
            active={i === active}
            onHover={() => onHover(i)}
            onPick={(add) => onPick(hit, add)}
          />
        );
      })}
    </div>
  ));
}
