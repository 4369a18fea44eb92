export { EcoEvent, type ExperimentDetail } from './eco-event.js';
export { EcoErrorEvent, type ElementErrorCode, type ErrorDetail } from './error.js';
export { EcoImpressionEvent, type ImpressionDetail } from './impression.js';
export { EcoFootprintChangeEvent, type FootprintChangeDetail } from './footprint-change.js';
export { EcoAlternativeSelectEvent, EcoAlternativeUndoEvent, type AlternativeSelectDetail } from './alternative-select.js';
export { EcoDeliverySelectEvent, type DeliverySelectDetail } from './delivery-select.js';
export { EcoPackagingChangeEvent, type PackagingChangeDetail } from './packaging-change.js';
export { EcoSavingsChangeEvent, type SavingsChangeDetail } from './savings-change.js';
export { EcoFactorsLoadEvent, type FactorsLoadDetail } from './factors-load.js';
