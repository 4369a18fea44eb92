/**
 * eco-nudge: element classes, types, events and localization. No side effects: importing this registers no tag
 * (import `eco-nudge/define` or `eco-nudge/define/<name>` for that).
 */
export { EcoElement } from './internal/eco-element.js';
export { defineElement } from './internal/define.js';
export { registerMessages, loadMessages } from './i18n/registry.js';
export { getMessages } from './i18n/get-messages.js';
export { loadValidators } from './internal/validators.js';
export type { Messages, PartialMessages, MethodKey, SavingReasonKey } from './i18n/messages.js';
export {
  settingsContext,
  factorsContext,
  ledgerContext,
  DEFAULT_SETTINGS,
  THEMES,
  UNITS,
  SAVING_REASONS,
  type KitSettings,
  type ThemeMode,
  type Units,
  type Ledger,
  type LedgerEntry,
  type LedgerTotals,
  type SavingReason,
} from './context/contexts.js';
export * from './events/index.js';
export type * from './engine/types.js';
export type * from './engine/kinds.js';
export { EcoProvider } from './components/provider/provider.js';
export { LEDGER_STORAGE_KEY } from './components/provider/ledger.js';
export { EcoFootprintBadge, BADGE_VARIANTS, useBadgeEngine, type BadgeVariant } from './components/footprint-badge/footprint-badge.js';
export { parseMaterials } from './components/footprint-badge/badge-input.js';
export { badgeEngine, type BadgeEngine } from './components/footprint-badge/badge-engine.js';
export { parseBadgeResult, formatBadgeResult, type BadgeResult } from './components/footprint-badge/precomputed.js';
export { EcoAlternatives, type AlternativeCandidate } from './components/alternatives/alternatives.js';
export { EcoSavingsCounter } from './components/savings-counter/savings-counter.js';
export { EcoDeliveryOptions, DELIVERY_STRATEGIES, DEFAULT_PARCEL, type DeliveryOption, type DeliveryStrategy } from './components/delivery-options/delivery-options.js';
export { EcoOrderFootprint, type OrderLine } from './components/order-footprint/order-footprint.js';
export { EcoSellerBadge, SELLER_BADGE_VARIANTS, type SellerBadgeVariant } from './components/seller-badge/seller-badge.js';
