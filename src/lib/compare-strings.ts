/**
 * The orders the build sorts text by, declared once. Ids, slugs, dates written YYYY-MM-DD,
 * paths and terms are compared by UTF-16 code unit, as `<` compares them: the same on every
 * machine whatever its locale, so every build is byte-identical. Names a reader scans (actors,
 * outlets) are compared in English collation instead, with the locale given, so "de Souza"
 * sits beside "Dean" and not after every capital.
 */

/** Code-unit order: for ids, slugs, ISO dates, paths and terms (never for names shown to readers). */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Entries by their id, in code-unit order. */
export function compareIds(a: { id: string }, b: { id: string }): number {
  return compareStrings(a.id, b.id);
}

/** Names as a reader expects them ordered, in English collation. */
export function compareNames(a: string, b: string): number {
  return a.localeCompare(b, 'en');
}

/** An outlet's name as it is filed: a leading "The" aside ("The Dispatch" sorts under D). */
function outletNameKey(name: string): string {
  return name.replace(/^the\s+/iu, '');
}

/** Outlet names as the outlets page, the coverage grid and the overlap picture list them. */
export function compareOutletNames(a: string, b: string): number {
  return compareNames(outletNameKey(a), outletNameKey(b));
}
