import { describeSchema } from './schema-description';

test('describeSchema', () => {
  expect(describeSchema({ type: 'integer', minimum: 0, maximum: 511 })).toBe('an integer from 0 to 511');
  expect(describeSchema({ type: 'string', pattern: '^a$' })).toBe('a string matching ^a$');
  expect(describeSchema({ type: ['string', 'null'] })).toBe('a string or null');
  expect(describeSchema({ const: 'file' })).toBe("'file'");
  expect(describeSchema({ enum: ['a', 1] })).toBe("one of 'a', 1");
  expect(describeSchema({ type: 'number', minimum: 1 })).toBe('a number >= 1');
  expect(describeSchema({})).toBe('a value of another shape');
  expect(describeSchema(true)).toBe('anything');
});
