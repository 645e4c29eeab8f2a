import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Two pages: the market (index.html, the SPA every app route falls back to) and GraphiQL (graphiql.html, served by the
// API for GET /graphql from a browser). `npm run dev` proxies the API so the app talks to /graphql as in production.
const api = process.env.OCOP_API ?? 'http://127.0.0.1:5080';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsDir: 'assets',
    // Never inline scripts or fonts as data: URLs; the CSP allows scripts from 'self' only.
    assetsInlineLimit: 0,
    // GraphiQL's editor (Monaco) is large; it loads only on /graphql, never with the market.
    chunkSizeWarningLimit: 3000,
    rollupOptions: {
      input: { index: 'index.html', graphiql: 'graphiql.html' },
      // graphiql's modules start with "use no memo" (a React Compiler hint): harmless when bundled.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  worker: { format: 'es' },
  // GraphiQL imports Monaco's workers with `?worker`, which the dev server's dependency pre-bundler cannot load, so
  // it is left out of pre-bundling: the dev server serves the market; GraphiQL is tried on the API (see README).
  optimizeDeps: { exclude: ['graphiql', '@graphiql/react'] },
  server: {
    proxy: {
      '/graphql': { target: api, changeOrigin: false, headers: { accept: 'application/graphql-response+json' } },
      '/health': api,
    },
  },
});
