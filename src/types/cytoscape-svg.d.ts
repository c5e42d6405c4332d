declare module 'cytoscape-svg' {
  import type cytoscape from 'cytoscape';

  const register: cytoscape.Ext;
  export default register;
}

declare namespace cytoscape {
  interface Core {
    /** From cytoscape-svg: the graph drawn as an SVG document. */
    svg(options?: { full?: boolean; scale?: number; bg?: string }): string;
  }
}
