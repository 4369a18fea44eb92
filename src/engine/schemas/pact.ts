/**
 * Schemas of the parts of a PACT ProductFootprint the engine reads (Technical Specifications 2.x and 3.x).
 * Everything else in the document is allowed and ignored. Decimals are JSON strings in PACT ("0.384"); numbers are accepted too.
 */
import * as z from 'zod/mini';
import { bool, oneOf } from './common.js';

import { DECIMAL } from '../constants.js';

/** A non-negative decimal, as a JSON string or a number (one refinement: a union would add its own machinery to bundles). */
const decimal = () =>
  z.custom<string | number>(
    (v) => (typeof v === 'string' && DECIMAL.test(v)) || (typeof v === 'number' && v >= 0 && Number.isFinite(v)),
    'Expected a non-negative decimal such as "1.25".',
  );
const positiveDecimal = () =>
  decimal().check(z.refine((v) => Number(v) > 0, 'Must be greater than 0.'));

const status = z.optional(oneOf(['Active', 'Deprecated']));
const assurance = z.optional(z.looseObject({ assurance: z.optional(bool()) }));

/** Spec 2.x: `declaredUnit`, `unitaryProductAmount`, `pCfExcludingBiogenic`, `assurance.assurance`. */
export const Pact2Schema = z.looseObject({
  specVersion: z.string().check(z.regex(/^2\./, 'Expected a 2.x version.')),
  status,
  productNameCompany: z.optional(z.string()),
  companyName: z.optional(z.string()),
  id: z.optional(z.string()),
  pcf: z.looseObject({
    declaredUnit: z.string().check(z.minLength(1)),
    unitaryProductAmount: positiveDecimal(),
    pCfExcludingBiogenic: decimal(),
    assurance,
  }),
});

/** Spec 3.x: `declaredUnitOfMeasurement`, `declaredUnitAmount`, `pcfExcludingBiogenicUptake`, `verification` (was `assurance`). */
export const Pact3Schema = z.looseObject({
  specVersion: z.string().check(z.regex(/^3\./, 'Expected a 3.x version.')),
  status,
  productNameCompany: z.optional(z.string()),
  companyName: z.optional(z.string()),
  id: z.optional(z.string()),
  pcf: z.looseObject({
    declaredUnitOfMeasurement: z.string().check(z.minLength(1)),
    declaredUnitAmount: positiveDecimal(),
    productMassPerDeclaredUnit: z.optional(decimal()),
    pcfExcludingBiogenicUptake: decimal(),
    verification: z.optional(z.unknown()),
    assurance,
  }),
});

export type Pact2 = z.output<typeof Pact2Schema>;
export type Pact3 = z.output<typeof Pact3Schema>;
