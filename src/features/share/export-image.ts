import cytoscape, { type Core } from 'cytoscape';
import { saveBlob } from '../../lib/download.ts';

let svgReady: Promise<void> | null = null;

/** cytoscape-svg is loaded the first time someone exports SVG. */
function ensureSvg(): Promise<void> {
  svgReady ??= import('cytoscape-svg').then((m) => {
    cytoscape.use(m.default);
  });
  return svgReady;
}

function stamp(): string {
  return new Date().toISOString().slice(0, 16).replace(/[-:T]/g, '');
}

/** The whole view (not just the viewport) at twice the screen resolution, on white. */
export async function exportPng(cy: Core): Promise<void> {
  const blob = (await cy.png({
    output: 'blob-promise',
    full: true,
    scale: 2,
    bg: '#ffffff',
    maxWidth: 8000,
    maxHeight: 8000,
  })) as Blob;
  saveBlob(blob, `guanxi-${stamp()}.png`);
}

/** Vector output for print: labels stay text. */
export async function exportSvg(cy: Core): Promise<void> {
  await ensureSvg();
  const svg = cy.svg({ full: true, scale: 1, bg: '#ffffff' });
  saveBlob(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }), `guanxi-${stamp()}.svg`);
}
