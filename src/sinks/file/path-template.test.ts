import { expandPathTemplate, hasTimeTokens, literalPathTemplate, validatePathTemplate } from './path-template';

const t = Date.UTC(2025, 1, 3, 4, 59, 59, 999);

test('expands %Y %m %d %H in UTC and %% to %', () => {
  expect(expandPathTemplate('/logs/%Y/%m/%d/ev-%H.log', t)).toBe('/logs/2025/02/03/ev-04.log');
  expect(expandPathTemplate('/a/100%%/%Y%m%d%H', t)).toBe('/a/100%/2025020304');
  expect(expandPathTemplate('/plain/path.log', t)).toBe('/plain/path.log');
});

test('validation and helpers', () => {
  expect(validatePathTemplate('/a/%Y/%%x')).toBeNull();
  expect(validatePathTemplate('/a/%S')).toMatch(/unknown token '%S'/);
  expect(validatePathTemplate('/a/%')).toMatch(/at the end/);
  expect(hasTimeTokens('/a/%%Y')).toBe(false);
  expect(hasTimeTokens('/a/%H')).toBe(true);
  expect(expandPathTemplate(literalPathTemplate('/x/50%Y%'), t)).toBe('/x/50%Y%');
});
