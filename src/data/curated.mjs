// Hand-curated inputs of the bundled dataset: everything that is not read from ../shared/reference/*.csv.
// scripts/build-dataset.mjs combines this file with the reference CSVs and writes src/data/dataset.json and
// src/data/index.ts. Every figure here is either (a) a cited fact with its source id, or (b) one of our own
// typical-product assumptions (mass, materials, origin, price, legs, packaging), which carry the source id
// `eco-nudge` and are listed in src/data/README.md. Regenerate with `npm run data`.

export const VERSION = '2026.1';
export const PUBLISHED_AT = '2026-01-31';

// ─── Sources ─────────────────────────────────────────────────────────────────
// Licences allowed in the shipped dataset (see /shared/reference/README.md): public domain, OGL v3, CC BY 4.0,
// MIT (with its notice), and `cited-fact`: a single figure quoted from a publication, with its citation.
export const SOURCES = {
  ademe: {
    title: 'ADEME Impact CO2: Base Empreinte, Agribalyse 3.2, ADEME/Arcep digital study', // impactco2 repository, commit 8076a489 (README, NOTICE.md)
    url: 'https://github.com/incubateur-ademe/impactco2',
    year: 2025,
    licence: 'MIT',
    attribution: 'Data from ADEME – Impact CO2 (impactco2.fr) / Base Empreinte / Agribalyse 3.2. MIT License, Copyright (c) 2022 Datagir.',
  },
  desnz: {
    title: 'UK DESNZ/DEFRA greenhouse gas conversion factors 2025',
    url: 'https://www.gov.uk/government/publications/greenhouse-gas-reporting-conversion-factors-2025',
    year: 2025,
    licence: 'OGL-UK-3.0',
    attribution: 'Contains public sector information licensed under the Open Government Licence v3.0.',
  },
  'epa-spend': {
    title: 'US EPA Supply Chain GHG Emission Factors v1.2 (2021 USD, purchaser price)',
    url: 'https://www.epa.gov/climateleadership/ghg-emission-factors-hub',
    year: 2024,
    licence: 'public-domain',
    attribution: 'US EPA (public domain).',
  },
  'epa-equiv': {
    title: 'US EPA Greenhouse Gas Equivalencies Calculator',
    url: 'https://www.epa.gov/energy/greenhouse-gas-equivalencies-calculator-calculations-and-references',
    year: 2024,
    licence: 'public-domain',
    attribution: 'US EPA (public domain).',
  },
  'owid-ember': {
    title: 'Carbon intensity of electricity generation (lifecycle): Ember, Energy Institute, processed by Our World in Data',
    url: 'https://ourworldindata.org/grapher/carbon-intensity-electricity',
    year: 2025,
    licence: 'CC-BY-4.0',
    attribution: 'Ember; Energy Institute – Statistical Review of World Energy; with major processing by Our World in Data (CC BY 4.0).',
  },
  'owid-energy': {
    title: 'Our World in Data energy dataset, built on Ember and the Energy Institute', // column carbon_intensity_elec (README)
    url: 'https://github.com/owid/energy-data',
    year: 2026,
    licence: 'CC-BY-4.0',
    attribution: 'Ember; Energy Institute – Statistical Review of World Energy; with major processing by Our World in Data (CC BY 4.0).',
  },
  pn2018: {
    title: 'Poore & Nemecek (2018), Science 360:987–992, via Our World in Data',
    url: 'https://ourworldindata.org/environmental-impacts-of-food',
    year: 2018,
    licence: 'CC-BY-4.0',
    attribution: 'Poore & Nemecek (2018); Our World in Data (CC BY 4.0).',
  },
  iea: {
    title: 'IEA (Kamiya 2020), The carbon footprint of streaming video',
    url: 'https://www.iea.org/commentaries/the-carbon-footprint-of-streaming-video-fact-checking-the-headlines',
    year: 2020,
    licence: 'cited-fact',
    attribution: 'IEA (2020).',
  },
  edwards2010: {
    title: 'Edwards, McKinnon & Cullinane (2010), Int. J. Phys. Distrib. Logist. Manag. 40(1/2)',
    url: 'https://doi.org/10.1108/09600031011018055',
    year: 2010,
    licence: 'cited-fact',
    attribution: 'Edwards et al. (2010).',
  },
  tno2020: {
    title: 'TNO (2020) for Thuiswinkel.org: parcel delivery to pickup points',
    year: 2020,
    licence: 'cited-fact',
    attribution: 'TNO (2020).',
  },
  shahmohammadi2020: {
    title: 'Shahmohammadi et al. (2020), Environ. Sci. Technol. 54:3499',
    year: 2020,
    licence: 'cited-fact',
    attribution: 'Shahmohammadi et al. (2020).',
  },
  ecb: {
    title: 'European Central Bank euro foreign exchange reference rates',
    url: 'https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/html/index.en.html',
    year: 2024,
    licence: 'ECB-reuse-with-attribution',
    attribution: 'Source: European Central Bank.',
  },
  'bls-cpi': {
    title: 'US BLS CPI-U, U.S. city average, all items, annual averages',
    url: 'https://www.bls.gov/cpi/',
    year: 2025,
    licence: 'public-domain',
    attribution: 'US Bureau of Labor Statistics (public domain).',
  },
  cheah2013: {
    title: 'Cheah et al. (2013), Manufacturing-focused emissions reductions in footwear production, J. Cleaner Production 44:18–29', // all authors: NOTICE.md
    year: 2013,
    licence: 'cited-fact',
    attribution: 'Cheah et al. (2013), MIT Materials Systems Laboratory.',
  },
  ecobalyse: {
    title: 'Ecobalyse textile method, use phase (washing, drying, ironing per cycle; cycles per garment), from ADEME Base Impacts and the PEFCR Apparel & Footwear', // MTES-MCT/ecobalyse: textile/cycle-de-vie-des-produits-textiles/etape-7-utilisation.md, public/data/textile/products.json
    url: 'https://github.com/MTES-MCT/ecobalyse',
    year: 2024,
    licence: 'MIT',
    attribution: 'Ecobalyse (MIT License, Copyright (c) 2021 Ministères de la Transition écologique & de la Cohésion des territoires).',
  },
  ademe2022refurb: {
    title: 'ADEME (2022), Évaluation de l’impact environnemental d’un ensemble de produits reconditionnés',
    url: 'https://librairie.ademe.fr/economie-circulaire-et-dechets/5241-evaluation-de-l-impact-environnemental-d-un-ensemble-de-produits-reconditionnes.html',
    year: 2022,
    licence: 'cited-fact',
    attribution: 'ADEME (2022), study by DDemain, Hubblo and LCIE Bureau Veritas.',
  },
  farrant2010: {
    title: 'Farrant et al. (2010), Environmental benefits from reusing clothes, Int. J. LCA 15:726',
    url: 'https://doi.org/10.1007/s11367-010-0197-y',
    year: 2010,
    licence: 'cited-fact',
    attribution: 'Farrant et al. (2010).',
  },
  logitech2021: {
    title: 'Logitech carbon impact labels, news release of 22 April 2021', // via 3BL Media; IFU Hamburg/iPoint protocol, DEKRA verified
    year: 2021,
    licence: 'cited-fact',
    attribution: 'Logitech (2021).',
  },
  'apple-per': {
    title: 'Apple Product Environmental Reports listing storage variants (13 reports, 2017–2021), in src/data/README.md',
    year: 2021,
    licence: 'cited-fact',
    attribution: 'Apple Inc., product environmental reports.',
  },
  'maker-pcf': {
    title: 'Makers’ product carbon footprints (Apple, Asus, Dell, HP, Lenovo, Microsoft), listed in src/data/README.md',
    year: 2023,
    licence: 'cited-fact',
    attribution: 'Apple, Asus, Dell, HP, Lenovo, Microsoft (2019–2023).',
  },
  'eco-nudge': {
    title: 'eco-nudge typical-product assumptions (src/data/README.md)',
    year: 2026,
    licence: 'MIT',
    attribution: 'eco-nudge contributors (MIT).',
  },
};

// ─── Currency table and price index ─────────────────────────────────────────
// ECB euro reference rates for one date (units of currency per 1 EUR). The build converts them to units per USD:
// perUsd[X] = rate[X] / rate[USD]. EUR itself becomes 1 / rate[USD].
export const ECB_RATES = {
  date: '2024-06-28',
  perEur: { USD: 1.0705, JPY: 171.94, GBP: 0.84638, CHF: 0.9634, SEK: 11.3595, PLN: 4.309, INR: 89.2495, BRL: 5.8915, CAD: 1.467, AUD: 1.6079, CNY: 7.7748, DKK: 7.4575, NOK: 11.3965, CZK: 25.025, HUF: 395.1, KRW: 1474.86, MXN: 19.5654, SGD: 1.4513, HKD: 8.3594, NZD: 1.7601, ZAR: 19.497, TRY: 35.1868, THB: 39.319 },
};
// CPI-U annual averages (BLS). The build divides by the spend year's value.
export const CPI_U = { 2021: 270.97, 2022: 292.655, 2023: 304.702, 2024: 313.689 };
export const SPEND_YEAR = 2021;

// ─── Grid additions beyond the reference CSV (g CO2e/kWh, lifecycle, Ember via OWID) ────────────────────────
// [country, value, data year], read from owid/energy-data `owid-energy-data.csv` (column carbon_intensity_elec,
// commit e7897aed, the January 2026 update built on Ember 2026): source `owid-energy`. Only figures read from that
// shippable file are listed (see README, "Grid").
export const EXTRA_GRID = [
  ['AT', 103.48, 2024],
  ['BD', 695.7, 2024],
  ['BE', 126.96, 2024],
  ['CH', 34.58, 2024],
  ['CZ', 414.23, 2024],
  ['DK', 131.77, 2024],
  ['TW', 635.19, 2024],
  ['VN', 484.32, 2024],
];

// ─── Materials ───────────────────────────────────────────────────────────────
// virgin/recycled: either a DESNZ factor key from factors.csv (kg/kg, converted to g/kg), or a derivation.
// `route` is the key of the end-of-life route (EOL_ROUTES). proxy: true where no open per-kg factor exists.
// `derive` { ademe, massKg }: per kg of finished item = ADEME raw-materials stage ÷ our typical item mass
// (so it includes fibre lost in cutting); `ratio` scales another material's factor.
export const MATERIALS = {
  cotton: { label: 'Cotton', virgin: { derive: { ademe: 'tshirtencoton', massKg: 0.2 } }, recycled: { like: 'cotton', ratioFrom: ['pullencotonrecycle', 'sweatencoton'] }, route: 'textile' },
  'organic-cotton': { label: 'Organic cotton', virgin: { like: 'cotton', note: 'No open factor separates organic from conventional cotton; conventional cotton used.' }, recycled: { like: 'cotton', recycled: true }, route: 'textile' },
  polyester: { label: 'Polyester', virgin: { derive: { ademe: 'tshirtenpolyester', massKg: 0.2 } }, recycled: { desnzRatio: ['pet_closed_loop', 'pet_primary'], like: 'polyester' }, route: 'textile' },
  wool: { label: 'Wool', virgin: { derive: { ademe: 'pullenlaine', massKg: 0.5 } }, route: 'textile' },
  viscose: { label: 'Viscose', virgin: { derive: { ademe: 'chemiseenviscose', massKg: 0.25 } }, route: 'textile' },
  nylon: { label: 'Nylon (polyamide)', virgin: { like: 'polyester', note: 'No open polyamide factor; polyester used (polyamide is usually higher).' }, recycled: { like: 'polyester', recycled: true }, route: 'textile' },
  elastane: { label: 'Elastane', virgin: { like: 'polyester', note: 'No open elastane factor; polyester used.' }, route: 'textile' },
  leather: { label: 'Leather', virgin: { derive: { ademe: 'chaussuresencuir', massKg: 0.8 }, note: 'Per kg of finished leather shoe (leather, sole and lining together).' }, route: 'residual' },
  rubber: { label: 'Rubber', virgin: { desnz: 'tyres_primary', proxy: true, note: 'DESNZ tyres used for rubber products.' }, route: 'residual' },
  pet: { label: 'PET', virgin: { desnz: 'pet_primary' }, recycled: { desnz: 'pet_closed_loop' }, route: 'plastic' },
  pp: { label: 'Polypropylene (PP)', virgin: { desnz: 'pp_primary' }, recycled: { desnz: 'pp_closed_loop' }, route: 'plastic' },
  hdpe: { label: 'HDPE', virgin: { desnz: 'hdpe_primary' }, recycled: { desnz: 'hdpe_closed_loop' }, route: 'plastic' },
  ldpe: { label: 'LDPE', virgin: { desnz: 'ldpe_primary' }, recycled: { desnz: 'ldpe_closed_loop' }, route: 'plastic' },
  pvc: { label: 'PVC', virgin: { desnz: 'pvc_primary' }, recycled: { desnz: 'plastics_average_closed_loop', proxy: true, note: 'DESNZ average plastics, closed loop.' }, route: 'plastic' },
  ps: { label: 'Polystyrene (PS)', virgin: { desnz: 'ps_primary' }, recycled: { desnz: 'plastics_average_closed_loop', proxy: true, note: 'DESNZ average plastics, closed loop.' }, route: 'plastic' },
  abs: { label: 'ABS', virgin: { desnz: 'plastic_rigid_average_primary', proxy: true, note: 'DESNZ average rigid plastic.' }, recycled: { desnz: 'plastics_average_closed_loop', proxy: true, note: 'DESNZ average plastics, closed loop.' }, route: 'plastic' },
  polycarbonate: { label: 'Polycarbonate', virgin: { desnz: 'plastic_rigid_average_primary', proxy: true, note: 'DESNZ average rigid plastic (polycarbonate is usually higher).' }, recycled: { desnz: 'plastics_average_closed_loop', proxy: true, note: 'DESNZ average plastics, closed loop.' }, route: 'plastic' },
  plastic: { label: 'Plastic (mixed)', virgin: { desnz: 'plastics_average_primary' }, recycled: { desnz: 'plastics_average_closed_loop' }, route: 'plastic' },
  aluminium: { label: 'Aluminium', virgin: { desnz: 'aluminium_cans_foil_primary' }, recycled: { desnz: 'aluminium_cans_foil_closed_loop' }, route: 'metal' },
  steel: { label: 'Steel', virgin: { desnz: 'steel_cans_primary' }, recycled: { desnz: 'steel_cans_closed_loop' }, route: 'metal' },
  copper: { label: 'Copper', virgin: { desnz: 'metals_construction_primary', proxy: true, note: 'DESNZ metals (construction) used for copper.' }, route: 'metal' },
  glass: { label: 'Glass', virgin: { desnz: 'glass_primary' }, recycled: { desnz: 'glass_closed_loop' }, route: 'recycling' },
  paper: { label: 'Paper', virgin: { desnz: 'paper_primary' }, recycled: { desnz: 'paper_closed_loop' }, route: 'recycling' },
  cardboard: { label: 'Cardboard', virgin: { desnz: 'board_primary' }, recycled: { desnz: 'board_closed_loop' }, route: 'recycling' },
  wood: { label: 'Wood', virgin: { desnz: 'wood_construction_primary' }, recycled: { desnz: 'wood_reused', proxy: true, note: 'DESNZ re-used wood.' }, route: 'incineration' },
  mdf: { label: 'MDF / particle board', virgin: { desnz: 'wood_construction_primary', proxy: true, note: 'DESNZ construction wood (boards with resin are usually higher).' }, route: 'incineration' },
  ceramic: { label: 'Ceramic', virgin: { desnz: 'bricks_primary', proxy: true, note: 'DESNZ bricks (fired clay) used for ceramics.' }, route: 'inert' },
  foam: { label: 'Foam (PU)', virgin: { desnz: 'insulation_primary', proxy: true, note: 'DESNZ insulation used for polyurethane foam.' }, route: 'residual' },
  electronics: { label: 'Electronics (boards, displays, components)', virgin: { desnz: 'electrical_it_primary', proxy: true, note: 'DESNZ whole-product “electrical items – IT”, per kg.' }, route: 'weee' },
  battery: { label: 'Li-ion battery', virgin: { desnz: 'battery_li_ion_primary' }, route: 'weee' },
};

// End-of-life routes (g CO2e per kg discarded). DESNZ cut-off convention: recycling and energy recovery carry
// only collection transport; landfill carries the decay emissions. Each material points at its usual route.
export const EOL_ROUTES = {
  textile: 'landfill_clothing',
  residual: 'landfill_household_residual',
  plastic: 'landfill_plastics',
  metal: 'recycling_closed_loop_generic',
  recycling: 'recycling_closed_loop_generic',
  incineration: 'incineration_energy_recovery_generic',
  inert: 'landfill_glass',
  weee: 'landfill_weee',
  'landfill-paper': 'landfill_paper_board',
  'landfill-wood': 'landfill_wood',
  food: 'landfill_food',
  compost: 'composting_food',
};

// Packaging materials (g CO2e per kg of packaging), DESNZ material keys.
export const PACKAGING = {
  cardboard: 'board_primary',
  'cardboard-recycled': 'board_closed_loop',
  paper: 'paper_primary',
  'plastic-film': 'plastic_film_average_primary',
  'plastic-rigid': 'plastic_rigid_average_primary',
  pet: 'pet_primary',
  hdpe: 'hdpe_primary',
  ps: 'ps_primary',
  glass: 'glass_primary',
  aluminium: 'aluminium_cans_foil_primary',
  steel: 'steel_cans_primary',
  wood: 'wood_construction_primary',
};

// Freight: [direct key, well-to-tank key] in factors.csv (kg/t.km). Rail has no WTT row: see build (proxy).
export const FREIGHT = {
  sea: ['sea_container_avg', 'wtt_sea_container_avg'],
  air: ['air_longhaul_rf', 'wtt_air_longhaul'],
  road: ['road_hgv_avg', 'wtt_road_hgv_avg'],
  rail: ['rail_freight', null],
};

// Last mile (see README "Delivery"): one van round = 80 km for 120 drops (Edwards et al. 2010) × DESNZ van factor.
export const DELIVERY = {
  roundKm: 80,
  dropsPerRound: 120,
  pickupSaving: 0.33, // TNO 2020, carrier side only
  cargoBikeSaving: 0.26, // Shahmohammadi et al. 2020
  consolidatedParcelsPerDrop: 2, // our assumption: a consolidated order shares one drop with one other parcel
  defaultAirKm: 1000, // our assumption: a typical express-air leg within a continent
};

// ─── Transport and packaging presets for typical products ───────────────────
// Distances are our assumptions (great-circle-ish shipping routes to a European or North American market).
const L = {
  asia: [['sea', 18000], ['road', 1000]],
  southAsia: [['sea', 15000], ['road', 1000]],
  eu: [['road', 1200]],
  local: [['road', 400]],
  latam: [['sea', 10000], ['road', 800]],
  africa: [['sea', 7000], ['road', 800]],
  usa: [['sea', 7000], ['road', 1000]],
};
const leg = (k) => L[k].map(([mode, distanceKm]) => ({ mode, distanceKm }));
const pk = (...pairs) => pairs.map(([material, weightGrams]) => ({ material, weightGrams }));
const mats = (...pairs) => pairs.map(([material, share]) => ({ material, share }));

// ─── Published product footprints (src: { pcf }) ─────────────────────────────
// Where ADEME has no row, or its row sits far from what makers publish for the same kind of product, a category's
// production is the median of published product carbon footprints (PCFs) of products of that kind, each without its
// use phase: total × (1 − the report's use share). Use is our kWh model (ADEME's, or the category's `use`) at the
// grid of the country of use, as for every category; end of life is ADEME's (`like`) or the typical materials' routes.
// Each entry: [product, total kg CO2e cradle to grave, use share (null: the set's `useShare`), the maker's document].
// Selection (monitors, consoles): every maker that publishes PCFs of the kind, its two most recent reports in the
// size class of the typical product, found through Boavizta's index of maker reports (environmental-footprint-data,
// ODbL: only these single figures are quoted, each cited to the maker's own document; the index is not shipped).
// The figures are the makers' own: not re-read here from every PDF.
export const PCF = {
  // Logitech's first carbon labels: every mouse labelled (all six gaming mice; 2-year use); use share 11 % is the
  // G PRO Wireless label's breakdown (73 % materials and manufacturing, 6 % transport, 11 % use, 6 % end of life, 4 % other).
  mouse: {
    source: 'logitech2021',
    useShare: 0.11,
    figures: [
      ['Logitech G PRO Wireless', 7.84, null, 'logitech2021'],
      ['Logitech G903 LIGHTSPEED', 8.64, null, 'logitech2021'],
      ['Logitech G502 HERO', 7.1, null, 'logitech2021'],
      ['Logitech G102 LIGHTSYNC', 5.51, null, 'logitech2021'],
      ['Logitech G304 LIGHTSPEED', 8.76, null, 'logitech2021'],
      ['Logitech G502 LIGHTSPEED', 8.69, null, 'logitech2021'],
    ],
  },
  // 23–25-inch office monitors (our typical monitor: 4.5 kg, ADEME's 24-inch average)
  monitor: {
    source: 'maker-pcf',
    figures: [
      ['Dell E2423H', 504, 0.27, 'https://www.delltechnologies.com/asset/en-us/products/electronics-and-accessories/technical-support/dell-e2423h-monitor-pcf-datasheet.pdf'],
      ['Dell E2423HN', 503, 0.267, 'https://www.delltechnologies.com/asset/en-us/products/electronics-and-accessories/technical-support/dell-e2423hn-monitor-pcf-datasheet.pdf'],
      ['HP E24m G4', 286, 0.41, 'https://h20195.www2.hp.com/v2/getpdf.aspx/c07983252.pdf'],
      ['HP E24mv G4', 286, 0.41, 'https://h20195.www2.hp.com/v2/getpdf.aspx/c07719779.pdf'],
      ['Lenovo C24-20 / C24-25 / D24-20', 351, 0.49, 'https://static.lenovo.com/ww/docs/regulatory/eco-declaration/pcf-lenovo-c24-20_c24-25_d24-20.pdf'],
      ['Lenovo Legion Y25-25', 500, 0.45, 'https://static.lenovo.com/ww/docs/regulatory/eco-declaration/pcf-legion-y25-25.pdf'],
    ],
  },
  // 13–16-inch laptops (rugged models left out), the same selection as the desktops below: the two most recent reports
  // of each maker found publishing them, 2019 on, ties broken by name. Every other selection tried (all reports 2019,
  // 2020 or 2021 on; medians per maker) gives 194–277 kg without use: all above ADEME's 185 kg, which this replaces.
  laptop: {
    source: 'maker-pcf',
    figures: [
      ['Apple 16-inch MacBook Pro (2023)', 300, 0.25, 'https://www.apple.com/environment/pdf/products/notebooks/16-inch_MacBook_Pro_PER_Jan2023.pdf'],
      ['Apple 14-inch MacBook Pro (2023)', 243, 0.2, 'https://www.apple.com/environment/pdf/products/notebooks/14-inch_MacBook_Pro_PER_Jan2023.pdf'],
      ['Asus Notebook C423', 113, 0.322, 'https://csr.asus.com/english/file/PEP_Notebook_C423.pdf'],
      ['Dell XPS 9320', 380, 0.082, 'https://www.delltechnologies.com/asset/en-us/products/laptops-and-2-in-1s/technical-support/dell-xps-9320-pcf-datasheet.pdf'],
      ['Dell XPS 9315 2-in-1', 411, 0.082, 'https://www.delltechnologies.com/asset/en-us/products/laptops-and-2-in-1s/technical-support/dell-xps-9315-2-in-1-pcf-datasheet.pdf'],
      ['HP 255 G9', 230, 0.18, 'https://h20195.www2.hp.com/v2/getpdf.aspx/c08173120.pdf'],
      ['HP 250 G9', 194, 0.19, 'https://h20195.www2.hp.com/v2/getpdf.aspx/c08173101.pdf'],
      ['Lenovo ThinkBook 14s AMD', 238, 0.15, 'https://static.lenovo.com/ww/docs/regulatory/eco-declaration/pcf-thinkbook-14s-amd.pdf'],
      ['Lenovo IdeaPad Gaming 3 15', 267, 0.13, 'https://static.lenovo.com/ww/docs/regulatory/eco-declaration/pcf-ideapad-gaming-3-15.pdf'],
    ],
  },
  // Office desktop towers (our typical desktop: 8 kg, ADEME's personal desktop; the makers' towers' yearly energy use,
  // 49–147 kWh in the reports that give it, centres on ADEME's 102 kWh, which the category keeps). The two most recent
  // tower reports of each maker found publishing them (ties broken by name), 2019 on; workstations above the Precision
  // 3000 line and gaming towers left out. Mini PCs (below) are a category of their own since issue 13: ADEME's one
  // desktop row mixed both, and a mini PC's production is about 60 % of a tower's.
  desktop: {
    source: 'maker-pcf',
    figures: [
      ['Dell Precision 3660 Tower', 608, 0.481, 'https://www.delltechnologies.com/asset/en-us/products/desktops-and-all-in-ones/technical-support/dell-precision-3660-tower-pcf-datasheet.pdf'],
      ['Dell OptiPlex 7000 Tower', 367, 0.267, 'https://www.delltechnologies.com/asset/en-us/products/desktops-and-all-in-ones/technical-support/dell-optiplex-7000-tower-pcf-datasheet.pdf'],
      ['HP Elite Tower 880 G9', 894, 0.3, 'https://h20195.www2.hp.com/v2/getpdf.aspx/c08170567.pdf'],
      ['Lenovo V50t Tower', 659, 0.51, 'https://static.lenovo.com/ww/docs/regulatory/eco-declaration/pcf-lenovo-v50t-tower.pdf'],
      ['Lenovo ThinkCentre M90 Tower', 719, 0.49, 'https://static.lenovo.com/ww/docs/regulatory/eco-declaration/pcf-thinkcentre-m90-tower.pdf'],
    ],
  },
  // Mini PCs (about 1–1.5 kg; Mac mini, Micro Form Factor, Tiny): the two most recent reports of each maker found
  // publishing them (ties broken by name), 2019 on. Their yearly energy use, where the report gives it: Asus 60.5,
  // Dell 17.5 and 26.5 kWh: the median, 26.5 kWh, is the category's `use` (ADEME's 6-year desktop life).
  'mini-pc': {
    source: 'maker-pcf',
    figures: [
      ['Apple Mac mini (M2, 2023)', 112, 0.36, 'https://www.apple.com/environment/pdf/products/desktops/Mac_mini_PER_Jan2023.pdf'],
      ['Apple Mac mini (M1, 2020)', 172, 0.39, 'https://www.apple.com/environment/pdf/products/desktops/Macmini_PER_Nov2020.pdf'],
      ['Asus Mini PC PB60', 275, 0.462, 'https://csr.asus.com/english/file/PEP_Mini-PC_PB60.pdf'],
      ['Dell OptiPlex 7000 Micro', 246, 0.143, 'https://www.delltechnologies.com/asset/en-us/products/desktops-and-all-in-ones/technical-support/dell-optiplex-7000-micro-form-factor-pcf-datasheet.pdf'],
      ['Dell OptiPlex 5000 Micro', 255, 0.207, 'https://www.delltechnologies.com/asset/en-us/products/desktops-and-all-in-ones/technical-support/dell-optiplex-5000-micro-form-factor-pcf-datasheet.pdf'],
      ['Lenovo IdeaCentre Mini 5 Tiny', 370, 0.33, 'https://static.lenovo.com/ww/docs/regulatory/eco-declaration/pcf-ideacentre-mini-5-tiny.pdf'],
      ['Lenovo ThinkCentre M90 Tiny', 494.7, 0.28, 'https://static.lenovo.com/ww/docs/regulatory/eco-declaration/pcf-thinkcentre-m90-tiny.pdf'],
    ],
  },
  // The only console maker found publishing PCFs: Microsoft's current-generation eco profiles (March 2022, 5-year use).
  // The 2020 Xbox One S / One X profiles are left out: their use and production shares as indexed do not add up.
  console: {
    source: 'maker-pcf',
    figures: [
      ['Microsoft Xbox Series S', 559, 0.834, 'https://download.microsoft.com/download/4/8/D/48D50344-33CD-4D9A-BA11-0C7DCA1A3948/Ecoprofile_XboxSeriesS.pdf'],
      ['Microsoft Xbox Series X', 825, 0.782, 'https://download.microsoft.com/download/4/8/D/48D50344-33CD-4D9A-BA11-0C7DCA1A3948/Ecoprofile_XboxSeriesX.pdf'],
    ],
  },
};

// ─── Categories ──────────────────────────────────────────────────────────────
// src: where the benchmark comes from.
//   { ademe: slug | [slugs] }            ADEME Impact CO2 row(s) (several = stage-wise mean)
//   { ademe: slug, scale: true }          ADEME row scaled by mass (our mass ÷ likeMassKg): proxy
//   { desnz: key, like?: slug }           DESNZ whole-product factor × mass: proxy
//   { pn: key, like: slug }               Poore & Nemecek median per kg, stage shares of an ADEME food row
//   { spend: true }                       EPA spend factor × typical price in 2021 USD: proxy
//   { derived: {...} }                    documented derivation (see note)
// t: typical product: g = grams, m = materials, o = origin, p = price in USD (excl. tax), use = [kWh/yr, years]
//    ps = per-kg/per-litre categories: kg or litres in the typical retail pack (used when a product gives no mass;
//    our assumptions, common European/UK retail sizes, see src/data/README.md "Typical retail packs"),
//    (kWh: ADEME peryear ÷ 0.0519 where marked `useFromAdeme`), legs, pack.
// Sneakers: the total is Cheah et al. (2013)'s measured life-cycle footprint of a typical pair of synthetic running
// shoes, 14 kg CO2e (14 ± 2.7); ADEME's model sports shoe (20.1 kg) keeps only its stage split. The build has no
// "cited total" kind for items, so this uses the mass-scaling kind: ADEME's production stages (6.1 + 0.4 + 2.9 +
// 9.3 = 18.7 kg) × 0.8 kg ÷ SNEAKER_SCALE_KG = 14 kg − the end of life of the typical materials (0.8 kg × DESNZ
// landfill, 497 g/kg). SNEAKER_SCALE_KG is that scale, not a measured mass.
const CHEAH_SNEAKER_G = 14000;

// Clothes care (use phase), Ecobalyse textile method (French government, MIT licence, Copyright (c) 2021 Ministères
// de la Transition écologique & de la Cohésion des territoires; github.com/MTES-MCT/ecobalyse, method page
// textile/cycle-de-vie-des-produits-textiles/etape-7-utilisation.md and public/data/textile/products.json), whose
// figures come from ADEME Base Impacts and the PEFCR Apparel & Footwear:
//   electricity over the life = cycles × (mass × (washing 0.1847 kWh/kg + dryer share × drying 0.335 kWh/kg))
//                              + cycles × ironing share × ironing hours × 1.5 kW.
// [cycles, dryer share, ironing share, ironing hours] per Ecobalyse product (tshirt, chemise, pull, jean, jupe,
// manteau, chaussettes). The ADEME use stage (per year × years, at the French grid 51.9 g/kWh) minus this electricity
// at the French grid is the care that is not electricity (detergent, waste water), kept as `use.otherGrams`; before,
// the whole ADEME figure was divided by 51.9 g/kWh and so counted detergent and water as kWh (×3–5 too many kWh).
export const CARE = { washKWhPerKg: 0.1847, dryKWhPerKg: 0.335, ironKW: 1.5 };
export const CARE_PRODUCTS = {
  tshirt: [45, 0.3, 0.4, 0.043],
  chemise: [20, 0.12, 0.7, 0.043],
  pull: [17, 0.3, 0, 0],
  jean: [23, 0.3, 0.63, 0.072],
  jupe: [23, 0.12, 0.18, 0.075],
  manteau: [5, 0.25, 0.05, 0.067],
  chaussettes: [25, 0.3, 0, 0],
};
// Plant drinks: ADEME (Agribalyse 3.2) has cow's milk (1.15 kg CO2e/L) and a soy drink (0.427 kg/L), not an oat drink.
// An oat drink compared with the ADEME milk must come from the same database (same farm-gate, processing, carton and
// retail model): the ADEME soy drink, scaled by Poore & Nemecek's ratio of oat to soy drink per litre (0.9 and 0.98 kg
// CO2e, OWID "dairy vs plant-based milk"; global means). Before, P&N's oat figure (0.9 kg/L, which sits beside a P&N
// cow's milk of 3.15) was set against ADEME's milk (1.15): a 22% saving that was only the two databases' difference.
const OAT_PER_SOY = 0.9 / 0.98;
const SNEAKER_SCALE_KG = (0.8 * 18700) / (CHEAH_SNEAKER_G - 0.8 * 497);

export const CATEGORIES = {
  // Apparel — ADEME 2018 textile models (stages refreshed from Base Empreinte 2024). Use: washing/drying kWh.
  'apparel.t-shirt': { label: 'T-shirt', unit: 'item', spend: 'apparel', src: { ademe: 'tshirtencoton' }, useFromAdeme: true, care: 'tshirt', t: { g: 200, m: mats(['cotton', 1]), o: 'CN', p: 15, legs: leg('asia'), pack: pk(['plastic-film', 15]) } },
  'apparel.shirt': { label: 'Shirt', unit: 'item', spend: 'apparel', src: { ademe: 'chemiseencoton' }, useFromAdeme: true, care: 'chemise', t: { g: 250, m: mats(['cotton', 1]), o: 'CN', p: 35, legs: leg('asia'), pack: pk(['plastic-film', 20], ['cardboard', 20]) } },
  'apparel.polo': { label: 'Polo shirt', unit: 'item', spend: 'apparel', src: { ademe: 'polo' }, useFromAdeme: true, care: 'tshirt', t: { g: 250, m: mats(['cotton', 1]), o: 'BD', p: 30, legs: leg('southAsia'), pack: pk(['plastic-film', 15]) } },
  'apparel.sweater': { label: 'Sweater (jumper)', unit: 'item', spend: 'apparel', src: { ademe: ['pullenlaine', 'pullenacrylique'] }, useFromAdeme: true, care: 'pull', t: { g: 450, m: mats(['wool', 0.5], ['polyester', 0.5]), o: 'CN', p: 50, legs: leg('asia'), pack: pk(['plastic-film', 20]) }, note: 'Mean of the ADEME wool and acrylic jumpers; acrylic is stood in for by polyester in the typical materials.' },
  'apparel.sweatshirt': { label: 'Sweatshirt', unit: 'item', spend: 'apparel', src: { ademe: 'sweatencoton' }, useFromAdeme: true, care: 'pull', t: { g: 550, m: mats(['cotton', 0.8], ['polyester', 0.2]), o: 'BD', p: 40, legs: leg('southAsia'), pack: pk(['plastic-film', 20]) } },
  'apparel.jeans': { label: 'Jeans', unit: 'item', spend: 'apparel', src: { ademe: 'jeans' }, useFromAdeme: true, care: 'jean', t: { g: 650, m: mats(['cotton', 0.98], ['elastane', 0.02]), o: 'BD', p: 60, legs: leg('southAsia'), pack: pk(['plastic-film', 20]) } },
  'apparel.dress': { label: 'Dress', unit: 'item', spend: 'apparel', src: { ademe: ['robeencoton', 'robeenpolyester', 'robeenviscose'] }, useFromAdeme: true, care: 'jupe', t: { g: 400, m: mats(['cotton', 0.34], ['polyester', 0.33], ['viscose', 0.33]), o: 'CN', p: 50, legs: leg('asia'), pack: pk(['plastic-film', 20]) }, note: 'Mean of the ADEME cotton, polyester and viscose dresses.' },
  'apparel.coat': { label: 'Coat', unit: 'item', spend: 'apparel', src: { ademe: 'manteau' }, useFromAdeme: true, care: 'manteau', t: { g: 1400, m: mats(['wool', 0.4], ['polyester', 0.5], ['viscose', 0.1]), o: 'CN', p: 150, legs: leg('asia'), pack: pk(['plastic-film', 40], ['cardboard', 100]) } },
  'apparel.jacket': { label: 'Jacket', unit: 'item', spend: 'apparel', src: { ademe: ['vesteimpermeable', 'vestesimilicuir'] }, useFromAdeme: true, care: 'manteau', t: { g: 700, m: mats(['polyester', 0.6], ['nylon', 0.3], ['pvc', 0.1]), o: 'CN', p: 100, legs: leg('asia'), pack: pk(['plastic-film', 30]) }, note: 'Mean of the ADEME waterproof and faux-leather jackets.' },
  'apparel.socks': { label: 'Socks (pair)', unit: 'item', spend: 'apparel', src: { ademe: 'tshirtencoton', scale: true, likeMassKg: 0.2 }, useFromAdeme: true, care: 'chaussettes', t: { g: 50, m: mats(['cotton', 0.8], ['polyester', 0.15], ['elastane', 0.05]), o: 'CN', p: 8, legs: leg('asia'), pack: pk(['paper', 5]) }, note: 'No ADEME socks: the cotton T-shirt scaled by mass (50 g ÷ 200 g).' },
  // Footwear — ADEME 2018 models; no use phase.
  'footwear.sneakers': { label: 'Sneakers (pair)', unit: 'item', spend: 'footwear', src: { ademe: 'chaussuresdesport', scale: true, likeMassKg: SNEAKER_SCALE_KG }, t: { g: 800, m: mats(['polyester', 0.35], ['rubber', 0.35], ['leather', 0.1], ['foam', 0.2]), o: 'VN', p: 80, legs: leg('asia'), pack: pk(['cardboard', 250], ['paper', 20]) } },
  'footwear.leather-shoes': { label: 'Leather shoes (pair)', unit: 'item', spend: 'footwear', src: { ademe: 'chaussuresencuir' }, t: { g: 800, m: mats(['leather', 0.7], ['rubber', 0.3]), o: 'CN', p: 100, legs: leg('asia'), pack: pk(['cardboard', 250], ['paper', 20]) } },
  'footwear.fabric-shoes': { label: 'Fabric shoes (pair)', unit: 'item', spend: 'footwear', src: { ademe: 'chaussuresentissu' }, t: { g: 600, m: mats(['cotton', 0.5], ['rubber', 0.5]), o: 'CN', p: 50, legs: leg('asia'), pack: pk(['cardboard', 200]) } },
  // Electronics — ADEME/Arcep 2025 (feature phone: 2022). Use: kWh = ADEME peryear ÷ 0.0519 (French grid).
  'electronics.smartphone': { label: 'Smartphone', unit: 'item', spend: 'phones_wireless_comm_equipment', src: { ademe: 'smartphone' }, useFromAdeme: true, t: { g: 190, m: mats(['glass', 0.2], ['aluminium', 0.2], ['electronics', 0.3], ['battery', 0.2], ['polycarbonate', 0.1]), o: 'CN', p: 500, legs: [{ mode: 'air', distanceKm: 9000 }, { mode: 'road', distanceKm: 800 }], pack: pk(['cardboard', 120], ['plastic-film', 5]) } },
  'electronics.feature-phone': { label: 'Feature phone', unit: 'item', spend: 'phones_telephone_apparatus', src: { ademe: 'telephonebasique' }, use: [1.5, 2.5], t: { g: 90, m: mats(['abs', 0.4], ['electronics', 0.3], ['battery', 0.2], ['glass', 0.1]), o: 'CN', p: 40, legs: leg('asia'), pack: pk(['cardboard', 80]) }, note: 'ADEME gives no use for the feature phone; 1.5 kWh a year is our assumption.' },
  'electronics.tablet': { label: 'Tablet', unit: 'item', spend: 'computers', src: { ademe: 'tabletteclassique' }, useFromAdeme: true, t: { g: 480, m: mats(['glass', 0.25], ['aluminium', 0.25], ['electronics', 0.2], ['battery', 0.25], ['plastic', 0.05]), o: 'CN', p: 400, legs: [{ mode: 'air', distanceKm: 9000 }, { mode: 'road', distanceKm: 800 }], pack: pk(['cardboard', 250], ['plastic-film', 10]) } },
  'electronics.laptop': { label: 'Laptop', unit: 'item', spend: 'computers', src: { pcf: 'laptop', like: 'ordinateurportable' }, useFromAdeme: true, t: { g: 1800, m: mats(['aluminium', 0.3], ['plastic', 0.2], ['electronics', 0.2], ['battery', 0.15], ['glass', 0.1], ['steel', 0.05]), o: 'CN', p: 900, legs: [{ mode: 'air', distanceKm: 9000 }, { mode: 'road', distanceKm: 800 }], pack: pk(['cardboard', 600], ['plastic-film', 20]) } },
  'electronics.desktop': { label: 'Desktop computer', unit: 'item', spend: 'computers', src: { pcf: 'desktop', like: 'ordinateurfixeparticulier' }, useFromAdeme: true, t: { g: 8000, m: mats(['steel', 0.55], ['plastic', 0.15], ['electronics', 0.25], ['copper', 0.05]), o: 'CN', p: 800, legs: leg('asia'), pack: pk(['cardboard', 1200], ['ps', 200]) }, note: 'A desktop tower without monitor: production = median of makers’ tower reports without use (PCF); use and end of life of the ADEME personal desktop.' },
  'electronics.mini-pc': { label: 'Mini PC', unit: 'item', spend: 'computers', src: { pcf: 'mini-pc', like: 'ordinateurfixeparticulier' }, use: [26.5, 6], t: { g: 1300, m: mats(['aluminium', 0.25], ['steel', 0.25], ['plastic', 0.15], ['electronics', 0.35]), o: 'CN', p: 600, legs: leg('asia'), pack: pk(['cardboard', 400], ['ps', 50]) }, note: 'No ADEME mini PC: production = median of makers’ mini-PC reports without use (PCF); 26.5 kWh a year (their median) over ADEME’s 6-year desktop life; end of life of the ADEME desktop.' },
  'electronics.monitor': { label: 'Computer monitor', unit: 'item', spend: 'computer_peripherals', src: { pcf: 'monitor', like: 'ecran' }, useFromAdeme: true, t: { g: 4500, m: mats(['plastic', 0.35], ['steel', 0.25], ['glass', 0.15], ['electronics', 0.25]), o: 'CN', p: 200, legs: leg('asia'), pack: pk(['cardboard', 1000], ['ps', 200]) } },
  'electronics.tv': { label: 'Television', unit: 'item', spend: 'audio_video_equipment', src: { ademe: 'television' }, useFromAdeme: true, t: { g: 15000, m: mats(['plastic', 0.35], ['steel', 0.3], ['glass', 0.15], ['electronics', 0.2]), o: 'CN', p: 600, legs: leg('asia'), pack: pk(['cardboard', 2500], ['ps', 500]) } },
  'electronics.speaker': { label: 'Bluetooth speaker', unit: 'item', spend: 'audio_video_equipment', src: { ademe: 'enceintebluetooth' }, useFromAdeme: true, t: { g: 600, m: mats(['plastic', 0.5], ['electronics', 0.2], ['battery', 0.1], ['steel', 0.1], ['rubber', 0.1]), o: 'CN', p: 80, legs: leg('asia'), pack: pk(['cardboard', 200]) } },
  'electronics.headphones': { label: 'Headphones', unit: 'item', spend: 'audio_video_equipment', src: { desnz: 'electrical_it_primary', like: 'enceintebluetooth' }, use: [1, 3], t: { g: 250, m: mats(['plastic', 0.6], ['electronics', 0.15], ['battery', 0.1], ['steel', 0.05], ['foam', 0.1]), o: 'CN', p: 100, legs: leg('asia'), pack: pk(['cardboard', 150]) }, note: 'No ADEME headphones: DESNZ electrical IT items per kg × 250 g; use 1 kWh a year (our assumption).' },
  'electronics.game-console': { label: 'Game console', unit: 'item', spend: 'computers', src: { pcf: 'console' }, use: [80, 6], t: { g: 3500, m: mats(['plastic', 0.4], ['steel', 0.25], ['electronics', 0.3], ['copper', 0.05]), o: 'CN', p: 450, legs: leg('asia'), pack: pk(['cardboard', 800], ['ps', 150]) }, note: 'No ADEME console: production = median of Microsoft’s Xbox Series S/X eco profiles without use (PCF); 80 kWh a year (our assumption).' },
  'electronics.mouse': { label: 'Computer mouse', unit: 'item', spend: 'computer_peripherals', src: { pcf: 'mouse' }, use: [0.5, 3], t: { g: 100, m: mats(['abs', 0.7], ['electronics', 0.25], ['copper', 0.05]), o: 'CN', p: 100, legs: leg('asia'), pack: pk(['cardboard', 60], ['plastic-rigid', 10]) }, note: 'No ADEME mouse: production = median of Logitech’s published mouse labels without use (PCF).' },
  'electronics.keyboard': { label: 'Keyboard', unit: 'item', spend: 'computer_peripherals', src: { desnz: 'electrical_it_primary', like: 'clefusb' }, use: [1, 4], t: { g: 800, m: mats(['abs', 0.7], ['electronics', 0.2], ['steel', 0.1]), o: 'CN', p: 40, legs: leg('asia'), pack: pk(['cardboard', 250]) }, note: 'No ADEME keyboard: DESNZ electrical IT items per kg × 800 g.' },
  'electronics.router': { label: 'Wi-Fi router', unit: 'item', spend: 'phones_wireless_comm_equipment', src: { ademe: 'box' }, useFromAdeme: true, t: { g: 500, m: mats(['abs', 0.6], ['electronics', 0.35], ['copper', 0.05]), o: 'CN', p: 120, legs: leg('asia'), pack: pk(['cardboard', 300]) }, note: 'ADEME “box” (home broadband router).' },
  'electronics.external-drive': { label: 'External hard drive', unit: 'item', spend: 'computer_storage', src: { ademe: 'disquedur' }, useFromAdeme: true, t: { g: 200, m: mats(['aluminium', 0.3], ['plastic', 0.3], ['electronics', 0.4]), o: 'CN', p: 80, legs: leg('asia'), pack: pk(['cardboard', 100]) }, note: 'ADEME external HDD.' },
  // Appliances — Base Empreinte production stages; use from ADEME peryear ÷ 0.0519 (assumes the French grid).
  'appliances.kettle': { label: 'Electric kettle', unit: 'item', spend: 'small_appliances', src: { ademe: 'bouilloire' }, useFromAdeme: true, t: { g: 1200, m: mats(['steel', 0.5], ['pp', 0.35], ['copper', 0.1], ['electronics', 0.05]), o: 'CN', p: 40, legs: leg('asia'), pack: pk(['cardboard', 300]) } },
  'appliances.coffee-machine': { label: 'Coffee machine', unit: 'item', spend: 'small_appliances', src: { ademe: ['cafetieredosette', 'cafetierefiltre', 'cafetiereexpresso'] }, use: [60, 5], t: { g: 4000, m: mats(['plastic', 0.5], ['steel', 0.3], ['aluminium', 0.1], ['glass', 0.05], ['electronics', 0.05]), o: 'CN', p: 150, legs: leg('asia'), pack: pk(['cardboard', 600], ['ps', 100]) }, note: 'Mean of the ADEME pod, filter and espresso machines. ADEME’s use stage includes coffee and pods, so use is replaced by 60 kWh a year (our assumption) and ADEME’s end of life (which includes pods) by the material routes.' },
  'appliances.microwave': { label: 'Microwave oven', unit: 'item', spend: 'small_appliances', src: { ademe: 'microondes' }, useFromAdeme: true, t: { g: 14000, m: mats(['steel', 0.65], ['plastic', 0.15], ['glass', 0.1], ['copper', 0.05], ['electronics', 0.05]), o: 'CN', p: 120, legs: leg('asia'), pack: pk(['cardboard', 1500], ['ps', 300]) } },
  'appliances.oven': { label: 'Electric oven', unit: 'item', spend: 'major_appliances', src: { ademe: 'fourelectrique' }, useFromAdeme: true, t: { g: 35000, m: mats(['steel', 0.75], ['glass', 0.15], ['plastic', 0.05], ['copper', 0.03], ['electronics', 0.02]), o: 'DE', p: 500, legs: leg('eu'), pack: pk(['cardboard', 2500], ['ps', 500]) } },
  'appliances.dishwasher': { label: 'Dishwasher', unit: 'item', spend: 'major_appliances', src: { ademe: 'lavevaisselle' }, useFromAdeme: true, t: { g: 45000, m: mats(['steel', 0.6], ['plastic', 0.3], ['copper', 0.05], ['electronics', 0.05]), o: 'DE', p: 550, legs: leg('eu'), pack: pk(['cardboard', 3000], ['ps', 600]) } },
  'appliances.washing-machine': { label: 'Washing machine', unit: 'item', spend: 'major_appliances', src: { ademe: 'lavelinge' }, useFromAdeme: true, t: { g: 70000, m: mats(['steel', 0.45], ['plastic', 0.2], ['ceramic', 0.3], ['copper', 0.03], ['electronics', 0.02]), o: 'PL', p: 600, legs: leg('eu'), pack: pk(['cardboard', 3000], ['ps', 800]) }, note: 'ADEME 7 kg machine; the concrete counterweight is stood in for by ceramic.' },
  'appliances.fridge': { label: 'Refrigerator', unit: 'item', spend: 'major_appliances', src: { ademe: 'refrigirateur' }, useFromAdeme: true, t: { g: 60000, m: mats(['steel', 0.5], ['plastic', 0.3], ['foam', 0.1], ['copper', 0.05], ['glass', 0.03], ['electronics', 0.02]), o: 'TR', p: 800, legs: [{ mode: 'road', distanceKm: 2500 }], pack: pk(['cardboard', 3000], ['ps', 1000]) } },
  'appliances.vacuum': { label: 'Vacuum cleaner', unit: 'item', spend: 'small_appliances', src: { ademe: 'aspirateur' }, useFromAdeme: true, t: { g: 6000, m: mats(['plastic', 0.65], ['steel', 0.1], ['copper', 0.15], ['electronics', 0.05], ['rubber', 0.05]), o: 'CN', p: 200, legs: leg('asia'), pack: pk(['cardboard', 800]) } },
  'appliances.air-conditioner': { label: 'Air conditioner', unit: 'item', spend: 'major_appliances', src: { ademe: 'climatiseur' }, useFromAdeme: true, t: { g: 30000, m: mats(['steel', 0.45], ['aluminium', 0.15], ['copper', 0.15], ['plastic', 0.2], ['electronics', 0.05]), o: 'CN', p: 500, legs: leg('asia'), pack: pk(['cardboard', 2500], ['ps', 600]) }, note: 'ADEME’s end of life includes refrigerant losses (kept).' },
  // Furniture — Base Empreinte; no use, no end of life in ADEME (end of life from the material routes).
  'furniture.chair': { label: 'Chair', unit: 'item', spend: 'furniture_wood', src: { ademe: 'chaiseenbois' }, t: { g: 6000, m: mats(['wood', 0.95], ['steel', 0.05]), o: 'PL', p: 60, legs: leg('eu'), pack: pk(['cardboard', 800]) } },
  'furniture.office-chair': { label: 'Office chair', unit: 'item', spend: 'furniture_metal_other', src: { ademe: 'chaiseenbois', scale: true, likeMassKg: 6 }, t: { g: 15000, m: mats(['steel', 0.35], ['plastic', 0.35], ['foam', 0.15], ['polyester', 0.05], ['aluminium', 0.1]), o: 'CN', p: 200, legs: leg('asia'), pack: pk(['cardboard', 2000], ['plastic-film', 100]) }, note: 'No ADEME office chair: the wooden chair scaled by mass (15 kg ÷ 6 kg).' },
  'furniture.table': { label: 'Table', unit: 'item', spend: 'furniture_wood', src: { ademe: 'tableenbois' }, t: { g: 30000, m: mats(['wood', 0.9], ['steel', 0.1]), o: 'PL', p: 250, legs: leg('eu'), pack: pk(['cardboard', 3000]) } },
  'furniture.sofa': { label: 'Sofa', unit: 'item', spend: 'furniture_upholstered', src: { ademe: 'canapetextile' }, t: { g: 60000, m: mats(['wood', 0.4], ['foam', 0.25], ['polyester', 0.15], ['steel', 0.2]), o: 'PL', p: 800, legs: leg('eu'), pack: pk(['cardboard', 4000], ['plastic-film', 500]) } },
  'furniture.bed': { label: 'Bed frame and base', unit: 'item', spend: 'furniture_wood', src: { ademe: 'lit', scale: true, likeMassKg: 80 }, t: { g: 55000, m: mats(['wood', 0.6], ['mdf', 0.25], ['steel', 0.15]), o: 'PL', p: 500, legs: leg('eu'), pack: pk(['cardboard', 4000]) }, note: 'ADEME’s bed (frame, base and mattress, 80 kg assumed) scaled by mass to a 55 kg frame and base.' },
  'furniture.mattress': { label: 'Mattress', unit: 'item', spend: 'mattresses', src: { ademe: 'lit', scale: true, likeMassKg: 80 }, t: { g: 25000, m: mats(['foam', 0.6], ['polyester', 0.2], ['steel', 0.15], ['cotton', 0.05]), o: 'PL', p: 400, legs: leg('eu'), pack: pk(['plastic-film', 800]) }, note: 'ADEME’s bed (frame, base and mattress, 80 kg assumed) scaled by mass to a 25 kg mattress.' },
  'furniture.wardrobe': { label: 'Wardrobe', unit: 'item', spend: 'furniture_wood', src: { ademe: 'armoire' }, t: { g: 80000, m: mats(['mdf', 0.8], ['wood', 0.1], ['steel', 0.05], ['glass', 0.05]), o: 'PL', p: 400, legs: leg('eu'), pack: pk(['cardboard', 6000]) }, note: 'ADEME’s assembly-and-distribution stage for the wardrobe is large (716 kg); kept as published.' },
  // Others
  'books.paperback': { label: 'Paperback book', unit: 'item', spend: 'books_printing', src: { ademe: 'livredepoche' }, t: { g: 250, m: mats(['paper', 1]), o: 'GB', p: 12, legs: leg('local'), pack: pk(['cardboard', 30]) }, note: 'ADEME gives only a total (1.1 kg); materials are computed from DESNZ paper, the rest is manufacturing.' },
  'toys.plastic': { label: 'Plastic toy', unit: 'item', spend: 'toys_games', src: { materials: true, like: 'aspirateur' }, t: { g: 500, m: mats(['abs', 0.6], ['pp', 0.3], ['electronics', 0.02], ['steel', 0.08]), o: 'CN', p: 20, legs: leg('asia'), pack: pk(['cardboard', 150], ['plastic-rigid', 50]) }, note: 'No ADEME toy: materials from DESNZ factors; manufacturing in the ratio of the ADEME vacuum cleaner (plastic appliance).' },
  'sports.bicycle': { label: 'Bicycle', unit: 'item', spend: 'bicycles_motorcycles', src: { materials: true, like: 'fourelectrique' }, t: { g: 14000, m: mats(['aluminium', 0.3], ['steel', 0.45], ['rubber', 0.15], ['plastic', 0.1]), o: 'TW', p: 600, legs: leg('asia'), pack: pk(['cardboard', 2500], ['plastic-film', 200]) }, note: 'No ADEME bicycle: materials from DESNZ factors; manufacturing in the ratio of the ADEME electric oven (metal product).' },
  'beauty.shampoo': { label: 'Shampoo (250 ml)', unit: 'item', spend: 'cosmetics_toiletries', src: { spend: true }, t: { g: 280, m: [], o: 'FR', p: 6, legs: leg('eu'), pack: pk(['hdpe', 30]) }, note: 'No open per-item factor: EPA spend factor for toilet preparations × USD 6 in 2021 dollars. Packaging (30 g HDPE bottle) is part of the 280 g.' },
  // Food (per kg) — Agribalyse 3.2 via ADEME stages 30–35; P&N medians where ADEME has no row.
  'food.beef': { label: 'Beef', unit: 'kg', spend: 'meat_red', src: { ademe: 'boeuf' }, t: { ps: 0.5, o: 'FR', p: 18, legs: leg('local'), pack: pk(['plastic-rigid', 30], ['plastic-film', 10]) } },
  'food.lamb': { label: 'Lamb', unit: 'kg', spend: 'meat_red', src: { pn: 'lamb_mutton', like: 'boeuf' }, t: { ps: 0.5, o: 'NZ', p: 20, legs: [{ mode: 'sea', distanceKm: 20000 }, { mode: 'road', distanceKm: 800 }], pack: pk(['plastic-rigid', 30], ['plastic-film', 10]) } },
  'food.pork': { label: 'Pork', unit: 'kg', spend: 'meat_red', src: { ademe: 'porc' }, t: { ps: 0.5, o: 'ES', p: 10, legs: leg('eu'), pack: pk(['plastic-rigid', 30], ['plastic-film', 10]) } },
  'food.chicken': { label: 'Chicken', unit: 'kg', spend: 'meat_poultry', src: { ademe: 'poulet' }, t: { ps: 0.5, o: 'FR', p: 9, legs: leg('local'), pack: pk(['plastic-rigid', 30], ['plastic-film', 10]) } },
  'food.fish': { label: 'Fish', unit: 'kg', spend: 'seafood_products', src: { ademe: ['cabillaud', 'saumon', 'thon'] }, t: { ps: 0.3, o: 'NO', p: 22, legs: leg('eu'), pack: pk(['plastic-rigid', 30], ['plastic-film', 10]) }, note: 'Mean of the ADEME cod, salmon/trout and tuna.' },
  'food.eggs': { label: 'Eggs', unit: 'kg', spend: 'eggs_poultry_farm', src: { ademe: 'oeuf' }, t: { ps: 0.36, o: 'FR', p: 6, legs: leg('local'), pack: pk(['cardboard', 60]) } },
  'food.cheese': { label: 'Cheese', unit: 'kg', spend: 'dairy_cheese', src: { ademe: ['fromagedure', 'fromagemolle', 'mozarella', 'fromagebleu'] }, t: { ps: 0.2, o: 'FR', p: 15, legs: leg('eu'), pack: pk(['plastic-film', 20], ['paper', 10]) }, note: 'Mean of the ADEME hard, soft, mozzarella and blue cheeses.' },
  'food.milk': { label: 'Milk', unit: 'litre', spend: 'dairy_milk_butter', src: { ademe: 'laitdevache' }, t: { ps: 1, g: 1030, o: 'FR', p: 1.2, legs: leg('local'), pack: pk(['cardboard', 28], ['plastic-rigid', 4]) } },
  'food.butter': { label: 'Butter', unit: 'kg', spend: 'dairy_milk_butter', src: { ademe: 'beurre' }, t: { ps: 0.25, o: 'FR', p: 11, legs: leg('eu'), pack: pk(['paper', 15], ['aluminium', 5]) } },
  'food.yogurt': { label: 'Yogurt', unit: 'kg', spend: 'dairy_milk_butter', src: { ademe: 'yaourt' }, t: { ps: 0.5, o: 'FR', p: 4, legs: leg('local'), pack: pk(['ps', 40], ['cardboard', 20]) } },
  'food.rice': { label: 'Rice', unit: 'kg', spend: 'grains_farm', src: { ademe: 'riz' }, t: { ps: 1, o: 'IN', p: 3, legs: leg('southAsia'), pack: pk(['plastic-film', 10]) } },
  'food.pasta': { label: 'Pasta', unit: 'kg', spend: 'cookies_crackers_pasta', src: { ademe: 'pates' }, t: { ps: 0.5, o: 'IT', p: 3, legs: leg('eu'), pack: pk(['plastic-film', 10]) } },
  'food.bread': { label: 'Bread', unit: 'kg', spend: 'bakery', src: { ademe: ['baguette', 'paindemie'] }, t: { ps: 0.8, o: 'FR', p: 4, legs: leg('local'), pack: pk(['paper', 10]) }, note: 'Mean of the ADEME baguette and sliced bread.' },
  'food.cereal': { label: 'Breakfast cereal', unit: 'kg', spend: 'breakfast_cereal', src: { pn: 'oatmeal', like: 'pates', mean: true }, t: { ps: 0.5, o: 'GB', p: 7, legs: leg('eu'), pack: pk(['cardboard', 60], ['plastic-film', 10]) }, note: 'No ADEME or P&N breakfast cereal: P&N oatmeal (mean) as a proxy, stage shares of the ADEME pasta.' },
  'food.potatoes': { label: 'Potatoes', unit: 'kg', spend: 'fresh_vegetables', src: { ademe: 'pommedeterre' }, t: { ps: 2.5, o: 'FR', p: 1.5, legs: leg('local'), pack: pk(['plastic-film', 5]) } },
  'food.vegetables': { label: 'Vegetables', unit: 'kg', spend: 'fresh_vegetables', src: { ademeFv: 'vegetables' }, t: { ps: 0.5, o: 'ES', p: 3, legs: leg('eu'), pack: pk(['plastic-film', 5]) }, note: 'Mean of the 35 ADEME fresh vegetables (morel mushroom excluded).' },
  'food.fruit': { label: 'Fruit', unit: 'kg', spend: 'fresh_fruit_nuts', src: { ademeFv: 'fruit' }, t: { ps: 1, o: 'ES', p: 3.5, legs: leg('eu'), pack: pk(['plastic-film', 5]) }, note: 'Mean of 34 ADEME fresh fruits (air-freighted mango, dates and coconut excluded).' },
  'food.nuts': { label: 'Nuts', unit: 'kg', spend: 'snacks_nuts', src: { ademe: ['noisette', 'noix'], fv: true }, t: { ps: 0.2, o: 'US', p: 15, legs: leg('usa'), pack: pk(['plastic-film', 15]) }, note: 'Mean of the ADEME hazelnut and walnut.' },
  'food.tofu': { label: 'Tofu', unit: 'kg', spend: 'prepared_food_other', src: { ademe: 'tofu' }, t: { ps: 0.4, o: 'FR', p: 8, legs: leg('eu'), pack: pk(['plastic-rigid', 30], ['plastic-film', 5]) } },
  'food.meat-substitute': { label: 'Meat substitute', unit: 'kg', spend: 'prepared_food_other', src: { ademe: ['hachevegetal', 'galettevegetale', 'nuggetsvegetaux', 'saucissevegetale', 'boulettesvegetales'] }, t: { ps: 0.25, o: 'FR', p: 12, legs: leg('eu'), pack: pk(['plastic-rigid', 30], ['cardboard', 30]) }, note: 'Mean of the five ADEME plant-based meat alternatives.' },
  'food.oat-drink': { label: 'Oat drink', unit: 'litre', spend: 'prepared_food_other', src: { ademe: 'soja', times: OAT_PER_SOY }, t: { ps: 1, g: 1030, o: 'SE', p: 2.5, legs: leg('eu'), pack: pk(['cardboard', 28], ['plastic-rigid', 4]) }, note: 'The ADEME (Agribalyse 3.2) soy drink, 0.427 kg CO2e per litre, × the Poore & Nemecek ratio of oat to soy drink (0.9 ÷ 0.98): one source family with the ADEME cow’s milk it replaces (README).' },
  'food.coffee': { label: 'Coffee (beans or ground)', unit: 'kg', spend: 'coffee_tea', src: { pn: 'coffee', like: 'cafe' }, t: { ps: 0.25, o: 'BR', p: 15, legs: leg('latam'), pack: pk(['plastic-film', 20], ['aluminium', 5]) } },
  'food.tea': { label: 'Tea (dry leaves)', unit: 'kg', spend: 'coffee_tea', src: { teaFromAdeme: 'the', gramsPerLitre: 20 }, t: { ps: 0.25, o: 'IN', p: 40, legs: leg('southAsia'), pack: pk(['cardboard', 80], ['paper', 20]) }, note: 'ADEME brewed tea per litre without the home-brewing stage, divided by 20 g of leaves per litre (ISO 3103 brewing ratio: 2 g per 100 ml).' },
  // Chocolate (issue 13): Agribalyse's chocolate product, with land-use change, as the central figure (10.5 kg/kg);
  // marked proxy, so its likely range (about 3–37 kg/kg for a kilogram) spans both Poore & Nemecek's dark-chocolate
  // median with deforestation (18.7) and Konstantas et al. (2018)'s UK chocolate without it (about 3.3). README.
  'food.chocolate': { label: 'Chocolate', unit: 'kg', spend: 'confectionery_chocolate', src: { ademe: 'boucheechocolat', proxy: true }, t: { ps: 0.1, o: 'BE', p: 12, legs: leg('eu'), pack: pk(['paper', 30], ['aluminium', 10]) }, note: 'No plain chocolate bar in ADEME: the Agribalyse filled chocolate bite (with land-use change) as a proxy; range spans P&N 18.7 and Konstantas 2018 ≈ 3.3 kg/kg.' },
  'food.snacks': { label: 'Snacks', unit: 'kg', spend: 'snacks_nuts', src: { ademe: ['frites', 'cookie', 'bonbons'] }, t: { ps: 0.035, o: 'GB', p: 10, legs: leg('eu'), pack: pk(['plastic-film', 40]) }, note: 'No ADEME crisps: mean of the ADEME fries (savoury), chocolate-chip cookie and gummy sweets.' },
  // Beverages (per litre)
  'beverages.water': { label: 'Bottled water', unit: 'litre', spend: 'beverages_soft_drinks_water', src: { ademe: 'eauenbouteille' }, t: { ps: 1.5, g: 1030, o: 'FR', p: 0.5, legs: leg('local'), pack: pk(['pet', 25]) } },
  'beverages.juice': { label: 'Fruit juice', unit: 'litre', spend: 'beverages_soft_drinks_water', src: { juice: { fruit: 'orange', kgPerLitre: 2, like: 'soda' } }, t: { ps: 1, g: 1050, o: 'ES', p: 2.5, legs: leg('eu'), pack: pk(['cardboard', 28], ['plastic-rigid', 4]) }, note: 'No ADEME juice: farming = 2 kg of ADEME oranges per litre; processing, packaging, transport and retail of the ADEME soda.' },
  'beverages.soft-drink': { label: 'Soft drink', unit: 'litre', spend: 'beverages_soft_drinks_water', src: { ademe: 'soda' }, t: { ps: 0.33, g: 1040, o: 'FR', p: 1.5, legs: leg('local'), pack: pk(['pet', 30]) } },
  'beverages.beer': { label: 'Beer', unit: 'litre', spend: 'beverages_beer', src: { ademe: 'biere' }, t: { ps: 0.33, g: 1010, o: 'DE', p: 3, legs: leg('eu'), pack: pk(['glass', 450], ['cardboard', 30]) } },
  'beverages.wine': { label: 'Wine', unit: 'litre', spend: 'beverages_wine', src: { ademe: 'vin' }, t: { ps: 0.75, g: 1000, o: 'FR', p: 10, legs: leg('eu'), pack: pk(['glass', 550], ['cardboard', 30]) } },
};

// Fresh produce groups for food.vegetables / food.fruit (slugs of category-benchmarks-ademe-fruit-veg.csv).
export const FRUIT_VEG = {
  vegetables: ['ail', 'artichaut', 'asperge', 'betterave', 'blette', 'carotte', 'celeri', 'chou', 'choudebruxelles', 'choufleur', 'concombre', 'courge', 'courgette', 'cresson', 'echalote', 'endive', 'epinard', 'fenouil', 'haricotvert', 'laitue', 'mache', 'navet', 'mais', 'oignon', 'panais', 'petitpois', 'poireau', 'poivron', 'potiron', 'radis', 'salsifis', 'topinambour', 'aubergine', 'brocoli', 'tomate'],
  fruit: ['fraise', 'pomme', 'orange', 'citron', 'manguebateau', 'cassis', 'clementine', 'pamplemousse', 'coing', 'figue', 'groseille', 'kiwi', 'mandarine', 'melon', 'mure', 'nectarine', 'myrtille', 'prune', 'reineclaude', 'rhubarbe', 'peche', 'cerise', 'abricot', 'framboise', 'poire', 'raisin', 'ananas', 'banane', 'avocat', 'carambole', 'fruitdelapassion', 'grenade', 'kaki', 'pasteque'],
};

// ─── Substitutes and condition (paired savings, src/engine/paired.ts) ─────────
// Substitution groups: categories whose products replace one another for the shopper, compared per functional unit,
// each with the publication that compares its members on that unit. `none`: categories with no swaps at all.
export const SUBSTITUTES = {
  groups: {
    protein: {
      label: 'Protein-rich foods',
      unit: 'kg',
      members: { 'food.beef': 'animal', 'food.lamb': 'animal', 'food.pork': 'animal', 'food.chicken': 'animal', 'food.fish': 'animal', 'food.meat-substitute': 'plant-based', 'food.tofu': 'plant-based' },
      source: 'pn2018',
      note: 'P&N 2018 compare these foods per kg (README).',
    },
    'milk-drinks': {
      label: 'Cow’s milk and plant-based drinks',
      unit: 'litre',
      members: { 'food.milk': 'dairy', 'food.oat-drink': 'plant-based' },
      source: 'pn2018',
      note: 'P&N 2018 compare these drinks per litre (README).',
    },
  },
  none: ['books.paperback'],
};

// What a refurbished or used product is still charged of the new product's production stages (materials,
// manufacturing, transport, packaging), by category family. Use and end of life are unchanged.
export const CONDITIONS = {
  refurbished: {
    electronics: { value: 0.36, unit: 'share of new production', source: 'ademe2022refurb', note: '1 − 0.64, the low end of ADEME 2022 (README).' },
  },
  used: {
    electronics: { value: 0.36, unit: 'share of new production', source: 'ademe2022refurb', note: 'As refurbished (README).' },
    apparel: { value: 0.4, unit: 'share of new production', source: 'farrant2010', note: '1 − 0.60, the low end of Farrant et al. 2010 (README).' },
  },
};
