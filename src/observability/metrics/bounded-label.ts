/** The label value every value past a label's budget (or outside its allowed set) becomes. */
export const OTHER = 'other';

/**
 * Keeps one label's distinct values under a budget: the first `max` values seen pass through,
 * later new ones become `other`. With `allowed`, values outside that set are `other` at once.
 */
export class BoundedLabel {
  private readonly seen = new Set<string>();

  constructor(
    private readonly max: number,
    private readonly allowed?: ReadonlySet<string>,
  ) {}

  value(raw: string): string {
    if (this.allowed && !this.allowed.has(raw)) return OTHER;
    if (this.seen.has(raw)) return raw;
    if (this.seen.size >= this.max) return OTHER;
    this.seen.add(raw);
    return raw;
  }
}
