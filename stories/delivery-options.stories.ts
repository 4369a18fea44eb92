import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../src/define/provider.js';
import '../src/define/delivery-options.js';
import type { DeliveryOption, EcoDeliveryOptions } from '../src/components/delivery-options/delivery-options.js';
import type { ParcelInput } from '../src/index.js';
import { attributes, deliveryOptions, parcel, type StoryLocale } from './support.js';

interface DeliveryArgs {
  options?: unknown;
  parcel?: unknown;
  'parcel-weight-grams'?: number;
  'parcel-distance-km'?: number;
  name?: string;
  value?: string;
  required?: boolean;
  disabled?: boolean;
  strategy?: 'highlight' | 'preselect' | 'active-choice';
  'hide-packaging-opt-out'?: boolean;
  experiment?: string;
}

const render = (a: DeliveryArgs) =>
  html`<eco-delivery-options ${attributes(a)} .options=${a.options as DeliveryOption[]} .parcel=${a.parcel as ParcelInput}></eco-delivery-options>`;

const meta = {
  title: 'Elements/Delivery options',
  component: 'eco-delivery-options',
  args: { options: deliveryOptions, parcel, name: 'delivery', strategy: 'highlight' },
  render,
} satisfies Meta<DeliveryArgs>;
export default meta;
type Story = StoryObj<DeliveryArgs>;

const groupIn = async (root: HTMLElement) => {
  const el = root.querySelector('eco-delivery-options') as EcoDeliveryOptions;
  await el.updateComplete;
  return el;
};

/** `strategy="highlight"` (default): every option with its CO₂e; the lowest is tagged in words; nothing is chosen for the shopper. */
export const Highlight: Story = {
  name: 'Strategy: highlight',
  play: async ({ canvasElement }) => {
    const el = await groupIn(canvasElement);
    await expect(el.value).toBe('');
    await expect(el.shadowRoot?.querySelector('[part~="tag"]')).toBeTruthy();
  },
};

/** `strategy="preselect"`: the lowest option is chosen up front when it costs no more than home delivery. */
export const Preselect: Story = {
  name: 'Strategy: preselect',
  args: { strategy: 'preselect' },
  play: async ({ canvasElement }) => {
    const el = await groupIn(canvasElement);
    await expect(el.value).not.toBe('');
  },
};

/** `strategy="active-choice"` in a form: nothing is chosen, and the form cannot be sent until the shopper picks. */
export const ActiveChoice: Story = {
  name: 'Strategy: active choice (in a form)',
  args: { strategy: 'active-choice' },
  render: (a) => html`<form class="eco-stack" @submit=${(e: SubmitEvent) => e.preventDefault()}>
    ${render(a)}
    <p><button type="submit">Continue to payment</button></p>
  </form>`,
  play: async ({ canvasElement }) => {
    const el = await groupIn(canvasElement);
    await expect(el.value).toBe('');
    await expect(el.closest('form')?.checkValidity()).toBe(false);
  },
};

/** A chosen value (`value="locker"`). */
export const Chosen: Story = { args: { value: 'locker' } };

/** Plain HTML: options as `<option>` children, the parcel as attributes; no script needed. */
export const FromHtml: Story = {
  name: 'From plain HTML',
  args: { options: undefined, parcel: undefined, 'parcel-weight-grams': 800, value: 'home' },
  render: (a) => html`<eco-delivery-options ${attributes(a)}>
    <option value="home" data-price="4.9" data-eta-days="2">Home delivery</option>
    <option value="pickup" data-kind="pickup-point" data-price="0" data-eta-days="3">Pickup point</option>
    <option value="locker" data-kind="locker" data-price="2.9" data-eta-days="2">Parcel locker</option>
  </eco-delivery-options>`,
};

/** The packaging opt-out, declined: it feeds the ledger like a delivery choice. */
export const PackagingDeclined: Story = {
  name: 'Packaging declined',
  play: async ({ canvasElement }) => {
    const el = await groupIn(canvasElement);
    const box = el.shadowRoot?.querySelector<HTMLInputElement>('[part~="packaging"] input[type="checkbox"], input[type="checkbox"]');
    await expect(box).toBeTruthy();
    box!.click();
    await el.updateComplete;
    await expect(el.packagingOptOut).toBe(true);
  },
};

/** `hide-packaging-opt-out`. */
export const WithoutPackagingOptOut: Story = { name: 'Without the packaging opt-out', args: { 'hide-packaging-opt-out': true } };

/** An invalid parcel: `eco-error`, and the options stay choosable without figures ("estimate unavailable"). */
export const InvalidParcel: Story = { name: 'Error: invalid parcel', args: { parcel: { weightGrams: -3 } } };

/** Invalid options are skipped; one `eco-error` lists their paths. */
export const InvalidOptions: Story = {
  name: 'Error: some invalid options',
  args: { options: [...deliveryOptions.slice(0, 3), { id: 'drone', kind: 'drone', label: 'Drone' }, { kind: 'home', label: 'No id' }] },
};

export const Disabled: Story = { args: { disabled: true, value: 'home' } };
export const Dark: Story = { name: 'Theme: dark', globals: { theme: 'dark' } };

const localeStory = (locale: StoryLocale): Story => ({ globals: { locale } });
export const LocaleFr: Story = { ...localeStory('fr'), name: 'Locale: French' };
export const LocaleZhCN: Story = { ...localeStory('zh-CN'), name: 'Locale: Chinese (Simplified)' };
