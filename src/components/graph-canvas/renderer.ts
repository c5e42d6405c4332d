/**
 * Cytoscape's WebGL renderer draws large views faster, but it crashed the page for styled nodes in
 * earlier measurements (FACTS.md). It is used only when asked for (`?renderer=webgl` or localStorage
 * `guanxi.renderer=webgl`) and when WebGL 2 is really there; anything else gets the canvas renderer.
 */
export type RendererName = 'canvas' | 'webgl';

export const RENDERER_STORAGE_KEY = 'guanxi.renderer';

export function webglAvailable(): boolean {
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2');
    if (!gl) return false;
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return true;
  } catch {
    return false;
  }
}

export function requestedRenderer(): RendererName {
  try {
    const fromUrl = new URLSearchParams(location.search).get('renderer');
    const wanted = fromUrl ?? localStorage.getItem(RENDERER_STORAGE_KEY);
    return wanted === 'webgl' && webglAvailable() ? 'webgl' : 'canvas';
  } catch {
    return 'canvas';
  }
}
