#!/usr/bin/env node
// npm start: serves the demo storefront (demo/) with Vite's dev server on 127.0.0.1 and prints its address.
// Runs straight from the sources after `npm ci`: no build step. PORT=8080 npm start picks another port.
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const server = await createServer({ configFile: fileURLToPath(new URL('../demo/vite.config.ts', import.meta.url)) });
await server.listen();
const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${server.config.server.port}/`;
console.log(`\n  eco-nudge demo shop: ${url}\n  (listing ${url}index.html · product ${url}product.html?id=headphones-oe2 · cart ${url}cart.html)\n  Press Ctrl+C to stop.\n`);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close().then(() => process.exit(0)));
