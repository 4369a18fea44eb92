#!/usr/bin/env node
// Helper of npm run bench:catalog: runs the warehouse UDF file (dist/eco-nudge-udf.js) over a JSON Lines catalog the
// way a warehouse slot does, one row at a time in one JavaScript context per worker.
// Usage: node scripts/bench-udf-run.mjs <catalog.jsonl> <workers>
// Each worker thread evaluates the file in its own bare vm context (as a warehouse loads the library), then reads the
// catalog and estimates every workers-th line (line i goes to worker i mod N), keeping only the byte count of the
// results. Prints one JSON line: rows, error rows, seconds, rows/s, CPU seconds, the library's evaluation time and
// the first call's time and the V8 heap of the worker's isolate (after loading the library, and at the end), per worker.
import { createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import vm from 'node:vm';
import { getHeapStatistics } from 'node:v8';
import { fileURLToPath } from 'node:url';

const UDF = fileURLToPath(new URL('../dist/eco-nudge-udf.js', import.meta.url));

if (isMainThread) {
  const [file, n = '1'] = process.argv.slice(2);
  const workers = Number(n);
  const t = performance.now();
  const results = await Promise.all(
    Array.from({ length: workers }, (_, k) =>
      new Promise((resolve, reject) => {
        const w = new Worker(fileURLToPath(import.meta.url), { workerData: { file, k, workers } });
        w.on('message', resolve);
        w.on('error', reject);
      }),
    ),
  );
  const seconds = (performance.now() - t) / 1000;
  const cpu = process.cpuUsage();
  const rows = results.reduce((a, r) => a + r.rows, 0);
  console.log(
    JSON.stringify({
      workers,
      rows,
      bad: results.reduce((a, r) => a + r.bad, 0),
      bytes: results.reduce((a, r) => a + r.bytes, 0),
      seconds,
      rowsPerSecond: rows / seconds,
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
      loadMs: results.map((r) => r.loadMs),
      firstCallMs: results.map((r) => r.firstCallMs),
      heapLoadedMb: results.map((r) => r.heapLoadedMb),
      heapEndMb: results.map((r) => r.heapEndMb),
    }),
  );
} else {
  const { file, k, workers } = workerData;
  const text = readFileSync(UDF, 'utf8');
  let t = performance.now();
  const ctx = vm.createContext({});
  vm.runInContext('delete globalThis.console; delete globalThis.Intl;', ctx);
  vm.runInContext(text, ctx, { filename: 'eco-nudge-udf.js' });
  const fn = ctx.ecoNudgeEstimate;
  const loadMs = performance.now() - t;
  const heapMb = () => getHeapStatistics().used_heap_size / 2 ** 20;
  const heapLoadedMb = heapMb();
  let rows = 0;
  let bad = 0;
  let bytes = 0;
  let i = 0;
  let firstCallMs;
  const rl = createInterface({ input: createReadStream(file, { highWaterMark: 1 << 16 }), crlfDelay: Infinity });
  for await (const line of rl) {
    if (i++ % workers !== k || !line) continue;
    if (firstCallMs === undefined) t = performance.now();
    const out = fn(line, null);
    if (firstCallMs === undefined) firstCallMs = performance.now() - t;
    rows++;
    bytes += out.length;
    if (out.startsWith('{"ok":false')) bad++;
  }
  parentPort.postMessage({ rows, bad, bytes, loadMs, firstCallMs, heapLoadedMb, heapEndMb: heapMb() });
}
