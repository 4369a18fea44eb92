import { DEV } from './dev.js';

type VersionedCtor = CustomElementConstructor & { version?: string };

/** Version pairs this copy of the kit has already warned about. */
const conflicts = new Set<string>();

/**
 * Registers `tag` unless it is already registered. The first registration wins; a different version
 * gets one warning naming both versions. Never throws (and does nothing where there is no registry, e.g. on a server without a shim).
 */
export function defineElement(tag: string, ctor: VersionedCtor): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tag) as VersionedCtor | undefined;
  if (!existing) {
    try {
      registry.define(tag, ctor);
    } catch (e) {
      console.warn(`[eco-nudge] <${tag}> could not be registered: ${(e as Error).message}`);
    }
    return;
  }
  if (existing !== ctor && existing.version !== ctor.version) {
    // One warning per pair of versions, not one per tag: a second copy of the kit would otherwise print six.
    const pair = `${existing.version ?? '?'}|${ctor.version ?? '?'}`;
    if (conflicts.has(pair)) return;
    conflicts.add(pair);
    console.warn(
      DEV
        ? `[eco-nudge] <${tag}> v${existing.version ?? '?'} is already registered; v${ctor.version ?? '?'} was not registered (nor any other tag already taken: the first registration wins). Load one copy of eco-nudge per page.`
        : `[eco-nudge] <${tag}> v${existing.version ?? '?'} is already registered; v${ctor.version ?? '?'} was not registered`,
    );
  }
}
