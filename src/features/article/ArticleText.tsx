import { type ReactNode, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleMention } from '../../../contract/api/payloads.ts';
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
  const renderSegment = (s: TextSegment) =>
    s.mention ? (
      <button
        key={s.start}
        type="button"
        className={`mention type-${s.mention.type}${current === s.mention.entityId ? ' current' : ''}`}
        title={t('article.mentionTitle', { name: s.mention.name, type: t(`type.${s.mention.type}`) })}
        data-entity={s.mention.entityId}
        onClick={() => s.mention && onMention(s.mention)}
      >
        {s.text}
      </button>
    ) : (
      <span key={s.start}>{s.text}</span>
    );
  /** Runs of evidence segments go into one <mark>, so the passage reads (and is announced) as one. */
  const renderParagraph = (segments: TextSegment[]) => {
    const out: ReactNode[] = [];
    for (let i = 0; i < segments.length; ) {
      const s = segments[i] as TextSegment;
      if (!s.evidence) {
        out.push(renderSegment(s));
        i++;
        continue;
      }
      const run: TextSegment[] = [];
      while (i < segments.length && (segments[i] as TextSegment).evidence)
        run.push(segments[i++] as TextSegment);
      const first = firstEvidence;
      firstEvidence = false;
      out.push(
        <mark
          key={`m${s.start}`}
          id={first ? 'evidence' : undefined}
          ref={first ? marked : undefined}
          tabIndex={first ? -1 : undefined}
          className="evidence-mark"
          data-testid={first ? 'evidence' : undefined}
        >
          {run.map(renderSegment)}
        </mark>,
      );
    }
    return out;
  };

  return (
    <div className="article-text" lang="zh">
      {paragraphs.map((p) => (
        <p key={p.start}>{renderParagraph(p.segments)}</p>
      ))}
    </div>
  );
}
