import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../contract/api/payloads.ts';
import { TYPE_INK } from '../../lib/entity-look.ts';

interface HitOptionProps {
  hit: SearchHit;
  id: string;
  active: boolean;
  onHover: () => void;
  /** `add`: Shift+click adds to the view instead of opening. */
  onPick: (add: boolean) => void;
}

/** One suggestion: the name, what it matched (a pinyin or English reading), its kind and article count. */
export function HitOption({ hit, id, active, onHover, onPick }: HitOptionProps) {
  const { t } = useTranslation();
  return (
    <div
      id={id}
      role="option"
      tabIndex={-1}
      aria-selected={active}
      className={active ? 'active' : undefined}
      onMouseEnter={onHover}
      onMouseDown={(e) => {
        e.preventDefault();
        onPick(e.shiftKey);
      }}
    >
      <span className="hit-name" lang="zh">
        {hit.name}
      </span>
      {hit.matched && <span className="hit-matched">{t('search.matched', { matched: hit.matched })}</span>}
      <span className="hit-meta" style={{ color: TYPE_INK[hit.type] }}>
        {hit.kind
          ? t(`kind.${hit.kind}` as 'kind.company', { defaultValue: hit.kind })
          : t(`type.${hit.type}`)}
        {' · '}
        {t('common.articles', { count: hit.articleCount })}
      </span>
    </div>
  );
}
