// Turns input lines into output lines. Runs inside each worker thread.
//
// Output, one JSON line per non-blank input line, in input order:
//   {"line":N,"id":"sku-1","footprint":{...FootprintResult}}            an estimate
//   {"line":N,"id":"sku-2","error":{"code":"...","message":"...","issues":[{"path":"...","message":"..."}]}}   a bad row
// `line` is the 1-based line number in the input file (blank lines count but produce nothing); `id` is the
// product's `id` when the row has one. Unless `trace` is set, `footprint.trace.factors` is left out (the dataset
// id and version stay), which halves the output.

/** @returns {{ text: string, ok: number, bad: { line: number, code: string, message: string }[] }} */
export function estimateLines(engine, lines, firstLine, { dataset, country, boundary, trace }) {
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
      out.push(JSON.stringify(id === undefined ? { line, footprint } : { line, id, footprint }));
    } else {
      const { code, message, issues } = r.error;
      bad.push({ line, code, message });
      const error = { code, message, issues };
      out.push(JSON.stringify(id === undefined ? { line, error } : { line, id, error }));
    }
  }
  return { text: out.length ? `${out.join('\n')}\n` : '', ok, bad };
}
