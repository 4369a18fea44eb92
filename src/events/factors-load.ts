import { EcoEvent, type ExperimentDetail } from './eco-event.js';

export interface FactorsLoadDetail extends ExperimentDetail {
  readonly datasetId: string;
  readonly version: string;
  /** Where the dataset in use came from. */
  readonly origin: 'property' | 'url';
}

/** A merchant dataset was validated and is now provided. Not cancelable. */
export class EcoFactorsLoadEvent extends EcoEvent<FactorsLoadDetail> {
  static readonly eventName = 'eco-factors-load';
  constructor(detail: FactorsLoadDetail) {
    super(EcoFactorsLoadEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'eco-factors-load': EcoFactorsLoadEvent;
  }
}
