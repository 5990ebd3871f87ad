import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type PluginOption } from 'vite';

// GraphiQL bundled with the gateway so /graphql works offline (no CDN).
// Built from apps/gateway: `vite build --config graphiql/vite.config.ts`.
const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/graphiql/',
  // The plugin's types come from the hoisted Vite 8 (vitest's); ours is Vite 7.
  plugins: [react() as unknown as PluginOption],
  build: {
    outDir: fileURLToPath(new URL('../dist/graphiql', import.meta.url)),
    emptyOutDir: true,
    // GraphiQL is one large editor; splitting it buys nothing on a single page.
    chunkSizeWarningLimit: 4000,
  },
  server: {
    proxy: { '/graphql': 'http://localhost:4000' },
  },
});
