#!/usr/bin/env node
// npm run bench:catalog [-- --rows N] [--keep]
// Generates a catalog of 1,000,000 products (a seeded, realistic mix: see scripts/cli/catalog.mjs) to a temp file,
// runs `eco-nudge estimate` on it with 1 worker and with every core (output to /dev/null, as a redirect to a file
// would be), and prints rows/s, peak memory (VmHWM of the child, sampled from /proc) and the speed-up.
// A smaller run (a tenth of the rows) comes first, to show that peak memory does not grow with the file.
// Figures only: nothing here fails.
import { spawn, execFileSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, closeSync } from 'node:fs';
import { once } from 'node:events';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { catalogGenerator } from './cli/catalog.mjs';
import { ENGINE_PATH, ROOT, loadEngine, resolveDataset } from './cli/engine.mjs';

const { values } = parseArgs({ options: { rows: { type: 'string' }, keep: { type: 'boolean' } } });
const ROWS = Number(values.rows ?? 1_000_000);
const fmt = (n, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

if (!existsSync(ENGINE_PATH)) {
  console.log('dist/ is missing: running npm run build first');
  execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
}
const engine = await loadEngine();
const { bundled } = await resolveDataset(engine);
if (!bundled) throw new Error('the built engine exports no bundledDataset');

const dir = mkdtempSync(join(tmpdir(), 'eco-catalog-'));

async function generate(rows, file) {
  const t = performance.now();
  const next = catalogGenerator(bundled, 2026);
  const out = createWriteStream(file);
  let buf = '';
  for (let i = 0; i < rows; i++) {
    buf += `${JSON.stringify(next())}\n`;
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await once(out, 'drain');
      buf = '';
    }
  }
  out.end(buf);
  await once(out, 'finish');
  return (performance.now() - t) / 1000;
}

/** Runs the CLI on `file`; samples the child's RSS and VmHWM from /proc every 100 ms. */
function runCli(file, workers) {
  return new Promise((resolve, reject) => {
    const devnull = openSync('/dev/null', 'w');
    const t = performance.now();
    const child = spawn(process.execPath, [join(ROOT, 'bin/eco-nudge.mjs'), 'estimate', '--progress', '--workers', String(workers), file], {
      stdio: ['ignore', devnull, 'pipe'],
    });
    closeSync(devnull);
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    let hwmKb = 0;
    const rss = [];
    const sample = () => {
      try {
        const s = readFileSync(`/proc/${child.pid}/status`, 'utf8');
        const hwm = Number(/VmHWM:\s+(\d+)/.exec(s)?.[1] ?? 0);
        const now = Number(/VmRSS:\s+(\d+)/.exec(s)?.[1] ?? 0);
        if (hwm > hwmKb) hwmKb = hwm;
        if (now) rss.push(now);
      } catch {
        /* the child has exited */
      }
    };
    const timer = setInterval(sample, 100);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      const seconds = (performance.now() - t) / 1000;
      const summary = /([\d,]+) rows \(([\d,]+) estimated, ([\d,]+) bad\) in ([\d.]+) s: ([\d,]+) rows\/s, (\d+) workers, CPU ([\d.]+) s, peak memory ([\d,]+) MB/.exec(stderr);
      if (!summary) return reject(new Error(`no summary from the CLI (exit ${code}):\n${stderr.slice(-2000)}`));
      const num = (s) => Number(s.replaceAll(',', ''));
      // RSS at each quarter of the run: flat memory means these stay close while the row count grows.
      const at = (q) => (rss.length ? rss[Math.min(rss.length - 1, Math.floor(rss.length * q))] / 1024 : NaN);
      resolve({
        code,
        seconds,
        rows: num(summary[1]),
        bad: num(summary[3]),
        rowsPerSecond: num(summary[5]),
        workers: num(summary[6]),
        cpuSeconds: Number(summary[7]),
        selfPeakMb: num(summary[8]),
        hwmMb: hwmKb / 1024,
        rssQuarters: [0.25, 0.5, 0.75, 0.999].map(at),
      });
    });
  });
}

const cores = availableParallelism();
console.log(`eco-nudge bench:catalog — Node ${process.version}, ${cores} cores (${cpus()[0]?.model ?? '?'}), load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);

const small = Math.max(1, Math.round(ROWS / 10));
const smallFile = join(dir, 'small.jsonl');
const bigFile = join(dir, 'catalog.jsonl');
await generate(small, smallFile);
const genSeconds = await generate(ROWS, bigFile);
console.log(`generated ${fmt(ROWS)} products (${fmt(statSync(bigFile).size / 1e6, 1)} MB) in ${fmt(genSeconds, 1)} s: ${bigFile}`);

const results = [];
const row = (label, r) =>
  console.log(
    `${label.padEnd(28)} ${fmt(r.rows).padStart(10)} rows  ${fmt(r.seconds, 1).padStart(6)} s  ${fmt(r.rowsPerSecond).padStart(8)} rows/s  CPU ${fmt(r.cpuSeconds, 1).padStart(5)} s (${fmt(r.rows / r.cpuSeconds).padStart(6)} rows per CPU-second)  peak ${fmt(r.hwmMb).padStart(4)} MB  RSS at 25/50/75/100% of the run ${r.rssQuarters.map((x) => fmt(x)).join('/')} MB  bad ${r.bad}  exit ${r.code}`,
  );
const smallRun = await runCli(smallFile, cores);
row(`${fmt(small)} rows, ${cores} workers`, smallRun);
for (const w of [1, cores]) {
  const r = await runCli(bigFile, w);
  results.push(r);
  row(`${fmt(ROWS)} rows, ${w} worker${w > 1 ? 's' : ''}`, r);
}
const [one, all] = results;
console.log(`speed-up 1 → ${cores} workers: ×${fmt(all.rowsPerSecond / one.rowsPerSecond, 2)} (rows/s ${fmt(one.rowsPerSecond)} → ${fmt(all.rowsPerSecond)})`);
console.log(`peak memory ${fmt(small)} rows → ${fmt(ROWS)} rows (${cores} workers): ${fmt(smallRun.hwmMb)} MB → ${fmt(all.hwmMb)} MB`);
console.log(`load average at the end ${loadavg().map((x) => x.toFixed(1)).join(' ')} (other work on the machine slows every figure)`);
if (!values.keep) rmSync(dir, { recursive: true, force: true });
