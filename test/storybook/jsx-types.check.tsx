// Compile-only check of the generated React 19 typings (dist/jsx.d.ts): run after `npm run build` with
//   npx tsc -p test/storybook/tsconfig.jsx.json
// Tags, attributes, properties and `oneco-*` handlers must type-check; the @ts-expect-error lines must fail.
import type {} from '../../dist/jsx.js';
import type { ProductInput } from '../../dist/index.js';

const product: ProductInput = { category: 'apparel.t-shirt', weightGrams: 180 };
export const ok = (
  <eco-provider locale="de" theme="dark" oneco-savings-change={(e) => e.detail.savedGrams.toFixed()}>
    <eco-footprint-badge category="apparel.t-shirt" weight-grams={180} variant="full" product={product}
      oneco-footprint-change={(e) => e.detail.result.co2eGrams} experiment="a" />
    <eco-alternatives product={product} candidates={[]} max={2} oneco-alternative-select={(e) => e.detail.alternativeId} />
    <eco-delivery-options name="d" strategy="preselect" hide-packaging-opt-out oneco-delivery-select={(e) => e.detail.optionId} />
    <eco-savings-counter saved-grams={120} goal-grams="1500000000000000" />
  </eco-provider>
);
// @ts-expect-error: not a variant
export const bad1 = <eco-footprint-badge variant="huge" />;
// @ts-expect-error: detail has no such field
export const bad2 = <eco-alternatives oneco-alternative-select={(e) => e.detail.nope} />;
