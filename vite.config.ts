import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const apiPort = process.env.GUANXI_API_PORT ?? '8787';

export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 1000 },
  server: { proxy: { '/api': `http://127.0.0.1:${apiPort}` } },
});
