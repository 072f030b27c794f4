/**
 * Reporting verbs: the English verbs that introduce what someone said, wrote, published or
 * confirmed, by lemma, in the forms news reports use. Declared once here; quotation
 * attribution (src/attribution/) finds the subject of the verbs of saying and confirming,
 * the outlet-citation reader (citation-cues.ts) reads the verbs an outlet's name takes.
 *
 * The verbs of saying are those English grammars list for reported speech (Quirk et al., A
 * Comprehensive Grammar of the English Language, 1985, §14.28–14.31 and §16.31; Biber et al.,
 * Longman Grammar of Spoken and Written English, 1999, §12.3), with judging verbs that report
 * a statement ("criticised", "praised", "condemned"). Forms that are more often nouns ("state",
 * "notes", "claims", "calls", "promise", "stresses", "recalls") are left out of them: as nouns
 * they name things, and "the state of the claims" reports nobody's words.
 */
type Forms = Readonly<Record<string, readonly string[]>>;

/** Verbs of saying, by lemma. */
export const SPEECH_VERBS: Forms = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  add: ['add', 'adds', 'added', 'adding'],
  state: ['stated'],
  write: ['write', 'writes', 'wrote', 'writing'],
  warn: ['warn', 'warns', 'warned', 'warning'],
  argue: ['argue', 'argues', 'argued'],
  claim: ['claimed'],
  insist: ['insist', 'insists', 'insisted'],
  note: ['noted'],
  explain: ['explain', 'explains', 'explained'],
  ask: ['ask', 'asks', 'asked'],
  reply: ['replied'],
  respond: ['respond', 'responds', 'responded'],
  tweet: ['tweeted'],
  post: ['posted'],
  deny: ['deny', 'denies', 'denied'],
  accuse: ['accuse', 'accuses', 'accused', 'accusing'],
  call: ['called', 'calling'],
  describe: ['describe', 'describes', 'described', 'describing'],
  declare: ['declare', 'declares', 'declared'],
  announce: ['announce', 'announces', 'announced'],
  acknowledge: ['acknowledge', 'acknowledges', 'acknowledged'],
  admit: ['admit', 'admits', 'admitted'],
  urge: ['urge', 'urges', 'urged'],
  recall: ['recalled'],
  continue: ['continued'],
  conclude: ['conclude', 'concludes', 'concluded'],
  remark: ['remarked'],
  comment: ['commented'],
  suggest: ['suggest', 'suggests', 'suggested'],
  stress: ['stressed'],
  emphasise: ['emphasise', 'emphasises', 'emphasised', 'emphasize', 'emphasizes', 'emphasized'],
  pledge: ['pledged'],
  promise: ['promised'],
  vow: ['vowed'],
  complain: ['complain', 'complains', 'complained'],
  testify: ['testify', 'testifies', 'testified'],
  label: ['labelled', 'labeled'],
  brand: ['branded'],
  dub: ['dubbed'],
  criticise: ['criticise', 'criticises', 'criticised', 'criticising', 'criticize', 'criticizes', 'criticized', 'criticizing'],
  condemn: ['condemn', 'condemns', 'condemned'],
  praise: ['praises', 'praised'],
  predict: ['predict', 'predicts', 'predicted'],
  concede: ['concede', 'concedes', 'conceded'],
  counter: ['countered'],
  maintain: ['maintain', 'maintains', 'maintained'],
  reiterate: ['reiterate', 'reiterates', 'reiterated'],
  assert: ['assert', 'asserts', 'asserted'],
  contend: ['contend', 'contends', 'contended'],
  caution: ['cautioned'],
  blame: ['blames', 'blamed'],
  speak: ['spoke', 'speaking'],
};

/** Verbs that confirm what someone else said or reported, by lemma. */
export const CONFIRMING_VERBS: Forms = {
  confirm: ['confirm', 'confirms', 'confirmed'],
  corroborate: ['corroborated', 'corroborates'],
  verify: ['verified', 'verifies'],
};

/** Verbs of publishing: what an outlet does with a story ("The Gazette reported", "first revealed"). */
export const PUBLISHING_VERBS: Forms = {
  report: ['report', 'reports', 'reported', 'reporting'],
  reveal: ['reveals', 'revealed'],
  publish: ['publishes', 'published'],
  find: ['finds', 'found'],
  obtain: ['obtained'],
  learn: ['learned'],
  break: ['broke'],
  disclose: ['disclosed'],
  cite: ['cites', 'cited'],
  quote: ['quotes', 'quoted'],
};

/**
 * Forms of verbs of saying that are more often nouns (left out of `SPEECH_VERBS`), read as
 * verbs only right after an outlet's name, where a noun cannot follow: "The Gazette notes".
 */
export const NOUN_LIKE_FORMS: Forms = {
  note: ['notes'],
  claim: ['claims'],
};

/** The verbs of saying an outlet's name takes for what the outlet itself published ("The Gazette says", "wrote"). */
const OUTLET_SPEECH_LEMMAS: readonly string[] = ['say', 'write', 'add', 'note', 'claim', 'describe'];

const forms = (verbs: Forms, lemmas: readonly string[] = Object.keys(verbs)): string[] => lemmas.flatMap((lemma) => verbs[lemma] ?? []);

/** Every form whose subject is the speaker of the words it reports: saying and confirming. */
export const REPORTING_VERB_FORMS: readonly string[] = [...forms(SPEECH_VERBS), ...forms(CONFIRMING_VERBS)];

/** Every form the outlet-citation reader takes, after an outlet's name, as the outlet reporting. */
export const OUTLET_REPORTING_FORMS: readonly string[] = [
  ...forms(SPEECH_VERBS, OUTLET_SPEECH_LEMMAS),
  ...forms(NOUN_LIKE_FORMS, OUTLET_SPEECH_LEMMAS),
  ...forms(PUBLISHING_VERBS),
];

/** Every form the outlet-citation reader takes, after an outlet's name, as the outlet confirming. */
export const OUTLET_CONFIRMING_FORMS: readonly string[] = forms(CONFIRMING_VERBS);
