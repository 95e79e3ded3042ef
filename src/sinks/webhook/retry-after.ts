const DELAY_SECONDS = /^\d+$/;
/** HTTP-dates name a weekday or month; this keeps Date.parse away from bare numbers like "1.5". */
const HAS_WORD = /[A-Za-z]{3}/;
/**
 * asctime() dates (`Sun Nov  6 08:49:37 1994`) are GMT but carry no zone, which Date.parse would read as local time.
 */
const ASCTIME = /^[A-Za-z]{3} [A-Za-z]{3} [ \d]\d \d{2}:\d{2}:\d{2} \d{4}$/;

/**
 * A Retry-After header value as a delay in ms from `now`: delay-seconds (`120`) or an HTTP-date
 * (IMF-fixdate, RFC 850 or asctime; a date in the past is 0). Undefined when absent or malformed.
 */
export function parseRetryAfter(value: string | string[] | undefined, now: number): number | undefined {
  const raw = Array.isArray(value) ? value[0] : value;
  if (raw === undefined) return undefined;
  const text = raw.trim();
  if (DELAY_SECONDS.test(text)) {
    const seconds = Number(text);
    return Number.isSafeInteger(seconds) ? seconds * 1000 : undefined;
  }
  if (!HAS_WORD.test(text)) return undefined;
  const at = Date.parse(ASCTIME.test(text) ? `${text} GMT` : text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}
