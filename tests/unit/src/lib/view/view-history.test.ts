import { describe, expect, it } from 'vitest';
import { shortKey } from '../../../../../src/lib/view/short-key.ts';
import { applyViewAction } from '../../../../../src/lib/view/view-actions.ts';
import {
  initialHistory,
  type ViewHistory,
  viewHistoryReducer,
  viewKey,
} from '../../../../../src/lib/view/view-history.ts';
import { emptyView, type View } from '../../../../../src/lib/view/view-state.ts';

const focused = (id: string): View => ({ ...emptyView(), focus: id });
const run = (state: ViewHistory, ...actions: Parameters<typeof applyViewAction>[1][]) =>
  actions.reduce((s, action) => viewHistoryReducer(s, { type: 'do', action }), state);

describe('view actions', () => {
  it('opens a fresh view around an entity, keeping layout and sizing', () => {
    const before = {
      ...focused('person:a'),
      expanded: ['org:b'],
      layout: 'dagre' as const,
      sizeBy: 'degree' as const,
    };
    const after = applyViewAction(before, { type: 'open', id: 'org:c' });
    expect(after).toEqual({ ...emptyView(), focus: 'org:c', layout: 'dagre', sizeBy: 'degree' });
  });

  it('expanding brings a removed or hidden node back and never lists the focus', () => {
    let view = applyViewAction(focused('person:a'), { type: 'remove', ids: ['org:b'] });
    view = applyViewAction(view, { type: 'hide', ids: ['org:c'] });
    view = applyViewAction(view, { type: 'expand', id: 'org:b' });
    view = applyViewAction(view, { type: 'expand', id: 'org:c' });
    view = applyViewAction(view, { type: 'expand', id: 'person:a' });
    expect(view.expanded).toEqual(['org:b', 'org:c']);
    expect(view.removed).toEqual([]);
    expect(view.hidden).toEqual([]);
  });

  it('never removes or hides the focus or a path end', () => {
    let view: View = { ...focused('person:a'), path: { from: 'person:a', to: 'org:z', maxLength: 4 } };
    view = applyViewAction(view, { type: 'remove', ids: ['person:a', 'org:z', 'org:b'] });
    view = applyViewAction(view, { type: 'hide', ids: ['person:a'] });
    expect(view.removed).toEqual(['org:b']);
    expect(view.hidden).toEqual([]);
  });

  it('removing forgets expansions, pages, pins and hiding of that node', () => {
    let view = focused('person:a');
    view = applyViewAction(view, { type: 'expand', id: 'org:b' });
    view = applyViewAction(view, { type: 'more', id: 'org:b', nodeType: 'Person' });
    view = applyViewAction(view, { type: 'pin', nodes: [{ id: 'org:b', x: 1.4, y: 2.6 }] });
    expect(view.pinned).toEqual([{ key: shortKey('org:b'), x: 1, y: 3 }]);
    view = applyViewAction(view, { type: 'more', id: 'org:b', nodeType: 'Person' });
    expect(view.more).toEqual([{ id: 'org:b', type: 'Person', pages: 2 }]);
    view = applyViewAction(view, { type: 'remove', ids: ['org:b'] });
    expect(view).toMatchObject({ expanded: [], more: [], pinned: [], removed: ['org:b'] });
    view = applyViewAction(view, { type: 'restore' });
    expect(view.removed).toEqual([]);
  });

  it('merges filter changes and shows every hidden node at once', () => {
    let view = applyViewAction(focused('a'), {
      type: 'filters',
      filters: { hiddenTypes: ['Topic', 'Event'] },
    });
    view = applyViewAction(view, { type: 'filters', filters: { asOf: '2023-04-23' } });
    expect(view.filters).toEqual({
      hiddenTypes: ['Event', 'Topic'],
      hiddenKinds: [],
      hiddenRelations: [],
      asOf: '2023-04-23',
    });
    view = applyViewAction(view, { type: 'hide', ids: ['b', 'c'] });
    expect(applyViewAction(view, { type: 'show' }).hidden).toEqual([]);
    expect(applyViewAction(view, { type: 'show', ids: ['b'] }).hidden).toEqual(['c']);
  });
});

describe('undo and redo', () => {
  it('undoes and redoes every change, and a new change drops the redo branch', () => {
    let state = initialHistory(focused('a'));
    state = run(state, { type: 'expand', id: 'b' }, { type: 'hide', ids: ['c'] });
    expect(state.past).toHaveLength(2);
    state = viewHistoryReducer(state, { type: 'undo' });
    expect(state.present.hidden).toEqual([]);
    expect(state.present.expanded).toEqual(['b']);
    state = viewHistoryReducer(state, { type: 'redo' });
    expect(state.present.hidden).toEqual(['c']);
    state = viewHistoryReducer(state, { type: 'undo' });
    state = run(state, { type: 'layout', layout: 'concentric' });
    expect(state.future).toEqual([]);
    expect(viewHistoryReducer(state, { type: 'redo' })).toBe(state);
  });

  it('ignores changes that change nothing and undo with nothing to undo', () => {
    const state = initialHistory(focused('a'));
    expect(run(state, { type: 'expand', id: 'a' })).toBe(state);
    expect(viewHistoryReducer(state, { type: 'undo' })).toBe(state);
  });

  it('follows the URL: one step back is undo, one step forward is redo, anything else is a new step', () => {
    let state = run(initialHistory(focused('a')), { type: 'expand', id: 'b' }, { type: 'expand', id: 'c' });
    const [first, second] = state.past;
    const third = state.present;
    state = viewHistoryReducer(state, { type: 'sync', view: second as View });
    expect(viewKey(state.present)).toBe(viewKey(second as View));
    expect(state.future).toHaveLength(1);
    state = viewHistoryReducer(state, { type: 'sync', view: third });
    expect(state.future).toHaveLength(0);
    expect(state.past).toHaveLength(2);
    expect(viewHistoryReducer(state, { type: 'sync', view: third })).toBe(state);
    state = viewHistoryReducer(state, { type: 'sync', view: focused('z') });
    expect(state.present.focus).toBe('z');
    expect(state.past.at(-1)).toEqual(third);
    expect(first?.focus).toBe('a');
  });
});
