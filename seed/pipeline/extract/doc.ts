import type { AnnotatedArticle, Span } from '../../../contract/annotation/types.ts';
import { sentenceSpans } from '../../review/sentences.ts';
import type { Division } from '../gazetteer/gazetteer.ts';
import { editorStamp } from './editor-stamp.ts';
import { analysisText } from './script.ts';
import { type Tokens, tokenize } from './tokens.ts';

/** What every rule reads: the article, its analysis text (same offsets), sentences, words and the publication day. */
export interface Doc {
  article: AnnotatedArticle;
  /** Simplified, width-folded copy of article.text with identical offsets. */
  text: string;
  traditional: boolean;
  sentences: Span[];
  tokens: Tokens;
  /** Divisions the page names in its source and site (set by the extractor; see divisions.ts findPageDivisions). */
  page: Division[];
  /** Divisions the headline names, visits' destinations left out (set by the extractor; see divisions.ts). */
  headline: Division[];
  /** Publication day in China time, when known. */
  published: { year: number; month: number; day: number } | undefined;
}

export function makeDoc(article: AnnotatedArticle): Doc {
  const { text, traditional } = analysisText(article.text);
  return {
    article,
    text,
    traditional,
    sentences: sentenceSpans(article.text),
    tokens: tokenize(text),
    page: [],
    headline: [],
    // A page with no publication date may close with a wire's stamp that dates it.
    published: publicationDay(article.publishedAt) ?? editorStamp(text),
  };
}

function publicationDay(publishedAt: string | null): Doc['published'] {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(publishedAt ?? '');
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : undefined;
}

/** The sentence containing `offset` (the last one when past the end). */
export function sentenceAt(doc: Doc, offset: number): Span {
  for (const sentence of doc.sentences) if (offset < sentence.end) return sentence;
  return doc.sentences[doc.sentences.length - 1] ?? { start: 0, end: doc.text.length };
}
