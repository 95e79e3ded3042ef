import type { EventRecord } from '../../event/event-model';
import type { SinkRecord } from '../sink';
import {
  KeyTemplate,
  MAX_TOPIC_LENGTH,
  parseTemplate,
  sanitizeTopicPart,
  TemplateError,
  TopicTemplate,
} from './template';

const rec = (record: EventRecord, over: Partial<SinkRecord> = {}): SinkRecord => ({
  id: 'm1-0',
  text: '{}',
  record,
  routingKey: 'ingress.event.netconn',
  contentType: 'application/protobuf',
  eventKey: 'ingress.event.netconn',
  receivedAt: 0,
  ...over,
});

const normalized = rec({
  type: 'ingress.event.procstart',
  sensor_id: 12,
  computer_name: 'WIN 7/Ops',
  docs: [{ md5: 'AB' }],
  flag: true,
  nothing: null,
});
const decodedSensor = rec(
  {
    envelope: { routing_key: 'ingress.rawsensordata', headers: { sensorId: 9 } },
    message: { header: { eventid: 42 }, env: { endpoint: { SensorId: 9, SensorHostName: 'SRV-SQL02' } } },
  },
  { eventKey: 'ingress.event.regmod', routingKey: 'ingress.rawsensordata', contentType: 'application/zip' },
);
const decodedHit = rec(
  { envelope: { type: 'watchlist.hit.process' }, message: { docs: [{ sensor_id: 29 }] } },
  { routingKey: 'watchlist.hit.process', eventKey: 'watchlist.hit.process', contentType: 'application/json' },
);
const normalizedHit = rec(
  { type: 'watchlist.hit.process', docs: [{ sensor_id: 29 }] },
  { eventKey: 'watchlist.hit.process' },
);

describe('topic templates', () => {
  test.each([
    ['cb-events', normalized, 'cb-events'],
    ['cb.{type}', normalized, 'cb.ingress.event.procstart'],
    ['cb.{sensor_id}', normalized, 'cb.12'],
    ['cb.{docs.0.md5}', normalized, 'cb.AB'],
    ['{@type}', normalized, 'ingress.event.procstart'],
    ['{@type}', decodedSensor, 'ingress.event.regmod'],
    ['{@type}', decodedHit, 'watchlist.hit.process'],
    ['cb.{@sensor_id}', decodedSensor, 'cb.9'],
    ['cb.{@sensor_id}', decodedHit, 'cb.29'],
    ['cb.{@sensor_id}', normalizedHit, 'cb.29'],
    ['cb.{message.header.eventid}', decodedSensor, 'cb.42'],
    ['{@routing_key}-{@event_key}', decodedSensor, 'ingress.rawsensordata-ingress.event.regmod'],
    ['{@route}', normalized, 'soc_alerts'],
    ['cb.{flag}', normalized, 'cb.true'],
  ])('%s', (template, record, topic) => {
    expect(new TopicTemplate(template, '', 'soc alerts').render(record)).toBe(topic);
  });

  test('placeholder values are sanitised to Kafka topic characters', () => {
    expect(new TopicTemplate('host.{computer_name}', '', 'r').render(normalized)).toBe('host.WIN_7_Ops');
    expect(sanitizeTopicPart('a b/c:d\u00e9e_f-g.h')).toBe('a_b_c_d_e_f-g.h');
    expect(sanitizeTopicPart('ok.name_1-2')).toBe('ok.name_1-2');
  });

  test('missing, null and non-scalar values render as "unknown"', () => {
    const t = new TopicTemplate('cb.{nope}.{nothing}.{docs}', '', 'r');
    expect(t.render(normalized)).toBe('cb.unknown.unknown.unknown');
    expect(new TopicTemplate('{@sensor_id}', '', 'r').render(rec({ type: 'x' }))).toBe('unknown');
  });

  test('the suffix is appended; over-long names are cut before it', () => {
    expect(new TopicTemplate('{@type}', '-prod', 'r').render(normalized)).toBe('ingress.event.procstart-prod');
    const long = rec({ type: 'x'.repeat(400) });
    const topic = new TopicTemplate('{type}', '.s', 'r').render(long);
    expect(topic).toHaveLength(MAX_TOPIC_LENGTH);
    expect(topic.endsWith('x.s')).toBe(true);
  });

  test('"." and ".." (illegal topics) are replaced', () => {
    expect(new TopicTemplate('{v}', '', 'r').render(rec({ v: '.' }))).toBe('_');
    expect(new TopicTemplate('{v}', '', 'r').render(rec({ v: '..' }))).toBe('__');
  });

  test('a fixed topic is computed once', () => {
    const t = new TopicTemplate('cb-all', '.x', 'r');
    expect(t.constant).toBe('cb-all.x');
    expect(new TopicTemplate('cb.{type}', '', 'r').constant).toBeNull();
  });

  test.each([
    ['cb events', /Kafka does not allow/],
    ['cb.{type', /unclosed '\{'/],
    ['cb.type}', /unmatched '\}'/],
    ['cb.{}', /empty placeholder/],
    ['cb.{a..b}', /not a field path/],
    ['cb.{@nope}', /unknown built-in '\{@nope\}'.*@type/],
    ['x'.repeat(250), /longer than 249/],
  ])('rejects %j', (template, message) => {
    expect(() => new TopicTemplate(template, '', 'r')).toThrow(TemplateError);
    expect(() => new TopicTemplate(template, '', 'r')).toThrow(message);
  });

  test('rejects an illegal suffix', () => {
    expect(() => new TopicTemplate('cb', ' x', 'r')).toThrow(/suffix/);
  });
});

describe('key templates', () => {
  test.each([
    ['{sensor_id}', normalized, '12'],
    ['{@sensor_id}', normalized, '12'],
    ['{@sensor_id}', decodedSensor, '9'],
    ['{@sensor_id}', decodedHit, '29'],
    ['{computer_name}:{sensor_id}', normalized, 'WIN 7/Ops:12'],
    ['{{{sensor_id}}}', normalized, '{12}'],
    ['{nope}-{sensor_id}', normalized, '-12'],
  ])('%s', (template, record, key) => {
    expect(new KeyTemplate(template, 'r').render(record)).toBe(key);
  });

  test('a key that renders empty, or no template, means no key', () => {
    expect(new KeyTemplate('{nope}', 'r').render(normalized)).toBeNull();
    expect(new KeyTemplate('{@sensor_id}', 'r').render(rec({ type: 'binaryinfo.observed', md5: 'AA' }))).toBeNull();
    expect(new KeyTemplate(null, 'r').render(normalized)).toBeNull();
    expect(new KeyTemplate('', 'r').render(normalized)).toBeNull();
  });

  test('parses literal braces and placeholders', () => {
    expect(parseTemplate('a{{b}}{c.d}')).toEqual([
      { kind: 'literal', text: 'a{b}' },
      { kind: 'field', name: 'c.d', path: ['c', 'd'] },
    ]);
    expect(() => new KeyTemplate('{a', 'r')).toThrow(TemplateError);
  });
});

test('a template renders the same over the fields it declares as over the whole record', async () => {
  const { projectRecord } = await import('../../event/event-detail');
  const { EVENT_TYPE_PATHS } = await import('./record-fields');
  const sources = [
    'cb.{@type}',
    'cb.{type}.{sensor_id}',
    'x-{docs.0.md5}-{@sensor_id}',
    '{message.header.eventid}',
    'plain',
  ];
  for (const source of sources) {
    const topic = new TopicTemplate(source, '.s', 'r');
    const key = new KeyTemplate(source, 'r');
    for (const r of [normalized, decodedSensor, decodedHit, normalizedHit]) {
      const cut = {
        ...r,
        record: projectRecord(r.record!, [...EVENT_TYPE_PATHS, ...topic.fieldPaths(), ...key.fieldPaths()]),
      };
      expect(topic.render(cut)).toBe(topic.render(r));
      expect(key.render(cut)).toBe(key.render(r));
    }
  }
});
