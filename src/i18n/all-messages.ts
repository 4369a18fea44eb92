import type { Messages } from './messages.js';
import { EN_PARTS } from './en.js';
import { addEnglishMessages, messagesFor } from './registry.js';

/**
 * The complete catalog for `locale`, merged along its fallback chain. Synchronous; never throws.
 * A module of its own (exported by the package index): it brings every element's English, which the elements
 * themselves register part by part (`addEnglishMessages`), so a page entry does not carry it.
 */
export function getMessages(locale: string): Messages {
  addEnglishMessages(...EN_PARTS);
  return messagesFor(locale);
}
