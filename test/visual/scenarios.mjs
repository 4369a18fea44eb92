// Every element and state the screenshot test covers (scripts/test-visual.mjs). Each scenario is the body of a
// product-page-like frame; `setup` runs in the page after the kit loads (properties that have no attribute).
const tee = { id: 'tee', name: 'Classic tee', category: 'apparel.t-shirt', weightGrams: 200, materials: [{ material: 'cotton', share: 1 }], price: 20 };
const candidates = [
  { id: 'light', name: 'Light tee', category: 'apparel.t-shirt', weightGrams: 100, materials: [{ material: 'cotton', share: 1 }], price: 24 },
  { id: 'mini', name: 'Mini tee', category: 'apparel.t-shirt', weightGrams: 60, materials: [{ material: 'cotton', share: 1 }], price: 15 },
];
const options = [
  { id: 'home', kind: 'home', label: 'Standard delivery', price: 4.9, etaDays: 2 },
  { id: 'locker', kind: 'locker', label: 'Parcel locker', price: 2.9, etaDays: 3 },
  { id: 'bike', kind: 'cargo-bike', price: 4.9, etaDays: 1 },
];
const pre = 'v=1;g=7380;lo=3875;hi=14060;gr=C;m=materials;ds=2026.1;cat=apparel.t-shirt;lbl=T-shirt;r=0.922;typ=8004';
const orderLines = [
  { product: { ...tee, name: 'Classic tee' }, quantity: 2 },
  { product: { id: 'jeans', name: 'Straight jeans', category: 'apparel.jeans', weightGrams: 650, materials: [{ material: 'cotton', share: 1 }] }, quantity: 1 },
];
const order = (attrs = '') => `<eco-order-footprint delivery="locker" packaging-opt-out packaging-weight-grams="320" ${attrs}></eco-order-footprint>`;
const full = (attrs) => `<eco-footprint-badge variant="full" ${attrs}></eco-footprint-badge>`;
const seller = 'emissions-kg="1200000" revenue="9000000" currency="EUR" year="2024" sector="apparel" baseline-year="2021" baseline-emissions-kg="1500000" baseline-revenue="8000000" target-year="2030" target-reduction="0.5"';

export const scenarios = [
  { id: 'badge-compact', body: `<p class="row">
      <eco-footprint-badge category="apparel.t-shirt" weight-grams="120"></eco-footprint-badge>
      <eco-footprint-badge category="apparel.t-shirt" weight-grams="180"></eco-footprint-badge>
      <eco-footprint-badge category="electronics.laptop"></eco-footprint-badge>
      <eco-footprint-badge category="apparel.t-shirt" weight-grams="600"></eco-footprint-badge></p>` },
  { id: 'badge-full', body: full('category="apparel.t-shirt" weight-grams="180"') },
  { id: 'badge-full-open', body: full('category="apparel.jeans" materials="cotton:0.98,elastane:0.02" weight-grams="650" origin="BD"'), open: true },
  { id: 'badge-full-de', locale: 'de', body: full('category="footwear.sneakers" weight-grams="900"'), open: true },
  { id: 'badge-plain-card', body: `<div class="card"><strong>Classic tee</strong><span>€20.00</span>${full('appearance="plain" category="apparel.t-shirt" weight-grams="140"')}</div>` },
  { id: 'badge-loading', provider: 'factors-src="/hang.json"', body: `<eco-footprint-badge category="apparel.t-shirt"></eco-footprint-badge> ${full('category="apparel.t-shirt"')}`, settle: false },
  // precomputed results (eco-nudge estimate --badge for the 180 g cotton T-shirt of test/components/fixtures): compact, and full without inputs (no engine)
  { id: 'badge-precomputed', body: `<eco-footprint-badge result="${pre}"></eco-footprint-badge> ${full(`result="${pre}"`)}` },
  { id: 'badge-error', body: `<eco-footprint-badge category="no.such-category"></eco-footprint-badge> ${full('category="no.such-category"')}` },
  { id: 'seller-compact', body: `<eco-seller-badge ${seller}></eco-seller-badge>` },
  { id: 'seller-full', body: `<eco-seller-badge variant="full" name="Example Apparel GmbH" ${seller}></eco-seller-badge>`, open: true },
  { id: 'alternatives', body: '<eco-alternatives></eco-alternatives>', setup: { 'eco-alternatives': { product: tee, candidates } } },
  // after "Switch": the button says so, Undo beside it; the counter shows the order's pending saving
  { id: 'alternatives-switched', body: '<eco-alternatives></eco-alternatives><eco-savings-counter></eco-savings-counter>', setup: { 'eco-alternatives': { product: tee, candidates } },
    act: `document.querySelector('eco-alternatives').shadowRoot.querySelector('[part~="action"]').click()` },
  // the order placed after a switch: the card reads "Saved with your order", no Undo; the counter shows it saved
  { id: 'alternatives-placed', body: '<eco-alternatives></eco-alternatives><eco-savings-counter></eco-savings-counter>', setup: { 'eco-alternatives': { product: tee, candidates } },
    act: `(async () => { document.querySelector('eco-alternatives').shadowRoot.querySelector('[part~="action"]').click();
      await new Promise((r) => requestAnimationFrame(r)); document.querySelector('eco-provider').placeOrder(); })()` },
  // lower products, no certain saving: muted cards with the saving's range, no action
  { id: 'alternatives-uncertain', body: '<eco-alternatives></eco-alternatives>', setup: { 'eco-alternatives': { product: tee, candidates: candidates.map((c) => ({ ...c, weightGrams: 185 })) } } },
  // substitutes across categories, in German (long compounds, the substitute tag)
  { id: 'alternatives-substitute-de', locale: 'de', body: '<eco-alternatives></eco-alternatives>', setup: { 'eco-alternatives': {
    product: { id: 'beef', name: 'Rinderhackfleisch', category: 'food.beef', weightGrams: 500, price: 6.49 },
    candidates: [{ id: 'patty', name: 'Pflanzliche Burger-Patties (Erbsenprotein)', category: 'food.meat-substitute', weightGrams: 226, price: 3.99 },
      { id: 'chicken', name: 'Hähnchenbrustfilet', category: 'food.chicken', weightGrams: 500, price: 7.99 }] } } },
  { id: 'alternatives-none', body: '<eco-alternatives></eco-alternatives>', setup: { 'eco-alternatives': { product: tee, candidates: [{ id: 'laptop', name: 'Laptop', category: 'electronics.laptop' }] } } },
  { id: 'delivery-options', body: '<eco-delivery-options packaging-weight-grams="120" packaging-material="cardboard"></eco-delivery-options>', setup: { 'eco-delivery-options': { options } } },
  { id: 'delivery-options-chosen', body: '<eco-delivery-options value="locker" packaging-weight-grams="120"></eco-delivery-options>', setup: { 'eco-delivery-options': { options } } },
  { id: 'order-footprint', body: order(), setup: { 'eco-order-footprint': { lines: orderLines } } },
  { id: 'order-footprint-de', locale: 'de', body: order(), setup: { 'eco-order-footprint': { lines: orderLines } } },
  { id: 'order-footprint-plain-card', body: `<div class="card"><strong>Order summary</strong>${order('appearance="plain"')}</div>`, setup: { 'eco-order-footprint': { lines: orderLines } } },
  { id: 'order-footprint-empty', body: '<eco-order-footprint></eco-order-footprint>', setup: { 'eco-order-footprint': { lines: [] } } },
  { id: 'order-footprint-loading', provider: 'factors-src="/hang.json"', body: order(), setup: { 'eco-order-footprint': { lines: orderLines } }, settle: false },
  { id: 'savings-empty', body: '<eco-savings-counter saved-grams="0"></eco-savings-counter>' },
  // a choice pending in this order ("would save"), with what earlier orders saved below it
  { id: 'savings-pending', body: '<eco-savings-counter></eco-savings-counter>',
    act: `(() => { const l = document.querySelector('eco-provider').ledger; l.record({ reason: 'swaps', key: 'old', savedGrams: 12000 });
      l.record({ reason: 'swaps', key: 'tee', savedGrams: 3500, pending: true }); l.record({ reason: 'delivery', key: 'delivery', savedGrams: 70, pending: true }); })()` },
  // the order placed: credited as saved
  { id: 'savings-placed', body: '<eco-savings-counter></eco-savings-counter>',
    act: `(() => { const p = document.querySelector('eco-provider'); p.ledger.record({ reason: 'swaps', key: 'tee', savedGrams: 3500, pending: true }); p.placeOrder(); })()` },
  { id: 'savings-community-de', locale: 'de', body: '<eco-savings-counter community-grams="413000000000000" goal-grams="1500000000000000"></eco-savings-counter>' },
  { id: 'savings-community', body: '<eco-savings-counter saved-grams="1400" community-grams="413000000000000" goal-grams="1500000000000000"></eco-savings-counter>' },
];

export const WIDTHS = [320, 768, 1280];
export const THEMES = ['light', 'dark'];
