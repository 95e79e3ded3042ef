import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  filesToPrune,
  formatRotationTimestamp,
  listRotatedFiles,
  liveFileName,
  nextRotationTimestamp,
  parseRotationTimestamp,
  rotatedFileName,
  rotationDue,
} from './rotation';

const t = Date.UTC(2025, 0, 2, 3, 4, 5, 67);

test('names: <path>.<YYYYMMDDTHHMMSSmmmZ>[.gz], live file <path>[.gz]', () => {
  expect(formatRotationTimestamp(t)).toBe('20250102T030405067Z');
  expect(parseRotationTimestamp('20250102T030405067Z')).toBe(t);
  expect(parseRotationTimestamp('20251302T030405067Z')).toBeNull();
  expect(rotatedFileName('/l/e.jsonl', t, false)).toBe('/l/e.jsonl.20250102T030405067Z');
  expect(rotatedFileName('/l/e.jsonl', t, true)).toBe('/l/e.jsonl.20250102T030405067Z.gz');
  expect(liveFileName('/l/e.jsonl', true)).toBe('/l/e.jsonl.gz');
  expect(liveFileName('/l/e.jsonl', false)).toBe('/l/e.jsonl');
});

test('lists only rotated siblings, oldest first, plain and gzip together', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cbb-rot-'));
  const base = join(dir, 'e.log');
  for (const name of [
    'e.log',
    'e.log.gz',
    'e.log.20250102T030405068Z.gz',
    'e.log.20250102T030405067Z',
    'e.log.1',
    'e.log.20250102T030405067Z.tmp',
    'other.log.20250102T030405067Z',
    'e.log.20241231T235959999Z',
  ]) {
    writeFileSync(join(dir, name), '');
  }
  const files = await listRotatedFiles(base);
  expect(files.map((f) => f.path.slice(dir.length + 1))).toEqual([
    'e.log.20241231T235959999Z',
    'e.log.20250102T030405067Z',
    'e.log.20250102T030405068Z.gz',
  ]);
  expect(filesToPrune(files, 1).map((f) => f.timestamp)).toEqual([files[0].timestamp, files[1].timestamp]);
  expect(filesToPrune(files, undefined)).toEqual([]);
  expect(await listRotatedFiles(join(dir, 'missing', 'x.log'))).toEqual([]);
  rmSync(dir, { recursive: true, force: true });
});

test('rotation is due by size or age, never for an empty file, and timestamps only move forward', () => {
  expect(rotationDue({ maxBytes: 1024 }, { size: 1000, firstDataAt: 0 }, 0, 24)).toBeNull();
  expect(rotationDue({ maxBytes: 1024 }, { size: 1000, firstDataAt: 0 }, 0, 25)).toBe('size');
  expect(rotationDue({ maxBytes: 1024 }, { size: 0, firstDataAt: null }, 0, 5000)).toBeNull();
  expect(rotationDue({ intervalMs: 1000 }, { size: 1, firstDataAt: 0 }, 999, 1)).toBeNull();
  expect(rotationDue({ intervalMs: 1000 }, { size: 1, firstDataAt: 0 }, 1000, 1)).toBe('age');
  expect(nextRotationTimestamp(t, [])).toBe(t);
  expect(nextRotationTimestamp(t, [{ path: 'x', timestamp: t, gzip: false }])).toBe(t + 1);
  expect(nextRotationTimestamp(t - 5000, [{ path: 'x', timestamp: t, gzip: false }])).toBe(t + 1);
});
