import {
  KafkaJSConnectionError, KafkaJSError, KafkaJSNonRetriableError, KafkaJSNumberOfRetriesExceeded, KafkaJSProtocolError,
  KafkaJSRequestTimeoutError, KafkaJSSASLAuthenticationError,
} from 'kafkajs';
import { classifyKafkaError, describeKafkaError } from './errors';

/** What kafkajs throws for a broker error code: a KafkaJSProtocolError built from its error table entry. */
const protocol = (type: string, retriable: boolean, message = `${type} happened`): Error =>
  new KafkaJSProtocolError({ type, code: 1, retriable, message } as never);
/** kafkajs's retrier wraps what it will not retry, keeping the original as `cause` (its typings omit the option). */
const nonRetriable = (e: Error | string, cause?: Error): Error =>
  new (KafkaJSNonRetriableError as unknown as new (e: Error | string, o?: { cause?: Error }) => Error)(e, { cause });
const timeout = (message: string): Error => new (KafkaJSRequestTimeoutError as unknown as new (m: string, o: object) => Error)(message, {});

test('a record the broker refuses for good is "rejected", through kafkajs\'s non-retriable wrapper too', () => {
  const tooLarge = protocol('MESSAGE_TOO_LARGE', false, 'The request included a message larger than the max message size the server will accept');
  const wrapped = nonRetriable(tooLarge, tooLarge);
  expect(classifyKafkaError(tooLarge)).toEqual({ kind: 'rejected', message: 'MESSAGE_TOO_LARGE: The request included a message larger than the max message size the server will accept' });
  expect(classifyKafkaError(wrapped)).toEqual(classifyKafkaError(tooLarge));
  expect(classifyKafkaError(protocol('TOPIC_AUTHORIZATION_FAILED', false)).kind).toBe('rejected');
  expect(classifyKafkaError(protocol('INVALID_TOPIC_EXCEPTION', false)).kind).toBe('rejected');
  expect(classifyKafkaError(nonRetriable('Invalid message without value for topic "x"')).kind).toBe('rejected');
});

test('retriable broker answers are "retryable", also once kafkajs ran out of retries', () => {
  const notLeader = protocol('NOT_LEADER_OR_FOLLOWER', true);
  expect(classifyKafkaError(notLeader).kind).toBe('retryable');
  const exhausted = new KafkaJSNumberOfRetriesExceeded(protocol('NOT_ENOUGH_REPLICAS', true), { retryCount: 5, retryTime: 100 } as never);
  expect(classifyKafkaError(exhausted)).toEqual({ kind: 'retryable', message: 'NOT_ENOUGH_REPLICAS: NOT_ENOUGH_REPLICAS happened' });
});

test('an unreachable or refusing cluster is "connection"', () => {
  const refused = new KafkaJSConnectionError('Connection error: connect ECONNREFUSED 127.0.0.1:9092', { broker: '127.0.0.1:9092' } as never);
  expect(classifyKafkaError(refused).kind).toBe('connection');
  expect(classifyKafkaError(new KafkaJSNumberOfRetriesExceeded(refused, { retryCount: 5, retryTime: 100 } as never)).kind).toBe('connection');
  expect(classifyKafkaError(timeout('Request Produce(key: 0, version: 7) timed out')).kind).toBe('connection');
  const sasl = new (KafkaJSSASLAuthenticationError as unknown as new (m: string) => Error)('SASL SCRAM SHA512 authentication failed: invalid credentials');
  expect(classifyKafkaError(sasl)).toEqual({ kind: 'connection', message: 'SASL SCRAM SHA512 authentication failed: invalid credentials' });
  expect(classifyKafkaError(new KafkaJSError('The producer is disconnected')).kind).toBe('connection');
  expect(classifyKafkaError(nonRetriable("The producer is disconnecting; therefore, it can't safely accept messages anymore")).kind).toBe('connection');
  expect(classifyKafkaError(protocol('CLUSTER_AUTHORIZATION_FAILED', false)).kind).toBe('connection');
});

test('a broker that lost the idempotent producer\'s sequence is "producer_state"', () => {
  for (const type of ['OUT_OF_ORDER_SEQUENCE_NUMBER', 'UNKNOWN_PRODUCER_ID', 'INVALID_PRODUCER_EPOCH']) {
    const e = protocol(type, false);
    expect(classifyKafkaError(nonRetriable(e, e)).kind).toBe('producer_state');
  }
});

test('anything else is retryable; messages stay readable', () => {
  expect(classifyKafkaError(new Error('boom'))).toEqual({ kind: 'retryable', message: 'boom' });
  expect(classifyKafkaError('weird')).toEqual({ kind: 'retryable', message: 'weird' });
  expect(describeKafkaError(new TypeError('x is not a function'))).toBe('TypeError: x is not a function');
});
