/**
 * Defines `<eco-seller-badge>` for the product entry: as src/define/seller-badge.ts, but without the bundled dataset's
 * citations, which the full variant's sources line loads on demand (src/internal/render-details.ts, sourceLinks; the
 * loader is set through src/internal/sources-hook.ts by ./sources-on-demand.ts). A seller's intensity reads no category.
 */
import { EcoSellerBadge } from '../components/seller-badge/seller-badge.js';
import { defineElement } from '../internal/define.js';

defineElement('eco-seller-badge', EcoSellerBadge);
