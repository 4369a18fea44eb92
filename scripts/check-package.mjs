#!/usr/bin/env node
// npm run check:package: the package metadata tells the truth.
//  1. publint (strict: warnings fail) on the packed package;
//  2. every file of dist/ meant to be imported (each top-level file, each define entry, engine/ and events/ index)
//     is reachable through "exports" (a new top-level bundle without an entry fails here);
//  3. `require('eco-nudge/engine')` works from plain Node (CommonJS) with the packed package, on this Node, which
//     must satisfy "engines" (require of ES modules: Node 20.19 and 22.12 onward, hence the range).
// Run after npm run build. Prints what failed; exits 1 on failure.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const root = new URL('..', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const problems = [];
if (!existsSync(join(root, 'dist/index.js'))) {
  console.error('dist/ is missing: run npm run build first.');
  process.exit(1);
}

// 1. publint
const { messages } = await publint({ pkgDir: root, pack: 'npm', strict: true });
for (const m of messages) problems.push(`publint ${m.type}: ${formatMessage(m, pkg)}`);

// 2. exports cover the entry files
const targets = [];
const collect = (v) => (typeof v === 'string' ? targets.push(v) : v && typeof v === 'object' ? Object.values(v).forEach(collect) : undefined);
collect(pkg.exports);
const matchers = targets.map((t) => new RegExp(`^${t.replace(/^\.\//, '').replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace('*', '[^/]+')}$`));
const files = (dir) => (existsSync(join(root, dir)) ? readdirSync(join(root, dir), { withFileTypes: true }).filter((e) => e.isFile()).map((e) => `${dir}/${e.name}`) : []);
const entries = [...files('dist'), ...files('dist/define'), ...files('dist/engine'), ...files('dist/events'), ...files('dist/pages')]
  .filter((f) => !f.endsWith('.map'))
  // the page entries are reachable; their hashed chunks (`core-<hash>.js`) are loaded by them, not imported by name
  .filter((f) => !(f.startsWith('dist/pages/') && (/-[\w-]{8}\.js$/.test(f) || f.endsWith('.d.ts'))))
  .filter((f) => /^dist\/[^/]+$/.test(f) || /^dist\/(define|pages)\//.test(f) || /\/index\.(js|d\.ts)$/.test(f));
for (const f of entries) if (!matchers.some((m) => m.test(f))) problems.push(`${f} ships but no "exports" entry reaches it`);

// 3. require('eco-nudge/engine') from CommonJS, with the packed package
const [major, minor] = process.versions.node.split('.').map(Number);
const canRequireEsm = (major === 20 && minor >= 19) || (major === 22 && minor >= 12) || major > 22;
if (pkg.engines?.node !== '^20.19.0 || >=22.12.0') problems.push(`engines.node is "${pkg.engines?.node}"; require('eco-nudge/engine') needs ^20.19.0 || >=22.12.0`);
if (!canRequireEsm) {
  problems.push(`this Node (${process.version}) is outside engines; run this check on Node 20.19+ or 22.12+`);
} else {
  const dir = mkdtempSync(join(tmpdir(), 'eco-package-'));
  try {
    const tgz = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], { cwd: root, encoding: 'utf8' }))[0].filename;
    mkdirSync(join(dir, 'node_modules/eco-nudge'), { recursive: true });
    execFileSync('tar', ['-xzf', join(dir, tgz), '-C', join(dir, 'node_modules/eco-nudge'), '--strip-components=1']);
    for (const dep of Object.keys(pkg.dependencies)) {
      mkdirSync(dirname(join(dir, 'node_modules', dep)), { recursive: true });
      symlinkSync(join(root, 'node_modules', dep), join(dir, 'node_modules', dep), 'dir');
    }
    const script = "const e = require('eco-nudge/engine'); const g = e.estimateFootprint({ category: 'apparel.t-shirt' }).co2eGrams; if (!(g > 0)) throw new Error('no figure'); console.log(g);";
    try {
      const out = execFileSync(process.execPath, ['-e', script], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      console.log(`require('eco-nudge/engine') on Node ${process.version}: a t-shirt is ${Math.round(Number(out))} g CO2e`);
    } catch (e) {
      problems.push(`require('eco-nudge/engine') failed on Node ${process.version}: ${String(e.stderr || e.message).trim().split('\n').slice(0, 5).join(' | ')}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (problems.length) {
  console.error(problems.map((p) => `✗ ${p}`).join('\n'));
  process.exit(1);
}
console.log(`package: publint clean (strict), ${entries.length} entry files all in "exports", engines.node "${pkg.engines.node}"`);
