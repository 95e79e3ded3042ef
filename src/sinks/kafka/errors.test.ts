import {
  MultipleErrors,
  NetworkError,
  ProtocolError,
  ResponseError,
  TimeoutError,
  AuthenticationError,
  UserError,
} from '@platformatic/kafka';
import { classifyKafkaError, describeKafkaError } from './errors';

/** What the producer throws for a broker answer: a ResponseError holding the ProtocolError of the error code. */
const answer = (code: number): Error => new ResponseError(0, 9, { '/responses/0/partitions/0': [code, null] }, {});
/** What a call that failed after retries throws: its attempts' errors, the last one last. */
const afterRetries = (...errors: Error[]): Error => new MultipleErrors('produce failed 3 times.', errors);
/** A failed connection, as the client wraps Node's socket error. */
const refused = (): Error =>
  new NetworkError('Connection to 127.0.0.1:9092 failed.', {
    cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9092'), { code: 'ECONNREFUSED' }),
  });

const MESSAGE_TOO_LARGE = 10;
const NOT_LEADER_OR_FOLLOWER = 6;
const NOT_ENOUGH_REPLICAS = 19;
const TOPIC_AUTHORIZATION_FAILED = 29;
const INVALID_TOPIC_EXCEPTION = 17;
const CLUSTER_AUTHORIZATION_FAILED = 31;

test('a record the broker refuses for good is "rejected", inside the retry wrapper too', () => {
  const tooLarge = answer(MESSAGE_TOO_LARGE);
  expect(classifyKafkaError(tooLarge)).toEqual({
    kind: 'rejected',
    message:
      'MESSAGE_TOO_LARGE: The request included a message larger than the max message size the server will accept.',
  });
  expect(classifyKafkaError(afterRetries(tooLarge))).toEqual(classifyKafkaError(tooLarge));
  expect(classifyKafkaError(answer(TOPIC_AUTHORIZATION_FAILED)).kind).toBe('rejected');
  expect(classifyKafkaError(answer(INVALID_TOPIC_EXCEPTION)).kind).toBe('rejected');
  expect(
    classifyKafkaError(new UserError('Failed to serialize a message.', { cause: new TypeError('bad') })).kind,
  ).toBe('rejected');
});

test('retriable broker answers are "retryable", also once the client ran out of retries', () => {
  expect(classifyKafkaError(answer(NOT_LEADER_OR_FOLLOWER)).kind).toBe('retryable');
  const exhausted = afterRetries(answer(NOT_ENOUGH_REPLICAS), answer(NOT_ENOUGH_REPLICAS));
  expect(classifyKafkaError(exhausted)).toEqual({
    kind: 'retryable',
    message: expect.stringMatching(/^NOT_ENOUGH_REPLICAS: /),
  });
});

test('an unreachable or refusing cluster is "connection"', () => {
  expect(classifyKafkaError(refused())).toEqual({
    kind: 'connection',
    message: 'Connection to 127.0.0.1:9092 failed. (connect ECONNREFUSED 127.0.0.1:9092)',
  });
  expect(classifyKafkaError(afterRetries(refused(), refused())).kind).toBe('connection');
  expect(classifyKafkaError(new TimeoutError('Request timed out after 30000 ms.')).kind).toBe('connection');
  const denied = new AuthenticationError('SASL authentication failed.', {
    cause: new ProtocolError(
      'SASL_AUTHENTICATION_FAILED',
      'Authentication failed during authentication due to invalid credentials with SASL mechanism SCRAM-SHA-256',
    ),
  });
  expect(classifyKafkaError(denied)).toEqual({
    kind: 'connection',
    message: expect.stringMatching(/^SASL_AUTHENTICATION_FAILED: .*authentication/i),
  });
  expect(classifyKafkaError(new NetworkError('Client is closed.', { closed: true })).kind).toBe('connection');
  expect(classifyKafkaError(answer(CLUSTER_AUTHORIZATION_FAILED)).kind).toBe('connection');
});

test('a broker that lost the idempotent producer\'s sequence is "producer_state"', () => {
  for (const code of [
    45 /* OUT_OF_ORDER_SEQUENCE_NUMBER */, 59 /* UNKNOWN_PRODUCER_ID */, 47 /* INVALID_PRODUCER_EPOCH */,
  ]) {
    expect(classifyKafkaError(afterRetries(answer(code))).kind).toBe('producer_state');
  }
});

test('anything else is retryable; messages stay one readable line', () => {
  expect(classifyKafkaError(new Error('boom'))).toEqual({ kind: 'retryable', message: 'boom' });
  expect(classifyKafkaError('weird')).toEqual({ kind: 'retryable', message: 'weird' });
  expect(describeKafkaError(new TypeError('x is not a function'))).toBe('TypeError: x is not a function');
  expect(describeKafkaError(new Error('first line\nsecond line'))).toBe('first line');
});
