import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1000,
    // Two pages: the explorer, and the small embed bundle served for /embed/… (no React in it).
    rolldownOptions: {
      input: { main: 'index.html', embed: 'embed.html' },
      // Cytoscape in a chunk of its own, shared by both pages and cached across them.
      output: {
        codeSplitting: { groups: [{ name: 'cytoscape', test: /[\\/]node_modules[\\/]cytoscape[\\/]/ }] },
      },
    },
  },
});
