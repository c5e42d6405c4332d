/**
 * The host-page API over postMessage (documented in ./README.md). The embed talks to exactly one
 * origin: the `?origin=` of its URL when given, else its parent's origin as the browser reports it
 * (location.ancestorOrigins, else document.referrer); never `*`. Messages are accepted only from the
 * parent window and that origin; anything else, and any unknown message, is ignored.
 */

export type HostCommand =
  | { type: 'guanxi:highlight'; id: string | null }
  | { type: 'guanxi:focus'; id: string }
  | { type: 'guanxi:fit' };

export type EmbedEvent =
  | { type: 'guanxi:ready'; nodes: number; edges: number }
  | { type: 'guanxi:select'; id: string | null; group: 'node' | 'edge' | null };

const MAX_ID = 400;

const isId = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= MAX_ID;

/** A command from the host, or undefined for anything this API does not know. */
export function parseHostCommand(data: unknown): HostCommand | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { type, id } = data as { type?: unknown; id?: unknown };
  switch (type) {
    case 'guanxi:highlight':
      if (id === null || id === undefined) return { type, id: null };
      return isId(id) ? { type, id } : undefined;
    case 'guanxi:focus':
      return isId(id) ? { type, id } : undefined;
    case 'guanxi:fit':
      return { type };
    default:
      return undefined;
  }
}

const originOf = (url: string | undefined | null): string | null => {
  if (!url) return null;
  try {
    const origin = new URL(url).origin;
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
};

/**
 * The one origin the embed talks to, or null (API off): the URL's `?origin=` when given; else the
 * parent's origin from `ancestorOrigins` (Chromium, Safari) or the referrer (the iframe's document is
 * requested by its parent, so the referrer is the parent's page or origin).
 */
export function hostOrigin(input: {
  param: string | null;
  badParam: boolean;
  ancestorOrigins: readonly string[] | undefined;
  referrer: string;
}): string | null {
  if (input.badParam) return null;
  if (input.param) return input.param;
  const ancestor = input.ancestorOrigins?.[0];
  if (ancestor && ancestor !== 'null') return ancestor;
  return originOf(input.referrer);
}

export interface HostChannel {
  /** Where replies go; null when the API is off (not framed, or the parent's origin is unknown). */
  readonly origin: string | null;
  send(event: EmbedEvent): void;
  dispose(): void;
}

/** Listens for the parent's commands and sends events to it, both only with the one allowed origin. */
export function connectHost(
  win: Window,
  origin: string | null,
  onCommand: (command: HostCommand) => void,
): HostChannel {
  const parent = win.parent;
  if (!origin || parent === win) {
    return { origin: null, send: () => {}, dispose: () => {} };
  }
  const listener = (event: MessageEvent) => {
    if (event.source !== parent || event.origin !== origin) return;
    const command = parseHostCommand(event.data);
    if (command) onCommand(command);
  };
  win.addEventListener('message', listener);
  return {
    origin,
    send: (event) => parent.postMessage(event, origin),
    dispose: () => win.removeEventListener('message', listener),
  };
}
