import type { NodeTypeName } from '../../contract/api/payloads.ts';
import { TYPE_LOOK } from '../lib/entity-look.ts';
import { secondaryName } from '../lib/names.ts';

interface EntityNameProps {
  name: string;
  type: NodeTypeName;
  pinyin?: string | null;
  nameEn?: string | null;
  aliases?: readonly string[];
}

/** A name in its own script with a type swatch and its reading (pinyin or English) beside it. */
export function EntityName({ name, type, pinyin = null, nameEn = null, aliases = [] }: EntityNameProps) {
  const reading = secondaryName({ name, pinyin, nameEn, aliases });
  return (
    <span className="entity-name">
      <span
        className={`swatch shape-${TYPE_LOOK[type].shape}`}
        style={{ background: TYPE_LOOK[type].color }}
        aria-hidden="true"
      />
      <span className="name-stack">
        <span lang={/[\u3400-\u9fff]/.test(name) ? 'zh' : undefined}>{name}</span>
        {reading && <span className="reading">{reading}</span>}
      </span>
    </span>
  );
}
