import { randomBytes } from 'node:crypto';
import { crc32c, crc32cImplementation, crc32cJs } from './crc32c';

/** kafkajs' own byte-at-a-time CRC-32C, the reference. */
const kafkajsCrc32c = require('kafkajs/src/protocol/recordBatch/crc32C') as (bytes: Buffer) => number;

test('the native implementation loads on this platform', () => {
  expect(crc32cImplementation()).toBe('native');
});

describe.each([['crc32c (native from 512 bytes)', crc32c], ['crc32cJs', crc32cJs]])('%s', (_name, crc) => {
  test('known CRC-32C values (RFC 3720 B.4 and the usual check string)', () => {
    expect(crc(Buffer.alloc(0))).toBe(0);
    expect(crc(Buffer.from('123456789'))).toBe(0xe3069283);
    expect(crc(Buffer.alloc(32, 0x00))).toBe(0x8a9136aa);
    expect(crc(Buffer.alloc(32, 0xff))).toBe(0x62a8ab43);
    expect(crc(Buffer.from(Array.from({ length: 32 }, (_, i) => i)))).toBe(0x46dd794e);
    expect(crc(Buffer.alloc(4096, 0xff))).toBe(kafkajsCrc32c(Buffer.alloc(4096, 0xff)));
  });

  test('agrees with kafkajs on every length from 0 to 300, around the native threshold, and on sub-ranges', () => {
    const data = randomBytes(70_000);
    for (let length = 0; length <= 300; length++) {
      expect(crc(data.subarray(0, length))).toBe(kafkajsCrc32c(data.subarray(0, length)));
    }
    for (let length = 500; length <= 530; length++) {
      expect(crc(data.subarray(0, length))).toBe(kafkajsCrc32c(data.subarray(0, length)));
    }
    for (const [start, end] of [[1, 9], [3, 4000], [7, 7], [100, 2049], [13, 70_000], [600, 1111]]) {
      expect(crc(data, start, end)).toBe(kafkajsCrc32c(data.subarray(start, end)));
    }
  });
});
