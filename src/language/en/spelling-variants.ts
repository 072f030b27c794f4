/**
 * British and American spellings, so a registry that writes "Department of Defense" also
 * finds "the defence department", and two passages spelling "authorised" and "authorized"
 * share a word. Words are compared by their canonical (American, lower-case) form: the
 * irregular pairs below for names and roles, and the regular endings for comparing passages.
 */
const BRITISH_TO_AMERICAN: ReadonlyMap<string, string> = new Map(
  Object.entries({
    defence: 'defense',
    defences: 'defenses',
    offence: 'offense',
    offences: 'offenses',
    organisation: 'organization',
    organisations: 'organizations',
    centre: 'center',
    centres: 'centers',
    programme: 'program',
    programmes: 'programs',
    labour: 'labor',
    honour: 'honor',
    licence: 'license',
    counsellor: 'counselor',
    counsellors: 'counselors',
    judgement: 'judgment',
    cheque: 'check',
    catalogue: 'catalog',
    harbour: 'harbor',
    neighbour: 'neighbor',
    neighbours: 'neighbors',
  }),
);

/** The form two spellings of a word share: lower case, American spelling, straight apostrophe. */
export function canonicalWord(word: string): string {
  // Asked for every word of every paragraph: the replace only where there is a curly apostrophe.
  const cased = word.toLowerCase();
  const lower = cased.includes('’') ? cased.replace(/’/g, "'") : cased;
  // A Map, not an object: "constructor" or "__proto__" in a text must not find Object's own members.
  return BRITISH_TO_AMERICAN.get(lower) ?? lower;
}

/** Regular British endings not in the list above: "authorised" → "authorized", "analyse" → "analyze". */
export function americanEnding(word: string): string {
  return word.replace(/(?<=\p{L}{3})is(e|ed|es|ing|ation|ations|er|ers)$/u, 'iz$1').replace(/(?<=\p{L}{3})ys(e|ed|es|ing)$/u, 'yz$1');
}
