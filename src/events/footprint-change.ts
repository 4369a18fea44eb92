import type { FootprintResult } from '../engine/types.js';
import { EcoEvent, type ExperimentDetail } from './eco-event.js';

export interface FootprintChangeDetail extends ExperimentDetail {
  readonly productId?: string;
  /** The engine's result, with range, method, grade and trace. */
  readonly result: FootprintResult;
}

/** A badge computed a new footprint. Not cancelable. */
export class EcoFootprintChangeEvent extends EcoEvent<FootprintChangeDetail> {
  static readonly eventName = 'eco-footprint-change';
  constructor(detail: FootprintChangeDetail) {
    super(EcoFootprintChangeEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'eco-footprint-change': EcoFootprintChangeEvent;
  }
}
