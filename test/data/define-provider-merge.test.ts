import { expect, oneEvent } from '@open-wc/testing';
// A checkout built from the define modules, with no badge or seller badge (which would bring the citations): the
// provider's own define module must bring the bundled dataset's citations, or a merchant's partial dataset that cites
// the bundled sources fails its checks and is thrown away.
import '../../src/define/context-root.js';
import '../../src/define/provider.js';
import '../../src/define/delivery-options.js';
import '../../src/define/order-footprint.js';
import type { EcoProvider } from '../../src/components/provider/provider.js';
import type { EcoErrorEvent } from '../../src/events/error.js';

describe('eco-nudge/define/provider on a page without badges', () => {
  it("merges a merchant's partial dataset onto the bundled one (its citations included): no eco-error, and eco-factors-load fires", async () => {
    const errors: string[] = [];
    const onError = (e: Event) => errors.push(`${(e as EcoErrorEvent).detail.code}: ${(e as EcoErrorEvent).detail.message}`);
    document.addEventListener('eco-error', onError);
    try {
      const el = document.createElement('eco-provider') as EcoProvider;
      const loaded = oneEvent(el, 'eco-factors-load');
      el.factors = { grid: { XK: { value: 800, unit: 'g CO2e/kWh', source: 'owid-ember' } } };
      document.body.append(el);
      await loaded;
      expect(errors).to.deep.equal([]);
      el.remove();
    } finally {
      document.removeEventListener('eco-error', onError);
    }
  });
});
