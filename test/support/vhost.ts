import { AMQP_URL, MANAGEMENT_URL, rabbitmqctl } from './broker';

/**
 * A RabbitMQ virtual host of its own for one test file: its exchanges (api.events, ...) are not
 * shared with other tests or benchmarks publishing on the same broker, and deleting the vhost
 * removes every queue and exchange the test made.
 */
export class TestVhost {
  constructor(readonly name: string) {}

  static create(name: string): TestVhost {
    rabbitmqctl('add_vhost', name);
    const user = decodeURIComponent(new URL(AMQP_URL).username) || 'guest';
    rabbitmqctl('set_permissions', '-p', name, user, '.*', '.*', '.*');
    return new TestVhost(name);
  }

  /** AMQP_URL pointing at this vhost. */
  get amqpUrl(): string {
    const u = new URL(AMQP_URL);
    u.pathname = `/${encodeURIComponent(this.name)}`;
    return u.toString();
  }

  /** Queue stats from the management API (messages counts ready and unacked). */
  async queueInfo(queue: string): Promise<{ messages: number; messages_ready: number; consumers: number } | null> {
    const u = new URL(MANAGEMENT_URL);
    const auth = Buffer.from(`${decodeURIComponent(u.username)}:${decodeURIComponent(u.password)}`).toString('base64');
    const res = await fetch(
      `${u.protocol}//${u.host}/api/queues/${encodeURIComponent(this.name)}/${encodeURIComponent(queue)}`,
      { headers: { authorization: `Basic ${auth}` } },
    );
    if (res.status === 404) return null;
    return (await res.json()) as { messages: number; messages_ready: number; consumers: number };
  }

  delete(): void {
    rabbitmqctl('delete_vhost', this.name);
  }
}
