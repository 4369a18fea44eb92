/**
 * The product entry hands the full badge its view and styles up front, as src/define/footprint-badge.ts does, before
 * ./listing-badge.ts defines the element (imported after this module): a product page's full badge renders its panel
 * in its first render, with the view's styles among the element's own, instead of loading the view badge by badge.
 */
import { useFullView } from '../components/footprint-badge/footprint-badge.js';
import { fullView } from '../components/footprint-badge/badge-full.js';

useFullView(fullView);
