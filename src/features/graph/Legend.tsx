import type { NodeTypeName } from '../../../graph/contract/payloads.ts';
import { TYPE_LOOK } from './node-types.ts';

export function Legend({ types }: { types: NodeTypeName[] }) {
  if (types.length === 0) return null;
  return (
    <ul className="legend" aria-label="Legend">
      {types.map((type) => (
        <li key={type}>
          <span
            className={`legend-swatch shape-${TYPE_LOOK[type].shape}`}
            style={{ background: TYPE_LOOK[type].color }}
          />
          {TYPE_LOOK[type].labelZh} {TYPE_LOOK[type].label}
        </li>
      ))}
    </ul>
  );
}
