import type { Snippet } from '../../contract/api/payloads.ts';

/** An article's text around a search hit, the hits marked; text only, never markup. */
export function SnippetText({ snippet }: { snippet: Snippet }) {
  const parts: { text: string; hit: boolean; at: number }[] = [];
  let at = 0;
  for (const [start, end] of snippet.marks) {
    if (start > at) parts.push({ text: snippet.text.slice(at, start), hit: false, at });
    parts.push({ text: snippet.text.slice(start, end), hit: true, at: start });
    at = end;
  }
  if (at < snippet.text.length) parts.push({ text: snippet.text.slice(at), hit: false, at });
  return (
    <span className="snippet" lang="zh">
      {snippet.before && '…'}
      {parts.map((p) => (p.hit ? <mark key={p.at}>{p.text}</mark> : <span key={p.at}>{p.text}</span>))}
      {snippet.after && '…'}
    </span>
  );
}
