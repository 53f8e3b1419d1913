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
      // YASGUI's bundled JSON parser uses eval; nothing to fix on our side.
      checks: { eval: false, pluginTimings: false },
    },
  },
  server: {
    proxy: {
      '/sparql': backend,
      '/api': backend,
      '/id': backend,
      '/actuator': backend,
    },
  },
});
