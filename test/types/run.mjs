#!/usr/bin/env node
// npm run test:types
// The package's typings as a new user gets them: `npm pack`, the tarball unpacked into a fresh project in the system's
// temporary directory (its only other modules: lit, @lit/context, zod, react's types and vue, linked from ours), then
// the fixtures in test/types/fixtures compiled by
// TypeScript 6 (ours) and TypeScript 7 (test/types/ts7, installed on first use from its lockfile), with
// `moduleResolution` node16 and bundler. A fixture passes when it has no error: the documented snippets compile and
// every `// @ts-expect-error` line (a misuse) is an error, since an unused @ts-expect-error is itself an error.
// Builds dist/ first when it is missing or older than src/. Prints "N passed, N failed"; exits 1 on failure.
import { execFileSync, execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { ensureDist, root } from '../interop/lib.mjs';

const run = promisify(execFile);
const here = join(root, 'test/types');
ensureDist();

// ─── TypeScript 7, beside ours (its `tsc` bin would shadow TypeScript 6's if it were a root devDependency) ───
const ts7Dir = join(here, 'ts7');
const ts7Want = JSON.parse(readFileSync(join(ts7Dir, 'package.json'), 'utf8')).devDependencies.typescript;
const ts7Have = () => {
  try {
    return JSON.parse(readFileSync(join(ts7Dir, 'node_modules/typescript/package.json'), 'utf8')).version;
  } catch {
    return undefined;
  }
};
if (ts7Have() !== ts7Want) {
  console.log(`installing TypeScript ${ts7Want} into test/types/ts7 (npm ci)`);
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--prefix', ts7Dir], { stdio: 'inherit' });
}
const compilers = [
  { name: 'TS 6', tsc: join(root, 'node_modules/typescript/bin/tsc') },
  { name: 'TS 7', tsc: join(ts7Dir, 'node_modules/typescript/bin/tsc') },
];
for (const c of compilers) c.version = execFileSync(process.execPath, [c.tsc, '--version'], { encoding: 'utf8' }).trim();

// ─── A fresh consumer project with the packed package ───
const project = mkdtempSync(join(tmpdir(), 'eco-types-'));
const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', project], { cwd: root, encoding: 'utf8' }))[0];
const pkgDir = join(project, 'node_modules/eco-nudge');
mkdirSync(pkgDir, { recursive: true });
execFileSync('tar', ['-xzf', join(project, packed.filename), '-C', pkgDir, '--strip-components=1']);
for (const dep of ['lit', '@lit/context', 'zod', 'react', '@types/react', 'vue']) {
  mkdirSync(dirname(join(project, 'node_modules', dep)), { recursive: true });
  symlinkSync(join(root, 'node_modules', dep), join(project, 'node_modules', dep), 'dir');
}
writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
const fixtures = readdirSync(join(here, 'fixtures')).filter((f) => /\.tsx?$/.test(f)).sort();
cpSync(join(here, 'fixtures'), join(project, 'src'), { recursive: true });

const resolutions = [
  { name: 'node16', module: 'node16', moduleResolution: 'node16' },
  { name: 'bundler', module: 'esnext', moduleResolution: 'bundler' },
];
// Fixtures named in ALONE are compiled each on its own (their point is what one import brings in; vue.ts: Vue's own
// typings are slow to check and its @ts-expect-error lines fail if ours are broken); the rest together,
// with skipLibCheck off, so an error in our own .d.ts files (say an import of a module we do not depend on) fails too.
const ALONE = ['define-one.ts', 'bundle.ts', 'vue.ts'];
const programs = [
  ...ALONE.filter((f) => fixtures.includes(f)).map((f) => ({ name: f, files: [f], skipLibCheck: true })),
  { name: fixtures.filter((f) => !ALONE.includes(f)).join(' + '), files: fixtures.filter((f) => !ALONE.includes(f)), skipLibCheck: false },
];
const jobs = [];
for (const c of compilers) {
  for (const r of resolutions) {
    for (const [i, p] of programs.entries()) {
      const config = join(project, `tsconfig.${r.name}.${i}.json`);
      writeFileSync(
        config,
        JSON.stringify({
          compilerOptions: {
            strict: true, noEmit: true, target: 'es2022', lib: ['es2022', 'dom', 'dom.iterable'], types: [],
            module: r.module, moduleResolution: r.moduleResolution, jsx: 'react-jsx', skipLibCheck: p.skipLibCheck,
          },
          files: p.files.map((f) => `src/${f}`),
        }),
      );
      jobs.push({ name: `${c.name} ${r.name.padEnd(7)} ${p.name}`, tsc: c.tsc, config });
    }
  }
}

// two compilers at a time (the machines have two cores)
let passed = 0;
const failures = [];
const queue = [...jobs];
await Promise.all(
  [0, 1].map(async () => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      try {
        await run(process.execPath, [job.tsc, '-p', job.config], { cwd: project, encoding: 'utf8' });
        passed++;
        console.log(`  ✓ ${job.name}`);
      } catch (e) {
        failures.push(job);
        console.log(`  ✗ ${job.name}\n${String(e.stdout || e.stderr || e.message).replaceAll(project, '<project>').replace(/^/gm, '      ')}`);
      }
    }
  }),
);
if (!failures.length) rmSync(project, { recursive: true, force: true });
else console.log(`(the consumer project is kept in ${project})`);
console.log(`\ntypes (${compilers.map((c) => c.version).join(', ')}): ${passed} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
