import { en } from './en.js';
import type { Messages } from './messages.js';

// Translation follows in the next commit; until then English text with the  of this locale.
export const ja: Messages = { ...en, $code: 'ja' };
