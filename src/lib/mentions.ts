/**
 * Finding an actor's mentions in a text by its name and aliases: longest alias first, whole
 * words only, a possessive ("Trump's") counts, and overlapping matches count once.
 */
export interface Mention {
  /** Where the mention starts in the text. */
  index: number;
  /** The text as it appears. */
  text: string;
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One pattern for all names, longest first so "Pete Hegseth" wins over "Hegseth". */
export function mentionPattern(names: readonly string[]): RegExp | undefined {
  const unique = [...new Set(names.map((name) => name.trim()).filter((name) => name !== ''))];
  if (unique.length === 0) return undefined;
  unique.sort((a, b) => b.length - a.length || a.localeCompare(b));
  const alternatives = unique.map((name) => escapeRegExp(name).replace(/\s+/g, '\\s+')).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?:['’]s)?(?![\\p{L}\\p{N}])`, 'gu');
}

export function findMentions(text: string, names: readonly string[]): Mention[] {
  const pattern = mentionPattern(names);
  if (!pattern) return [];
  return [...text.matchAll(pattern)].map((match) => ({ index: match.index, text: match[0] }));
}
