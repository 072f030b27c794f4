/** Canonical form of a word or name for looking it up in a vocabulary: lower case, no dots, straight apostrophes ("U.S." → "us"). */
export function lookupForm(text: string): string {
  return text.toLowerCase().replace(/\./g, '').replace(/’/g, "'");
}
