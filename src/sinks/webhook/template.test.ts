import { compileTemplate, renderTemplate, TemplateError } from './template';

const values = { events: '[{"a":1},{"b":"x"}]', count: '2', ids: '["m-0","m-1"]', batch_id: '"batch_ab"' };

test('renders placeholders as JSON values around the literal text', () => {
  const t = compileTemplate(
    '{"events": {{events}}, "source": "cb", "n": {{ count }}, "ids": {{ids}}, "id": {{batch_id}}}',
  );
  const out = renderTemplate(t, values);
  expect(out).toBe('{"events": [{"a":1},{"b":"x"}], "source": "cb", "n": 2, "ids": ["m-0","m-1"], "id": "batch_ab"}');
  expect(JSON.parse(out)).toEqual({
    events: [{ a: 1 }, { b: 'x' }],
    source: 'cb',
    n: 2,
    ids: ['m-0', 'm-1'],
    id: 'batch_ab',
  });
});

test('the template may be just the events, or nest them deeply', () => {
  expect(renderTemplate(compileTemplate('{{events}}'), values)).toBe(values.events);
  expect(JSON.parse(renderTemplate(compileTemplate('{"a":{"b":[{{events}}]}}'), values))).toEqual({
    a: { b: [[{ a: 1 }, { b: 'x' }]] },
  });
});

test('braces inside JSON strings are text, not placeholders (escaped quotes included)', () => {
  const t = compileTemplate('{"note": "literal {{events}} and \\"{{count}}\\"", "events": {{events}}}');
  expect(t.placeholders).toEqual(['events']);
  expect(JSON.parse(renderTemplate(t, values)).note).toBe('literal {{events}} and "{{count}}"');
});

test.each([
  ['{"source": "cb"}', /exactly once.*found 0/],
  ['{"a": {{events}}, "b": {{events}}}', /exactly once.*found 2/],
  ['{"a": "{{events}}"}', /exactly once.*found 0/],
  ['{"events": {{event}}}', /unknown placeholder '\{\{event\}\}'/],
  ['{"events": {{events}}', /not valid JSON/],
  ['{"events": {{events}} "x": 1}', /not valid JSON/],
  ['{"events": {{events}', /not closed/],
  ['{"events": {{evil}} }', /expected one of: \{\{events\}\}, \{\{count\}\}, \{\{ids\}\}, \{\{batch_id\}\}/],
  ['"prefix{{events}}"', /found 0/],
])('rejects %j', (template, message) => {
  expect(() => compileTemplate(template)).toThrow(TemplateError);
  expect(() => compileTemplate(template)).toThrow(message);
});
