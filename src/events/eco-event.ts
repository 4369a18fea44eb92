/** Base of every kit event: bubbles and crosses shadow roots; `detail` is a plain, serialisable object. */
export class EcoEvent<D> extends Event {
  readonly detail: D;
  constructor(type: string, detail: D, cancelable = false) {
    super(type, { bubbles: true, composed: true, cancelable });
    this.detail = detail;
  }
}

/** Every detail carries the element's `experiment` label (an A/B arm such as `checkout-b`), when one is set. */
export interface ExperimentDetail {
  readonly experiment?: string;
}
