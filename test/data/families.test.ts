import { expect } from '@open-wc/testing';
import { familyOf, hasFamily } from '../../src/data/core.js';
import { loadFamily } from '../../src/data/families.js';

// The listing entry loads the bundled categories by family (src/data/families.ts). Category keys come from shop
// data: a key whose group is a property of Object.prototype must map to a real family, never to a prototype member.
describe('category families', () => {
  const hostile = ['constructor.x', '__proto__.x', 'toString.y', 'hasOwnProperty.z', 'valueOf.', '.x', 'x'];

  it('maps every key to one of the four families (own keys only)', () => {
    for (const key of hostile) expect(familyOf(key), key).to.equal('home');
    expect(familyOf('apparel.t-shirt')).to.equal('apparel');
    expect(familyOf('footwear.sneakers')).to.equal('apparel');
    expect(familyOf('appliances.kettle')).to.equal('electronics');
    expect(familyOf('beverages.juice')).to.equal('food');
  });

  it('loads the family of a hostile key without throwing, and only that family', async () => {
    expect(hasFamily('apparel.t-shirt')).to.equal(false);
    for (const key of hostile) {
      const p = loadFamily(key);
      if (p) await p;
      expect(hasFamily(key), key).to.equal(true);
    }
    expect(hasFamily('apparel.t-shirt'), 'apparel stays unloaded').to.equal(false);
    expect(loadFamily(42)).to.equal(undefined);
  });
});
