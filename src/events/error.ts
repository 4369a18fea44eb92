import type { ErrorCode, Issue } from '../engine/types.js';
import { EcoEvent, type ExperimentDetail } from './eco-event.js';

/**
 * Codes only elements report (the engine's are {@link ErrorCode}): `INVALID_ATTRIBUTE`, a presentation attribute
 * (`variant`, `theme`, `max`…) was invalid and its default is used, the element keeps working, the issue's `path` is
 * the attribute's name; `DATASET_FETCH_FAILED`, the provider could not read `factors-src`.
 */
export type ElementErrorCode = 'INVALID_ATTRIBUTE' | 'DATASET_FETCH_FAILED';

export interface ErrorDetail extends ExperimentDetail {
  /** Stable code: an engine code (`INVALID_PRODUCT`, `UNKNOWN_CATEGORY`, `DATASET_INVALID`…) or an element code (`INVALID_ATTRIBUTE`, `DATASET_FETCH_FAILED`). */
  readonly code: ErrorCode | ElementErrorCode | (string & {});
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
