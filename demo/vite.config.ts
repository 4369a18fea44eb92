/**
 * The demo storefront: `npm start` serves it (scripts/start.mjs), `npm run build:demo` builds it into demo-dist/.
 * It imports the kit from its sources (../src), exactly as a package consumer imports `eco-nudge/define`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { PRODUCTS } from './products.ts';
import { productSvg } from './app/shapes.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

/**
 * The products' pictures as files: `images/<id>.svg` beside the pages, served by the dev server and written into the
 * build, drawn from demo/app/shapes.ts (one drawing for the demo's pictures and the alternatives' thumbnails).
 */
function productImages(): Plugin {
  const files = new Map(PRODUCTS.map((p) => [`images/${encodeURIComponent(p.id)}.svg`, productSvg(p)]));
  return {
    name: 'demo-product-images',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\//, '');
        const svg = files.get(path) ?? files.get(`images/${encodeURIComponent(path.replace(/^images\//, ''))}`);
        if (!svg) return next();
        res.setHeader('Content-Type', 'image/svg+xml');
        res.setHeader('Cache-Control', 'no-cache');
        res.end(svg);
      });
    },
    generateBundle() {
      for (const [fileName, source] of files) this.emitFile({ type: 'asset', fileName, source });
    },
  };
}

export default defineConfig({
  plugins: [productImages()],
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
