/**
 * A country or demonym misspelt by one slip ("Ukriane") is still a place, not a name. Only
 * words of this length or more are looked for: a shorter one is a slip from too many real
 * words and names ("Iran" / "Ivan", "Mali" / "Male"), which the build script lists in
 * NEAR_COUNTRY_WORDS (word-lists.generated.ts) so they are never taken for misspellings.
 */
export const NEAR_COUNTRY_MIN_LENGTH = 5;
