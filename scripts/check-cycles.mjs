#!/usr/bin/env node
// npm run check:cycles: fails when modules of src/ import one another in a circle (type-only imports included: they
// tie the modules together for readers and tools alike). Constants that both sides of a would-be circle need live in a
// module below both (src/engine/constants.ts).
// import cycles (type imports included) among src/**/*.ts (type-only imports are erased and ignored)
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
const files = [];
const walk = (d) => { for (const f of readdirSync(d)) { const p = join(d, f); statSync(p).isDirectory() ? walk(p) : p.endsWith('.ts') && files.push(resolve(p)); } };
walk(new URL('../src', import.meta.url).pathname);
const graph = new Map();
for (const f of files) {
  const src = readFileSync(f, 'utf8');
  const deps = [];
  for (const m of src.matchAll(/^(?:import|export)\s+([^'";]*?)\s*from\s*['"](\.[^'"]+)['"]/gms)) {
    if (/^\{?\s*type\s/.test(m[1]) && !/,\s*\w/.test(m[1])) continue;
    deps.push(resolve(dirname(f), m[2].replace(/\.js$/, '.ts')));
  }
  for (const m of src.matchAll(/^import\s+['"](\.[^'"]+)['"]/gm)) deps.push(resolve(dirname(f), m[1].replace(/\.js$/, '.ts')));
  graph.set(f, deps.filter((d) => files.includes(d)));
}
const cycles = []; const state = new Map(); const stack = [];
const dfs = (n) => { state.set(n, 1); stack.push(n); for (const d of graph.get(n) ?? []) { if (state.get(d) === 1) cycles.push(stack.slice(stack.indexOf(d)).concat(d).map((x) => x.split('/src/')[1])); else if (!state.get(d)) dfs(d); } stack.pop(); state.set(n, 2); };
for (const f of files) if (!state.get(f)) dfs(f);
console.log(cycles.length ? cycles.map((c) => c.join(' → ')).join('\n') : 'no import cycles (type imports included) in src/');
process.exit(cycles.length ? 1 : 0);
