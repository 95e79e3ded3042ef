/**
 * AMQP topic matching, with the semantics of RabbitMQ's topic exchange:
 * - a routing key is a list of words separated by '.'; the empty key has no words, and empty
 *   words are real words (`a..b` has three, `a.` has two);
 * - in a pattern, the word `*` matches exactly one word (the empty word included) and `#`
 *   matches zero or more words; every other word (even `a*` or `#b`) matches itself only.
 */

const ONE_WORD = '*';
const ANY_WORDS = '#';

/** A pattern compiled to its words, consecutive `#` collapsed (they mean the same as one). */
type CompiledPattern = readonly string[];

/** The words of a routing key or pattern, split the way RabbitMQ splits them. */
export function splitTopicWords(key: string): string[] {
  return key === '' ? [] : key.split('.');
}

function compilePattern(pattern: string): CompiledPattern {
  const words: string[] = [];
  for (const word of splitTopicWords(pattern)) {
    if (word === ANY_WORDS && words[words.length - 1] === ANY_WORDS) continue;
    words.push(word);
  }
  return words;
}

function hasWildcard(words: CompiledPattern): boolean {
  return words.some((w) => w === ONE_WORD || w === ANY_WORDS);
}

/**
 * Whether `words` (a key) match `pattern`: glob matching over words, `#` as the star and `*` as
 * the single-item wildcard. Backtracks only to the latest `#`, so it is O(words × pattern) at worst.
 */
function matchWords(pattern: CompiledPattern, words: readonly string[]): boolean {
  let p = 0;
  let k = 0;
  let lastHash = -1;
  let keyAtHash = 0;
  while (k < words.length) {
    const token = pattern[p];
    if (p < pattern.length && token !== ANY_WORDS && (token === ONE_WORD || token === words[k])) {
      p++;
      k++;
    } else if (token === ANY_WORDS) {
      lastHash = p++;
      keyAtHash = k;
    } else if (lastHash >= 0) {
      p = lastHash + 1;
      k = ++keyAtHash;
    } else {
      return false;
    }
  }
  while (p < pattern.length && pattern[p] === ANY_WORDS) p++;
  return p === pattern.length;
}

/**
 * Compiles binding patterns once into a predicate that is true when a routing key matches any
 * of them. Patterns without wildcards become a set lookup; `#` (alone) matches every key.
 */
export function compileMatcher(patterns: readonly string[]): (key: string) => boolean {
  const exact = new Set<string>();
  const wild: CompiledPattern[] = [];
  for (const pattern of patterns) {
    const words = compilePattern(pattern);
    if (words.length === 1 && words[0] === ANY_WORDS) return () => true;
    if (hasWildcard(words)) wild.push(words);
    else exact.add(pattern);
  }
  if (wild.length === 0) return (key) => exact.has(key);
  return (key) => {
    if (exact.has(key)) return true;
    const words = splitTopicWords(key);
    for (const pattern of wild) if (matchWords(pattern, words)) return true;
    return false;
  };
}
