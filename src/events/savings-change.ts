import type { SavingReason } from '../context/contexts.js';
import { EcoEvent, type ExperimentDetail } from './eco-event.js';

export interface SavingsChangeDetail extends ExperimentDetail {
  /** Total g CO2e saved. */
  readonly savedGrams: number;
  readonly byReason: Readonly<Record<SavingReason, number>>;
}

/** The savings total changed (fired after the change). Not cancelable. */
export class EcoSavingsChangeEvent extends EcoEvent<SavingsChangeDetail> {
  static readonly eventName = 'eco-savings-change';
  constructor(detail: SavingsChangeDetail) {
    super(EcoSavingsChangeEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'eco-savings-change': EcoSavingsChangeEvent;
  }
}
