import { expect } from '@open-wc/testing';
import {
  LIMITS, bundledDataset, computeCheckoutSavings, estimateFootprint, safeComputeCheckoutSavings, safeEstimateFootprint, safeLoadDataset,
  safeRankAlternatives, safeRankDeliveryOptions, type Dataset, type ProductInput, type Result,
} from '../../src/engine/index.js';
import { ProductInputSchema, quickProduct } from '../../src/engine/schemas/index.js';
import { fixtureDataset as dataset } from '../helpers/dataset.fixture.js';

const MILLION = 1_000_000;
/** The failure of a result, or a test failure naming what came back instead. */
function failure<T>(r: Result<T>) {
  if (r.ok) throw new Error(`expected an error, got ${JSON.stringify(r.value).slice(0, 200)}`);
  return r.error;
}
/** Asserts the documented over-limit error: the code, one issue whose path is the array, a message naming the limit. */
function expectTooMany<T>(r: Result<T>, code: string, path: string, limit: keyof typeof LIMITS, count: number) {
  const e = failure(r);
  expect(e.code).to.equal(code);
  expect(e.issues).to.deep.equal([{ path, message: `At most ${LIMITS[limit]} entries, got ${count}.` }]);
  expect(e.message).to.include(`at most ${LIMITS[limit]} accepted (LIMITS.${limit})`);
  expect(e.message).to.include(`${count} given`);
}

/** `n` list entries of a kind, all valid against the fixture dataset. */
const entries = {
  materials: (n: number) => Array.from({ length: n }, (_, i) => ({ material: i % 2 ? 'cotton' : 'polyester', share: 1 / n, recycledShare: (i % 3) / 3 })),
  transport: (n: number) => Array.from({ length: n }, (_, i) => ({ mode: i % 2 ? ('sea' as const) : ('road' as const), distanceKm: 100 + i })),
  packaging: (n: number) => Array.from({ length: n }, (_, i) => ({ material: i % 2 ? 'cardboard' : 'plastic-film', weightGrams: 5 + i })),
};
const LISTS = ['materials', 'transport', 'packaging'] as const;
const tee = (extra: Partial<Record<string, unknown>> = {}) => ({ category: 'apparel.t-shirt', weightGrams: 200, ...extra }) as ProductInput;
/** One array of `n` references to the same item (a million distinct objects would only slow the test down). */
const many = <T>(n: number, item: T): T[] => new Array<T>(n).fill(item);

describe('limits', () => {
  it('are documented numbers, frozen', () => {
    expect(Object.isFrozen(LIMITS)).to.equal(true);
    expect(LIMITS).to.deep.equal({ materials: 50, transport: 20, packaging: 20, candidates: 10_000, deliveryOptions: 50, cartLines: 1_000, cartEntries: 5_000 });
  });

  for (const k of LISTS) {
    describe(`product.${k}`, () => {
      it(`at the limit (${LIMITS[k]}) is estimated; the figures use every entry`, () => {
        const full = estimateFootprint(tee({ [k]: entries[k](LIMITS[k]) }), { dataset });
        const one = estimateFootprint(tee({ [k]: entries[k](1) }), { dataset });
        expect(full.method).to.equal('activity');
        expect(full.co2eGrams).to.be.greaterThan(0);
        if (k !== 'materials') expect(full.stages[k]).to.be.greaterThan(one.stages[k]); // more legs / more packaging weigh more
      });

      it('one over the limit is INVALID_PRODUCT at the array, naming the limit (throwing and safe variants)', () => {
        const p = tee({ [k]: entries[k](LIMITS[k] + 1) });
        expectTooMany(safeEstimateFootprint(p, { dataset }), 'INVALID_PRODUCT', k, k, LIMITS[k] + 1);
        expect(() => estimateFootprint(p, { dataset })).to.throw(`LIMITS.${k}`);
      });

      it('1,000,000 entries, sound or broken, give the same error', () => {
        expectTooMany(safeEstimateFootprint(tee({ [k]: many(MILLION, entries[k](1)[0]) }), { dataset }), 'INVALID_PRODUCT', k, k, MILLION);
        expectTooMany(safeEstimateFootprint(tee({ [k]: many(MILLION, { material: 3, mode: 'boat', share: 'x' }) }), { dataset }), 'INVALID_PRODUCT', k, k, MILLION);
      });

      it('the product schema and its fast path agree with the limit', () => {
        const at = tee({ [k]: entries[k](LIMITS[k]) });
        const over = tee({ [k]: entries[k](LIMITS[k] + 1) });
        expect(quickProduct(at)).to.equal(at);
        expect(ProductInputSchema.safeParse(at).success).to.equal(true);
        expect(quickProduct(over)).to.equal(undefined);
        const z = ProductInputSchema.safeParse(over);
        expect(z.success).to.equal(false);
        expect(z.error?.issues.map((i) => [i.code, i.path.join('.')])).to.deep.equal([['too_big', k]]);
      });
    });
  }

  describe('rankAlternatives candidates', () => {
    const product = tee({ weightGrams: 5000 });
    it(`at the limit (${LIMITS.candidates.toLocaleString('en')}) every lower candidate is ranked`, () => {
      const cs = Array.from({ length: LIMITS.candidates }, (_, i) => tee({ id: `c${i}`, weightGrams: 10 + (i % 1000) }));
      const r = safeRankAlternatives(product, cs, { dataset });
      expect(r.ok).to.equal(true);
      if (r.ok) expect(r.value.length).to.equal(LIMITS.candidates);
    });
    it('one over the limit, or 1,000,000, is INVALID_ARGUMENT at candidates', () => {
      expectTooMany(safeRankAlternatives(product, many(LIMITS.candidates + 1, tee()), { dataset }), 'INVALID_ARGUMENT', 'candidates', 'candidates', LIMITS.candidates + 1);
      expectTooMany(safeRankAlternatives(product, many(MILLION, tee()), { dataset }), 'INVALID_ARGUMENT', 'candidates', 'candidates', MILLION);
      expectTooMany(safeRankAlternatives(product, many(MILLION, { category: 3 } as never), { dataset }), 'INVALID_ARGUMENT', 'candidates', 'candidates', MILLION);
    });
    it('a candidate over a product limit is left out; the product itself over a limit is an error at product.<list>', () => {
      const r = safeRankAlternatives(product, [tee({ id: 'big', weightGrams: 10, materials: entries.materials(LIMITS.materials + 1) }), tee({ id: 'ok', weightGrams: 10 })], { dataset });
      expect(r.ok && r.value.map((a) => a.id)).to.deep.equal(['ok']);
      const p = safeRankAlternatives(tee({ transport: many(MILLION, entries.transport(1)[0]) }), [], { dataset });
      expectTooMany(p, 'INVALID_PRODUCT', 'product.transport', 'transport', MILLION);
    });
  });

  describe('rankDeliveryOptions options', () => {
    const opts = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `o${i}`, kind: i % 2 ? ('locker' as const) : ('home' as const) }));
    it(`at the limit (${LIMITS.deliveryOptions}) every option is ranked, the lowest marked`, () => {
      const r = safeRankDeliveryOptions(opts(LIMITS.deliveryOptions), { weightGrams: 800 }, { dataset });
      expect(r.ok).to.equal(true);
      if (!r.ok) return;
      expect(r.value.length).to.equal(LIMITS.deliveryOptions);
      expect(r.value.filter((o) => o.lowest).map((o) => o.kind)).to.deep.equal(new Array(LIMITS.deliveryOptions / 2).fill('locker'));
    });
    it('one over the limit, or 1,000,000 (even broken), is INVALID_ARGUMENT at options', () => {
      expectTooMany(safeRankDeliveryOptions(opts(LIMITS.deliveryOptions + 1), { weightGrams: 800 }, { dataset }), 'INVALID_ARGUMENT', 'options', 'deliveryOptions', LIMITS.deliveryOptions + 1);
      expectTooMany(safeRankDeliveryOptions(many(MILLION, { id: 'x', kind: 'home' }), { weightGrams: 800 }, { dataset }), 'INVALID_ARGUMENT', 'options', 'deliveryOptions', MILLION);
      expectTooMany(safeRankDeliveryOptions(many(MILLION, { id: '', kind: 'drone' } as never), { weightGrams: 800 }, { dataset }), 'INVALID_ARGUMENT', 'options', 'deliveryOptions', MILLION);
    });
  });

  describe('computeCheckoutSavings cart', () => {
    const line = (i: number) => ({ product: tee({ weightGrams: 100 + (i % 50) }), quantity: 1 + (i % 3), ...(i % 4 ? {} : { swappedFrom: tee({ weightGrams: 400 }) }) });
    it(`at the line limit (${LIMITS.cartLines.toLocaleString('en')}) the cart is computed`, () => {
      const lines = Array.from({ length: LIMITS.cartLines }, (_, i) => line(i));
      const r = computeCheckoutSavings({ lines, delivery: { chosen: 'locker' } }, { dataset });
      const one = computeCheckoutSavings({ lines: [line(1)] }, { dataset });
      expect(r.totalGrams).to.be.greaterThan(one.totalGrams * 100);
      expect(r.byReason.swaps).to.be.greaterThan(0);
    });
    it('one line over the limit, or 1,000,000 lines (even broken), is INVALID_ARGUMENT at cart.lines', () => {
      const n = LIMITS.cartLines + 1;
      expectTooMany(safeComputeCheckoutSavings({ lines: Array.from({ length: n }, (_, i) => line(i)) }, { dataset }), 'INVALID_ARGUMENT', 'cart.lines', 'cartLines', n);
      expectTooMany(safeComputeCheckoutSavings({ lines: many(MILLION, line(0)) }, { dataset }), 'INVALID_ARGUMENT', 'cart.lines', 'cartLines', MILLION);
      expectTooMany(safeComputeCheckoutSavings({ lines: many(MILLION, { product: 3, quantity: -1 } as never) }, { dataset }), 'INVALID_ARGUMENT', 'cart.lines', 'cartLines', MILLION);
    });
    it('a line product over a product limit is INVALID_PRODUCT at that list, 1,000,000 entries included', () => {
      const big = { product: tee({ packaging: many(MILLION, entries.packaging(1)[0]) }), quantity: 1 };
      expectTooMany(safeComputeCheckoutSavings({ lines: [line(0), big] }, { dataset }), 'INVALID_PRODUCT', 'cart.lines.1.product.packaging', 'packaging', MILLION);
      const swapped = { product: tee(), quantity: 1, swappedFrom: tee({ materials: entries.materials(LIMITS.materials + 1) }) };
      expectTooMany(safeComputeCheckoutSavings({ lines: [swapped] }, { dataset }), 'INVALID_PRODUCT', 'cart.lines.0.swappedFrom.materials', 'materials', LIMITS.materials + 1);
    });
    it(`the lines' products list at most ${LIMITS.cartEntries.toLocaleString('en')} entries together`, () => {
      // 250 lines × (product 10 + swappedFrom 10) = 5,000 entries: at the limit; one more entry is over it
      const rich = () => tee({ materials: entries.materials(4), transport: entries.transport(3), packaging: entries.packaging(3) });
      const lines = Array.from({ length: 250 }, () => ({ product: rich(), quantity: 1, swappedFrom: rich() }));
      expect(safeComputeCheckoutSavings({ lines }, { dataset }).ok).to.equal(true);
      const over = [...lines, { product: tee({ transport: entries.transport(1) }), quantity: 1 }];
      expectTooMany(safeComputeCheckoutSavings({ lines: over }, { dataset }), 'INVALID_ARGUMENT', 'cart.lines', 'cartEntries', LIMITS.cartEntries + 1);
    });
    it('a cart broken everywhere within the limits is INVALID_PRODUCT with every issue, not a stack overflow', () => {
      const bad = { id: 3, category: '', weightGrams: -1, materials: many(10, { material: 3, share: 'x', recycledShare: -1 }) };
      const lines = Array.from({ length: LIMITS.cartEntries / 20 }, () => ({ product: bad, quantity: -1, swappedFrom: bad }));
      const e = failure(safeComputeCheckoutSavings({ lines } as never, { dataset }));
      expect(e.code).to.equal('INVALID_PRODUCT');
      expect(e.issues.length).to.be.greaterThan(lines.length * 60);
      expect(e.issues[0]!.path).to.match(/^cart\.lines\.0\./);
    });
  });

  describe('dataset figures', () => {
    const copy = (): { -readonly [K in keyof Dataset]: any } => structuredClone(bundledDataset) as never; // eslint-disable-line @typescript-eslint/no-explicit-any
    const issuePaths = (r: Result<Dataset>) => failure(r).issues.map((i) => i.path);

    it('a negative benchmark stage is DATASET_INVALID at that stage (zero is fine)', () => {
      const d = copy();
      const [key] = Object.keys(d.categories);
      d.categories[key!].benchmark.stages.transport = -1e9;
      expect(failure(safeLoadDataset(d)).code).to.equal('DATASET_INVALID');
      expect(issuePaths(safeLoadDataset(d))).to.deep.equal([`categories.${key}.benchmark.stages.transport`]);
      d.categories[key!].benchmark.stages.transport = 0;
      expect(safeLoadDataset(d).ok).to.equal(true);
    });

    it('negative factors, non-positive rates and grade bounds, and years out of range are rejected at their paths', () => {
      const cases: [string, (d: ReturnType<typeof copy>) => void][] = [
        ['grid.DE.value', (d) => (d.grid.DE.value = -1)],
        ['materials.cotton.virgin.value', (d) => (d.materials.cotton.virgin.value = -5)],
        ['spend.apparel.value', (d) => (d.spend.apparel.value = -1)],
        ['currencies.perUsd.EUR', (d) => (d.currencies.perUsd.EUR = 0)],
        ['grades.0', (d) => (d.grades[0] = 0)],
        ['currencies.spendYear', (d) => (d.currencies.spendYear = -2021)],
        ['currencies.priceIndex.currentYear', (d) => (d.currencies.priceIndex.currentYear = 1e6)],
        ['ranges.method.activity', (d) => (d.ranges.method.activity = 0.5)],
      ];
      for (const [path, spoil] of cases) {
        const d = copy();
        spoil(d);
        expect(issuePaths(safeLoadDataset(d)), path).to.include(path);
      }
    });

    it("a category's typical product is held to the product list limits", () => {
      const d = copy();
      const [key] = Object.keys(d.categories);
      const m = d.categories[key!].typical.materials[0];
      d.categories[key!].typical.materials = many(LIMITS.materials + 1, { ...m, share: 1 / (LIMITS.materials + 1) });
      expect(issuePaths(safeLoadDataset(d))).to.deep.equal([`categories.${key}.typical.materials`]);
      d.categories[key!].typical.materials = many(LIMITS.materials, { ...m, share: 1 / LIMITS.materials });
      expect(safeLoadDataset(d).ok).to.equal(true);
    });
  });
});
