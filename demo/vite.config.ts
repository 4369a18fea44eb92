/**
 * The demo storefront: `npm start` serves it (scripts/start.mjs), `npm run build:demo` builds it into demo-dist/.
 * It imports the kit from its sources (../src), exactly as a package consumer imports `eco-nudge/define`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  root: here,
  base: './',
  publicDir: false,
  define: { __ECO_VERSION__: JSON.stringify(version) },
  // Pre-bundled up front, so the first page load does not trigger a second dependency scan and a reload.
  optimizeDeps: { include: ['lit', 'lit/decorators.js', 'lit/directives/repeat.js', 'lit/directives/live.js', '@lit/context', 'zod/mini'] },
  server: { host: '127.0.0.1', port: Number(process.env.PORT) || 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    outDir: fileURLToPath(new URL('../demo-dist', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: {
      input: {
        index: fileURLToPath(new URL('./index.html', import.meta.url)),
        product: fileURLToPath(new URL('./product.html', import.meta.url)),
        cart: fileURLToPath(new URL('./cart.html', import.meta.url)),
      },
    },
  },
});
