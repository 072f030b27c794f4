/**
 * English abbreviations written with a full stop that does not end a sentence ("Mr. Doe",
 * "Foo Inc. said", "on Sept. 5"): a closed class, declared once here, lower case without
 * the stop. The sentence splitter reads them all; the name reader only those that belong to
 * a name (a title or a part of a name), since "Foo Inc. Chief Jane Doe" is two names.
 */
const words = (text: string): Set<string> => new Set(text.trim().split(/\s+/));

/** Honorifics that stand for no office: "Mr.", "Mrs.", "Ms.", "Mx.". */
export const HONORIFIC_ABBREVIATIONS: ReadonlySet<string> = words('mr mrs ms mx');

/**
 * Titles and ranks: "Mr.", "Dr.", "Gen.", "Sen.", "Maj.", "Brig.", clergy ("Rev.", "Fr.") and
 * the plurals before several names ("Reps. Doe and Roe"), from the AP Stylebook's "titles"
 * and "military titles" entries.
 */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  ...HONORIFIC_ABBREVIATIONS,
  ...words('dr prof rev fr gen sen sens rep reps gov lt col sgt capt cmdr adm maj brig cpl pvt'),
]);

/** Parts of names: "St." (Saint), "Jr.", "Sr.", "Mt." (Mount), "Ft." (Fort). */
export const NAME_PART_ABBREVIATIONS: ReadonlySet<string> = words('st jr sr mt ft');

/** Company forms: "Inc.", "Ltd.", "Co.", "Corp.". */
export const COMPANY_ABBREVIATIONS: ReadonlySet<string> = words('inc ltd co corp');

/**
 * Months as news style abbreviates them before a day ("Jan. 5", "Sept. 12"): the locale
 * data's short month names that differ from the full one ("May" is whole), and "Sept".
 */
export const MONTH_ABBREVIATIONS: ReadonlySet<string> = (() => {
  const short = new Intl.DateTimeFormat('en', { month: 'short', timeZone: 'UTC' });
  const long = new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' });
  const found = new Set<string>(['sept']);
  for (let month = 0; month < 12; month += 1) {
    const date = Date.UTC(2024, month, 1);
    if (short.format(date) !== long.format(date)) found.add(short.format(date).toLowerCase());
  }
  return found;
})();

/** Others: "vs.", "No. 10". */
const OTHER_ABBREVIATIONS: ReadonlySet<string> = words('vs no');

/** Every abbreviation whose full stop does not end a sentence. */
export const SENTENCE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  ...TITLE_ABBREVIATIONS,
  ...NAME_PART_ABBREVIATIONS,
  ...COMPANY_ABBREVIATIONS,
  ...MONTH_ABBREVIATIONS,
  ...OTHER_ABBREVIATIONS,
]);

/** Abbreviations whose full stop belongs to a name: titles and parts of names. */
export const NAME_ABBREVIATIONS: ReadonlySet<string> = new Set([...TITLE_ABBREVIATIONS, ...NAME_PART_ABBREVIATIONS]);
