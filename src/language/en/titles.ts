/**
 * Titles that stand before a personal name: abbreviated honorifics and ranks ("Mr.", "Rep.",
 * "Sen.", "Dr.", "Adm.") and the offices and ranks written out as a title ("President",
 * "Mayor", "Minister"), lower case and without the full stop, each marked as an abbreviation
 * (its full stop ends no sentence: "Adm. Sofia Marsh said") or a word. A title before a
 * capitalised name shows that the name is a person's, and is part of how the text names them
 * ("Rep. Dana Whitfield"). The abbreviations are those of English style guides for names (the
 * AP Stylebook's "titles" and "military titles" entries; the Chicago Manual of Style,
 * §10.13–10.20); the offices are the heads of title phrases in the same guides.
 */
export const TITLES_BEFORE_NAMES: Readonly<Record<string, 'abbreviation' | 'word'>> = {
  // Courtesy titles and honorifics.
  mr: 'abbreviation', mrs: 'abbreviation', ms: 'abbreviation', mx: 'abbreviation', dr: 'abbreviation', prof: 'abbreviation',
  rev: 'abbreviation', fr: 'abbreviation',
  miss: 'word', professor: 'word', sir: 'word', dame: 'word', lord: 'word', lady: 'word',
  // Legislators and governors.
  rep: 'abbreviation', reps: 'abbreviation', sen: 'abbreviation', sens: 'abbreviation', gov: 'abbreviation',
  senator: 'word', representative: 'word', congressman: 'word', congresswoman: 'word', governor: 'word',
  // Military and police ranks.
  gen: 'abbreviation', adm: 'abbreviation', lt: 'abbreviation', col: 'abbreviation', maj: 'abbreviation', capt: 'abbreviation',
  cmdr: 'abbreviation', sgt: 'abbreviation', cpl: 'abbreviation', pvt: 'abbreviation',
  general: 'word', admiral: 'word', lieutenant: 'word', colonel: 'word', major: 'word', captain: 'word', commander: 'word',
  sergeant: 'word', corporal: 'word', private: 'word',
  // Offices written as a title before a name.
  president: 'word', premier: 'word', minister: 'word', secretary: 'word', chancellor: 'word', mayor: 'word',
  ambassador: 'word', envoy: 'word', judge: 'word', justice: 'word', commissioner: 'word', director: 'word',
  chairman: 'word', chairwoman: 'word', chair: 'word', king: 'word', queen: 'word', prince: 'word', princess: 'word',
  pope: 'word', sheikh: 'word', emir: 'word',
};
