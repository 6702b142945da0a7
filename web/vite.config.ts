// Vite build of the staff web app: root is web/, served by the API server under /app/,
// output in dist/web. In development, /api is proxied to the local server.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './precompress.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/app/',
  plugins: [react(), precompress()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    sourcemap: true,
    rollupOptions: {
      // React and the router change seldom: their own file stays cached in browsers across releases of the app.
      output: { manualChunks: { react: ['react', 'react-dom', 'react-dom/client', 'react-router-dom'] } },
    },
  },
  server: {
    proxy: {
      '/api': { target: process.env.NAMND_API_URL ?? 'http://127.0.0.1:3000', changeOrigin: false },
      '/healthz': { target: process.env.NAMND_API_URL ?? 'http://127.0.0.1:3000' },
    },
  },
});
