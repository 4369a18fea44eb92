import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../src/define/provider.js';
import '../src/define/footprint-badge.js';
import pageCss from '../src/styles/eco-nudge.css?raw';
import type { EcoFootprintBadge } from '../src/components/footprint-badge/footprint-badge.js';
import type { Grade, ProductInput } from '../src/index.js';
import { GRADE_EXAMPLES, attributes, declaredPact, verifiedPact, type StoryLocale } from './support.js';

/** Args are the element's attributes, by their HTML names, plus the two structured properties. */
interface BadgeArgs {
  'product-id'?: string;
  category?: string;
  'weight-grams'?: number;
  materials?: string;
  origin?: string;
  price?: number;
  currency?: string;
  'declared-grams'?: number;
  variant?: 'compact' | 'full';
  experiment?: string;
  product?: ProductInput;
  pact?: unknown;
}

const render = (a: BadgeArgs) => html`<eco-footprint-badge ${attributes(a)} .product=${a.product} .pact=${a.pact}></eco-footprint-badge>`;

const meta = {
  title: 'Elements/Footprint badge',
  component: 'eco-footprint-badge',
  args: { 'product-id': 'tee-001', category: 'apparel.t-shirt', 'weight-grams': 200, materials: 'cotton:0.95,elastane:0.05', origin: 'BD', variant: 'compact' },
  render,
} satisfies Meta<BadgeArgs>;
export default meta;
type Story = StoryObj<BadgeArgs>;

const badgeIn = async (root: HTMLElement) => {
  const el = root.querySelector('eco-footprint-badge') as EcoFootprintBadge;
  await el.updateComplete;
  return el;
};

/** The default: grade and value, e.g. `C · 14 kg CO₂e`. */
export const Compact: Story = {};

/** Comparison with the category's typical product, method, range, and the disclosure with stages, an equivalent and the sources. */
export const Full: Story = { args: { variant: 'full' } };

/** Full, with the details open: the stage chart, an everyday equivalent, the dataset version and the sources. */
export const FullDetailsOpen: Story = {
  name: 'Full, details open',
  args: { variant: 'full' },
  play: async ({ canvasElement }) => {
    const el = await badgeIn(canvasElement);
    const toggle = el.shadowRoot?.querySelector<HTMLButtonElement>('[part~="toggle"]');
    await expect(toggle).toBeTruthy();
    toggle!.click();
    await el.updateComplete;
    await expect(toggle!.getAttribute('aria-expanded')).toBe('true');
  },
};

const gradeStory = (grade: Grade, variant: 'compact' | 'full' = 'compact'): Story => {
  const ex = GRADE_EXAMPLES[grade];
  return {
        args: { 'product-id': `grade-${grade.toLowerCase()}`, category: ex.category, 'weight-grams': ex.weightGrams, materials: ex.materials ?? '', origin: '', variant },
    parameters: { docs: { description: { story: `${ex.label} (\`${ex.category}\`): the engine grades it ${grade}.` } } },
    play: async ({ canvasElement }) => {
      const el = await badgeIn(canvasElement);
      await expect(el.footprint?.grade).toBe(grade);
      await expect(el.shadowRoot?.querySelector('[part~="grade"]')?.textContent).toContain(grade);
    },
  };
};
export const GradeA: Story = { ...gradeStory('A'), name: 'Grade: A' };
export const GradeB: Story = { ...gradeStory('B'), name: 'Grade: B' };
export const GradeC: Story = { ...gradeStory('C'), name: 'Grade: C' };
export const GradeD: Story = { ...gradeStory('D'), name: 'Grade: D' };
export const GradeE: Story = { ...gradeStory('E'), name: 'Grade: E' };
export const GradeAFull: Story = { ...gradeStory('A', 'full'), name: 'Grade: A, full' };
export const GradeEFull: Story = { ...gradeStory('E', 'full'), name: 'Grade: E, full' };

/** A figure the supplier declared (`declared-grams`, cradle to gate): the badge says "declared by the supplier". */
export const Declared: Story = {
  args: { 'declared-grams': 4200, variant: 'full' },
  play: async ({ canvasElement }) => {
    const el = await badgeIn(canvasElement);
    await expect(el.footprint?.method).toBe('declared');
    await expect(el.footprint?.verified).toBe(false);
  },
};

/** A PACT 3.0 ProductFootprint with a third-party verification (`.pact`): "verified". */
export const VerifiedPact: Story = {
  name: 'Verified (PACT with assurance)',
  args: { 'product-id': 'organic-tee', category: 'apparel.t-shirt', 'weight-grams': 180, materials: '', origin: '', pact: verifiedPact, variant: 'full' },
  play: async ({ canvasElement }) => {
    const el = await badgeIn(canvasElement);
    await expect(el.footprint?.method).toBe('declared');
    await expect(el.footprint?.verified).toBe(true);
  },
};

/** The same PACT document without verification: declared, not verified, so the range is wider. */
export const DeclaredPact: Story = {
  name: 'Declared (PACT, not verified)',
  args: { ...VerifiedPact.args, pact: declaredPact },
};

/** Only the category: everything else comes from its typical product, and the badge says so. */
export const CategoryOnly: Story = {
  name: 'Estimated from the category only',
  args: { 'product-id': 'tee-unknown', category: 'apparel.t-shirt', 'weight-grams': undefined, materials: '', origin: '', variant: 'full' },
};

/**
 * A price and no mass. A price moves an estimate only in a category group where the dataset sets a price exponent
 * (`ranges.price.beta`, fitted by leave-one-out); the bundled dataset sets none, so this shows the category model.
 */
export const SpendBased: Story = {
  name: 'A price alone',
  args: { 'product-id': 'laptop-42', category: 'electronics.laptop', 'weight-grams': undefined, materials: '', origin: '', price: 899, currency: 'EUR', variant: 'full' },
};

/** Structured input through `.product` (transport legs, packaging, use phase). */
export const ProductProperty: Story = {
  name: 'Product property',
  args: {
    'product-id': undefined, category: undefined, 'weight-grams': undefined, materials: undefined, origin: undefined, variant: 'full',
    product: {
      id: 'kettle-1', category: 'appliances.kettle', weightGrams: 1100, originCountry: 'CN',
      materials: [{ material: 'steel', share: 0.5, recycledShare: 0.3 }, { material: 'pp', share: 0.4 }, { material: 'copper', share: 0.1 }],
      transport: [{ mode: 'sea', distanceKm: 19000 }, { mode: 'road', distanceKm: 800 }],
      packaging: [{ material: 'cardboard', weightGrams: 250 }],
    },
  },
};

/** `weight-grams="-5"`: no figure is made up; a neutral "estimate unavailable", `eco-error` INVALID_PRODUCT and one console warning. */
export const InvalidInput: Story = {
  name: 'Error: invalid input',
  args: { 'weight-grams': -5 },
  play: async ({ canvasElement }) => {
    const el = await badgeIn(canvasElement);
    await expect(el.footprint).toBeUndefined();
  },
};

/** A category the dataset does not know: `eco-error` UNKNOWN_CATEGORY, neutral state. */
export const UnknownCategory: Story = {
  name: 'Error: unknown category',
  args: { category: 'apparel.spacesuit' },
  play: async ({ canvasElement }) => {
    const el = await badgeIn(canvasElement);
    await expect(el.footprint).toBeUndefined();
  },
};

/**
 * Loading: before the kit's script arrives, `eco-nudge.css` (the optional page stylesheet) reserves each badge's
 * box, so a product grid does not shift when the elements upgrade. Shown in a frame that has the stylesheet
 * and the markup but no script (the dashed outline only makes the reserved box visible here).
 */
export const Loading: Story = {
  name: 'Loading (before the script arrives)',
  render: () => {
    const doc = `<!doctype html><html lang="en"><head><title>Badge before upgrade</title><style>${pageCss}
      body { font: 16px system-ui, sans-serif; margin: 1rem; }
      eco-footprint-badge { outline: 1px dashed #52585d; }</style></head><body><main>
      <h1>Product grid, script not loaded yet</h1>
      <p>Compact: <eco-footprint-badge category="apparel.t-shirt" weight-grams="200"></eco-footprint-badge> (reserved, not yet upgraded)</p>
      <p>Full:</p><eco-footprint-badge variant="full" category="apparel.t-shirt" weight-grams="200"></eco-footprint-badge></main></body></html>`;
    return html`<iframe title="A page with badges before the script has loaded" srcdoc=${doc} style="inline-size: 100%; block-size: 10rem; border: 1px solid GrayText"></iframe>`;
  },
};

export const Dark: Story = { name: 'Theme: dark', globals: { theme: 'dark' } };
export const DarkFull: Story = { name: 'Theme: dark, full', args: { variant: 'full' }, globals: { theme: 'dark' } };

/** Pounds and ounces through the provider's `units="imperial"`. */
export const Imperial: Story = { name: 'Units: imperial', args: { variant: 'full' }, parameters: { provider: { units: 'imperial' } } };

const localeStory = (locale: StoryLocale): Story => ({ args: { variant: 'full' }, globals: { locale } });
export const LocaleEn: Story = { ...localeStory('en'), name: 'Locale: English' };
export const LocaleDe: Story = { ...localeStory('de'), name: 'Locale: German' };
export const LocaleFr: Story = { ...localeStory('fr'), name: 'Locale: French' };
export const LocaleEs: Story = { ...localeStory('es'), name: 'Locale: Spanish' };
export const LocaleZhCN: Story = { ...localeStory('zh-CN'), name: 'Locale: Chinese (Simplified)' };
export const LocaleJa: Story = { ...localeStory('ja'), name: 'Locale: Japanese' };

/** A product grid: compact badges of every grade side by side. */
export const AllGrades: Story = {
  name: 'All grades',
  render: () => html`<ul class="eco-row" style="list-style: none; padding: 0; margin: 0">
    ${Object.entries(GRADE_EXAMPLES).map(
      ([grade, ex]) => html`<li style="display: grid; gap: .25rem">
        <span>${ex.label}</span>
        <eco-footprint-badge product-id=${`grid-${grade}`} category=${ex.category} weight-grams=${ex.weightGrams}></eco-footprint-badge>
      </li>`,
    )}
  </ul>`,
};
