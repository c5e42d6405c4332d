import { describe, expect, it } from 'vitest';
import {
  type DialogAction,
  dialogOutput,
  dialogReducer,
  frozenKey,
  initialDialogState,
} from '../../../../../src/features/embed-dialog/dialog-state.ts';

const SERVER = 'https://guanxi.example';
const live = { kind: 'entity', id: 'person:李红珍' } as const;
const context = { live, name: '李红珍', asOf: null, serverOrigin: SERVER };
const start = (hasLive = true) =>
  initialDialogState({ hasLive, contextName: '李红珍', lang: 'zh', token: '' });
const run = (...actions: DialogAction[]) => actions.reduce(dialogReducer, start());

describe('the embed dialog’s state', () => {
  it('opens on the live embed when the view has one, else on a frozen snapshot', () => {
    expect(start().mode).toBe('live');
    expect(start(false).mode).toBe('frozen');
    expect(start().title).toBe('李红珍');
  });

  it('gives the live embed URL at once, with language and host origin', () => {
    const out = dialogOutput(
      run(
        { type: 'lang', lang: 'en' },
        { type: 'text', field: 'originText', value: 'https://news.example/x' },
      ),
      context,
    );
    expect(out.url).toBe(
      `${SERVER}/embed/entity/${encodeURIComponent(live.id)}?lang=en&origin=${encodeURIComponent('https://news.example')}`,
    );
    expect(out.hostOrigin).toBe('https://news.example');
    expect(out.frameTitle).toBe('李红珍');
  });

  it('gives no URL while the host origin is not an origin', () => {
    const out = dialogOutput(run({ type: 'text', field: 'originText', value: 'news.example' }), context);
    expect(out.originInvalid).toBe(true);
    expect(out.url).toBeNull();
  });

  it('gives a frozen URL only for a snapshot saved with the current title, caption and language', () => {
    const frozen = run({ type: 'mode', mode: 'frozen' });
    expect(dialogOutput(frozen, context).url).toBeNull();
    const saved = dialogReducer(frozen, { type: 'saved', key: frozenKey(frozen, null), id: 'abc' });
    expect(dialogOutput(saved, context).url).toBe(`${SERVER}/embed/view/abc?lang=zh`);
    const edited = dialogReducer(saved, { type: 'text', field: 'caption', value: '说明' });
    expect(dialogOutput(edited, context).url).toBeNull();
    expect(dialogOutput(edited, context).frameTitle).toBe('李红珍');
  });

  it('keeps custom sizes within what an embed can show', () => {
    const state = run(
      { type: 'preset', preset: 'custom' },
      { type: 'custom', width: 50 },
      { type: 'custom', height: 9000 },
    );
    expect(dialogOutput(state, context).size).toEqual({ width: 200, height: 3000 });
    expect(dialogOutput(run({ type: 'preset', preset: 'wide' }), context).size).toEqual({
      width: '100%',
      height: 480,
    });
  });

  it('shows a problem until the next attempt', () => {
    const failed = run({ type: 'failed', problem: '令牌不正确。' });
    expect(failed.problem).toBe('令牌不正确。');
    expect(dialogReducer(failed, { type: 'saving' }).problem).toBeNull();
  });
});
