import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { daysBetween } from './facets.ts';

interface AsOfSliderProps {
  range: { min: string; max: string } | null;
  asOf: string | null;
  /** How many elements the date hides now. */
  hiddenCount: number;
  onChange: (asOf: string | null) => void;
}

/**
 * A day slider over the dates on which the facts in view were first reported. The last step means
 * "all dates". The view follows on release (and on each key press), so dragging stays smooth.
 */
export function AsOfSlider({ range, asOf, hiddenCount, onChange }: AsOfSliderProps) {
  const { t } = useTranslation();
  const id = useId();
  const days = useMemo(() => {
    if (!range) return [];
    const list = daysBetween(range.min, range.max);
    if (asOf && !list.includes(asOf)) list.push(asOf);
    return list.sort();
  }, [range, asOf]);
  const committed = asOf ? days.indexOf(asOf) : days.length;
  const [draft, setDraft] = useState(committed);
  useEffect(() => setDraft(committed), [committed]);
  if (days.length === 0) return null;
  const dayAt = (i: number) => (i >= days.length ? null : (days[i] ?? null));
  const commit = (i: number) => {
    const day = dayAt(i);
    if (day !== asOf) onChange(day);
  };
  const shown = dayAt(draft);
  return (
    <div className="as-of">
      <label htmlFor={id}>{t('filters.asOfLabel')}</label>
      <input
        id={id}
        type="range"
        min={0}
        max={days.length}
        step={1}
        value={draft}
        aria-valuetext={shown ?? t('filters.asOfAll')}
        onChange={(e) => setDraft(Number(e.target.value))}
        onPointerUp={(e) => commit(Number((e.target as HTMLInputElement).value))}
        onKeyUp={(e) => commit(Number((e.target as HTMLInputElement).value))}
        onBlur={(e) => commit(Number(e.target.value))}
      />
      <output htmlFor={id} className="as-of-value" data-testid="as-of-value">
        {shown ?? t('filters.asOfAll')}
      </output>
      {asOf && (
        <>
          <span className="muted">{t('filters.asOfHides', { count: hiddenCount })}</span>
          <button type="button" className="link-button" onClick={() => onChange(null)}>
            {t('filters.clearAsOf')}
          </button>
        </>
      )}
    </div>
  );
}
