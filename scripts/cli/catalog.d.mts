// Types of catalog.mjs, for the TypeScript bench harness.
export function rng(seed?: number): () => number;
export function catalogGenerator(dataset: unknown, seed?: number): () => Record<string, any>;
