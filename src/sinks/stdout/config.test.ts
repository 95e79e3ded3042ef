import Ajv from 'ajv';
import { STDOUT_SINK_CONFIG_SCHEMA } from './config';

test('the schema is strict draft-07 with described properties', () => {
  const validate = new Ajv({ strict: true }).compile(STDOUT_SINK_CONFIG_SCHEMA);
  expect(validate({})).toBe(true);
  expect(validate({ stream: 'stderr' })).toBe(true);
  expect(validate({ stream: 'file' })).toBe(false);
  expect(validate({ other: 1 })).toBe(false);
  expect(typeof STDOUT_SINK_CONFIG_SCHEMA.properties.stream.description).toBe('string');
});
