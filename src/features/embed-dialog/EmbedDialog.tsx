import type { Core } from 'cytoscape';
import { useEffect, useId, useRef, useState } from 'react';
import type { EmbedTarget } from '../../../contract/api/embed-url.ts';
import type { GraphNode, SnapshotCitation } from '../../../contract/api/payloads.ts';
import { ApiRequestError, NetworkError } from '../../lib/api-client.ts';
import { useCitations } from './api/get-citations.ts';
import { useSaveSnapshot } from './api/save-snapshot.ts';
import { EmbedCode } from './EmbedCode.tsx';
import {
  clampSize,
  type EmbedSize,
  embedUrl,
  iframeSnippet,
  normalizeOrigin,
  SIZE_PRESETS,
  type SizePreset,
} from './embed-code.ts';
import { SNAPSHOT_LIMITS, snapshotFromCy } from './snapshot-from-cy.ts';
import { DIALOG_STRINGS, type DialogStrings, fill } from './strings.ts';
import { readToken, storeToken } from './token-store.ts';
import './embed-dialog.css';

export interface EmbedDialogProps {
  open: boolean;
  onClose: () => void;
  /** The explorer's canvas: a frozen snapshot takes the visible elements and their positions from it. */
  cy: Core | null;
  /** What a live embed shows (the focus entity, the article, the path); null when the view has none. */
  context: Exclude<EmbedTarget, { kind: 'view' }> | null;
  /** The name of the context, for labels and the default title (e.g. the focus entity's name). */
  contextName: string;
  /** The view's as-of date (YYYY-MM-DD) or null. */
  asOf: string | null;
  /** The articles behind the view; when absent they are fetched for the context. */
  citations?: readonly SnapshotCitation[];
  /** Full data of the nodes in view, for names and readings (else the canvas labels are used). */
  nodes?: ReadonlyMap<string, GraphNode>;
  /** UI language of the explorer; also the default language of the embed. */
  lang: 'zh' | 'en';
  /** The explorer URL of this view (default: the current address), where a snapshot's "open in guanxi" leads. */
  explorerPath?: string;
}

type Mode = 'live' | 'frozen';

function errorMessage(error: unknown, s: DialogStrings): string {
  if (error instanceof NetworkError) return s.errors.network;
  if (error instanceof ApiRequestError) {
    if (error.status === 401) return s.errors.unauthorized;
    if (error.status === 403) return s.errors.disabled;
    if (error.status === 429) return s.errors.rateLimited;
    if (error.status === 400) return fill(s.errors.invalid, { message: error.message });
    return fill(s.errors.other, { message: error.message });
  }
  return fill(s.errors.other, { message: error instanceof Error ? error.message : String(error) });
}

/**
 * "Embed": choose live or frozen, size, language and (optionally) the host site; frozen views are saved
 * with the API token (kept in sessionStorage) and then get their snippet. A modal <dialog>: focus moves
 * into it on open, Escape closes it, focus returns to the button that opened it.
 */
export function EmbedDialog(props: EmbedDialogProps) {
  const s = DIALOG_STRINGS[props.lang];
  const ids = { title: useId(), mode: useId(), size: useId(), w: useId(), h: useId(), lang: useId() };
  const ids2 = { origin: useId(), originHelp: useId(), token: useId(), tokenHelp: useId(), caption: useId() };
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const [mode, setMode] = useState<Mode>(props.context ? 'live' : 'frozen');
  const [title, setTitle] = useState(props.contextName);
  const [caption, setCaption] = useState('');
  const [preset, setPreset] = useState<SizePreset>('medium');
  const [custom, setCustom] = useState({ width: 640, height: 420 });
  const [lang, setLang] = useState<'zh' | 'en'>(props.lang);
  const [originText, setOriginText] = useState('');
  const [token, setToken] = useState(readToken);
  const [created, setCreated] = useState<{ key: string; id: string } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const save = useSaveSnapshot();
  const fetched = useCitations(props.open ? props.context : null, props.citations);
  const citations = props.citations ?? fetched.data ?? [];

  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    if (props.open && !el.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      el.showModal();
    } else if (!props.open && el.open) el.close();
  }, [props.open]);

  const size: EmbedSize = preset === 'custom' ? clampSize(custom.width, custom.height) : SIZE_PRESETS[preset];
  const hostOrigin = normalizeOrigin(originText);
  const originInvalid = originText.trim() !== '' && !hostOrigin;
  const frozenKey = JSON.stringify([title, caption, lang, props.asOf]);
  const target: EmbedTarget | null =
    mode === 'live' ? props.context : created?.key === frozenKey ? { kind: 'view', id: created.id } : null;
  const url =
    target && !originInvalid
      ? embedUrl(window.location.origin, target, { lang, hostOrigin, asOf: props.asOf })
      : null;
  const frameTitle = (mode === 'frozen' ? title : props.contextName) || 'guanxi';

  const createSnapshot = () => {
    setProblem(null);
    if (!props.cy) return;
    const result = snapshotFromCy(props.cy, {
      title: title || props.contextName || 'guanxi',
      caption,
      lang,
      asOf: props.asOf,
      citations,
      nodes: props.nodes,
      explorerPath: props.explorerPath ?? `${window.location.pathname}${window.location.search}`,
    });
    if (!result.ok) {
      setProblem(result.reason === 'empty' ? s.empty : fill(s.tooLarge, { max: SNAPSHOT_LIMITS.nodes }));
      return;
    }
    const key = frozenKey;
    save.mutate(
      { input: result.input, token: token.trim() },
      {
        onSuccess: (body) => {
          storeToken(token.trim());
          setCreated({ key, id: body.id });
        },
        onError: (error) => {
          if (error instanceof ApiRequestError && error.status === 401) storeToken('');
          setProblem(errorMessage(error, s));
        },
      },
    );
  };

  return (
    <dialog
      ref={dialog}
      className="embed-dialog"
      aria-labelledby={ids.title}
      onClose={() => {
        props.onClose();
        opener.current?.focus();
      }}
    >
      <form className="embed-dialog-form" onSubmit={(e) => e.preventDefault()}>
        <h2 id={ids.title}>{s.title}</h2>
        <p className="embed-dialog-intro">{s.intro}</p>

        <fieldset>
          <legend>{s.mode}</legend>
          <label className="embed-dialog-choice">
            <input
              type="radio"
              name={ids.mode}
              value="live"
              checked={mode === 'live'}
              disabled={!props.context}
              onChange={() => setMode('live')}
            />
            <span>
              <strong>{s.live}</strong> —{' '}
              {props.context ? fill(s.liveHelp, { name: props.contextName }) : s.liveUnavailable}
            </span>
          </label>
          <label className="embed-dialog-choice">
            <input
              type="radio"
              name={ids.mode}
              value="frozen"
              checked={mode === 'frozen'}
              onChange={() => setMode('frozen')}
            />
            <span>
              <strong>{s.frozen}</strong> — {s.frozenHelp}
            </span>
          </label>
        </fieldset>

        {mode === 'frozen' && (
          <div className="embed-dialog-grid">
            <label>
              {s.snapshotTitle}
              <input
                value={title}
                maxLength={SNAPSHOT_LIMITS.title}
                onChange={(e) => setTitle(e.target.value)}
              />
            </label>
            <label htmlFor={ids2.caption}>{s.caption}</label>
            <textarea
              id={ids2.caption}
              value={caption}
              rows={2}
              maxLength={SNAPSHOT_LIMITS.caption}
              onChange={(e) => setCaption(e.target.value)}
            />
            <p className="embed-dialog-note">
              {fetched.isFetching ? s.citationsLoading : fill(s.citations, { count: citations.length })}
            </p>
          </div>
        )}

        <fieldset className="embed-dialog-grid">
          <legend>{s.size}</legend>
          <label htmlFor={ids.size} className="visually-hidden">
            {s.size}
          </label>
          <select id={ids.size} value={preset} onChange={(e) => setPreset(e.target.value as SizePreset)}>
            {(Object.keys(s.presets) as SizePreset[]).map((p) => (
              <option key={p} value={p}>
                {s.presets[p]}
              </option>
            ))}
          </select>
          {preset === 'custom' && (
            <div className="embed-dialog-row">
              <label htmlFor={ids.w}>{s.width}</label>
              <input
                id={ids.w}
                type="number"
                min={200}
                max={4000}
                value={custom.width}
                onChange={(e) => setCustom({ ...custom, width: Number(e.target.value) })}
              />
              <label htmlFor={ids.h}>{s.height}</label>
              <input
                id={ids.h}
                type="number"
                min={150}
                max={3000}
                value={custom.height}
                onChange={(e) => setCustom({ ...custom, height: Number(e.target.value) })}
              />
            </div>
          )}
        </fieldset>

        <fieldset className="embed-dialog-row">
          <legend>{s.language}</legend>
          {(['zh', 'en'] as const).map((l) => (
            <label key={l}>
              <input
                type="radio"
                name={ids.lang}
                value={l}
                checked={lang === l}
                onChange={() => setLang(l)}
              />
              {l === 'zh' ? '中文' : 'English'}
            </label>
          ))}
        </fieldset>

        <div className="embed-dialog-grid">
          <label htmlFor={ids2.origin}>{s.hostOrigin}</label>
          <input
            id={ids2.origin}
            type="url"
            inputMode="url"
            placeholder="https://news.example"
            value={originText}
            aria-invalid={originInvalid}
            aria-describedby={ids2.originHelp}
            onChange={(e) => setOriginText(e.target.value)}
          />
          <p id={ids2.originHelp} className={originInvalid ? 'embed-dialog-error' : 'embed-dialog-note'}>
            {originInvalid ? s.hostOriginInvalid : s.hostOriginHelp}
          </p>
        </div>

        {mode === 'frozen' && !target && (
          <div className="embed-dialog-grid">
            <label htmlFor={ids2.token}>{s.token}</label>
            <input
              id={ids2.token}
              type="password"
              autoComplete="off"
              value={token}
              aria-describedby={ids2.tokenHelp}
              onChange={(e) => setToken(e.target.value)}
            />
            <p id={ids2.tokenHelp} className="embed-dialog-note">
              {s.tokenHelp}
            </p>
            <div className="embed-dialog-row">
              <button
                type="button"
                onClick={createSnapshot}
                disabled={!props.cy || !token.trim() || save.isPending || fetched.isFetching}
              >
                {save.isPending ? s.creating : s.create}
              </button>
            </div>
          </div>
        )}
        {problem && (
          <p className="embed-dialog-error" role="alert">
            {problem}
          </p>
        )}
        {mode === 'frozen' && target?.kind === 'view' && (
          <p className="embed-dialog-note" role="status">
            {fill(s.created, { id: target.id })}
          </p>
        )}

        {url && <EmbedCode url={url} snippet={iframeSnippet(url, size, frameTitle)} s={s} />}

        <div className="embed-dialog-actions">
          <button type="button" onClick={() => dialog.current?.close()}>
            {s.close}
          </button>
        </div>
      </form>
    </dialog>
  );
}
