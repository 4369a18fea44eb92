// Loaded as its own <script type="module"> BEFORE the app bundle: it must run before any LitElement class is
// evaluated. (Imported first inside the app bundle, a bundler may still hoist lit into a shared chunk that runs
// earlier; then Lit silently renders a second copy beside the server's content.)
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
