/**
 * `<eco-provider factors-src>`'s reader, loaded on demand: only a provider given `factors-src` needs it, so the
 * page entries and the one-tag file do not carry it up front. It imports nothing, on purpose: as a chunk of the
 * one-file bundle it must not import the kit back (scripts/build.mjs, test:missing-chunks).
 */

/** What a `factors-src` response gave: a JSON object, or why it cannot be used (`code` default `DATASET_FETCH_FAILED`). */
export type FetchedDataset = { ok: true; value: Record<string, unknown> } | { ok: false; why: string; code?: string };

/**
 * The body of `res` as text, or `undefined` when it is over `max` bytes: a declared length over it is refused before
 * reading, and the stream is read in chunks and dropped as soon as it passes `max` (no 42 MB string is ever built).
 */
async function readCapped(res: Response, max: number): Promise<string | undefined> {
  const declared = Number(res.headers.get('content-length'));
  if (declared > max) return undefined;
  const reader = res.body?.getReader();
  if (!reader) {
    const text = await res.text();
    return text.length > max ? undefined : text;
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      void reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  return new TextDecoder().decode(all);
}

/**
 * Fetches `src` as JSON, at most `max` bytes. Resolves with the object or the reason it cannot be used; `undefined`
 * when `signal` was aborted meanwhile (a newer `factors-src`, the timeout). Rejects only on a network error.
 */
export async function fetchDataset(src: string, signal: AbortSignal, max: number): Promise<FetchedDataset | undefined> {
  const res = await fetch(src, { signal, headers: { accept: 'application/json' } });
  if (!res.ok) return { ok: false, why: `HTTP ${res.status}` };
  const text = await readCapped(res, max);
  if (signal.aborted) return undefined;
  if (text === undefined) return { ok: false, why: `the response is over ${max} bytes (INPUT_LIMITS.datasetBytes)`, code: 'TOO_LARGE' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, why: 'the response is not valid JSON' };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    return { ok: false, why: `the response is JSON ${json === null ? 'null' : Array.isArray(json) ? 'array' : typeof json}, not a dataset object`, code: 'DATASET_INVALID' };
  return { ok: true, value: json as Record<string, unknown> };
}
