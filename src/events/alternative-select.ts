import { EcoEvent, type ExperimentDetail } from './eco-event.js';

export interface AlternativeSelectDetail extends ExperimentDetail {
  readonly productId: string;
  readonly alternativeId: string;
  /** g CO2e saved by the swap. */
  readonly savedCo2eGrams: number;
}

/** The shopper asked to swap to a lower-footprint alternative. Cancel it to keep the list unchanged (and the ledger untouched). */
export class EcoAlternativeSelectEvent extends EcoEvent<AlternativeSelectDetail> {
  static readonly eventName = 'eco-alternative-select';
  constructor(detail: AlternativeSelectDetail) {
    super(EcoAlternativeSelectEvent.eventName, detail, true);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'eco-alternative-select': EcoAlternativeSelectEvent;
  }
}

/**
 * The shopper undid a switch ("Undo" after "Switch"): the same detail as the `eco-alternative-select` it reverses.
 * The provider removes the swap's saving from its ledger. Cancel it to keep the switch (and the ledger) as they are.
 */
export class EcoAlternativeUndoEvent extends EcoEvent<AlternativeSelectDetail> {
  static readonly eventName = 'eco-alternative-undo';
  constructor(detail: AlternativeSelectDetail) {
    super(EcoAlternativeUndoEvent.eventName, detail, true);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'eco-alternative-undo': EcoAlternativeUndoEvent;
  }
}
