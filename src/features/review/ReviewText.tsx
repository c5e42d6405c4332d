import { useMemo, useRef } from 'react';
import type { ReviewEntity, TextSpan } from '../../../contract/api/corrections.ts';
import { reviewSegments, selectionOffsets } from './review-segments.ts';

interface ReviewTextProps {
  text: string;
  entities: readonly ReviewEntity[];
  selection: TextSpan | null;
  current: string | null;
  onSelect: (span: TextSpan | null) => void;
  onEntity: (id: string) => void;
}

/** The article with every entity of the corrected annotation highlighted; selecting text picks a span. */
export function ReviewText({ text, entities, selection, current, onSelect, onEntity }: ReviewTextProps) {
  const container = useRef<HTMLDivElement>(null);
  const segments = useMemo(() => reviewSegments(text, entities, selection), [text, entities, selection]);
  const pick = () => {
    const el = container.current;
    if (!el) return;
    const span = selectionOffsets(el, window.getSelection());
    if (span) onSelect(span);
  };
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: text selection picks a span; every action is also a button in the side panel
    <div
      ref={container}
      className="review-text article-text"
      lang="zh"
      data-testid="review-text"
      onMouseUp={pick}
      onKeyUp={pick}
    >
      {segments.map((s) =>
        s.entity ? (
          // biome-ignore lint/a11y/useKeyWithClickEvents: the entity list beside the text is the keyboard way to the same entity
          // biome-ignore lint/a11y/noStaticElementInteractions: a button here would break selecting across mentions
          <span
            key={s.start}
            className={`mention type-${s.entity.type}${current === s.entity.id ? ' current' : ''}${s.selected ? ' selected' : ''}`}
            data-entity={s.entity.id}
            onClick={() => s.entity && onEntity(s.entity.id)}
          >
            {s.text}
          </span>
        ) : (
          <span key={s.start} className={s.selected ? 'selected' : undefined}>
            {s.text}
          </span>
        ),
      )}
    </div>
  );
}
