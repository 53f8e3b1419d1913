import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The app serves the built files from the classpath at /ui/ (static/ui/); Maven passes
// --outDir target/classes/static/ui. `npm run dev` proxies the API to a server on :8080.
const backend = 'http://127.0.0.1:8080';

export default defineConfig({
  base: '/ui/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    sourcemap: false,
    rolldownOptions: {
      // Two entries: the single-page app (index.html), and the review panel of the server-rendered
      // entity pages (/id/...), which EntityPage.java loads by a fixed name: /ui/assets/entity-review.js.
      input: {
        index: fileURLToPath(new URL('index.html', import.meta.url)),
        'entity-review': fileURLToPath(new URL('src/entity-review.js', import.meta.url)),
      },
      output: {
        entryFileNames: (chunk) => (chunk.name === 'entity-review' ? 'assets/entity-review.js' : 'assets/[name]-[hash].js'),
      },
      // YASGUI's bundled JSON parser uses eval; nothing to fix on our side.
      checks: { eval: false, pluginTimings: false },
    },
  },
  server: {
    proxy: {
      '/sparql': backend,
      '/api': backend,
      '/id': backend,
      // the entity pages come from the server, with the review panel it was built with
      '/ui/assets/entity-review.js': backend,
      '/actuator': backend,
    },
  },
});
