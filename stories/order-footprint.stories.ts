import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../src/define/provider.js';
import '../src/define/order-footprint.js';
import '../src/define/delivery-options.js';
import type { EcoOrderFootprint, OrderLine } from '../src/components/order-footprint/order-footprint.js';
import type { DeliveryOption } from '../src/components/delivery-options/delivery-options.js';
import type { ParcelInput } from '../src/index.js';
import { attributes, deliveryOptions, parcel, runner, tee, type StoryLocale } from './support.js';

interface OrderArgs {
  lines?: unknown;
  parcel?: unknown;
  delivery?: string;
  'packaging-opt-out'?: boolean;
  'packaging-weight-grams'?: number;
  'packaging-material'?: string;
  appearance?: 'default' | 'plain';
}

const lines: OrderLine[] = [
  { product: tee as Record<string, unknown>, quantity: 2 },
  { product: runner as Record<string, unknown>, quantity: 1 },
];

const render = (a: OrderArgs) =>
  html`<eco-order-footprint ${attributes(a)} .lines=${a.lines as OrderLine[]} .parcel=${a.parcel as ParcelInput}></eco-order-footprint>`;

const meta = {
  title: 'Elements/Order footprint',
  component: 'eco-order-footprint',
  args: { lines, parcel, delivery: 'locker', 'packaging-weight-grams': 320 },
  render,
} satisfies Meta<OrderArgs>;
export default meta;
type Story = StoryObj<OrderArgs>;

const orderIn = async (root: HTMLElement) => {
  const el = root.querySelector('eco-order-footprint') as EcoOrderFootprint;
  await el.updateComplete;
  return el;
};

/** The cart lines and the chosen delivery, with one likely range for the whole order and each line's share. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const el = await orderIn(canvasElement);
    await expect(el.order?.lines.length).toBe(2);
    await expect(el.shadowRoot?.querySelector('[part~="range"]')?.textContent).toContain('–');
  },
};

/** The shopper declined the extra packaging: its line comes off the total, and the saving is split by choice with an everyday equivalent. */
export const PackagingDeclined: Story = { name: 'Packaging declined', args: { 'packaging-opt-out': true } };

/** Beside `<eco-delivery-options>`: the order follows each choice and the packaging opt-out (no wiring needed). */
export const WithDeliveryOptions: Story = {
  name: 'With delivery options',
  args: { delivery: '' },
  render: (a) => html`<div style="display:grid;gap:1rem;max-inline-size:40rem">${render(a)}
    <eco-delivery-options .options=${deliveryOptions as DeliveryOption[]} .parcel=${parcel} packaging-weight-grams="320"></eco-delivery-options></div>`,
};

/** `appearance="plain"`: no background or border of its own, inside the shop's order summary card. */
export const Plain: Story = {
  name: 'Plain, in a card',
  args: { appearance: 'plain' },
  render: (a) => html`<div style="max-inline-size:24rem;padding:1rem;border:1px solid #8889;border-radius:12px">${render(a)}</div>`,
};

export const Empty: Story = { name: 'Empty order', args: { lines: [] } };
export const InvalidLine: Story = { name: 'Error: invalid line', args: { lines: [{ product: { category: 'apparel.toga' }, quantity: 1 }] } };
export const Dark: Story = { globals: { theme: 'dark' } };

const localeStory = (locale: StoryLocale): Story => ({ globals: { locale } });
export const LocaleDe: Story = { ...localeStory('de'), name: 'Locale: Deutsch' };
export const LocaleJa: Story = { ...localeStory('ja'), name: 'Locale: 日本語' };
