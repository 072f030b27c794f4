/** "1 source", "2 sources": a count with its noun, for English nouns that add -s. */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
