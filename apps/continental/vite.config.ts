import react from '@vitejs/plugin-react';
import { defineConfig, type PluginOption } from 'vite';

// Served by the gateway at /continental/; in development Vite proxies the API.
export default defineConfig({
  base: '/continental/',
  // The plugin's types come from the hoisted Vite 8 (vitest's); ours is Vite 7.
  plugins: [react() as unknown as PluginOption],
  build: { outDir: 'dist', emptyOutDir: true },
  server: {
    port: 5174,
    proxy: { '/graphql': 'http://localhost:4000' },
  },
});
