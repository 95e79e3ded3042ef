import { randomBytes } from 'node:crypto';
import { crc32c } from './crc32c';

/** kafkajs' own byte-at-a-time CRC-32C, the reference. */
const kafkajsCrc32c = require('kafkajs/src/protocol/recordBatch/crc32C') as (bytes: Buffer) => number;

test('known CRC-32C values (RFC 3720 B.4 and the usual check string)', () => {
  expect(crc32c(Buffer.alloc(0))).toBe(0);
  expect(crc32c(Buffer.from('123456789'))).toBe(0xe3069283);
  expect(crc32c(Buffer.alloc(32, 0x00))).toBe(0x8a9136aa);
  expect(crc32c(Buffer.alloc(32, 0xff))).toBe(0x62a8ab43);
  expect(crc32c(Buffer.from(Array.from({ length: 32 }, (_, i) => i)))).toBe(0x46dd794e);
});

test('agrees with kafkajs on every length from 0 to 300 and on sub-ranges', () => {
  const data = randomBytes(4096);
  for (let length = 0; length <= 300; length++) {
    expect(crc32c(data.subarray(0, length))).toBe(kafkajsCrc32c(data.subarray(0, length)));
  }
  for (const [start, end] of [[1, 9], [3, 4000], [7, 7], [100, 2049]]) {
    expect(crc32c(data, start, end)).toBe(kafkajsCrc32c(data.subarray(start, end)));
  }
});
