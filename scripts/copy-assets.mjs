// Copies what tsc does not emit into dist/: the generated protobuf code and the .proto it came from,
// and the admin status page's static files.
import { cpSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const from = join(root, 'src', 'codecs', 'protobuf');
const to = join(root, 'dist', 'src', 'codecs', 'protobuf');
mkdirSync(join(to, 'generated'), { recursive: true });
cpSync(join(from, 'generated', 'cb-sensor-events.js'), join(to, 'generated', 'cb-sensor-events.js'));
cpSync(join(from, 'cb-sensor-events.proto'), join(to, 'cb-sensor-events.proto'));
cpSync(join(root, 'src', 'admin', 'status-page'), join(root, 'dist', 'src', 'admin', 'status-page'), {
  recursive: true,
});
