// What a Vue + TypeScript project adds once (docs/integration.md): the eco-* tags, props and events for vue-tsc.
import type {} from 'eco-nudge/vue';
