import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../src/define/provider.js';
import '../src/define/savings-counter.js';
import type { EcoSavingsCounter } from '../src/components/savings-counter/savings-counter.js';
import type { LedgerEntry } from '../src/context/contexts.js';
import { attributes, providerWithLedger, sampleLedger, type StoryLocale } from './support.js';

/** The current order's choices, not placed yet (a swap, a delivery option), beside what an earlier order saved. */
const pendingLedger: LedgerEntry[] = [
  { reason: 'swaps', key: 'earlier-order', savedGrams: 12000 },
  { reason: 'swaps', key: 'tee-classic', savedGrams: 3400, pending: true },
  { reason: 'delivery', key: 'delivery', savedGrams: 420, pending: true },
];

interface CounterArgs {
  'saved-grams'?: number;
  'community-grams'?: number;
  'goal-grams'?: number;
  experiment?: string;
}

const render = (a: CounterArgs) => html`<eco-savings-counter ${attributes(a)}></eco-savings-counter>`;

const meta = {
  title: 'Elements/Savings counter',
  component: 'eco-savings-counter',
  args: {},
  render,
} satisfies Meta<CounterArgs>;
export default meta;
type Story = StoryObj<CounterArgs>;

const counterIn = async (root: HTMLElement) => {
  const el = root.querySelector('eco-savings-counter') as EcoSavingsCounter;
  await el.updateComplete;
  return el;
};

/** The provider's ledger after placed orders: a swap, a delivery choice and declined packaging, credited as saved. */
export const LedgerWithSavings: Story = {
  name: 'Ledger with savings',
  parameters: { provider: false },
  render: (a, { globals }) => providerWithLedger(globals, sampleLedger, render(a)),
  play: async ({ canvasElement }) => {
    const el = await counterIn(canvasElement);
    await expect(el.shadowRoot?.querySelector('[part~="reasons"]')).toBeTruthy();
  },
};

/**
 * The current order's choices before it is placed: "Would save with this order", in the page's text colour (not yet
 * saved), with what earlier orders saved below. `provider.placeOrder()` (or `eco-order-place`) credits them.
 */
export const PendingOrder: Story = {
  name: 'This order would save (pending)',
  parameters: { provider: false },
  render: (a, { globals }) => providerWithLedger(globals, pendingLedger, render(a)),
  play: async ({ canvasElement }) => {
    const el = await counterIn(canvasElement);
    await expect(el.shadowRoot?.querySelector('[part~="label"]')?.textContent).toContain('Would save');
    await expect(el.shadowRoot?.querySelector('[part~="saved"]')).toBeTruthy();
  },
};

/** An empty ledger: nothing saved yet. A neutral sentence, never a big "0 g CO₂e". */
export const Empty: Story = {
  name: 'Empty ledger',
  play: async ({ canvasElement }) => {
    const el = await counterIn(canvasElement);
    await expect(el.shadowRoot?.querySelector('[part~="value"]')).toBeNull();
    await expect(el.shadowRoot?.querySelector('[part~="empty"]')).toBeTruthy();
  },
};

/** An explicit total (`saved-grams`), instead of the ledger. */
export const ExplicitTotal: Story = { name: 'Explicit saved-grams', args: { 'saved-grams': 12500 } };

/** A platform's progress toward a shared goal of 1.5 gigatonnes. */
export const CommunityProgress: Story = {
  name: 'Community progress (1.5 Gt goal)',
  args: { 'saved-grams': 3885, 'community-grams': 4.2e14, 'goal-grams': 1.5e15 },
  play: async ({ canvasElement }) => {
    const el = await counterIn(canvasElement);
    await expect(el.shadowRoot?.querySelector('[role="progressbar"]')).toBeTruthy();
  },
};

/** The ledger and the shared goal together, as on an order confirmation page. */
export const LedgerAndCommunity: Story = {
  name: 'Ledger and community progress',
  args: { 'community-grams': 4.2e14, 'goal-grams': 1.5e15 },
  parameters: { provider: false },
  render: (a, { globals }) => providerWithLedger(globals, sampleLedger, render(a)),
};

/** `saved-grams="abc"`: neutral state, `eco-error` INVALID_ARGUMENT. */
export const InvalidInput: Story = { name: 'Error: invalid number', args: { 'saved-grams': 'abc' as unknown as number } };

/** `goal-grams="0"`: no progress bar, `eco-error`. */
export const InvalidGoal: Story = { name: 'Error: invalid goal', args: { 'saved-grams': 1200, 'community-grams': 5e14, 'goal-grams': 0 } };

export const Dark: Story = {
  name: 'Theme: dark',
  globals: { theme: 'dark' },
  args: { 'community-grams': 4.2e14, 'goal-grams': 1.5e15 },
  parameters: { provider: false },
  render: (a, { globals }) => providerWithLedger(globals, sampleLedger, render(a)),
};

/** Pounds through the provider's `units="imperial"`. */
export const Imperial: Story = { name: 'Units: imperial', args: { 'saved-grams': 12500 }, parameters: { provider: { units: 'imperial' } } };

const localeStory = (locale: StoryLocale): Story => ({
  globals: { locale },
  args: { 'community-grams': 4.2e14, 'goal-grams': 1.5e15 },
  parameters: { provider: false },
  render: (a, { globals }) => providerWithLedger(globals, sampleLedger, render(a)),
});
export const LocaleEs: Story = { ...localeStory('es'), name: 'Locale: Spanish' };
export const LocaleDe: Story = { ...localeStory('de'), name: 'Locale: German' };
