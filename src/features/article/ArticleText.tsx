import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleMention } from '../../../graph/contract/payloads.ts';
import { articleParagraphs, type TextSegment } from './article-paragraphs.ts';

interface ArticleTextProps {
  text: string;
  mentions: readonly ArticleMention[];
  evidence: { start: number; end: number } | null;
  /** The entity selected in the article's graph: its mentions stand out. */
  current: string | null;
  onMention: (mention: ArticleMention) => void;
}

/** The body with every recognised mention highlighted by type; the evidence span is marked and scrolled to. */
export function ArticleText({ text, mentions, evidence, current, onMention }: ArticleTextProps) {
  const { t } = useTranslation();
  const paragraphs = useMemo(() => articleParagraphs(text, mentions, evidence), [text, mentions, evidence]);
  const marked = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (!evidence) return;
    const el = marked.current;
    if (!el) return;
    el.scrollIntoView({ block: 'center' });
    el.focus({ preventScroll: true });
  }, [evidence]);

  let firstEvidence = true;
  const render = (s: TextSegment) => {
    const content = s.mention ? (
      <button
        type="button"
        className={`mention type-${s.mention.type}${current === s.mention.entityId ? ' current' : ''}`}
        title={t('article.mentionTitle', { name: s.mention.name, type: t(`type.${s.mention.type}`) })}
        data-entity={s.mention.entityId}
        onClick={() => s.mention && onMention(s.mention)}
      >
        {s.text}
      </button>
    ) : (
      s.text
    );
    if (!s.evidence) return <span key={s.start}>{content}</span>;
    const ref = firstEvidence ? marked : undefined;
    const id = firstEvidence ? 'evidence' : undefined;
    firstEvidence = false;
    return (
      <mark
        key={s.start}
        id={id}
        ref={ref}
        tabIndex={id ? -1 : undefined}
        className="evidence-mark"
        data-testid={id}
      >
        {content}
      </mark>
    );
  };

  return (
    <div className="article-text" lang="zh">
      {paragraphs.map((p) => (
        <p key={p.start}>{p.segments.map(render)}</p>
      ))}
    </div>
  );
}
