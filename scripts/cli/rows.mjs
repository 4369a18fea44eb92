// Turns input lines into output lines. Runs inside each worker thread.
//
// Output, one JSON line per non-blank input line, in input order:
//   {"line":N,"id":"sku-1","footprint":{...FootprintResult}}            an estimate
//   {"line":N,"id":"sku-2","error":{"code":"...","message":"...","issues":[{"path":"...","message":"..."}]}}   a bad row
// `line` is the 1-based line number in the input file (blank lines count but produce nothing); `id` is the
// product's `id` when the row has one. Unless `trace` is set, `footprint.trace.factors` is left out (the dataset
// id and version stay), which halves the output. With `badge`, an estimate also carries `"badge":"v=1;g=…"`: the
// result in the compact form of the badge's `result` attribute (src/components/footprint-badge/precomputed.ts reads it; docs/badge.md).

/** How the figure was made, as worded to shoppers: the badge's own rule (src/internal/render.ts methodKey). */
function methodKey(f) {
  const weight = !f.filledIn.includes('weightGrams');
  if (f.method === 'declared') return f.verified ? 'verified' : 'declared';
  if (f.method === 'spend') return 'spend';
  if (f.method === 'activity' && !f.filledIn.includes('materials')) return weight ? 'materials' : 'materialsOnly';
  return weight ? 'categoryWeight' : 'category';
}

/**
 * 4 significant figures (the badge shows 2–3): `4217.3` → `4217`. `dir` -1 rounds down, 1 up: the range's ends are
 * rounded outwards, so the written range is never narrower (more certain) than the engine's.
 */
const sig = (n, dir = 0) => {
  if (!(n > 0)) return '0';
  const f = 10 ** (Math.floor(Math.log10(n)) - 3);
  const v = (dir < 0 ? Math.floor : dir > 0 ? Math.ceil : Math.round)(n / f) * f;
  return String(Number(v.toPrecision(4)));
};

/** The compact form of a footprint for a badge's `result` attribute (formatBadgeResult in src/components/footprint-badge/precomputed.ts). */
export function badgeResult(f, ds) {
  const label = ds?.categories?.[f.category]?.label;
  return [
    'v=1',
    `g=${sig(f.co2eGrams)}`,
    `lo=${sig(f.lowGrams, -1)}`,
    `hi=${sig(f.highGrams, 1)}`,
    `gr=${f.grade}`,
    `m=${methodKey(f)}`,
    `ds=${f.trace.datasetVersion}`,
    `cat=${encodeURIComponent(f.category)}`,
    ...(label ? [`lbl=${encodeURIComponent(label)}`] : []),
    `r=${sig(f.ratio)}`,
    `typ=${sig(f.benchmarkGrams)}`,
  ].join(';');
}

/** @returns {{ text: string, ok: number, bad: { line: number, code: string, message: string }[] }} */
export function estimateLines(engine, lines, firstLine, { dataset, country, boundary, trace, badge, labels }) {
  const options = { dataset, country, boundary };
  const out = [];
  const bad = [];
  let ok = 0;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    const line = firstLine + i;
    if (!/\S/.test(raw)) continue;
    let product;
    try {
      product = JSON.parse(raw);
    } catch (e) {
      const error = { code: 'INVALID_JSON', message: `Line ${line} is not valid JSON (${e.message}). Each line must be one product object.`, issues: [] };
      bad.push({ line, code: error.code, message: error.message });
      out.push(JSON.stringify({ line, error }));
      continue;
    }
    const id = product !== null && typeof product === 'object' && (typeof product.id === 'string' || typeof product.id === 'number') ? product.id : undefined;
    const r = engine.safeEstimateFootprint(product, options);
    if (r.ok) {
      ok++;
      let footprint = r.value;
      if (!trace) footprint = { ...footprint, trace: { datasetId: footprint.trace.datasetId, datasetVersion: footprint.trace.datasetVersion } };
      const row = id === undefined ? { line, footprint } : { line, id, footprint };
      out.push(JSON.stringify(badge ? { ...row, badge: badgeResult(r.value, labels ?? dataset) } : row));
    } else {
      const { code, message, issues } = r.error;
      bad.push({ line, code, message });
      const error = { code, message, issues };
      out.push(JSON.stringify(id === undefined ? { line, error } : { line, id, error }));
    }
  }
  return { text: out.length ? `${out.join('\n')}\n` : '', ok, bad };
}
