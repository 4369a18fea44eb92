/**
 * Defines `<eco-footprint-badge>` for the listing and product entries: with the engine up front, as src/define/footprint-badge.ts,
 * but with the bundled dataset's core tables only; each category family loads when a badge first shows one of its
 * categories (../components/footprint-badge/badge-engine-families.ts), so a listing of T-shirts never downloads the
 * electronics.
 */
import { EcoFootprintBadge, useBadgeEngine } from '../components/footprint-badge/footprint-badge.js';
import { familyBadgeEngine } from '../components/footprint-badge/badge-engine-families.js';
import { defineElement } from '../internal/define.js';

useBadgeEngine(familyBadgeEngine);
defineElement('eco-footprint-badge', EcoFootprintBadge);
