import type { EmbedTarget } from '../../../contract/api/embed-url.ts';
import {
  clampSize,
  type EmbedSize,
  embedUrl,
  normalizeOrigin,
  SIZE_PRESETS,
  type SizePreset,
} from './embed-code.ts';

/** Everything the embed dialog holds while it is open: the choices, and what saving a snapshot gave. */
export interface DialogState {
  mode: 'live' | 'frozen';
  title: string;
  caption: string;
  preset: SizePreset;
  custom: { width: number; height: number };
  lang: 'zh' | 'en';
  originText: string;
  token: string;
  /** The saved snapshot, and the title/caption/lang/asOf it was saved with (`key`). */
  created: { key: string; id: string } | null;
  problem: string | null;
}

export type DialogAction =
  | { type: 'mode'; mode: DialogState['mode'] }
  | { type: 'text'; field: 'title' | 'caption' | 'originText' | 'token'; value: string }
  | { type: 'preset'; preset: SizePreset }
  | { type: 'custom'; width?: number; height?: number }
  | { type: 'lang'; lang: DialogState['lang'] }
  | { type: 'saving' }
  | { type: 'saved'; key: string; id: string }
  | { type: 'failed'; problem: string };

export function initialDialogState(options: {
  hasLive: boolean;
  contextName: string;
  lang: 'zh' | 'en';
  token: string;
}): DialogState {
  return {
    mode: options.hasLive ? 'live' : 'frozen',
    title: options.contextName,
    caption: '',
    preset: 'medium',
    custom: { width: 640, height: 420 },
    lang: options.lang,
    originText: '',
    token: options.token,
    created: null,
    problem: null,
  };
}

export function dialogReducer(state: DialogState, action: DialogAction): DialogState {
  switch (action.type) {
    case 'mode':
      return { ...state, mode: action.mode, problem: null };
    case 'text':
      return { ...state, [action.field]: action.value };
    case 'preset':
      return { ...state, preset: action.preset };
    case 'custom':
      return {
        ...state,
        custom: { width: action.width ?? state.custom.width, height: action.height ?? state.custom.height },
      };
    case 'lang':
      return { ...state, lang: action.lang };
    case 'saving':
      return { ...state, problem: null };
    case 'saved':
      return { ...state, created: { key: action.key, id: action.id }, problem: null };
    case 'failed':
      return { ...state, problem: action.problem };
  }
}

/** What a saved snapshot depends on: change any of these and it must be saved again. */
export function frozenKey(state: DialogState, asOf: string | null): string {
  return JSON.stringify([state.title, state.caption, state.lang, asOf]);
}

export interface DialogOutput {
  size: EmbedSize;
  hostOrigin: string | null;
  originInvalid: boolean;
  /** What the embed URL points at: the live context, or the snapshot saved with the current choices. */
  target: EmbedTarget | null;
  /** The embed URL to give out, or null while there is none (nothing saved yet, a bad origin). */
  url: string | null;
  frameTitle: string;
}

/** Pure: the snippet's ingredients from the dialog's state and what the explorer shows. */
export function dialogOutput(
  state: DialogState,
  context: {
    live: EmbedTarget | null;
    name: string;
    asOf: string | null;
    serverOrigin: string;
    /** The graph parameters of the view on screen, for a live embed of it. */
    view?: string;
  },
): DialogOutput {
  const size =
    state.preset === 'custom'
      ? clampSize(state.custom.width, state.custom.height)
      : SIZE_PRESETS[state.preset];
  const hostOrigin = normalizeOrigin(state.originText);
  const originInvalid = state.originText.trim() !== '' && !hostOrigin;
  const target: EmbedTarget | null =
    state.mode === 'live'
      ? context.live
      : state.created?.key === frozenKey(state, context.asOf)
        ? { kind: 'view', id: state.created.id }
        : null;
  const url =
    target && !originInvalid
      ? embedUrl(context.serverOrigin, target, {
          lang: state.lang,
          hostOrigin,
          asOf: context.asOf,
          view: state.mode === 'live' ? context.view : undefined,
        })
      : null;
  const frameTitle = (state.mode === 'frozen' ? state.title : context.name) || 'guanxi';
  return { size, hostOrigin, originInvalid, target, url, frameTitle };
}
