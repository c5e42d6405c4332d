import type { NodeTypeName } from '../../contract/api/payloads.ts';

/**
 * White line glyphs (24×24) drawn inside nodes: one per type, a more telling one per kind where we have
 * it. Data URIs, so the strict CSP (img-src data:) allows them and PNG/SVG export keeps them.
 */
const TYPE_GLYPH: Record<NodeTypeName, string> = {
  Person: '<circle cx="12" cy="8" r="4"/><path d="M4 21c0-4.4 3.6-7 8-7s8 2.6 8 7"/>',
  Organization:
    '<rect x="5" y="3" width="14" height="18"/><path d="M9 7h2M13 7h2M9 11h2M13 11h2M10 21v-4h4v4"/>',
  Place:
    '<path d="M12 21s-7-6.2-7-11.5a7 7 0 0 1 14 0C19 14.8 12 21 12 21z"/><circle cx="12" cy="9.5" r="2.5"/>',
  Event: '<rect x="4" y="5" width="16" height="16" rx="1"/><path d="M4 10h16M8 3v4M16 3v4"/>',
  Topic: '<path d="M9 4 7 20M17 4l-2 16M4 9h16M3 15h16"/>',
  Article: '<path d="M6 3h9l4 4v14H6z"/><path d="M9 11h7M9 15h7"/>',
};

const KIND_GLYPH: Record<string, string> = {
  company: '<path d="M3 21V10l6 4V10l6 4V4h5v17z"/>',
  government: '<path d="M3 9 12 4l9 5M5 9v9M9.5 9v9M14.5 9v9M19 9v9M3 21h18"/>',
  party: '<path d="m12 3 2.6 5.6 6 .7-4.5 4.1 1.2 6-5.3-3-5.3 3 1.2-6L3.4 9.3l6-.7z"/>',
  alliance:
    '<rect x="2.5" y="9" width="10" height="6" rx="3"/><rect x="11.5" y="9" width="10" height="6" rx="3"/>',
  media: '<rect x="3" y="5" width="18" height="14" rx="1"/><path d="M7 9h6M7 13h10M7 16h10"/>',
  institute: '<path d="M9 3h6M10 3v6l-5 10a1.5 1.5 0 0 0 1.3 2h11.4a1.5 1.5 0 0 0 1.3-2L14 9V3"/>',
  association:
    '<circle cx="8" cy="9" r="3"/><circle cx="16" cy="9" r="3"/><path d="M2 20c0-3 2.7-5 6-5s6 2 6 5M12 15.5c1-.3 2.4-.5 4-.5 3.3 0 6 2 6 5"/>',
  park: '<path d="M12 3 6 12h3l-4 6h14l-4-6h3z"/><path d="M12 18v3"/>',
  zone: '<rect x="3" y="3" width="18" height="18"/><path d="M3 12h18M12 3v18"/>',
  venue: '<path d="M5 21V4M5 4h12l-2 4 2 4H5"/>',
  country: '<circle cx="12" cy="12" r="9"/><path d="M3 12h18M12 3c3 3 3 15 0 18M12 3c-3 3-3 15 0 18"/>',
  founding:
    '<path d="M12 3v3M12 18v3M3 12h3M18 12h3M5.6 5.6l2.1 2.1M16.3 16.3l2.1 2.1M5.6 18.4l2.1-2.1M16.3 7.7l2.1-2.1"/><circle cx="12" cy="12" r="3"/>',
  signing: '<path d="m15 4 5 5L9 20H4v-5z"/><path d="M4 22h16"/>',
  meeting: '<path d="M4 5h16v11H9l-5 4z"/>',
  forum: '<rect x="9" y="3" width="6" height="11" rx="3"/><path d="M6 11a6 6 0 0 0 12 0M12 17v4M8 21h8"/>',
  ceremony: '<circle cx="12" cy="9" r="5"/><path d="m9 13.5-2 7.5 5-3 5 3-2-7.5"/>',
  visit: '<path d="M2 12s4-7 10-7 10 7 10 7-4 7-10 7S2 12 2 12z"/><circle cx="12" cy="12" r="3"/>',
  reporter: '<path d="m15 4 5 5L9 20H4v-5z"/>',
  correspondent: '<path d="m15 4 5 5L9 20H4v-5z"/>',
};

const svgCache = new Map<string, string>();
const pngCache = new Map<string, string>();

function glyphKey(type: NodeTypeName, kind: string | null): string {
  return kind && KIND_GLYPH[kind] ? `k|${kind}` : `t|${type}`;
}

function svgUri(type: NodeTypeName, kind: string | null): string {
  const key = glyphKey(type, kind);
  const hit = svgCache.get(key);
  if (hit) return hit;
  const glyph = (kind ? KIND_GLYPH[kind] : undefined) ?? TYPE_GLYPH[type];
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="48" height="48" viewBox="0 0 24 24" fill="none" stroke="#fff" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round">${glyph}</svg>`;
  const uri = `data:image/svg+xml;utf8,${encodeURIComponent(svg)}`;
  svgCache.set(key, uri);
  return uri;
}

/**
 * The data URI of the glyph for a type and kind: a PNG once `rasteriseIcons` has run (a canvas draws
 * bitmaps far faster than SVG images, which matters with hundreds of nodes), the SVG before.
 */
export function iconUri(type: NodeTypeName, kind: string | null): string {
  return pngCache.get(glyphKey(type, kind)) ?? svgUri(type, kind);
}

let rasterised: Promise<void> | null = null;

/** Draws every glyph once into a 48×48 PNG. Safe to call many times; never rejects. */
export function rasteriseIcons(): Promise<void> {
  rasterised ??= (async () => {
    const pairs: [NodeTypeName, string | null][] = [
      ...(Object.keys(TYPE_GLYPH) as NodeTypeName[]).map((t): [NodeTypeName, null] => [t, null]),
      ...Object.keys(KIND_GLYPH).map((k): [NodeTypeName, string] => ['Organization', k]),
    ];
    await Promise.all(
      pairs.map(async ([type, kind]) => {
        try {
          const img = new Image(48, 48);
          img.src = svgUri(type, kind);
          await img.decode();
          const canvas = document.createElement('canvas');
          canvas.width = 48;
          canvas.height = 48;
          canvas.getContext('2d')?.drawImage(img, 0, 0, 48, 48);
          pngCache.set(glyphKey(type, kind), canvas.toDataURL('image/png'));
        } catch {
          // Keep the SVG.
        }
      }),
    );
  })();
  return rasterised;
}

export function hasKindIcon(kind: string | null): boolean {
  return Boolean(kind && KIND_GLYPH[kind]);
}
