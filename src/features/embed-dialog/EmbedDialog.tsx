import type { Core } from 'cytoscape';
import { useEffect, useId, useReducer, useRef } from 'react';
import type { EmbedTarget } from '../../../contract/api/embed-url.ts';
import type { GraphNode, SnapshotCitation } from '../../../contract/api/payloads.ts';
import { ApiRequestError, NetworkError } from '../../lib/api-client.ts';
import { readToken, storeToken } from '../../lib/token-store.ts';
import { useCitations } from './api/get-citations.ts';
import { useSaveSnapshot } from './api/save-snapshot.ts';
import { LookFields, ModeFields, SaveFields } from './DialogFields.tsx';
import { dialogOutput, dialogReducer, frozenKey, initialDialogState } from './dialog-state.ts';
import { EmbedCode } from './EmbedCode.tsx';
import { iframeSnippet } from './embed-code.ts';
import { SNAPSHOT_LIMITS, snapshotFromCy } from './snapshot-from-cy.ts';
import { DIALOG_STRINGS, type DialogStrings, fill } from './strings.ts';
import './embed-dialog.css';

export interface EmbedDialogProps {
  open: boolean;
  onClose: () => void;
  /** The explorer's canvas: a frozen snapshot takes the visible elements and their positions from it. */
  cy: Core | null;
  /** What a live embed shows (the view, the focus entity, the article, the path); null when the view has none. */
  context: Exclude<EmbedTarget, { kind: 'view' }> | null;
  /** The name of the context, for labels and the default title (e.g. the focus entity's name). */
  contextName: string;
  /** The view's as-of date (YYYY-MM-DD) or null. */
  asOf: string | null;
  /** The graph parameters of the view on screen (`x=…&hide=…`): a live embed shows that view. */
  liveView?: string;
  /** The articles behind the view; when absent they are fetched for the context. */
  citations?: readonly SnapshotCitation[];
  /** Full data of the nodes in view, for names and readings (else the canvas labels are used). */
  nodes?: ReadonlyMap<string, GraphNode>;
  /** UI language of the explorer; also the default language of the embed. */
  lang: 'zh' | 'en';
  /** The explorer URL of this view (default: the current address), where a snapshot's "open in guanxi" leads. */
  explorerPath?: string;
}

function errorMessage(error: unknown, s: DialogStrings): string {
  if (error instanceof NetworkError) return s.errors.network;
  if (error instanceof ApiRequestError) {
    if (error.status === 401) return s.errors.unauthorized;
    if (error.status === 403) return s.errors.disabled;
    if (error.status === 429) return s.errors.rateLimited;
    const values = {
      message: error.message,
      status: String(error.status),
      parameter: error.body?.parameter ?? '',
    };
    if (error.status === 400) return fill(s.errors.invalid, values);
    return fill(s.errors.other, values);
  }
  return fill(s.errors.other, {
    message: error instanceof Error ? error.message : String(error),
    status: '',
  });
}

/**
 * "Embed": choose live or frozen, size, language and (optionally) the host site; frozen views are saved
 * with the API token (kept in sessionStorage) and then get their snippet. A modal <dialog>: focus moves
 * into it on open, Escape closes it, focus returns to the button that opened it. Its state is
 * `dialog-state.ts` (a reducer, tested on its own).
 */
export function EmbedDialog(props: EmbedDialogProps) {
  const s = DIALOG_STRINGS[props.lang];
  const titleId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const [state, dispatch] = useReducer(
    dialogReducer,
    { hasLive: props.context !== null, contextName: props.contextName, lang: props.lang, token: readToken() },
    initialDialogState,
  );
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

  const out = dialogOutput(state, {
    live: props.context,
    name: props.contextName,
    asOf: props.asOf,
    serverOrigin: window.location.origin,
    view: props.liveView,
  });

  const createSnapshot = () => {
    dispatch({ type: 'saving' });
    if (!props.cy) return;
    const result = snapshotFromCy(props.cy, {
      title: state.title || props.contextName || 'guanxi',
      caption: state.caption,
      lang: state.lang,
      asOf: props.asOf,
      citations,
      nodes: props.nodes,
      explorerPath: props.explorerPath ?? `${window.location.pathname}${window.location.search}`,
    });
    if (!result.ok) {
      const problem = result.reason === 'empty' ? s.empty : fill(s.tooLarge, { max: SNAPSHOT_LIMITS.nodes });
      dispatch({ type: 'failed', problem });
      return;
    }
    const key = frozenKey(state, props.asOf);
    const token = state.token.trim();
    save.mutate(
      { input: result.input, token },
      {
        onSuccess: (body) => {
          storeToken(token);
          dispatch({ type: 'saved', key, id: body.id });
        },
        onError: (error) => {
          if (error instanceof ApiRequestError && error.status === 401) storeToken('');
          dispatch({ type: 'failed', problem: errorMessage(error, s) });
        },
      },
    );
  };

  return (
    <dialog
      ref={dialog}
      className="embed-dialog"
      aria-labelledby={titleId}
      onClose={() => {
        props.onClose();
        opener.current?.focus();
      }}
    >
      <form className="embed-dialog-form" onSubmit={(e) => e.preventDefault()}>
        <h2 id={titleId}>{s.title}</h2>
        <p className="embed-dialog-intro">{s.intro}</p>
        <ModeFields
          state={state}
          dispatch={dispatch}
          s={s}
          liveName={props.context ? props.contextName : null}
          citations={{ loading: fetched.isFetching, count: citations.length }}
        />
        <LookFields state={state} dispatch={dispatch} s={s} originInvalid={out.originInvalid} />
        {state.mode === 'frozen' && !out.target && (
          <SaveFields
            state={state}
            dispatch={dispatch}
            s={s}
            canSave={props.cy !== null && !fetched.isFetching}
            saving={save.isPending}
            onSave={createSnapshot}
          />
        )}
        {state.problem && (
          <p className="embed-dialog-error" role="alert">
            {state.problem}
          </p>
        )}
        {state.mode === 'frozen' && out.target?.kind === 'view' && (
          <p className="embed-dialog-note" role="status">
            {fill(s.created, { id: out.target.id })}
          </p>
        )}
        {out.url && (
          <EmbedCode url={out.url} snippet={iframeSnippet(out.url, out.size, out.frameTitle)} s={s} />
        )}
        <div className="embed-dialog-actions">
          <button type="button" onClick={() => dialog.current?.close()}>
            {s.close}
          </button>
        </div>
      </form>
    </dialog>
  );
}
