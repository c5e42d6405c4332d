import { describe, expect, it } from 'vitest';
import {
  activePathIndex,
  type ExplorerUi,
  explorerUiReducer,
  initialExplorerUi,
} from '../../../../../src/app/explorer/explorer-ui.ts';

const path = { from: 'person:李红珍', to: 'org:施耐德', maxLength: 4 };

describe('the explorer’s state beside the view', () => {
  it('opens the paths tab on the path page, the details elsewhere', () => {
    expect(initialExplorerUi({ onPathPage: true, path }).tab).toBe('paths');
    expect(initialExplorerUi({ onPathPage: false, path: null }).tab).toBe('details');
  });

  it('keeps the same state object when the canvas reports the selection it already has', () => {
    const state = explorerUiReducer(initialExplorerUi({ onPathPage: false, path: null }), {
      type: 'select',
      ids: ['a', 'b'],
    });
    expect(explorerUiReducer(state, { type: 'select', ids: ['a', 'b'] })).toBe(state);
  });

  it('selects one row, or one more with a modifier key, and shows its details', () => {
    let state: ExplorerUi = { ...initialExplorerUi({ onPathPage: false, path: null }), tab: 'analytics' };
    state = explorerUiReducer(state, { type: 'selectOne', id: 'a', add: false });
    expect(state.tab).toBe('details');
    state = explorerUiReducer(state, { type: 'selectOne', id: 'b', add: true });
    state = explorerUiReducer(state, { type: 'selectOne', id: 'a', add: true });
    expect(state.selection).toEqual(['b', 'a']);
    expect(explorerUiReducer(state, { type: 'selectOne', id: 'c', add: false }).selection).toEqual(['c']);
  });

  it('highlights a chosen path only for the path query it was chosen in', () => {
    const state = explorerUiReducer(initialExplorerUi({ onPathPage: true, path }), {
      type: 'activePath',
      key: `${path.from}|${path.to}|${path.maxLength}`,
      index: 2,
    });
    expect(activePathIndex(state, path)).toBe(2);
    expect(activePathIndex(state, { ...path, maxLength: 5 })).toBe(0);
  });

  it('names the ends of a path from a link once the answer names them, then leaves them alone', () => {
    const start = initialExplorerUi({ onPathPage: true, path });
    const unnamed = explorerUiReducer(start, { type: 'pathFromView', path, name: (id) => id });
    expect(unnamed.pathDraft.from).toEqual({ id: path.from, name: path.from });
    const names: Record<string, string> = { [path.from]: '李红珍', [path.to]: '施耐德' };
    const named = explorerUiReducer(unnamed, { type: 'pathFromView', path, name: (id) => names[id] ?? id });
    expect(named.pathDraft.to).toEqual({ id: path.to, name: '施耐德' });
    expect(explorerUiReducer(named, { type: 'pathFromView', path, name: (id) => id })).toBe(named);
  });

  it('opens the paths tab when an end is picked in the details panel', () => {
    const state = explorerUiReducer(initialExplorerUi({ onPathPage: false, path: null }), {
      type: 'pathEnd',
      end: 'to',
      value: { id: 'x', name: 'X' },
    });
    expect(state.tab).toBe('paths');
    expect(state.pathDraft.to).toEqual({ id: 'x', name: 'X' });
    expect(state.pathDraft.from).toBeNull();
  });
});
