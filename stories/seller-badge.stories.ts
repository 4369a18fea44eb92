import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../src/define/provider.js';
import '../src/define/seller-badge.js';
import type { EcoSellerBadge } from '../src/components/seller-badge/seller-badge.js';
import type { Grade, SellerInput } from '../src/engine/index.js';
import { attributes, type StoryLocale } from './support.js';

/**
 * Args are the element's attributes by their HTML names, plus `.seller`. Figures are inputs to the engine and the
 * bundled dataset (apparel: 145 g CO2e per USD of 2021; 0.9341 EUR per USD; price index 2024 = 1.158):
 * EUR 12 M of revenue and 1,200 t CO2e in 2024 are 108 g per USD of 2021, 0.75 × the sector (grade B), 100 g per euro.
 * The baseline (2021: EUR 9 M, 1,300 t) is 135 g per USD; halving it by 2030 puts the straight-line path at 112 g in 2024.
 */
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
  seller?: SellerInput;
}

const render = (a: SellerArgs) => html`<eco-seller-badge ${attributes(a)} .seller=${a.seller}></eco-seller-badge>`;

const base: SellerArgs = { 'seller-id': 'acme', name: 'Acme Textiles', 'emissions-kg': 1_200_000, revenue: 12_000_000, currency: 'EUR', year: 2024, sector: 'apparel', variant: 'compact' };
const target: SellerArgs = { 'baseline-year': 2021, 'baseline-emissions-kg': 1_300_000, 'baseline-revenue': 9_000_000, 'target-year': 2030, 'target-reduction': 0.5 };

const meta = {
  title: 'Elements/Seller badge',
  component: 'eco-seller-badge',
  args: base,
  render,
} satisfies Meta<SellerArgs>;
export default meta;
type Story = StoryObj<SellerArgs>;

const sellerIn = async (root: HTMLElement) => {
  const el = root.querySelector('eco-seller-badge') as EcoSellerBadge;
  await el.updateComplete;
  return el;
};

/** The default: grade and intensity per unit of the seller's currency, e.g. `B · 100 g CO₂e per €`. */
export const Compact: Story = {
  play: async ({ canvasElement }) => {
    const el = await sellerIn(canvasElement);
    await expect(el.intensity?.grade).toBe('B');
  },
};

/** Sector comparison, likely range, change since 2021, the target with its progress line ("on track" in words), method and sources. */
export const FullOnTrack: Story = {
  name: 'Full, on track',
  args: { ...target, variant: 'full' },
  play: async ({ canvasElement }) => {
    const el = await sellerIn(canvasElement);
    await expect(el.intensity?.onTrack).toBe('on-track');
  },
};

/** 1,300 t in 2024 (117 g per USD of 2021) is above the straight-line path (112 g): "behind". */
export const FullBehind: Story = {
  name: 'Full, behind the target path',
  args: { ...target, 'emissions-kg': 1_300_000, variant: 'full' },
  play: async ({ canvasElement }) => {
    const el = await sellerIn(canvasElement);
    await expect(el.intensity?.onTrack).toBe('behind');
  },
};

/** A target without a baseline year: progress cannot be assessed, and the badge says so. */
export const NoBaseline: Story = {
  name: 'Target without a baseline',
  args: { 'target-year': 2030, 'target-reduction': 0.5, variant: 'full' },
  play: async ({ canvasElement }) => {
    const el = await sellerIn(canvasElement);
    await expect(el.intensity?.onTrack).toBe('unknown');
  },
};

/** Verified by a third party: said in words, and a narrower range. */
export const Verified: Story = { args: { ...target, verified: true, variant: 'full' } };

const gradeStory = (grade: Grade, emissionsKg: number): Story => ({
  args: { 'emissions-kg': emissionsKg, variant: 'full' },
  play: async ({ canvasElement }) => {
    const el = await sellerIn(canvasElement);
    await expect(el.intensity?.grade).toBe(grade);
  },
});
/** 450 t: 41 g per USD of 2021, 0.28 × the sector. */
export const GradeA: Story = { ...gradeStory('A', 450_000), name: 'Grade: A' };
/** 4,000 t: 361 g per USD of 2021, 2.5 × the sector. */
export const GradeE: Story = { ...gradeStory('E', 4_000_000), name: 'Grade: E' };

/** A logistics seller reporting in yen through `.seller`. */
export const SellerProperty: Story = {
  name: 'Seller property (JPY, logistics)',
  args: {
    'seller-id': undefined, name: undefined, 'emissions-kg': undefined, revenue: undefined, currency: undefined, year: undefined, sector: undefined, variant: 'full',
    seller: { sellerId: 'kaisoku', name: 'Kaisoku Delivery', emissionsKg: 2_500_000, revenue: 1_500_000_000, currency: 'JPY', year: 2023, sector: 'logistics', verified: true },
  },
};

/** `revenue="0"`: no figure is made up; the neutral state, `eco-error` INVALID_SELLER (path `revenue`) and one console warning. */
export const InvalidInput: Story = {
  name: 'Error: revenue of zero',
  args: { revenue: 0 },
  play: async ({ canvasElement }) => {
    const el = await sellerIn(canvasElement);
    await expect(el.intensity).toBeUndefined();
  },
};

/** A sector the kit does not map: `eco-error` UNKNOWN_SECTOR, neutral state. */
export const UnknownSector: Story = {
  name: 'Error: unknown sector',
  args: { sector: 'spaceflight' },
  play: async ({ canvasElement }) => {
    const el = await sellerIn(canvasElement);
    await expect(el.intensity).toBeUndefined();
  },
};

export const Dark: Story = { name: 'Theme: dark', args: { ...target, variant: 'full' }, globals: { theme: 'dark' } };

// Names are literal (not built in the helper): Storybook's sidebar reads them without running the file.
const localeStory = (locale: StoryLocale): Story => ({ args: { ...target, variant: 'full' }, globals: { locale } });
export const LocaleDe: Story = { ...localeStory('de'), name: 'Locale: German' };
export const LocaleFr: Story = { ...localeStory('fr'), name: 'Locale: French' };
export const LocaleEs: Story = { ...localeStory('es'), name: 'Locale: Spanish' };
export const LocaleZhCN: Story = { ...localeStory('zh-CN'), name: 'Locale: Chinese (Simplified)' };
export const LocaleJa: Story = { ...localeStory('ja'), name: 'Locale: Japanese' };
