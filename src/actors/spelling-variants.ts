/**
 * British and American spellings of the words that appear in actor names and roles, so a
 * registry that writes "Department of Defense" also finds "the defence department". Words
 * are compared by their canonical (American, lower-case) form.
 */
const BRITISH_TO_AMERICAN: Readonly<Record<string, string>> = {
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
};

/** The form two spellings of a word share: lower case, American spelling, straight apostrophe. */
export function canonicalWord(word: string): string {
  const lower = word.toLowerCase().replace(/’/g, "'");
  return BRITISH_TO_AMERICAN[lower] ?? lower;
}
