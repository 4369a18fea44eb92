import type { ErrorCode, Issue } from '../engine/types.js';
import { EcoEvent, type ExperimentDetail } from './eco-event.js';

export interface ErrorDetail extends ExperimentDetail {
  /** Stable code, e.g. `INVALID_PRODUCT`, `UNKNOWN_CATEGORY`, `DATASET_INVALID`, `FACTORS_FETCH_FAILED`. */
  readonly code: ErrorCode | (string & {});
  readonly message: string;
  /** Field paths and messages, e.g. `{ path: 'weightGrams', message: '…' }`. */
  readonly issues: readonly Issue[];
}

/** Input could not be used; the element shows a neutral state. Not cancelable. */
export class EcoErrorEvent extends EcoEvent<ErrorDetail> {
  static readonly eventName = 'eco-error';
  constructor(detail: ErrorDetail) {
    super(EcoErrorEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'eco-error': EcoErrorEvent;
  }
}
