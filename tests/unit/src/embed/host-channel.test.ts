import { describe, expect, it } from 'vitest';
import {
  connectHost,
  type HostCommand,
  hostOrigin,
  parseHostCommand,
} from '../../../../src/embed/host-channel.ts';

describe('parseHostCommand', () => {
  it('accepts the three commands', () => {
    expect(parseHostCommand({ type: 'guanxi:highlight', id: 'person:李红珍' })).toEqual({
      type: 'guanxi:highlight',
      id: 'person:李红珍',
    });
    expect(parseHostCommand({ type: 'guanxi:highlight' })).toEqual({ type: 'guanxi:highlight', id: null });
    expect(parseHostCommand({ type: 'guanxi:focus', id: 'x' })).toEqual({ type: 'guanxi:focus', id: 'x' });
    expect(parseHostCommand({ type: 'guanxi:fit', extra: 1 })).toEqual({ type: 'guanxi:fit' });
  });

  it('ignores anything else', () => {
    for (const data of [
      null,
      undefined,
      'guanxi:fit',
      42,
      [],
      { type: 'guanxi:ready' },
      { type: 'guanxi:select', id: 'x' },
      { type: 'guanxi:focus' },
      { type: 'guanxi:focus', id: '' },
      { type: 'guanxi:focus', id: 7 },
      { type: 'guanxi:focus', id: 'x'.repeat(401) },
      { type: 'guanxi:highlight', id: { toString: () => 'x' } },
      { type: 'GUANXI:FIT' },
    ]) {
      expect(parseHostCommand(data), JSON.stringify(data)).toBeUndefined();
    }
  });
});

describe('hostOrigin', () => {
  const none = { param: null, badParam: false, ancestorOrigins: undefined, referrer: '' };

  it('prefers the ?origin= of the embed URL', () => {
    expect(
      hostOrigin({ ...none, param: 'https://news.example', ancestorOrigins: ['https://other.example'] }),
    ).toBe('https://news.example');
  });

  it('else the parent origin the browser reports, else the referrer', () => {
    expect(
      hostOrigin({ ...none, ancestorOrigins: ['https://wiki.example'], referrer: 'https://x.example/a' }),
    ).toBe('https://wiki.example');
    expect(hostOrigin({ ...none, referrer: 'https://news.example/2024/story.html?x=1' })).toBe(
      'https://news.example',
    );
  });

  it('is off (null, never "*") when nothing trustworthy is known', () => {
    expect(hostOrigin(none)).toBeNull();
    expect(hostOrigin({ ...none, badParam: true, referrer: 'https://news.example/' })).toBeNull();
    expect(hostOrigin({ ...none, ancestorOrigins: ['null'], referrer: 'not a url' })).toBeNull();
  });
});

/** A window and its parent, just enough for connectHost. */
function fakeWindows() {
  const listeners = new Set<(event: MessageEvent) => void>();
  const posted: { message: unknown; origin: string }[] = [];
  const parent = { postMessage: (message: unknown, origin: string) => posted.push({ message, origin }) };
  const win = {
    parent,
    addEventListener: (_: string, l: (event: MessageEvent) => void) => listeners.add(l),
    removeEventListener: (_: string, l: (event: MessageEvent) => void) => listeners.delete(l),
  };
  const deliver = (data: unknown, origin: string, source: unknown = parent) => {
    for (const l of listeners) l({ data, origin, source } as MessageEvent);
  };
  return { win: win as unknown as Window, parent, posted, deliver, listeners };
}

describe('connectHost', () => {
  it('takes commands only from the parent window and the allowed origin, and replies only there', () => {
    const { win, posted, deliver } = fakeWindows();
    const got: HostCommand[] = [];
    const channel = connectHost(win, 'https://news.example', (c) => got.push(c));
    deliver({ type: 'guanxi:fit' }, 'https://news.example');
    deliver({ type: 'guanxi:fit' }, 'https://evil.example');
    deliver({ type: 'guanxi:fit' }, 'https://news.example', {});
    deliver({ type: 'guanxi:unknown' }, 'https://news.example');
    expect(got).toEqual([{ type: 'guanxi:fit' }]);
    channel.send({ type: 'guanxi:ready', nodes: 3, edges: 2 });
    expect(posted).toEqual([
      { message: { type: 'guanxi:ready', nodes: 3, edges: 2 }, origin: 'https://news.example' },
    ]);
  });

  it('does nothing when not framed or without an origin, and disposes its listener', () => {
    const framed = fakeWindows();
    connectHost(framed.win, null, () => {}).send({ type: 'guanxi:select', id: null, group: null });
    expect(framed.posted).toEqual([]);
    expect(framed.listeners.size).toBe(0);

    const top = { addEventListener: () => {}, removeEventListener: () => {} } as unknown as Window & {
      parent: unknown;
    };
    (top as { parent: unknown }).parent = top;
    expect(connectHost(top, 'https://news.example', () => {}).origin).toBeNull();

    const channel = connectHost(framed.win, 'https://news.example', () => {});
    expect(framed.listeners.size).toBe(1);
    channel.dispose();
    channel.dispose();
    expect(framed.listeners.size).toBe(0);
  });
});
