import { Buffer } from 'node:buffer';
import type { SinkRecord } from '../sink';
import { parseRfc5424 } from '../../../test/support/syslog-parser';
import { resolveSyslogSinkConfig, type SyslogSinkConfig } from './config';
import { buildSyslogRequest, utf8Pieces, utf8Prefix } from './request-builder';

const options = (extra: Partial<SyslogSinkConfig>) =>
  resolveSyslogSinkConfig({ address: '127.0.0.1:514', ...extra }, { hostname: () => 'h' });
const rec = (text: string, asBytes = false): SinkRecord => ({
  id: 'e',
  text,
  ...(asBytes ? { utf8: Buffer.from(text, 'utf8') } : {}),
  record: { type: 'ingress.event.filemod' },
  routingKey: 'k',
  contentType: undefined,
  eventKey: 'k',
  receivedAt: 0,
});

test('octet counting: LEN SP MSG, the length in bytes of the whole message, texts and bytes alike', () => {
  const req = buildSyslogRequest(
    [rec('naïve ☃'), rec('{"b":2}', true)],
    options({ protocol: 'tls', tls: { verify: false } }),
    'r',
    0,
  );
  expect(req.chunks).toHaveLength(1);
  let rest = req.chunks[0];
  const msgs: string[] = [];
  while (rest.length > 0) {
    const space = rest.indexOf(0x20);
    const len = Number(rest.subarray(0, space).toString());
    msgs.push(rest.subarray(space + 1, space + 1 + len).toString('utf8'));
    rest = rest.subarray(space + 1 + len);
  }
  expect(msgs.map((m) => parseRfc5424(m).msg)).toEqual(['naïve ☃', '{"b":2}']);
});

test('newline framing ends each message with LF and dead-letters a message holding one', () => {
  const req = buildSyslogRequest(
    [rec('a'), rec('b\nc'), rec('d\ne', true), rec('f')],
    options({ protocol: 'tcp' }),
    'r',
    0,
  );
  const lines = req.chunks[0].toString('utf8').split('\n');
  expect(lines.pop()).toBe('');
  expect(lines.map((l) => parseRfc5424(l).msg)).toEqual(['a', 'f']);
  expect([...req.rejected.keys()]).toEqual([1, 2]);
});

test('udp: a datagram per message; over udp_max_bytes truncated or split at character boundaries, or dead-lettered', () => {
  const long = `${'é'.repeat(400)}☃${'x'.repeat(300)}`;
  const small = options({ protocol: 'udp', udp_max_bytes: 480 });
  const truncated = buildSyslogRequest([rec('short'), rec(long)], small, 'r', 0);
  expect(truncated.chunks).toHaveLength(2);
  expect(truncated.oversize).toBe(1);
  expect(truncated.chunks[1].length).toBeLessThanOrEqual(480);
  const cut = parseRfc5424(truncated.chunks[1].toString('utf8')).msg;
  expect(long.startsWith(cut)).toBe(true);
  expect(cut).not.toContain('\ufffd');

  const split = buildSyslogRequest(
    [rec(long, true)],
    options({ protocol: 'udp', udp_max_bytes: 480, udp_oversize: 'split' }),
    'r',
    0,
  );
  expect(split.chunks.length).toBeGreaterThan(2);
  expect(split.chunks.every((c) => c.length <= 480)).toBe(true);
  expect(split.chunks.map((c) => parseRfc5424(c.toString('utf8')).msg).join('')).toBe(long);

  const dropped = buildSyslogRequest(
    [rec(long), rec('ok')],
    options({ protocol: 'udp', udp_max_bytes: 480, udp_oversize: 'drop' }),
    'r',
    0,
  );
  expect([...dropped.rejected.values()][0]).toMatch(/over udp_max_bytes \(480\)/);
  expect(dropped.chunks).toHaveLength(1);
});

test('utf8Prefix and utf8Pieces never cut a character', () => {
  const bytes = Buffer.from('a€🚀b', 'utf8');
  for (let max = 1; max <= bytes.length; max++) {
    expect(Buffer.concat(utf8Pieces(bytes, Math.max(max, 4))).equals(bytes)).toBe(true);
    expect(utf8Prefix(bytes, max).toString('utf8')).not.toContain('\ufffd');
  }
});
