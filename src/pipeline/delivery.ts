import type { InboundMessage } from '../event/inbound-message';

/**
 * One message handed to a route pipeline by a source. The pipeline calls exactly one of ack()
 * or park(), once, when the message's fate is settled; a source may drop both after the
 * channel the message came on is gone (the broker redelivers it).
 */
export interface Delivery {
  readonly message: InboundMessage;
  /** The broker flagged it as delivered before (a retry after a crash or a lost channel). */
  readonly redelivered: boolean;
  ack(): void;
  /** Move the message to its route's delay queue (publisher-confirmed), then ack it. */
  park(): Promise<void>;
}
