import { LrClient, type LrClientOptions } from '../../src/liveresponse/client';
import { LrServer, type LrServerOptions } from '../../src/liveresponse/server/lr-server';
import { parseSensorsFile } from '../../src/liveresponse/server/sensors-file';

export const LR_TOKEN = 'test-token-5f2c9a';

/** Fast timings for tests: sensors check in within tens of ms and run commands in a few. */
export const FAST_SENSORS_YAML = `
server:
  command_delay_ms: 10
  check_in_timeout_s: 2
  sensor_wait_timeout_s: 30
sensors:
  - id: 10
    hostname: WIN-EP7RMLTCLAJ
    os: windows
    os_version: Windows 10
    address: 192.168.206.128
    checkin_delay_ms: 30
    drives: ['A:\\', 'C:\\', 'D:\\']
    processes:
      - { pid: 4, path: '', command_line: '', protected: true }
      - { pid: 276, path: 'c:\\windows\\system32\\smss.exe', command_line: '\\systemroot\\system32\\smss.exe', parent: 4 }
      - { pid: 624, path: 'c:\\windows\\system32\\services.exe', parent: 276 }
      - { pid: 3120, path: 'c:\\temp\\evil.exe', command_line: 'c:\\temp\\evil.exe -x', parent: 624 }
    directories: ['C:\\Windows\\CarbonBlack', 'C:\\Windows\\Temp']
    files:
      - { path: 'C:\\Windows\\System32\\drivers\\etc\\hosts', content: "127.0.0.1 localhost\\r\\n", protected: true }
      - { path: 'C:\\temp\\evil.exe', size: 5000 }
      - { path: 'C:\\Users\\pat\\notes.txt', content: "quarterly numbers" }
    registry:
      - key: 'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run'
        values:
          - { name: Updater, type: REG_SZ, data: 'c:\\temp\\evil.exe' }
      - key: 'HKLM\\SOFTWARE\\Vendor\\Sub'
    programs:
      - { name: ipconfig.exe, output: "IPv4 Address: 192.168.206.128", return_code: 0 }
      - { name: fail.exe, return_code: 3 }
  - id: 11
    hostname: web-01
    os: linux
    checkin_delay_ms: 20
    files:
      - { path: /tmp/big.bin, size: 20971520 }
  - id: 12
    hostname: LAPTOP-OFFLINE
    online: false
`;

export interface LrFixture {
  server: LrServer;
  url: string;
  client: LrClient;
  close(): Promise<void>;
}

/** A real lr-server on 127.0.0.1 (any free port) from sensors YAML, and a client for it. */
export async function startLrServer(
  yaml = FAST_SENSORS_YAML,
  clientOptions: Partial<LrClientOptions> = {},
  serverOptions: Partial<LrServerOptions> = {},
): Promise<LrFixture> {
  const server = new LrServer(parseSensorsFile(yaml, 'test-sensors.yaml'), { token: LR_TOKEN, ...serverOptions });
  const url = await server.listen();
  const client = new LrClient({ url, token: LR_TOKEN, requestTimeoutMs: 5000, retryDelayMs: 20, ...clientOptions });
  return {
    server,
    url,
    client,
    async close() {
      await client.close();
      await server.close();
    },
  };
}

/** The error a promise rejects with (fails the test when it resolves). */
export async function failureOf(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (err) {
    return err;
  }
  throw new Error('expected a failure');
}
