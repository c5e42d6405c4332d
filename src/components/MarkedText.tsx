import { markTerms } from '../lib/mark-terms.ts';

/** Text with the given terms marked (as React text, never HTML). */
export function MarkedText({ text, terms }: { text: string; terms: readonly string[] }) {
  return (
    <>
      {markTerms(text, terms).map((s, i) =>
        s.term >= 0 ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: segments of one fixed string
          <mark key={i}>{s.text}</mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: segments of one fixed string
          <span key={i}>{s.text}</span>
        ),
      )}
    </>
  );
}
