/**
 * Whether two words are one typing slip apart: one letter left out, added, changed, or two
 * neighbours swapped ("Ukriane" / "Ukraine"). The commonest misspellings are one such slip
 * (Damerau, 1964); asking only "within one" keeps it a single linear pass per pair.
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const lengthGap = a.length - b.length;
  if (lengthGap > 1 || lengthGap < -1) return false;
  // The first difference.
  let at = 0;
  while (at < a.length && at < b.length && a.charAt(at) === b.charAt(at)) at += 1;
  if (lengthGap === 1) return a.slice(at + 1) === b.slice(at);
  if (lengthGap === -1) return a.slice(at) === b.slice(at + 1);
  // Same length: one change, or a swap of two neighbours.
  if (a.slice(at + 1) === b.slice(at + 1)) return true;
  return a.charAt(at) === b.charAt(at + 1) && a.charAt(at + 1) === b.charAt(at) && a.slice(at + 2) === b.slice(at + 2);
}
