import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';

// Shared settings for the dev server (demo) and Storybook. The library builds live in scripts/build.mjs,
// so nothing here clashes with Storybook's own Vite setup.
const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  define: { __ECO_VERSION__: JSON.stringify(version) },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
});
