/**
 * Values inside Pagefind's `key:value, key:value` attributes: a comma would start a new
 * pair, so it is escaped.
 */
export function pagefindValue(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/,/g, '\\,');
}
