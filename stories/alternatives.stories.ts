import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../src/define/provider.js';
import '../src/define/alternatives.js';
import type { AlternativeCandidate, EcoAlternatives } from '../src/components/alternatives/alternatives.js';
import type { ProductInput } from '../src/index.js';
import { attributes, runner, runnerCandidates, tee, teeCandidates, type StoryLocale } from './support.js';

interface AlternativesArgs {
  product?: unknown;
  candidates?: unknown;
  max?: number;
  'min-saving'?: number;
  'heading-level'?: number;
  experiment?: string;
}

const render = (a: AlternativesArgs) =>
  html`<eco-alternatives ${attributes(a)} .product=${a.product as ProductInput} .candidates=${a.candidates as AlternativeCandidate[]}></eco-alternatives>`;

const meta = {
  title: 'Elements/Alternatives',
  component: 'eco-alternatives',
  args: { product: runner, candidates: runnerCandidates, max: 3, 'min-saving': 0.1, 'heading-level': 2 },
  render,
  parameters: {
    docs: {
      description: {
        component:
          'Swaps as cards: thumbnail (when `image` is an http(s) or relative URL), name, grade and figure, the saving with a real minus sign and an everyday equivalent, the price difference, and "Switch". Only savings the engine is confident about are claimed: the saving\'s own range (shared factors cancel, docs/engine.md) must start at 10% of the current figure or more. Lower products with an uncertain saving are listed muted with that range. "Switch" fires the cancelable `eco-alternative-select` (the provider records the swap as the order\'s pending choice, credited when the order is placed); "Undo" fires `eco-alternative-undo` (the provider removes it). The button takes the merchant\'s `--eco-accent`, else the page\'s text colour.',
      },
    },
  },
} satisfies Meta<AlternativesArgs>;
export default meta;
type Story = StoryObj<AlternativesArgs>;

const listIn = async (root: HTMLElement) => {
  const el = root.querySelector('eco-alternatives') as EcoAlternatives;
  await el.updateComplete;
  return el;
};

/**
 * Air-freighted leather runners, with other running shoes. Only swaps whose likely range lies clearly below are
 * listed: the same leather shoe shipped by sea overlaps, so no saving is claimed for it; the T-shirt is another
 * category and never listed.
 */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const el = await listIn(canvasElement);
    const names = [...(el.shadowRoot?.querySelectorAll('[part~="item-name"]') ?? [])].map((n) => n.textContent?.trim());
    await expect(names.length).toBeGreaterThan(0);
    await expect(names).not.toContain('Leather runner (sea freight)');
    await expect(names.some((n) => n?.includes('T-shirt'))).toBe(false);
  },
};

/** `max="1"`: only the largest saving. */
export const TopOne: Story = { name: 'Max: 1', args: { max: 1 } };

/**
 * Pressing "Switch" (the event is not cancelled): the button itself now reads "Switched" (pressed), "Undo" sits beside
 * it, and the provider records the swap as this order's pending choice: it "would save" until the order is placed.
 */
export const Switched: Story = {
  play: async ({ canvasElement }) => {
    const el = await listIn(canvasElement);
    const action = el.shadowRoot?.querySelector<HTMLButtonElement>('[part~="action"]');
    action?.click();
    await el.updateComplete;
    await expect(action?.getAttribute('aria-pressed')).toBe('true');
    await expect(el.shadowRoot?.querySelector('[part~="undo"]')).toBeTruthy();
  },
};

/**
 * Lower products, but no certain saving: T-shirts whose savings are small beside what each product's own figure leaves
 * open. They are listed muted with the saving's range ("might save …"), without "Switch"; never "already among the
 * lowest".
 */
export const Uncertain: Story = {
  name: 'Uncertain: lower, but no certain saving',
  args: { product: tee, candidates: teeCandidates },
  play: async ({ canvasElement }) => {
    const el = await listIn(canvasElement);
    await expect(el.shadowRoot?.querySelector('[part~="uncertain"]')).toBeTruthy();
    await expect(el.shadowRoot?.querySelector('[part~="item-might-save"]')).toBeTruthy();
    await expect(el.shadowRoot?.querySelector('[part~="action"]')).toBeNull();
  },
};

/** The lightest tee of the shelf: no compared product is lower, and the text says how many were compared. */
const lightTee: ProductInput = { ...tee, id: 'tee-lightest', weightGrams: 60 };
export const Empty: Story = {
  name: 'Empty: no compared product is lower',
  args: { product: lightTee, candidates: teeCandidates },
  play: async ({ canvasElement }) => {
    const el = await listIn(canvasElement);
    await expect(el.shadowRoot?.querySelector('[part~="list"]')).toBeNull();
  },
};

/** The empty state through the `empty` slot. */
export const EmptySlot: Story = {
  name: 'Empty: custom text in the slot',
  args: { product: lightTee, candidates: teeCandidates },
  render: (a) => html`<eco-alternatives ${attributes(a)} .product=${a.product as ProductInput} .candidates=${a.candidates as AlternativeCandidate[]}>
    <span slot="heading">Similar tees</span>
    <p slot="empty">None of our other tees is lower than this one.</p>
  </eco-alternatives>`,
};

/** `.product` is not a product: neutral "estimate unavailable" and `eco-error` INVALID_PRODUCT. */
export const InvalidProduct: Story = {
  name: 'Error: invalid product',
  args: { product: { category: 'footwear.sneakers', weightGrams: 'heavy' } },
};

/** Some candidates are broken (no name, a bad weight): they are skipped, one `eco-error` lists them, the good ones are shown. */
export const InvalidCandidates: Story = {
  name: 'Error: some invalid candidates',
  args: {
    candidates: [
      ...runnerCandidates.slice(0, 2),
      { id: 'no-name', category: 'footwear.sneakers', weightGrams: 300 },
      { id: 'bad-weight', name: 'Bad weight', category: 'footwear.sneakers', weightGrams: -1 },
    ],
  },
};

export const Dark: Story = { name: 'Theme: dark', globals: { theme: 'dark' } };

/** The merchant's accent, set once (`--eco-accent` on the provider or the page): the "Switch" button takes it. */
export const MerchantAccent: Story = {
  name: 'Merchant accent (--eco-accent)',
  render: (a) => html`<div style="--eco-accent: #5b3cc4">${render(a)}</div>`,
};

const localeStory = (locale: StoryLocale): Story => ({ globals: { locale } });
export const LocaleDe: Story = { ...localeStory('de'), name: 'Locale: German' };
export const LocaleJa: Story = { ...localeStory('ja'), name: 'Locale: Japanese' };
export const LocaleZhCN: Story = { ...localeStory('zh-CN'), name: 'Locale: Chinese (Simplified)' };
