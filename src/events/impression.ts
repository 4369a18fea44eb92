import { EcoEvent, type ExperimentDetail } from './eco-event.js';

export interface ImpressionDetail extends ExperimentDetail {
  /** Tag name of the element that was seen, e.g. `eco-footprint-badge`. */
  readonly element: string;
  /** Element-specific context, e.g. `productId`. */
  readonly [extra: string]: unknown;
}

/** The element was at least half visible for the first time. Fired once per element. */
export class EcoImpressionEvent extends EcoEvent<ImpressionDetail> {
  static readonly eventName = 'eco-impression';
  constructor(detail: ImpressionDetail) {
    super(EcoImpressionEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'eco-impression': EcoImpressionEvent;
  }
}
