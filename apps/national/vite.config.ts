import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type PluginOption } from 'vite';

// Codegen's own Babel plugin (not in the client preset's exports, hence the path): it turns each
// graphql(`…`) call into an import of that one document from src/gql/graphql.ts, so a route's chunk
// carries its own documents and the entry no longer carries every document of the app.
const graphqlDocumentsBabelPlugin = join(dirname(createRequire(import.meta.url).resolve('@graphql-codegen/client-preset')), 'babel.js');

// Served by the gateway under /national/; in development Vite proxies the API.
export default defineConfig({
  base: '/national/',
  // The plugin's types come from the hoisted Vite 8 (vitest's); this app builds with Vite 7.
  plugins: [
    react({
      babel: { plugins: [[graphqlDocumentsBabelPlugin, { artifactDirectory: fileURLToPath(new URL('src/gql', import.meta.url)), gqlTagName: 'graphql' }]] },
    }) as unknown as PluginOption,
  ],
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
