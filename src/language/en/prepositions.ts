/**
 * Simple English prepositions (the closed class every grammar lists, e.g. Quirk et al. 1985,
 * §9.7), "as" among them ("quoted Brandt as saying", "as Kessmark continues"): a name governed
 * by one ("in a statement to the Gazette", "a spokesman for Reyes") is its object, not the
 * subject of the sentence's verb. "After", "before", "since" and "until" are left out: they
 * open clauses at least as often ("after the council said"), and the name after them is then
 * a subject.
 */
export const PREPOSITIONS: readonly string[] = [
  'to', 'in', 'on', 'at', 'by', 'with', 'from', 'for', 'of', 'against', 'towards', 'toward', 'into', 'about', 'over',
  'under', 'than', 'between', 'among', 'via', 'through', 'per', 'like', 'unlike', 'including', 'without', 'near',
  'during', 'across', 'behind', 'beyond', 'within', 'outside', 'inside', 'upon', 'amid', 'as',
];
