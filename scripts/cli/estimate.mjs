// `eco-nudge estimate [file.jsonl]`: streams product rows (JSON Lines) through the engine on worker threads.
//
// Architecture: the main thread reads lines with readline (for-await, so a paused loop pauses the file), groups
// them into batches of `--batch` lines and hands each batch to the least busy worker. At most `workers × 4`
// batches are in flight (read but not yet written); results are written strictly in input order, and a full
// stdout (write() → false) stops the reading until it drains. Memory is therefore bounded by the in-flight
// batches, whatever the size of the file.
import { createReadStream, createWriteStream, statSync } from 'node:fs';
import { once } from 'node:events';
import { availableParallelism } from 'node:os';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { loadEngine, resolveDataset, UsageError } from './engine.mjs';

export const ESTIMATE_HELP = `Usage: eco-nudge estimate [options] [products.jsonl]

Estimates the carbon footprint of every product in a JSON Lines file (one product object per line,
the engine's product input) or, without a file or with "-", of standard input, and writes one JSON line
per product to standard output, in input order:
  {"line":1,"id":"sku-1","footprint":{"co2eGrams":…,"lowGrams":…,"highGrams":…,"method":…,…}}
  {"line":2,"id":"sku-2","error":{"code":"UNKNOWN_CATEGORY","message":…,"issues":[…]}}
A bad row (invalid JSON, or input the engine rejects) becomes an error line and is reported on standard
error with its line number; the run goes on. Blank lines are skipped (they still count as lines).

Options:
  -w, --workers N     worker threads (default: available cores, ${availableParallelism()} here)
  -c, --country XX    country where the products are used (grid for the use phase), ISO alpha-2
  -b, --boundary B    cradle-to-grave (default) or cradle-to-gate
      --dataset FILE  a dataset JSON to use instead of the bundled one (validated first)
      --trace         keep every factor of each result's trace (default: dataset id and version only)
      --badge         add "badge": the result in the compact form a badge's result attribute takes
                      (<eco-footprint-badge result="v=1;g=…">: shown without loading the engine)
  -o, --output FILE   write to FILE instead of standard output
      --progress      show progress every second (default: only when standard error is a terminal)
  -q, --quiet         no progress and no per-row messages on standard error
      --line-offset N add N to every line number (when this file is one shard of a larger one)
      --batch N       lines per batch sent to a worker (default 500)
  -h, --help          this help

Exit status: 0 every row estimated; 1 finished, but some rows were bad (see the error lines);
2 usage error, unreadable input or a crash.`;

const MAX_REPORTED = 100;
const fmt = (n) => Math.round(n).toLocaleString('en-US');

function parse(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      workers: { type: 'string', short: 'w' },
      country: { type: 'string', short: 'c' },
      boundary: { type: 'string', short: 'b' },
      dataset: { type: 'string' },
      trace: { type: 'boolean' },
      badge: { type: 'boolean' },
      output: { type: 'string', short: 'o' },
      progress: { type: 'boolean' },
      quiet: { type: 'boolean', short: 'q' },
      batch: { type: 'string' },
      'line-offset': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (positionals.length > 1) throw new UsageError(`one input file at most (got ${positionals.join(', ')}).`);
  const int = (v, name, min, max) => {
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`--${name} needs a whole number from ${min} to ${max} (got "${v}").`);
    return n;
  };
  const boundary = values.boundary;
  if (boundary !== undefined && boundary !== 'cradle-to-grave' && boundary !== 'cradle-to-gate')
    throw new UsageError(`--boundary is cradle-to-grave or cradle-to-gate (got "${boundary}").`);
  return {
    help: values.help ?? false,
    file: positionals[0] === '-' ? undefined : positionals[0],
    workers: int(values.workers, 'workers', 1, 256) ?? availableParallelism(),
    batch: int(values.batch, 'batch', 1, 100_000) ?? 500,
    lineOffset: int(values['line-offset'], 'line-offset', 0, Number.MAX_SAFE_INTEGER) ?? 0,
    country: values.country?.toUpperCase(),
    boundary,
    datasetFile: values.dataset,
    trace: values.trace ?? false,
    badge: values.badge ?? false,
    output: values.output,
    progress: values.progress,
    quiet: values.quiet ?? false,
  };
}

/**
 * Runs the command. Resolves to the exit status; never calls process.exit.
 * @param {string[]} argv - The arguments after `estimate`.
 */
export async function estimate(argv, io = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }) {
  const { stderr } = io;
  const say = (s) => stderr.write(`eco-nudge: ${s}\n`);
  let opts;
  let workers = [];
  try {
    opts = parse(argv);
    if (opts.help) {
      io.stdout.write(`${ESTIMATE_HELP}\n`);
      return 0;
    }
    const engine = await loadEngine();
    const { bundled, dataset } = await resolveDataset(engine, opts.datasetFile);
    const ds = dataset ?? bundled;
    if (opts.country && ds && !(opts.country in ds.grid))
      throw new UsageError(`no grid intensity for --country ${opts.country} in dataset ${ds.version}; use one of ${Object.keys(ds.grid).join(', ')}.`);
    let input;
    if (opts.file) {
      let st;
      try {
        st = statSync(opts.file);
      } catch (e) {
        throw new UsageError(`cannot read ${opts.file}: ${e.code === 'ENOENT' ? 'no such file' : e.message}.`);
      }
      if (st.isDirectory()) throw new UsageError(`${opts.file} is a directory, not a JSON Lines file.`);
      input = createReadStream(opts.file, { highWaterMark: 1 << 16 });
    } else {
      if (io.stdin.isTTY) throw new UsageError('give a JSON Lines file, or pipe one into standard input (see --help).');
      input = io.stdin;
    }
    const out = opts.output ? createWriteStream(opts.output) : io.stdout;
    return await run(opts, input, out, workers, io);
  } catch (e) {
    if (e instanceof UsageError || e?.code?.startsWith?.('ERR_PARSE_ARGS')) {
      say(`${e.message}${e instanceof UsageError ? '' : ' (see --help)'}`);
      return 2;
    }
    say(`failed: ${e?.message ?? e}${process.env.ECO_NUDGE_DEBUG ? `\n${e?.cause?.stack ?? e?.stack}` : ''}`);
    return 2;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

async function run(opts, input, out, workers, { stderr }) {
  const showProgress = !opts.quiet && (opts.progress ?? Boolean(stderr.isTTY));
  const tty = Boolean(stderr.isTTY);
  const say = (s) => stderr.write(`${tty && showProgress ? '\r\x1b[K' : ''}eco-nudge: ${s}\n`);
  const started = performance.now();
  const maxInFlight = opts.workers * 4;
  const pending = new Map();
  const slotWaiters = [];
  let nextSeq = 0;
  let nextWrite = 0;
  let inFlight = 0;
  let rows = 0;
  let good = 0;
  let badCount = 0;
  let failure;
  let finish;
  const finished = new Promise((resolve, reject) => (finish = { resolve, reject }));
  finished.catch(() => {}); // handled where it is awaited; this keeps an early failure from being "unhandled"
  const fail = (e) => {
    failure ??= e;
    finish.reject(e);
    slotWaiters.splice(0).forEach((r) => r());
  };
  out.on('error', (e) => fail(e.code === 'EPIPE' ? new UsageError('the output was closed before the end (EPIPE).') : e));
  input.on('error', (e) => fail(new UsageError(`cannot read the input: ${e.message}`)));

  let pumping = false;
  const pump = async () => {
    if (pumping) return;
    pumping = true;
    try {
      while (pending.has(nextWrite) && !failure) {
        const m = pending.get(nextWrite);
        pending.delete(nextWrite++);
        rows += m.ok + m.bad.length;
        good += m.ok;
        for (const b of m.bad) {
          if (!opts.quiet && badCount < MAX_REPORTED) say(`line ${b.line}: ${b.code}: ${b.message}`);
          else if (!opts.quiet && badCount === MAX_REPORTED) say(`more bad rows: not listed here; each has an error line in the output.`);
          badCount++;
        }
        if (m.text && !out.write(m.text)) await Promise.race([once(out, 'drain'), finished.catch(() => {})]);
        inFlight--;
        slotWaiters.shift()?.();
      }
    } finally {
      pumping = false;
    }
    if (readingDone && nextWrite === nextSeq) finish.resolve();
  };
  let readingDone = false;

  // Workers start on demand: a new one only when every running one is busy, up to --workers.
  const workerData = { datasetFile: opts.datasetFile, country: opts.country, boundary: opts.boundary, trace: opts.trace, badge: opts.badge };
  const spawnWorker = () => {
    const w = Object.assign(new Worker(new URL('./worker.mjs', import.meta.url), { workerData }), { load: 0 });
    w.on('message', (m) => {
      w.load--;
      pending.set(m.seq, m);
      pump().catch(fail);
    });
    w.on('error', (e) => fail(new Error(`a worker failed: ${e?.message ?? e}`, { cause: e })));
    w.on('exit', (code) => {
      if (!readingDone || nextWrite !== nextSeq) fail(new Error(`a worker stopped unexpectedly (exit code ${code}).`));
    });
    workers.push(w);
    return w;
  };

  const dispatch = async (lines, firstLine) => {
    while (inFlight >= maxInFlight && !failure) await new Promise((r) => slotWaiters.push(r));
    if (failure) return;
    inFlight++;
    let w = workers[0];
    for (const x of workers) if (x.load < w.load) w = x;
    if (!w || (w.load > 0 && workers.length < opts.workers)) w = spawnWorker();
    w.load++;
    w.postMessage({ seq: nextSeq++, firstLine, lines });
  };

  const timer = showProgress
    ? setInterval(() => {
        const s = (performance.now() - started) / 1000;
        const text = `${fmt(rows)} rows · ${fmt(rows / s)} rows/s · ${fmt(badCount)} bad · ${workers.length} workers`;
        stderr.write(tty ? `\r\x1b[K${text}` : `eco-nudge: ${text}\n`);
      }, 1000)
    : undefined;

  try {
    const rl = createInterface({ input, crlfDelay: Infinity });
    let batch = [];
    let first = 1;
    let lineNo = opts.lineOffset;
    for await (const line of rl) {
      if (failure) break;
      lineNo++;
      if (batch.length === 0) first = lineNo;
      batch.push(lineNo === opts.lineOffset + 1 && line.charCodeAt(0) === 0xfeff ? line.slice(1) : line);
      if (batch.length >= opts.batch) {
        await dispatch(batch, first);
        batch = [];
      }
    }
    if (batch.length && !failure) await dispatch(batch, first);
    readingDone = true;
    await pump();
    await finished;
    if (out !== process.stdout && out !== process.stderr) {
      out.end();
      await once(out, 'finish');
    }
  } catch (e) {
    if (e instanceof UsageError) {
      say(e.message);
      return 2;
    }
    throw e;
  } finally {
    if (timer) clearInterval(timer);
    input.destroy?.();
  }
  if (showProgress) {
    const s = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage();
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    say(`${fmt(rows)} rows (${fmt(good)} estimated, ${fmt(badCount)} bad) in ${s.toFixed(1)} s: ${fmt(rows / s)} rows/s, ${workers.length} workers, CPU ${cpuSeconds.toFixed(1)} s, peak memory ${fmt(process.resourceUsage().maxRSS / 1024)} MB`);
  }
  return badCount > 0 ? 1 : 0;
}
