import pino from 'pino';
import type { SinkContext } from './sink-factory';

const ctx = (name: string): SinkContext => ({
  route: 'r',
  name,
  logger: pino({ level: 'silent' }),
  secret: (v) => (typeof v === 'string' ? v : undefined),
});

describe('sink registry', () => {
  it('loads @platformatic/kafka and undici only when a sink that needs them is built', async () => {
    const loaded: string[] = [];
    const sinks: Array<{ close(): Promise<void> }> = [];
    jest.isolateModules(() => {
      for (const name of ['@platformatic/kafka', 'undici']) {
        jest.doMock(name, () => {
          loaded.push(name);
          return jest.requireActual(name);
        });
      }
      const { sinkFactory, SINK_FACTORIES } = require('./registry') as typeof import('./registry');
      expect(SINK_FACTORIES.map((f) => f.type).sort()).toEqual([
        'file',
        'kafka',
        'liveresponse',
        'splunk_hec',
        'stdout',
        'syslog',
        'webhook',
      ]);
      expect(loaded).toEqual([]);

      sinks.push(sinkFactory('webhook')!.create({ url: 'http://127.0.0.1:9/hook' } as never, ctx('hook')));
      expect(loaded).toEqual(['undici']);

      sinks.push(sinkFactory('kafka')!.create({ brokers: ['127.0.0.1:9'], topic: 't' } as never, ctx('k')));
      expect(loaded).toEqual(['undici', '@platformatic/kafka']);
    });
    await Promise.all(sinks.map((s) => s.close()));
  });
});
