import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/provider.js';
import '../src/define/footprint-badge.js';
import '../src/define/alternatives.js';
import '../src/define/delivery-options.js';
import '../src/define/savings-counter.js';
import { attributes, deliveryOptions, parcel, runner, runnerCandidates } from './support.js';

interface ProviderArgs {
  locale?: string;
  currency?: string;
  theme?: 'light' | 'dark' | 'auto';
  units?: 'metric' | 'imperial';
  country?: string;
  'factors-src'?: string;
  persist?: boolean;
  experiment?: string;
  factors?: unknown;
}

/** The provider's own attributes win over the toolbar (these stories render their own provider). */
const render = (a: ProviderArgs, { globals }: { globals: Record<string, unknown> }) => html`<eco-provider
  ${attributes({ locale: globals.locale, theme: globals.theme, ...a })}
  .factors=${a.factors}
>
  <div class="eco-stack">
    <p>T-shirt, 200 g, 95% cotton: <eco-footprint-badge product-id="tee" category="apparel.t-shirt" weight-grams="200" materials="cotton:0.95,elastane:0.05"></eco-footprint-badge></p>
    <eco-footprint-badge variant="full" product-id="kettle" category="appliances.kettle" weight-grams="1100" price="39" currency="EUR"></eco-footprint-badge>
  </div>
</eco-provider>`;

const meta = {
  title: 'Elements/Provider',
  component: 'eco-provider',
  args: { currency: 'EUR', units: 'metric', country: '' },
  parameters: { provider: false },
  render,
} satisfies Meta<ProviderArgs>;
export default meta;
type Story = StoryObj<ProviderArgs>;

/** Settings for every element inside: locale, currency, units, theme, country (grid and equivalents). */
export const Default: Story = {};

/** A shopper in Poland (coal-heavy grid: the kettle's use phase weighs more) who reads pounds and ounces. */
export const CountryAndUnits: Story = { name: 'Country: PL, imperial units', args: { country: 'PL', units: 'imperial', currency: 'PLN' } };

/** A shopper in France (low-carbon grid). */
export const CountryFR: Story = { name: 'Country: FR', args: { country: 'FR' } };

/** A merchant dataset that fails validation: `eco-error` DATASET_INVALID, and the bundled dataset keeps serving. */
export const InvalidDataset: Story = {
  name: 'Error: invalid merchant dataset',
  args: { factors: { schemaVersion: 1, id: 'broken', categories: 'not an object' } },
};

/** A partial merchant dataset merged onto the bundled one (here: a lower manufacturing factor for T-shirts from an audited supplier). */
export const MerchantFactors: Story = {
  name: 'Merchant factors (partial dataset)',
  args: {
    factors: {
      id: 'shop-factors',
      version: '2026.1-shop',
      sources: { shop: { title: 'Supplier audit 2025', year: 2025, licence: 'proprietary', attribution: 'Example Shop' } },
      categories: { 'apparel.t-shirt': { manufacturing: { value: 9000, unit: 'g CO2e/kg', source: 'shop' } } },
    },
  },
};

/**
 * A checkout: alternatives on the product, delivery options with the packaging opt-out, and the savings
 * counter reading the provider's ledger. Switch a product or pick a delivery option: the counter follows.
 */
export const Checkout: Story = {
  name: 'Checkout: everything together',
  render: (a, { globals }) => html`<eco-provider ${attributes({ locale: globals.locale, theme: globals.theme, ...a })} experiment="checkout-b">
    <div class="eco-stack">
      <eco-footprint-badge variant="full" .product=${runner}></eco-footprint-badge>
      <eco-alternatives .product=${runner} .candidates=${runnerCandidates} experiment="checkout-b"></eco-alternatives>
      <form class="eco-stack" @submit=${(e: SubmitEvent) => e.preventDefault()}>
        <eco-delivery-options name="delivery" strategy="highlight" .options=${deliveryOptions} .parcel=${parcel} experiment="checkout-b"></eco-delivery-options>
        <p><button type="submit">Continue to payment</button></p>
      </form>
      <eco-savings-counter community-grams="420000000000000" goal-grams="1500000000000000" experiment="checkout-b"></eco-savings-counter>
    </div>
  </eco-provider>`,
};
