import react from '@vitejs/plugin-react';
import { defineConfig, type PluginOption } from 'vite';

// Served by the gateway under /national/; in development Vite proxies the API.
export default defineConfig({
  base: '/national/',
  // The plugin's types come from the hoisted Vite 8 (vitest's); this app builds with Vite 7.
  plugins: [react() as unknown as PluginOption],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
  },
  server: {
    port: 5173,
    proxy: {
      '/graphql': 'http://localhost:4000',
    },
  },
});
