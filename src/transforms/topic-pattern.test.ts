import { compileMatcher, splitTopicWords } from './topic-pattern';

function matches(pattern: string, key: string): boolean {
  return compileMatcher([pattern])(key);
}

/** RabbitMQ's topic matching written the direct, recursive way, as an oracle. */
function reference(pattern: string[], key: string[]): boolean {
  if (pattern.length === 0) return key.length === 0;
  const [head, ...rest] = pattern;
  if (head === '#') {
    for (let skip = 0; skip <= key.length; skip++) if (reference(rest, key.slice(skip))) return true;
    return false;
  }
  if (key.length === 0) return false;
  return (head === '*' || head === key[0]) && reference(rest, key.slice(1));
}

describe('splitTopicWords', () => {
  test.each([
    ['', []],
    ['a', ['a']],
    ['a.b', ['a', 'b']],
    ['a..b', ['a', '', 'b']],
    ['.', ['', '']],
    ['a.', ['a', '']],
    ['.a', ['', 'a']],
  ])('%j → %j', (key, words) => expect(splitTopicWords(key)).toEqual(words));
});

describe('compileMatcher: RabbitMQ topic semantics', () => {
  test.each([
    // `#` alone matches everything, the empty key included
    ['#', 'a', true],
    ['#', 'a.b.c', true],
    ['#', '', true],
    ['#', '.', true],
    // `*` is exactly one word
    ['*', 'a', true],
    ['*', '', false],
    ['*', 'a.b', false],
    ['*', '.', false],
    ['*.*', 'a.b', true],
    ['*.*', 'a', false],
    ['*.*', 'a.b.c', false],
    ['*.*', '.', true],
    ['*.*', 'a.', true],
    // `a.#`: a followed by zero or more words
    ['a.#', 'a', true],
    ['a.#', 'a.b', true],
    ['a.#', 'a.b.c', true],
    ['a.#', 'b.a', false],
    ['a.#', 'ab', false],
    ['a.#', 'a.', true],
    // `#.b`: zero or more words then b
    ['#.b', 'b', true],
    ['#.b', 'a.b', true],
    ['#.b', 'x.y.b', true],
    ['#.b', 'b.a', false],
    ['#.b', '.b', true],
    // `a.#.b`
    ['a.#.b', 'a.b', true],
    ['a.#.b', 'a.x.b', true],
    ['a.#.b', 'a.x.y.b', true],
    ['a.#.b', 'a.b.c', false],
    ['a.#.b', 'a', false],
    ['a.#.b', 'a.b.b', true],
    // literal patterns are whole-key equality
    ['a.b', 'a.b', true],
    ['a.b', 'a.bc', false],
    ['a.b', 'a.b.c', false],
    ['', '', true],
    ['', 'a', false],
    // empty words are words
    ['a.*.b', 'a..b', true],
    ['a..b', 'a..b', true],
    ['a..b', 'a.b', false],
    ['*', 'a.', false],
    ['a.*', 'a.', true],
    // `#` and `*` combined
    ['#.*', '', false],
    ['#.*', 'a', true],
    ['*.#', 'a', true],
    ['*.#', '', false],
    ['#.#', '', true],
    ['#.#', 'a.b', true],
    ['*.#.*', 'a', false],
    ['*.#.*', 'a.b', true],
    ['*.#.*', 'a.b.c.d', true],
    // wildcard characters inside a word are literal
    ['a*', 'ab', false],
    ['a*', 'a*', true],
    ['#b', 'ab', false],
    ['#b', '#b', true],
  ])('%j vs %j → %s', (pattern, key, expected) => {
    expect(matches(pattern, key)).toBe(expected);
  });

  test('numbered Carbon Black keys', () => {
    expect(matches('feed.*.storage.hit.process', 'feed.12.storage.hit.process')).toBe(true);
    expect(matches('feed.*.storage.hit.process', 'feed.storage.hit.process')).toBe(false);
    expect(matches('feed.*.storage.hit.process', 'feed.12.storage.hit.binary')).toBe(false);
    expect(matches('watchlist.#', 'watchlist.12.hit.process')).toBe(true);
    expect(matches('watchlist.#', 'watchlist.hit.process')).toBe(true);
    expect(matches('watchlist.#', 'watchlist')).toBe(true);
    expect(matches('watchlist.#', 'alert.watchlist.hit.ingress.process')).toBe(false);
    expect(matches('ingress.event.*', 'ingress.event.netconn')).toBe(true);
    expect(matches('ingress.event.*', 'ingress.event.process')).toBe(true);
    expect(matches('ingress.event.*', 'ingress.event')).toBe(false);
    expect(matches('ingress.event.*', 'ingress.event.netconn.extra')).toBe(false);
    expect(matches('#.hit.process', 'feed.12.storage.hit.process')).toBe(true);
    expect(matches('#.hit.process', 'watchlist.hit.process')).toBe(true);
  });

  test('several patterns: true when any matches', () => {
    const m = compileMatcher(['ingress.event.process', 'feed.*.storage.hit.process', 'watchlist.#']);
    expect(m('ingress.event.process')).toBe(true);
    expect(m('feed.3.storage.hit.process')).toBe(true);
    expect(m('watchlist.storage.hit.binary')).toBe(true);
    expect(m('ingress.event.netconn')).toBe(false);
    expect(m('binaryinfo.observed')).toBe(false);
  });

  test('no patterns match nothing; `#` among others matches everything', () => {
    expect(compileMatcher([])('a')).toBe(false);
    expect(compileMatcher([])('')).toBe(false);
    expect(compileMatcher(['a.b', '#'])('anything.at.all')).toBe(true);
    expect(compileMatcher(['#.#'])('x.y')).toBe(true);
  });

  test('agrees with the recursive definition on every small pattern and key', () => {
    const patternWords = ['a', 'b', '', '*', '#'];
    const keyWords = ['a', 'b', ''];
    const sequences = (alphabet: string[], max: number): string[][] => {
      const out: string[][] = [[]];
      let layer: string[][] = [[]];
      for (let n = 1; n <= max; n++) {
        layer = layer.flatMap((s) => alphabet.map((w) => [...s, w]));
        out.push(...layer);
      }
      return out;
    };
    const keys = sequences(keyWords, 4).map((w) => w.join('.'));
    let checked = 0;
    for (const words of sequences(patternWords, 4)) {
      const pattern = words.join('.');
      const m = compileMatcher([pattern]);
      for (const key of keys) {
        const expected = reference(splitTopicWords(pattern), splitTopicWords(key));
        if (m(key) !== expected)
          throw new Error(`pattern ${JSON.stringify(pattern)} key ${JSON.stringify(key)}: expected ${expected}`);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50_000);
  });
});
