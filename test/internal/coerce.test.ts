import { expect } from '@open-wc/testing';
import { INPUT_LIMITS, canonicalLocale, checkDatasetSize, describe as describeValue, textOr, toNumber, toText } from '../../src/internal/coerce.js';
import { PRODUCT_FIELDS, readArray, snapshot } from '../../src/internal/snapshot.js';

const revoked = () => {
  const p = Proxy.revocable({}, {});
  p.revoke();
  return p.proxy;
};
const throwing = () => new Proxy({}, { get: () => { throw new Error('boom'); }, ownKeys: () => { throw new Error('keys'); }, has: () => { throw new Error('has'); } });
const EXOTIC: unknown[] = [null, undefined, Symbol('s'), 10n, () => 1, Object.create(null), { toString: () => { throw new Error('x'); } }, revoked(), throwing(), NaN, -0, [], {}];

describe('input boundary (src/internal/coerce.ts)', () => {
  it('describe() never throws and never calls the value', () => {
    for (const v of EXOTIC) expect(describeValue(v)).to.be.a('string');
    expect(describeValue('x'.repeat(10_000_000)).length).to.be.below(60);
    expect(describeValue(revoked())).to.equal('an unreadable value');
    expect(describeValue(Symbol('s'))).to.equal('a symbol');
  });

  it('toText(): missing is empty, a wrong type is INVALID, an over-long string TOO_LARGE (by its length only)', () => {
    expect(toText(null, 10, 'f')).to.deep.equal({ ok: true, value: '' });
    expect(toText(undefined, 10, 'f')).to.deep.equal({ ok: true, value: '' });
    expect(toText('  a ', 10, 'f')).to.deep.equal({ ok: true, value: 'a' });
    for (const v of [42, true, [], {}, 10n, Symbol('s'), revoked(), throwing()]) {
      const r = toText(v, 10, 'f');
      expect(r.ok).to.equal(false);
      if (!r.ok) expect(r.problem).to.include({ code: 'INVALID', path: 'f' });
    }
    const big = toText('x'.repeat(11), 10, 'f');
    expect(big.ok ? undefined : big.problem.code).to.equal('TOO_LARGE');
    expect(textOr(Symbol('s'), 10)).to.equal('');
  });

  it('toNumber(): missing is undefined, numbers stay, every other type is NaN', () => {
    expect(toNumber(null)).to.equal(undefined);
    expect(toNumber(undefined)).to.equal(undefined);
    expect(toNumber(3)).to.equal(3);
    for (const v of ['3', 10n, Symbol('s'), {}, revoked()]) expect(toNumber(v)).to.be.NaN;
  });

  it('snapshot(): a plain copy of the fields read; unreadable, cyclic and oversized input is a problem with a path', () => {
    const product = { category: 'apparel.t-shirt', weightGrams: 180, storageGB: 256, extra: new Array(100_000).fill(1), get price() { return 20; } };
    (product as Record<string, unknown>).self = product;
    const r = snapshot(product, '', { fields: PRODUCT_FIELDS });
    expect(r).to.deep.equal({ ok: true, value: { category: 'apparel.t-shirt', weightGrams: 180, storageGB: 256, price: 20 } });
    // __proto__ from JSON stays a plain key, never a prototype
    const polluted = snapshot(JSON.parse('{"__proto__":{"polluted":1},"a":1}'), '');
    expect(polluted.ok && Object.getPrototypeOf(polluted.value)).to.equal(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    const problem = (v: unknown, opts = {}) => {
      const s = snapshot(v, 'product', opts);
      return s.ok ? undefined : s.problem;
    };
    expect(problem(revoked())).to.include({ code: 'INVALID' });
    expect(problem(throwing())).to.include({ code: 'INVALID' });
    expect(problem({ a: { get b() { throw new Error('getter'); } } })).to.include({ code: 'INVALID', path: 'product.a' });
    expect(problem({ a: 10n })).to.include({ code: 'INVALID', path: 'product.a' });
    const cyc: Record<string, unknown> = {};
    cyc.materials = [cyc];
    expect(problem(cyc)).to.include({ code: 'INVALID', path: 'product.materials.0' });
    expect(problem({ name: 'x'.repeat(INPUT_LIMITS.text * 8 + 1) })).to.include({ code: 'TOO_LARGE', path: 'product.name' });
    expect(problem({ list: new Array(10_000).fill({ a: 1 }) }, { maxArray: 100_000 })).to.include({ code: 'TOO_LARGE' });
    let deep: unknown = 1;
    for (let i = 0; i < 100; i++) deep = { d: deep };
    expect(problem(deep)).to.include({ code: 'TOO_LARGE' });
    // an array over maxArray is cut to maxArray + 1 entries (the engine then reports its own limit)
    const cut = snapshot({ materials: new Array(500).fill({ material: 'cotton', share: 0.001 }) }, '', { maxArray: 50 });
    expect(cut.ok && (cut.value as { materials: unknown[] }).materials.length).to.equal(51);
  });

  it('readArray(): the first entries of an array; anything unreadable is not an array', () => {
    expect(readArray([1, 2, 3], 2)).to.deep.equal({ isArray: true, length: 3, items: [1, 2] });
    expect(readArray({ length: 2 }, 2).isArray).to.equal(false);
    const p = Proxy.revocable([], {});
    p.revoke();
    expect(readArray(p.proxy, 2)).to.deep.equal({ isArray: false, length: 0, items: [] });
    expect(readArray(new Proxy([1], { get: () => { throw new Error('x'); } }), 2).isArray).to.equal(false);
  });

  it('canonicalLocale(): BCP 47 shape and length checked before Intl, canonical tags, null for anything else', () => {
    expect(canonicalLocale(undefined)).to.equal('');
    expect(canonicalLocale(' ')).to.equal('');
    expect(canonicalLocale('de_ch')).to.equal('de-CH');
    expect(canonicalLocale('ZH-hant-tw')).to.equal('zh-Hant-TW');
    for (const v of ['x'.repeat(10_000_000), 'en-' + 'a'.repeat(100), '<x-pwn>', 'en us', 42, Symbol('s'), revoked()]) expect(canonicalLocale(v)).to.equal(null);
  });

  it('checkDatasetSize(): key counts only, with the entries of the dataset a partial one extends', () => {
    expect(checkDatasetSize({ categories: {} }, 'factors')).to.equal(undefined);
    const many = Object.fromEntries(Array.from({ length: INPUT_LIMITS.datasetEntries + 1 }, (_, i) => [`c${i}`, {}]));
    expect(checkDatasetSize({ categories: many }, 'factors')).to.include({ code: 'TOO_LARGE', path: 'factors.categories' });
    const half = Object.fromEntries(Array.from({ length: INPUT_LIMITS.datasetEntries / 2 + 1 }, (_, i) => [`c${i}`, {}]));
    const base = { categories: half };
    expect(checkDatasetSize({ categories: half }, 'factors')).to.equal(undefined);
    expect(checkDatasetSize({ categories: { ...half, x: {} } }, 'factors', base)).to.include({ code: 'TOO_LARGE' });
    const wide = Object.fromEntries(Array.from({ length: INPUT_LIMITS.datasetKeys + 1 }, (_, i) => [`k${i}`, 1]));
    expect(checkDatasetSize(wide, 'factors')).to.include({ code: 'TOO_LARGE' });
    expect(checkDatasetSize(revoked(), 'factors')).to.include({ code: 'INVALID' });
  });
});
