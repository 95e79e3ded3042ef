import { cbbridge } from './generated/cb-sensor-events';
import { DecodeError, type DecodeLocation } from '../decode-error';
import type { CbEventMsg } from '../../event/decoded-event';

const { CbEventMsg: CbEventMsgType } = cbbridge.sensor;

function classify(err: unknown, location: DecodeLocation): DecodeError {
  const message = err instanceof Error ? err.message : String(err);
  if (err instanceof Error && err.name === 'ProtocolError') {
    return new DecodeError('protobuf_missing_required', `CbEventMsg: ${message}`, location);
  }
  if (err instanceof RangeError && message.startsWith('index out of range')) {
    return new DecodeError('protobuf_truncated', `CbEventMsg truncated: ${message}`, location);
  }
  return new DecodeError('protobuf_invalid', `CbEventMsg invalid: ${message}`, location);
}

/** Decodes one serialized CbEventMsg. Returns a DecodeError instead of throwing. */
export function decodeCbEventMsg(bytes: Uint8Array, location: DecodeLocation = {}): CbEventMsg | DecodeError {
  try {
    return CbEventMsgType.decode(bytes);
  } catch (err) {
    return classify(err, location);
  }
}

export { CbEventMsgType };
