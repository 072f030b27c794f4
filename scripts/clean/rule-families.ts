/**
 * The cleaner's rule ids and where each is documented, declared once. A change records the
 * rule that made it as `<family>/<rule>` (`debris/comment-form`, `spinner/officers`): the
 * family names what kind of repair it is, and may be written by more than one pass (three
 * passes curl, split or capitalise as `typography/`). Following the unified collective's
 * convention for messages (source: the plugin, ruleId: the rule, url: its documentation),
 * each family says which passes of `cleaningPasses()` write it (the change's source), and
 * each pass where it is documented: its own module, whose header says what its rules do,
 * or, for a lexicon's entries, the lexicons' README. The record keeps the rule id alone;
 * source and documentation are looked up here.
 */

/** The passes of `cleaningPasses()` (by name) that write each family's rule ids: a change's source. */
export const RULE_FAMILIES: Readonly<Record<string, readonly string[]>> = {
  encoding: ['repair-mojibake'],
  whitespace: ['normalise-whitespace'],
  debris: ['remove-web-debris'],
  punctuation: ['normalise-punctuation'],
  typography: ['split-fused-words', 'curl-quotes', 'normalise-acronyms'],
  repeats: ['remove-repeated-words'],
  structure: ['remove-repeated-paragraphs'],
  template: ['remove-template-residue'],
  // A lexicon's rule id is its family (`ruleId:` in the file); its entries are its rules.
  spinner: ['spinner-lexicon'],
  'machine-translation': ['machine-translation-lexicon'],
  registry: ['restore-registry-names', 'repair-translation'],
  translation: ['repair-translation'],
  unspin: ['unspin-names', 'restore-stranded-contractions', 'unspin-proven-swaps', 'unspin-known-swaps', 'unspin-words'],
  editorial: ['editorial-corrections'],
  corroboration: ['restore-names', 'corroborate-quotations'],
};

/**
 * The families whose changes decide a word's wording (a lexicon's, the model's, the
 * registry's, the editors' restorations), as against a repair of form: the un-spinner never
 * reads their words again, and a paragraph they restored shows damage was there.
 */
export const WORDING_FAMILIES: ReadonlySet<string> = new Set(['spinner', 'machine-translation', 'unspin', 'translation', 'registry', 'editorial']);

/** Whether a rule id's family restores wording (see `WORDING_FAMILIES`). */
export function isWordingRule(ruleId: string): boolean {
  return WORDING_FAMILIES.has(ruleId.slice(0, Math.max(0, ruleId.indexOf('/'))));
}

/** Passes documented elsewhere than in a module of their own name. */
const DOCUMENTED_ELSEWHERE: Readonly<Record<string, string>> = {
  'spinner-lexicon': 'scripts/clean/lexicons/README.md',
  'machine-translation-lexicon': 'scripts/clean/lexicons/README.md',
  'editorial-corrections': 'scripts/clean/passes/apply-corrections.ts',
};

/** Where a pass's rules are documented, from the project's root: its module's header, or the lexicons' README. */
export function passDocumentation(pass: string): string {
  return DOCUMENTED_ELSEWHERE[pass] ?? `scripts/clean/passes/${pass}.ts`;
}

/** The family of a rule id and the passes that write it; throws for a family not declared here. */
export function ruleFamily(ruleId: string): { family: string; passes: readonly string[] } {
  const family = ruleId.slice(0, Math.max(0, ruleId.indexOf('/')));
  const passes = RULE_FAMILIES[family];
  if (passes === undefined) throw new RangeError(`rule id "${ruleId}" is not <family>/<rule> with a family of scripts/clean/rule-families.ts`);
  return { family, passes };
}
