import { expect } from '@open-wc/testing';
import { ProductInputSchema, quickProduct } from '../../src/engine/schemas/index.js';
import { prng } from '../helpers/prng.js';

describe('product schema fast path', () => {
  it('accepts nothing the schema rejects, and agrees on common valid products', function () {
    this.timeout(120000); // a loaded CI machine is slow; this checks results, not speed
    const r = prng(7);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
    // values near every bound, and wrong types
    const num = () => pick([-1, 0, 1e-9, 0.5, 1, 1.02, 2, 100, 40075, 40076, 1e7, 1e8, 1e9, 1e9 + 1, 1e12, 1e13, NaN, Infinity, -Infinity, '5', null, undefined]);
    const str = () => pick(['', 'x', 'apparel.t-shirt', 'de', 'DE', 'WORLD', 'EUR', 'eu', 'EURO', 'sea', 'air', 'boat', 5, null, undefined]);
    const arr = <T>(f: () => T) => (r() < 0.15 ? pick([undefined, 'x', {}, []]) : Array.from({ length: Math.floor(r() * 3) }, () => (r() < 0.1 ? pick([null, 3, 'x']) : f())));
    let fast = 0;
    for (let i = 0; i < 5000; i++) {
      const p: Record<string, unknown> = {};
      const set = (k: string, v: () => unknown) => { if (r() < 0.6) p[k] = v(); };
      set('category', str);
      set('id', str);
      set('name', str);
      set('price', num);
      set('currency', str);
      set('weightGrams', num);
      set('originCountry', str);
      set('materials', () => arr(() => ({ material: str(), share: num(), ...(r() < 0.5 ? { recycledShare: num() } : {}) })));
      set('transport', () => arr(() => ({ mode: str(), distanceKm: num() })));
      set('packaging', () => arr(() => ({ material: str(), weightGrams: num() })));
      set('use', () => (r() < 0.1 ? 'x' : { kWhPerYear: num(), years: num(), ...(r() < 0.5 ? { country: str() } : {}) }));
      if (r() < 0.05) p.declared = { co2eGrams: 1, boundary: 'cradle-to-gate' };
      const q = quickProduct(p);
      const z = ProductInputSchema.safeParse(p);
      if (q) {
        fast++;
        if (!z.success) throw new Error(`fast path accepted what the schema rejects: ${JSON.stringify(p)} ${JSON.stringify(z.error.issues)}`);
      }
    }
    expect(fast).to.be.greaterThan(10);
    const common = { category: 'apparel.t-shirt', weightGrams: 180, materials: [{ material: 'cotton', share: 0.95 }, { material: 'elastane', share: 0.05 }], transport: [{ mode: 'sea', distanceKm: 9000 }], packaging: [{ material: 'cardboard', weightGrams: 20 }], price: 20, currency: 'EUR', use: { kWhPerYear: 2, years: 3 } };
    // one field of a valid product at a time, through every bound: both must agree exactly
    const variants: [string, () => unknown][] = [
      ['category', str], ['id', str], ['name', str], ['price', num], ['currency', str], ['weightGrams', num], ['originCountry', str],
      ['materials', () => [{ material: 'cotton', share: num(), recycledShare: num() }]],
      ['materials', () => [{ material: str(), share: 0.5 }, { material: 'cotton', share: num() }]],
      ['transport', () => [{ mode: str(), distanceKm: num() }]],
      ['packaging', () => [{ material: str(), weightGrams: num() }]],
      ['use', () => ({ kWhPerYear: num(), years: num(), country: str() })],
    ];
    for (let i = 0; i < 3000; i++) {
      const [k, v] = pick(variants);
      const p = { ...common, [k]: v() };
      const q = quickProduct(p) !== undefined;
      const z = ProductInputSchema.safeParse(p).success;
      if (q && !z) throw new Error(`fast path accepted what the schema rejects: ${JSON.stringify(p)}`);
      if (z && !q && p[k as keyof typeof p] !== undefined) throw new Error(`fast path rejected a valid product (falls back, but should agree): ${k} = ${JSON.stringify(p[k as keyof typeof p])}`);
    }
    expect(quickProduct(common)).to.equal(common);
    expect(ProductInputSchema.safeParse(common).success).to.equal(true);
    // eslint-disable-next-line no-sparse-arrays
    expect(quickProduct({ category: 'x', materials: [, { material: 'cotton', share: 1 }] })).to.equal(undefined);
  });
});
