import { Buffer } from 'node:buffer';
import type { DeadLetter } from '../dead-letter';

/** 64-bit header values (amqplib may decode long-longs as bigint) become decimal strings. */
function replacer(_key: string, value: unknown): unknown {
  return typeof value === 'bigint' ? value.toString() : value;
}

/** One JSON object per line, newline-terminated. Throws TypeError for an unserializable letter (a cycle). */
export function encodeDeadLetters(letters: readonly DeadLetter[]): Buffer {
  let text = '';
  for (const letter of letters) text += `${JSON.stringify(letter, replacer)}\n`;
  return Buffer.from(text, 'utf8');
}
