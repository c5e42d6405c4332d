import cytoscape, { type Core, type CytoscapeOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { graphStyle } from './graph-style.ts';
import type { RendererName } from './renderer.ts';

cytoscape.use(fcose);

declare global {
  interface Window {
    /** The live Cytoscape instance, for end-to-end tests, benchmarks and the browser console. */
    __guanxiCy?: Core;
  }
}

/** The canvas's Cytoscape settings (shared with the render benchmark, so it measures what people get). */
export const CY_OPTIONS: Omit<CytoscapeOptions, 'container'> = {
  style: graphStyle,
  minZoom: 0.05,
  maxZoom: 4,
  boxSelectionEnabled: true,
  selectionType: 'single',
  hideEdgesOnViewport: true,
  textureOnViewport: false,
};

/** A Cytoscape instance; the WebGL renderer when asked for and it starts, else the canvas renderer. */
export function createCy(container: HTMLElement, renderer: RendererName): Core {
  const options: CytoscapeOptions = { ...CY_OPTIONS, container };
  if (renderer === 'webgl') {
    try {
      return cytoscape({ ...options, renderer: { name: 'canvas', webgl: true } } as CytoscapeOptions);
    } catch (error) {
      console.warn('WebGL renderer failed; using canvas', error);
    }
  }
  return cytoscape(options);
}
