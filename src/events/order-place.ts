import { EcoEvent, type ExperimentDetail } from './eco-event.js';

export interface OrderPlaceDetail extends ExperimentDetail {
  /** The shop's order id, if the page gives one (not stored by the kit; for the page's own analytics). */
  readonly orderId?: string;
}

/**
 * The shopper placed the order. A page dispatches it on (or inside) `<eco-provider>` when the order is confirmed:
 * `el.dispatchEvent(new EcoOrderPlaceEvent({ orderId: 'A-1042' }))`. The provider then credits the order's pending
 * choices (swaps, delivery, packaging: "would save") as saved, starts a new empty order, and fires
 * `eco-savings-change`. The same as calling `provider.placeOrder()`. Cancel it to leave the order pending.
 */
export class EcoOrderPlaceEvent extends EcoEvent<OrderPlaceDetail> {
  static readonly eventName = 'eco-order-place';
  constructor(detail: OrderPlaceDetail = {}) {
    super(EcoOrderPlaceEvent.eventName, detail, true);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'eco-order-place': EcoOrderPlaceEvent;
  }
}
