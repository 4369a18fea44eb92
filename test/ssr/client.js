// Client side of the SSR check. Order matters:
// 1. hydrate support runs before any LitElement class exists: it is a separate module script placed before this
//    one (hydrate-support.js), or Lit renders a second copy beside the server's DOM;
// 2. the locale's messages, and the validators (a product with a PACT document needs them), before the elements
//    upgrade, so their first render matches the server's (without the validators the PACT badge's first render
//    is the neutral state, and hydration leaves the server's figure beside it);
// 3. hydrate the page template (restores `.product`) before defining the elements, so each element's
//    first render sees the same properties the server saw.
import { hydrate } from '@lit-labs/ssr-client';
import { loadMessages, loadValidators } from 'eco-nudge';
import { page } from './template.js';

const data = JSON.parse(document.getElementById('ssr-data').textContent);
await Promise.all([loadMessages(data.locale), loadValidators()]);
hydrate(page(data), document.getElementById('root'));
await import('eco-nudge/define');
document.documentElement.dataset.hydrated = 'true';
