import type { Messages } from './messages.js';
import { EN_PARTS } from './en.js';
import { addEnglishMessages, messagesFor } from './registry.js';

/**
 * The complete catalog for `locale`, merged along its fallback chain. Synchronous; never throws.
 * A module of its own (not in ./registry.ts, which every element imports): it brings every element's English, which
 * a page that loads only some elements must not carry up front.
 */
export function getMessages(locale: string): Messages {
  addEnglishMessages(...EN_PARTS);
  return messagesFor(locale);
}
