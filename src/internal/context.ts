import { ContextConsumer, type Context } from '@lit/context';
import type { ReactiveElement } from 'lit';

/**
 * Subscribes `host` to the nearest provider's value for `context` and hands each value to `set` (what
 * `@consume({ context, subscribe: true })` does, without the decorator helpers in the bundle). Call it in the constructor.
 */
export function consumeContext<T>(host: ReactiveElement, context: Context<unknown, T>, set: (value: T) => void): void {
  new ContextConsumer(host, { context, subscribe: true, callback: set });
}
