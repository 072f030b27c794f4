/**
 * Words that differ only in the gender they mark: "spokesperson" and "spokesman", "chair" and
 * "chairwoman", "businesspeople" and "businessmen". A thesaurus lists them as synonyms, and a
 * language model counted from older edited English (the Brown corpus is of 1961) prefers the
 * "-man" forms, so the un-spinner would "restore" a spokesperson as a spokesman: a claim about
 * who someone is that the text did not make. English marks gender in such compounds with a
 * closed set of heads, stated here in full; a candidate that differs from the written word
 * only there is never a restoration.
 */

/** The heads that mark a compound's gender (or its absence), singular and plural. */
const GENDER_HEAD = /(?:man|men|woman|women|person|persons|people)$/u;

/** The word with its gender-marking head taken off, or undefined when it has none. */
function withoutGenderHead(word: string): string | undefined {
  const match = GENDER_HEAD.exec(word);
  return match ? word.slice(0, match.index) : undefined;
}

/** Whether two words differ only in their gender-marking head ("spokesman" / "spokesperson", "chair" / "chairman"). */
function genderVariants(a: string, b: string): boolean {
  if (a === b) return false;
  const stemA = withoutGenderHead(a);
  const stemB = withoutGenderHead(b);
  // One word with a head, the other its stem alone ("chairman" / "chair").
  return (stemA ?? a) === (stemB ?? b) && (stemA !== undefined || stemB !== undefined);
}

/**
 * Whether two forms (lower case, words between single spaces) differ only in the gender their
 * words mark: the same number of words, and every word that differs a gender variant.
 */
export function differsOnlyInGender(written: string, candidate: string): boolean {
  const a = written.split(' ');
  const b = candidate.split(' ');
  if (a.length !== b.length) return false;
  let differing = 0;
  for (const [index, word] of a.entries()) {
    const other = b[index] ?? '';
    if (word === other) continue;
    if (!genderVariants(word, other)) return false;
    differing += 1;
  }
  return differing > 0;
}
