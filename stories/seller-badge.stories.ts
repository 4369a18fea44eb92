import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../src/define/provider.js';
import '../src/define/seller-badge.js';
import type { EcoSellerBadge } from '../src/components/seller-badge/seller-badge.js';
import { LOCALES, attributes, type StoryLocale } from './support.js';

interface SellerArgs {
  'seller-id'?: string;
  name?: string;
  'emissions-kg'?: number;
  revenue?: number;
  currency?: string;
  year?: number;
  sector?: string;
  'baseline-year'?: number;
  'baseline-emissions-kg'?: number;
  'baseline-revenue'?: number;
  'target-year'?: number;
  'target-reduction'?: number;
  verified?: boolean;
  variant?: 'compact' | 'full';
  experiment?: string;
}

const render = (a: SellerArgs) => html`<eco-seller-badge ${attributes(a)}></eco-seller-badge>`;

/** A mid-sized apparel seller (reported figures for 2025, a 2021 baseline and a target to halve its intensity by 2030). */
const seller: SellerArgs = { 'seller-id': 's-42', name: 'Nordic Threads', 'emissions-kg': 150000, revenue: 1000000, currency: 'EUR', year: 2025, sector: 'apparel' };
const target: SellerArgs = { 'baseline-year': 2021, 'baseline-emissions-kg': 160000, 'baseline-revenue': 800000, 'target-year': 2030, 'target-reduction': 0.5 };

const meta = {
  title: 'Elements/Seller badge',
  component: 'eco-seller-badge',
  args: { ...seller, variant: 'compact' },
  render,
} satisfies Meta<SellerArgs>;
export default meta;
type Story = StoryObj<SellerArgs>;

const badgeIn = async (root: HTMLElement) => {
  const el = root.querySelector('eco-seller-badge') as EcoSellerBadge;
  await el.updateComplete;
  return el;
};

/** Grade and intensity (reported emissions per unit of revenue, against the sector's spend-based benchmark). */
export const Compact: Story = {
  play: async ({ canvasElement }) => {
    const el = await badgeIn(canvasElement);
    await expect(el.intensity).toBeTruthy();
  },
};

/** Sector comparison, range, how the figure was made and the sources. */
export const Full: Story = { args: { variant: 'full' } };

/** With a baseline and a target: the change since 2021 and the progress toward halving the intensity by 2030. */
export const WithTarget: Story = { name: 'Full, with a target', args: { ...target, variant: 'full' } };

/** Third-party verified emissions: a narrower range, said in words. */
export const Verified: Story = { args: { ...target, verified: true, variant: 'full' } };

/** An unknown sector: neutral state and `eco-error` UNKNOWN_SECTOR. */
export const UnknownSector: Story = {
  name: 'Error: unknown sector',
  args: { sector: 'spaceflight' },
  play: async ({ canvasElement }) => {
    const el = await badgeIn(canvasElement);
    await expect(el.intensity).toBeUndefined();
  },
};

/** Negative emissions: `eco-error` INVALID_SELLER with the field path. */
export const InvalidInput: Story = { name: 'Error: invalid figures', args: { 'emissions-kg': -1 } };

export const Dark: Story = { args: { ...target, variant: 'full' }, globals: { theme: 'dark' } };

const localeStory = (locale: StoryLocale): Story => ({ name: `Locale: ${LOCALES.find(([l]) => l === locale)![1]}`, args: { ...target, variant: 'full' }, globals: { locale } });
export const LocaleDe = localeStory('de');
export const LocaleJa = localeStory('ja');
