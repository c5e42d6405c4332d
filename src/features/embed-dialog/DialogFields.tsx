import { type Dispatch, useId } from 'react';
import type { DialogAction, DialogState } from './dialog-state.ts';
import type { SizePreset } from './embed-code.ts';
import { SNAPSHOT_LIMITS } from './snapshot-from-cy.ts';
import { type DialogStrings, fill } from './strings.ts';

interface FieldsProps {
  state: DialogState;
  dispatch: Dispatch<DialogAction>;
  s: DialogStrings;
}

/** Live or frozen; a frozen view's title, caption and how many articles it will cite. */
export function ModeFields({
  state,
  dispatch,
  s,
  liveName,
  citations,
}: FieldsProps & { liveName: string | null; citations: { loading: boolean; count: number } }) {
  const mode = useId();
  const caption = useId();
  return (
    <>
      <fieldset>
        <legend>{s.mode}</legend>
        <label className="embed-dialog-choice">
          <input
            type="radio"
            name={mode}
            value="live"
            checked={state.mode === 'live'}
            disabled={liveName === null}
            onChange={() => dispatch({ type: 'mode', mode: 'live' })}
          />
          <span>
            <strong>{s.live}</strong> —{' '}
            {liveName !== null ? fill(s.liveHelp, { name: liveName }) : s.liveUnavailable}
          </span>
        </label>
        <label className="embed-dialog-choice">
          <input
            type="radio"
            name={mode}
            value="frozen"
            checked={state.mode === 'frozen'}
            onChange={() => dispatch({ type: 'mode', mode: 'frozen' })}
          />
          <span>
            <strong>{s.frozen}</strong> — {s.frozenHelp}
          </span>
        </label>
      </fieldset>
      {state.mode === 'frozen' && (
        <div className="embed-dialog-grid">
          <label>
            {s.snapshotTitle}
            <input
              value={state.title}
              maxLength={SNAPSHOT_LIMITS.title}
              onChange={(e) => dispatch({ type: 'text', field: 'title', value: e.target.value })}
            />
          </label>
          <label htmlFor={caption}>{s.caption}</label>
          <textarea
            id={caption}
            value={state.caption}
            rows={2}
            maxLength={SNAPSHOT_LIMITS.caption}
            onChange={(e) => dispatch({ type: 'text', field: 'caption', value: e.target.value })}
          />
          <p className="embed-dialog-note">
            {citations.loading ? s.citationsLoading : fill(s.citations, { count: citations.count })}
          </p>
        </div>
      )}
    </>
  );
}

/** Size (presets or custom), the embed's language and the host site's origin. */
export function LookFields({ state, dispatch, s, originInvalid }: FieldsProps & { originInvalid: boolean }) {
  const ids = { size: useId(), w: useId(), h: useId(), lang: useId(), origin: useId(), help: useId() };
  return (
    <>
      <fieldset className="embed-dialog-grid">
        <legend>{s.size}</legend>
        <label htmlFor={ids.size} className="visually-hidden">
          {s.size}
        </label>
        <select
          id={ids.size}
          value={state.preset}
          onChange={(e) => dispatch({ type: 'preset', preset: e.target.value as SizePreset })}
        >
          {(Object.keys(s.presets) as SizePreset[]).map((p) => (
            <option key={p} value={p}>
              {s.presets[p]}
            </option>
          ))}
        </select>
        {state.preset === 'custom' && (
          <div className="embed-dialog-row">
            <label htmlFor={ids.w}>{s.width}</label>
            <input
              id={ids.w}
              type="number"
              min={200}
              max={4000}
              value={state.custom.width}
              onChange={(e) => dispatch({ type: 'custom', width: Number(e.target.value) })}
            />
            <label htmlFor={ids.h}>{s.height}</label>
            <input
              id={ids.h}
              type="number"
              min={150}
              max={3000}
              value={state.custom.height}
              onChange={(e) => dispatch({ type: 'custom', height: Number(e.target.value) })}
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
              checked={state.lang === l}
              onChange={() => dispatch({ type: 'lang', lang: l })}
            />
            {l === 'zh' ? '中文' : 'English'}
          </label>
        ))}
      </fieldset>
      <div className="embed-dialog-grid">
        <label htmlFor={ids.origin}>{s.hostOrigin}</label>
        <input
          id={ids.origin}
          type="url"
          inputMode="url"
          placeholder="https://news.example"
          value={state.originText}
          aria-invalid={originInvalid}
          aria-describedby={ids.help}
          onChange={(e) => dispatch({ type: 'text', field: 'originText', value: e.target.value })}
        />
        <p id={ids.help} className={originInvalid ? 'embed-dialog-error' : 'embed-dialog-note'}>
          {originInvalid ? s.hostOriginInvalid : s.hostOriginHelp}
        </p>
      </div>
    </>
  );
}

/** The token field and the button that saves the snapshot. */
export function SaveFields({
  state,
  dispatch,
  s,
  canSave,
  saving,
  onSave,
}: FieldsProps & { canSave: boolean; saving: boolean; onSave: () => void }) {
  const ids = { token: useId(), help: useId() };
  return (
    <div className="embed-dialog-grid">
      <label htmlFor={ids.token}>{s.token}</label>
      <input
        id={ids.token}
        type="password"
        autoComplete="off"
        value={state.token}
        aria-describedby={ids.help}
        onChange={(e) => dispatch({ type: 'text', field: 'token', value: e.target.value })}
      />
      <p id={ids.help} className="embed-dialog-note">
        {s.tokenHelp}
      </p>
      <div className="embed-dialog-row">
        <button type="button" onClick={onSave} disabled={!canSave || !state.token.trim() || saving}>
          {saving ? s.creating : s.create}
        </button>
      </div>
    </div>
  );
}
