import { useEffect, useId, useRef, useState } from 'react';
import type { DialogStrings } from './strings.ts';

type CopyStatus = 'idle' | 'copied' | 'failed';

/** A read-only field with a copy button; when the clipboard is refused, the text is selected for Ctrl+C. */
function CopyField({
  label,
  value,
  buttonText,
  multiline,
  s,
}: {
  label: string;
  value: string;
  buttonText: string;
  multiline: boolean;
  s: DialogStrings;
}) {
  const id = useId();
  const field = useRef<HTMLTextAreaElement & HTMLInputElement>(null);
  const [status, setStatus] = useState<CopyStatus>('idle');
  useEffect(() => {
    if (status === 'idle') return;
    const timer = setTimeout(() => setStatus('idle'), 3000);
    return () => clearTimeout(timer);
  }, [status]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setStatus('copied');
    } catch {
      field.current?.select();
      setStatus('failed');
    }
  };
  return (
    <div className="embed-dialog-copy">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea id={id} ref={field} readOnly value={value} rows={4} onFocus={(e) => e.target.select()} />
      ) : (
        <input id={id} ref={field} readOnly value={value} onFocus={(e) => e.target.select()} />
      )}
      <div className="embed-dialog-row">
        <button type="button" onClick={() => void copy()}>
          {buttonText}
        </button>
        <span role="status" className="embed-dialog-status">
          {status === 'copied' ? s.copied : status === 'failed' ? s.copyFailed : ''}
        </span>
      </div>
    </div>
  );
}

/** The iframe snippet and the bare URL (for oEmbed consumers), each with a copy button, and a preview link. */
export function EmbedCode({ url, snippet, s }: { url: string; snippet: string; s: DialogStrings }) {
  return (
    <section className="embed-dialog-code" data-testid="embed-code">
      <CopyField label={s.code} value={snippet} buttonText={s.copyCode} multiline s={s} />
      <CopyField label={s.url} value={url} buttonText={s.copyUrl} multiline={false} s={s} />
      <a href={url} target="_blank" rel="noopener">
        {s.preview} ↗
      </a>
    </section>
  );
}
