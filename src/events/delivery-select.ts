import type { DeliveryKind } from '../engine/types.js';
import { EcoEvent, type ExperimentDetail } from './eco-event.js';

export interface DeliverySelectDetail extends ExperimentDetail {
  readonly optionId: string;
  /** The chosen option's kind (`locker`, `home`…): what `<eco-order-footprint>` follows. */
  readonly kind?: DeliveryKind;
  /** g CO2e of the chosen option. */
  readonly co2eGrams: number;
  /** g CO2e saved against standard home delivery (negative when the option emits more). */
  readonly savedGrams: number;
}

/** The shopper picked a delivery option. Cancel it to keep the previous choice. */
export class EcoDeliverySelectEvent extends EcoEvent<DeliverySelectDetail> {
  static readonly eventName = 'eco-delivery-select';
  constructor(detail: DeliverySelectDetail) {
    super(EcoDeliverySelectEvent.eventName, detail, true);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'eco-delivery-select': EcoDeliverySelectEvent;
  }
}
