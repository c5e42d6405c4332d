/**
 * A short, stable key for a node id (FNV-1a, 32 bits, base 36: at most 7 characters), so that
 * positions and folded groups travel in a URL without the node's whole id. Two ids of one view share a
 * key about once in 10 million views of 300 nodes; a key that matches no node is ignored.
 */
export function shortKey(id: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

export const SHORT_KEY = /^[0-9a-z]{1,7}$/;

/** The ids of the given nodes by their short keys. */
export function keysToIds(ids: Iterable<string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const id of ids) out.set(shortKey(id), id);
  return out;
}
