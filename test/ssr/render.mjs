// Server side: renders the page with @lit-labs/ssr in Node, straight from the package's build (`eco-nudge/define`
// resolves through the exports map to dist/). No DOM shim is needed beyond the one lit ships for Node.
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { LitElementRenderer } from '@lit-labs/ssr/lib/lit-element-renderer.js';
import { loadMessages, loadValidators } from 'eco-nudge';
import 'eco-nudge/define';
import { page } from './template.js';

// @lit/context reaches server output only when provider and consumers run connectedCallback during SSR.
LitElementRenderer.renderOptions.push((el) => (el.localName.startsWith('eco-') ? { connectedCallback: true } : undefined));

const escapeJson = (v) => JSON.stringify(v).replace(/</g, '\\u003c');

/** The whole HTML document for `data`; the client scripts hydrate it (see hydrate-support.js and client.js). */
export async function renderDocument(data, base = '.') {
  // the server and the first client render must use the same catalog, and the validators (for the PACT product)
  await Promise.all([loadMessages(data.locale), loadValidators()]);
  const body = await collectResult(render(page(data)));
  return `<!doctype html>
<html lang="${data.locale}">
<head>
  <meta charset="utf-8">
  <title>eco-nudge server rendering</title>
  <link rel="icon" href="data:,">
  <script type="module" src="${base}/hydrate-support.js"></script>
  <script type="module" src="${base}/client.js"></script>
</head>
<body>
  <main id="root">${body}</main>
  <script type="application/json" id="ssr-data">${escapeJson(data)}</script>
</body>
</html>`;
}
