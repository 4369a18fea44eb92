/**
 * The demo shop's catalogue: plausible products across several categories, in EUR.
 * Each product is also an engine `ProductInput` (id, name, category, price, currency, weightGrams, materials,
 * originCountry, declared, pact), so it can be handed to <eco-footprint-badge>.product as it is.
 * The brands do not exist. Products are modelled by the engine from their category, mass and materials unless they
 * carry a declared figure; the four that carried invented "verified" figures (selvedge jeans, court and knit sneakers,
 * Forge 16 laptop) are modelled since issue 13, so the demo shows the model's method and range for them. The declared
 * figures left (Loop Denim, Aero 13, the refurbished phone, the OE-2's PACT document) show how a supplier's figure is
 * displayed; they too are the demo's, not any real maker's.
 */
import type { ProductInput } from '../src/index.ts';

export type Department = 'clothing' | 'shoes' | 'electronics' | 'home' | 'kitchen' | 'pantry' | 'books';
export const DEPARTMENTS: readonly Department[] = ['clothing', 'shoes', 'electronics', 'home', 'kitchen', 'pantry', 'books'];

/** Shape of the locally drawn product picture (see images.ts). */
export type Picture = 'tee' | 'jeans' | 'sweater' | 'jacket' | 'shoe' | 'headphones' | 'speaker' | 'laptop' | 'phone'
  | 'chair' | 'lamp-chair' | 'kettle' | 'coffee-machine' | 'bag' | 'bottle' | 'bar' | 'book' | 'mug-drink';

export interface ShopProduct extends ProductInput {
  readonly id: string;
  readonly name: string;
  readonly brand: string;
  readonly department: Department;
  readonly price: number;
  readonly currency: 'EUR';
  /** One-line description (English; the demo translates its chrome, not its catalogue). */
  readonly blurb: string;
  readonly picture: Picture;
  /** Two colours for the picture: body, accent. */
  readonly colors: readonly [string, string];
  /** Shown on the product page. */
  readonly details: readonly string[];
}

/** A PACT 2.x ProductFootprint as a supplier would send it (excerpt: the fields the engine reads, plus a few more). */
const pactHeadphones = {
  id: '3f6a2b9e-7c41-4f0e-9a1d-5b8c2e7d4a10',
  specVersion: '2.3.0',
  version: 2,
  created: '2025-11-04T09:12:00Z',
  status: 'Active',
  companyName: 'Quietwave Audio GmbH',
  companyIds: ['urn:pathfinder:company:customcode:buyer-assigned:quietwave'],
  productDescription: 'Over-ear wireless headphones, recycled housing',
  productIds: ['urn:pathfinder:product:customcode:vendor-assigned:QW-OE2'],
  productCategoryCpc: '47220',
  productNameCompany: 'Quietwave OE-2',
  comment: 'Cradle-to-gate, excluding biogenic uptake.',
  pcf: {
    declaredUnit: 'piece',
    unitaryProductAmount: '1',
    pCfExcludingBiogenic: '9.8',
    fossilGhgEmissions: '9.6',
    biogenicCarbonContent: '0',
    characterizationFactors: 'AR6',
    crossSectoralStandardsUsed: ['GHG Protocol Product standard', 'ISO Standard 14067'],
    boundaryProcessesDescription: 'Raw materials, component manufacturing, assembly and packaging up to the factory gate.',
    referencePeriodStart: '2024-01-01T00:00:00Z',
    referencePeriodEnd: '2025-01-01T00:00:00Z',
    exemptedEmissionsPercent: 1.2,
    packagingEmissionsIncluded: true,
    assurance: { assurance: true, coverage: 'product line', level: 'limited', providerName: 'Nordcert Assurance AB' },
  },
} as const;

const p = (x: ShopProduct): ShopProduct => Object.freeze(x);

export const PRODUCTS: readonly ShopProduct[] = [
  // ─── Clothing ───
  p({ id: 'tee-organic-crew', name: 'Organic Crew Tee', brand: 'Lindholm', department: 'clothing', category: 'apparel.t-shirt', price: 24, currency: 'EUR',
    weightGrams: 170, materials: [{ material: 'organic-cotton', share: 1 }], originCountry: 'PT',
    transport: [{ mode: 'road', distanceKm: 2200 }],
    picture: 'tee', colors: ['#e9e2d0', '#b9ad8f'], blurb: 'Heavy-jersey crew neck in organic cotton, made in Portugal.',
    details: ['100% organic cotton, 180 g/m²', 'Made in Porto, Portugal', 'Shipped by road'] }),
  p({ id: 'tee-recycled-blend', name: 'Recycled Blend Tee', brand: 'Second Loop', department: 'clothing', category: 'apparel.t-shirt', price: 19, currency: 'EUR',
    weightGrams: 160, materials: [{ material: 'cotton', share: 0.5, recycledShare: 1 }, { material: 'polyester', share: 0.5, recycledShare: 1 }], originCountry: 'TR',
    picture: 'tee', colors: ['#8aa6a3', '#5d7a77'], blurb: 'Soft tee spun from post-consumer cotton and recycled polyester.',
    details: ['50% recycled cotton, 50% recycled polyester', 'Made in İzmir, Türkiye'] }),
  p({ id: 'tee-basic-3pack', name: 'Everyday Tee', brand: 'Urbano', department: 'clothing', category: 'apparel.t-shirt', price: 9.99, currency: 'EUR',
    weightGrams: 190, materials: [{ material: 'cotton', share: 0.95 }, { material: 'elastane', share: 0.05 }], originCountry: 'BD',
    picture: 'tee', colors: ['#2f3640', '#1e232a'], blurb: 'Slim-fit stretch tee for every day.',
    details: ['95% cotton, 5% elastane', 'Made in Bangladesh'] }),
  p({ id: 'tee-performance', name: 'Performance Running Tee', brand: 'Stride', department: 'clothing', category: 'apparel.t-shirt', price: 34.95, currency: 'EUR',
    weightGrams: 130, materials: [{ material: 'polyester', share: 0.88 }, { material: 'elastane', share: 0.12 }], originCountry: 'VN',
    transport: [{ mode: 'air', distanceKm: 9800 }, { mode: 'road', distanceKm: 600 }],
    picture: 'tee', colors: ['#f26b3a', '#c2471b'], blurb: 'Quick-dry mesh tee, flown in for the season launch.',
    details: ['88% polyester, 12% elastane', 'Made in Vietnam', 'Air freight'] }),
  p({ id: 'jeans-selvedge', name: 'Selvedge Straight Jeans', brand: 'Lindholm', department: 'clothing', category: 'apparel.jeans', price: 119, currency: 'EUR',
    weightGrams: 780, materials: [{ material: 'cotton', share: 1 }], originCountry: 'JP',
    picture: 'jeans', colors: ['#27406b', '#182a48'], blurb: '14 oz raw selvedge denim, woven on shuttle looms in Okayama.',
    details: ['100% cotton', 'Made in Japan'] }),
  p({ id: 'jeans-recycled', name: 'Loop Denim Slim', brand: 'Second Loop', department: 'clothing', category: 'apparel.jeans', price: 79, currency: 'EUR',
    weightGrams: 600, materials: [{ material: 'cotton', share: 0.98, recycledShare: 0.4 }, { material: 'elastane', share: 0.02 }], originCountry: 'TN',
    declared: { co2eGrams: 11800, boundary: 'cradle-to-gate', verified: false, source: 'Second Loop product footprint 2025' },
    picture: 'jeans', colors: ['#5b7fb0', '#3d5f8f'], blurb: 'Slim jeans with 40% recycled cotton; the maker declares its footprint.',
    details: ['98% cotton (40% recycled), 2% elastane', 'Made in Tunisia', 'Footprint declared by the supplier'] }),
  p({ id: 'sweater-merino', name: 'Merino Crew Sweater', brand: 'Fjellgarn', department: 'clothing', category: 'apparel.sweater', price: 89, currency: 'EUR',
    weightGrams: 380, materials: [{ material: 'wool', share: 1 }], originCountry: 'IT',
    picture: 'sweater', colors: ['#7a4b5c', '#57323f'], blurb: 'Fine-gauge extra-fine merino, knitted in Biella.',
    details: ['100% merino wool', 'Made in Italy'] }),
  p({ id: 'sweater-merino-used', name: 'Merino Crew Sweater (pre-loved)', brand: 'Fjellgarn Resale', department: 'clothing', category: 'apparel.sweater', price: 45, currency: 'EUR',
    weightGrams: 380, materials: [{ material: 'wool', share: 1 }], originCountry: 'IT', condition: 'used',
    picture: 'sweater', colors: ['#7a4b5c', '#b9a0a8'], blurb: 'The merino crew, worn and returned: cleaned, checked and resold by the maker.',
    details: ['100% merino wool', 'Second-hand, inspected', 'Made in Italy'] }),
  p({ id: 'jacket-rain', name: 'Packable Rain Shell', brand: 'Stride', department: 'clothing', category: 'apparel.jacket', price: 129, currency: 'EUR',
    weightGrams: 320, materials: [{ material: 'nylon', share: 0.85, recycledShare: 1 }, { material: 'polyester', share: 0.15 }], originCountry: 'VN',
    picture: 'jacket', colors: ['#2e6e5e', '#1d4a3f'], blurb: '2.5-layer waterproof shell in recycled nylon, packs into its pocket.',
    details: ['85% recycled nylon, 15% polyester', 'Made in Vietnam'] }),

  // ─── Shoes ───
  p({ id: 'sneaker-court', name: 'Court Classic Sneaker', brand: 'Urbano', department: 'shoes', category: 'footwear.sneakers', price: 99, currency: 'EUR',
    weightGrams: 900, materials: [{ material: 'leather', share: 0.5 }, { material: 'rubber', share: 0.35 }, { material: 'foam', share: 0.15 }], originCountry: 'CN',
    picture: 'shoe', colors: ['#f3f1ec', '#c9c3b5'], blurb: 'Leather court sneaker with a cupsole.',
    details: ['Leather upper, rubber sole', 'Made in China'] }),
  p({ id: 'sneaker-knit', name: 'Knit Runner', brand: 'Stride', department: 'shoes', category: 'footwear.sneakers', price: 119, currency: 'EUR',
    weightGrams: 560, materials: [{ material: 'polyester', share: 0.45, recycledShare: 1 }, { material: 'rubber', share: 0.3 }, { material: 'foam', share: 0.25 }], originCountry: 'VN',
    picture: 'shoe', colors: ['#4a5b8c', '#e5e7ef'], blurb: 'Lightweight recycled-knit upper on a foam midsole.',
    details: ['Upper: 100% recycled polyester', 'Made in Vietnam'] }),
  p({ id: 'sneaker-canvas', name: 'Canvas Low', brand: 'Lindholm', department: 'shoes', category: 'footwear.sneakers', price: 65, currency: 'EUR',
    weightGrams: 620, materials: [{ material: 'organic-cotton', share: 0.5 }, { material: 'rubber', share: 0.5 }], originCountry: 'PT',
    picture: 'shoe', colors: ['#c4553f', '#f1e9dc'], blurb: 'Vulcanised canvas sneaker, made in Portugal.',
    details: ['Organic cotton canvas, natural rubber', 'Made in Portugal'] }),

  // ─── Electronics ───
  p({ id: 'headphones-oe2', name: 'Quietwave OE-2 Headphones', brand: 'Quietwave', department: 'electronics', category: 'electronics.headphones', price: 199, currency: 'EUR',
    weightGrams: 265, pact: pactHeadphones, originCountry: 'DE',
    picture: 'headphones', colors: ['#3b3f46', '#9aa3ad'], blurb: 'Noise-cancelling over-ears. The supplier sends a verified PACT footprint.',
    details: ['40 h battery, USB-C', 'Housing: 60% recycled plastic', 'Footprint: PACT 2.3 document, third-party assured'] }),
  p({ id: 'headphones-studio', name: 'Studio Pro Wireless', brand: 'Vanta', department: 'electronics', category: 'electronics.headphones', price: 249, currency: 'EUR',
    weightGrams: 330, materials: [{ material: 'plastic', share: 0.45 }, { material: 'aluminium', share: 0.15 }, { material: 'electronics', share: 0.2 }, { material: 'battery', share: 0.1 }, { material: 'foam', share: 0.1 }], originCountry: 'CN',
    transport: [{ mode: 'sea', distanceKm: 19500 }, { mode: 'road', distanceKm: 800 }], packaging: [{ material: 'cardboard', weightGrams: 220 }],
    picture: 'headphones', colors: ['#111418', '#c0a060'], blurb: 'Aluminium-frame wireless headphones with a 30 h battery.',
    details: ['Aluminium frame, memory-foam cushions', 'Made in China'] }),
  p({ id: 'headphones-buds', name: 'Everyday Wired Headphones', brand: 'Urbano', department: 'electronics', category: 'electronics.headphones', price: 29, currency: 'EUR',
    weightGrams: 150, materials: [{ material: 'plastic', share: 0.8 }, { material: 'copper', share: 0.1 }, { material: 'foam', share: 0.1 }], originCountry: 'CN',
    use: { kWhPerYear: 0, years: 3 }, // wired: nothing to charge
    transport: [{ mode: 'sea', distanceKm: 19500 }, { mode: 'road', distanceKm: 800 }], packaging: [{ material: 'cardboard', weightGrams: 90 }],
    picture: 'headphones', colors: ['#e6e9ee', '#5f6b7a'], blurb: 'Foldable wired on-ears: no battery to wear out.',
    details: ['3.5 mm cable', 'Made in China'] }),
  p({ id: 'speaker-go', name: 'Go Bluetooth Speaker', brand: 'Vanta', department: 'electronics', category: 'electronics.speaker', price: 79, currency: 'EUR',
    weightGrams: 540, originCountry: 'CN',
    picture: 'speaker', colors: ['#d9534f', '#2b2b2b'], blurb: 'Splash-proof speaker with 12 h playback.',
    details: ['IP67', 'Made in China'] }),
  p({ id: 'laptop-air13', name: 'Aero 13 Laptop', brand: 'Kestrel', department: 'electronics', category: 'electronics.laptop', price: 1099, currency: 'EUR',
    weightGrams: 1240, materials: [{ material: 'aluminium', share: 0.35, recycledShare: 1 }, { material: 'electronics', share: 0.3 }, { material: 'battery', share: 0.2 }, { material: 'glass', share: 0.15 }], originCountry: 'CN',
    declared: { co2eGrams: 168000, boundary: 'cradle-to-grave', verified: true, source: 'Kestrel product environmental report 2025' },
    picture: 'laptop', colors: ['#c7ccd1', '#8b939b'], blurb: '13-inch laptop in a recycled-aluminium unibody. Verified life-cycle figure from the maker.',
    details: ['16 GB RAM, 512 GB SSD', 'Recycled aluminium enclosure', 'Footprint declared by the maker and verified'] }),
  p({ id: 'laptop-pro16', name: 'Forge 16 Pro Laptop', brand: 'Kestrel', department: 'electronics', category: 'electronics.laptop', price: 1899, currency: 'EUR',
    weightGrams: 2300, materials: [{ material: 'aluminium', share: 0.3 }, { material: 'plastic', share: 0.15 }, { material: 'electronics', share: 0.3 }, { material: 'battery', share: 0.15 }, { material: 'glass', share: 0.1 }], originCountry: 'CN',
    transport: [{ mode: 'sea', distanceKm: 19500 }, { mode: 'road', distanceKm: 800 }], packaging: [{ material: 'cardboard', weightGrams: 650 }, { material: 'plastic-film', weightGrams: 20 }],
    picture: 'laptop', colors: ['#30343a', '#6a7079'], blurb: '16-inch workstation with a discrete graphics card.',
    details: ['32 GB RAM, 1 TB SSD', 'Made in China'] }),
  p({ id: 'phone-refurb', name: 'Refurbished Phone 12', brand: 'Renewd', department: 'electronics', category: 'electronics.smartphone', price: 329, currency: 'EUR',
    weightGrams: 164, originCountry: 'FR', condition: 'refurbished',
    declared: { co2eGrams: 14000, boundary: 'cradle-to-grave', verified: false, source: 'Renewd refurbishment study 2024' },
    picture: 'phone', colors: ['#23262b', '#7fa7d9'], blurb: 'Grade-A refurbished smartphone, new battery, two-year warranty.',
    details: ['128 GB', 'Refurbished in France', 'Footprint declared by the refurbisher'] }),
  p({ id: 'laptop-refurb', name: 'Forge 16 Pro Laptop (refurbished)', brand: 'Renewd', department: 'electronics', category: 'electronics.laptop', price: 1149, currency: 'EUR',
    weightGrams: 2300, condition: 'refurbished', materials: [{ material: 'aluminium', share: 0.3 }, { material: 'plastic', share: 0.15 }, { material: 'electronics', share: 0.3 }, { material: 'battery', share: 0.15 }, { material: 'glass', share: 0.1 }], originCountry: 'FR',
    transport: [{ mode: 'road', distanceKm: 900 }], packaging: [{ material: 'cardboard-recycled', weightGrams: 650 }],
    picture: 'laptop', colors: ['#30343a', '#7fa7d9'], blurb: 'The 16-inch workstation, refurbished in France with a new battery and a two-year warranty.',
    details: ['32 GB RAM, 1 TB SSD', 'Refurbished in France', 'New battery'] }),
  p({ id: 'phone-new', name: 'Nova 6 Smartphone', brand: 'Kestrel', department: 'electronics', category: 'electronics.smartphone', price: 749, currency: 'EUR',
    weightGrams: 201, originCountry: 'CN',
    picture: 'phone', colors: ['#1c1f24', '#d4b483'], blurb: '6.5-inch OLED flagship with a triple camera.',
    details: ['256 GB', 'Made in China'] }),

  // ─── Home ───
  p({ id: 'chair-oak', name: 'Oak Dining Chair', brand: 'Hvile', department: 'home', category: 'furniture.chair', price: 189, currency: 'EUR',
    weightGrams: 5200, materials: [{ material: 'wood', share: 1 }], originCountry: 'PL',
    transport: [{ mode: 'road', distanceKm: 1100 }], packaging: [{ material: 'cardboard', weightGrams: 900 }],
    picture: 'chair', colors: ['#c89c68', '#9c7446'], blurb: 'Solid oak, oiled, joined without metal fittings.',
    details: ['FSC-certified oak', 'Made in Poland'] }),
  p({ id: 'chair-steel', name: 'Stacking Café Chair', brand: 'Urbano', department: 'home', category: 'furniture.chair', price: 79, currency: 'EUR',
    weightGrams: 4600, materials: [{ material: 'steel', share: 0.8 }, { material: 'pp', share: 0.2 }], originCountry: 'CN',
    transport: [{ mode: 'sea', distanceKm: 19500 }, { mode: 'road', distanceKm: 800 }], packaging: [{ material: 'cardboard', weightGrams: 700 }, { material: 'plastic-film', weightGrams: 60 }],
    picture: 'chair', colors: ['#3a3f45', '#d0d4d8'], blurb: 'Powder-coated steel frame with a moulded seat.',
    details: ['Steel, polypropylene', 'Made in China'] }),
  p({ id: 'office-chair-mesh', name: 'Mesh Task Chair', brand: 'Hvile', department: 'home', category: 'furniture.office-chair', price: 349, currency: 'EUR',
    weightGrams: 14500, originCountry: 'DE',
    picture: 'lamp-chair', colors: ['#2f3a45', '#8796a5'], blurb: 'Ergonomic task chair with a breathable mesh back.',
    details: ['Adjustable lumbar support', 'Assembled in Germany'] }),

  // ─── Kitchen ───
  p({ id: 'kettle-steel', name: 'Steel Kettle 1.5 L', brand: 'Brühaus', department: 'kitchen', category: 'appliances.kettle', price: 59, currency: 'EUR',
    weightGrams: 1100, materials: [{ material: 'steel', share: 0.75 }, { material: 'pp', share: 0.15 }, { material: 'copper', share: 0.05 }, { material: 'electronics', share: 0.05 }], originCountry: 'CN',
    picture: 'kettle', colors: ['#b9c0c7', '#3e4650'], blurb: 'Brushed stainless steel, variable temperature.',
    details: ['2,200 W', 'Made in China'] }),
  p({ id: 'kettle-glass', name: 'Glass Kettle 1.7 L', brand: 'Urbano', department: 'kitchen', category: 'appliances.kettle', price: 35, currency: 'EUR',
    weightGrams: 1300, materials: [{ material: 'glass', share: 0.5 }, { material: 'pp', share: 0.35 }, { material: 'steel', share: 0.1 }, { material: 'electronics', share: 0.05 }], originCountry: 'CN',
    picture: 'kettle', colors: ['#cde3ea', '#40505c'], blurb: 'Borosilicate glass with blue LED ring.',
    details: ['3,000 W', 'Made in China'] }),
  p({ id: 'coffee-espresso', name: 'Bar 15 Espresso Machine', brand: 'Brühaus', department: 'kitchen', category: 'appliances.coffee-machine', price: 279, currency: 'EUR',
    weightGrams: 6200, originCountry: 'IT',
    picture: 'coffee-machine', colors: ['#a23b2a', '#2b2b2b'], blurb: '15-bar pump espresso machine with a steam wand.',
    details: ['1,350 W', 'Made in Italy'] }),

  // ─── Pantry ───
  p({ id: 'coffee-beans-1kg', name: 'House Espresso Beans 1 kg', brand: 'Tostadero', department: 'pantry', category: 'food.coffee', price: 24.9, currency: 'EUR',
    weightGrams: 1000, originCountry: 'BR',
    picture: 'bag', colors: ['#5a3a22', '#e3c9a0'], blurb: 'Medium-dark roast, Brazil and Colombia.',
    details: ['1 kg whole beans', 'Roasted in Hamburg'] }),
  p({ id: 'tea-sencha', name: 'Organic Sencha 100 g', brand: 'Hoshi', department: 'pantry', category: 'food.tea', price: 12.5, currency: 'EUR',
    weightGrams: 100, originCountry: 'JP',
    picture: 'bag', colors: ['#7c9a4f', '#eef0df'], blurb: 'First-flush loose-leaf green tea.',
    details: ['100 g loose leaf', 'From Shizuoka, Japan'] }),
  p({ id: 'chocolate-dark', name: 'Dark Chocolate 70% (3 × 100 g)', brand: 'Cacaoteca', department: 'pantry', category: 'food.chocolate', price: 8.7, currency: 'EUR',
    weightGrams: 300, originCountry: 'BE',
    picture: 'bar', colors: ['#4b2c20', '#c79a5b'], blurb: 'Single-origin bars from Belgium.',
    details: ['3 × 100 g', 'Made in Belgium'] }),
  p({ id: 'oat-drink', name: 'Barista Oat Drink 1 L', brand: 'Havre', department: 'pantry', category: 'food.oat-drink', price: 2.49, currency: 'EUR',
    weightGrams: 1030, originCountry: 'SE',
    picture: 'mug-drink', colors: ['#e8dcc0', '#6e8f5a'], blurb: 'Foams like milk; made in Sweden.',
    details: ['1 litre', 'Made in Sweden'] }),
  p({ id: 'beef-mince', name: 'Beef Mince 500 g', brand: 'Alpweide', department: 'pantry', category: 'food.beef', price: 7.49, currency: 'EUR',
    weightGrams: 500, originCountry: 'DE',
    picture: 'bag', colors: ['#a8323a', '#f2e6e0'], blurb: 'Minced beef, 15% fat, from Bavarian farms.',
    details: ['500 g', 'From Germany'] }),
  p({ id: 'plant-patty', name: 'Plant-Based Burger Patties (2 × 113 g)', brand: 'Grünwerk', department: 'pantry', category: 'food.meat-substitute', price: 3.99, currency: 'EUR',
    weightGrams: 226, originCountry: 'NL',
    picture: 'bag', colors: ['#6e8f5a', '#f0ead8'], blurb: 'Pea-protein patties that grill like beef.',
    details: ['2 × 113 g', 'Made in the Netherlands'] }),
  p({ id: 'milk-whole', name: 'Whole Milk 1 L', brand: 'Alpweide', department: 'pantry', category: 'food.milk', price: 1.29, currency: 'EUR',
    weightGrams: 1030, originCountry: 'DE',
    picture: 'mug-drink', colors: ['#f5f5f0', '#3b78b5'], blurb: 'Fresh whole milk, 3.5% fat, from Bavarian farms.',
    details: ['1 litre', 'From Germany'] }),

  // ─── Books ───
  p({ id: 'book-climate', name: 'The Weight of Things (paperback)', brand: 'Harbour Press', department: 'books', category: 'books.paperback', price: 14.99, currency: 'EUR',
    weightGrams: 320, materials: [{ material: 'paper', share: 1 }], originCountry: 'DE',
    picture: 'book', colors: ['#244b5a', '#f0c75e'], blurb: 'How everyday objects are made, shipped and thrown away.',
    details: ['352 pages', 'Printed in Germany'] }),
  p({ id: 'book-cooking', name: 'Vegetables First (paperback)', brand: 'Harbour Press', department: 'books', category: 'books.paperback', price: 22, currency: 'EUR',
    weightGrams: 640, materials: [{ material: 'paper', share: 1 }], originCountry: 'CN',
    picture: 'book', colors: ['#7ea34a', '#f7f1e3'], blurb: '120 weekday recipes built around vegetables.',
    details: ['288 pages, colour', 'Printed in China'] }),
];

export const productById = (id: string | null | undefined): ShopProduct | undefined => PRODUCTS.find((x) => x.id === id);

/**
 * The candidates for <eco-alternatives>: every other product of the catalogue. The engine keeps those it can compare
 * (the same category, or a substitute of the category's group such as an oat drink for milk) and none for books.
 */
export const sameCategory = (product: ShopProduct): ShopProduct[] => PRODUCTS.filter((x) => x.id !== product.id);
