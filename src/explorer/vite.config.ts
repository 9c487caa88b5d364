import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { loadConfig } from '../config.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The explorer is a static single-page app. `lineage serve` serves `src/explorer/dist` at `/`
 * and GraphQL at `/graphql`; in development Vite proxies `/graphql` to a running `lineage serve`.
 */
export default defineConfig(() => {
  const api = loadConfig();
  return {
    root,
    // Relative asset URLs, so the build works wherever the server mounts it.
    base: './',
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      target: 'es2022',
      chunkSizeWarningLimit: 1200,
    },
    server: {
      proxy: { '/graphql': `http://${api.host}:${api.port}` },
    },
  };
});
