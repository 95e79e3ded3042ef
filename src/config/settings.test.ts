import { loadSettings } from './settings';

/** The one-line message loadSettings throws for these env vars. */
function refusal(env: NodeJS.ProcessEnv): string {
  try {
    loadSettings([], env);
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error('the settings were accepted');
}

describe('amqp.url is checked at start', () => {
  test.each([['amqp://guest:hunter2@[::1:5672/'], ['http://guest:hunter2@broker:5672/'], ['broker:5672']])(
    '%s stops the start with one line naming the setting, without the password',
    (url) => {
      const message = refusal({ CB_BRIDGE_AMQP_URL: url });
      expect(message).toContain('CB_BRIDGE_AMQP_URL (--amqp-url)');
      expect(message).not.toContain('\n');
      expect(message).not.toContain('hunter2');
    },
  );

  test('amqp:// and amqps:// URLs pass', () => {
    expect(loadSettings([], { CB_BRIDGE_AMQP_URL: 'amqps://u:p@broker.example:5004/%2f' }).amqp.url).toBe(
      'amqps://u:p@broker.example:5004/%2f',
    );
    expect(loadSettings([], {}).amqp.url).toMatch(/^amqp:\/\//);
  });
});

test('run with an unparsable amqp.url exits at once with one line, before connecting anywhere', async () => {
  const { runCli } = await import('../../test/support/cli-run');
  const { code, err } = await runCli(['run', '--amqp-url', 'amqp://guest:hunter2@[::1:5672/', '--admin-port', '0']);
  expect(code).toBe(1);
  expect(err.trim().split('\n')).toHaveLength(1);
  expect(err).toMatch(/^cb-event-bridge: run: CB_BRIDGE_AMQP_URL \(--amqp-url\): /);
  expect(err).not.toContain('hunter2');
});
