/**
 * Reporting verbs: the English verbs that introduce what someone said or wrote, in direct or
 * indirect speech ("said", "told", "accused … of", "called … a"), in the forms news reports use.
 * The set is the verbs of saying that English grammars list for reported speech (Quirk et
 * al., A Comprehensive Grammar of the English Language, 1985, §14.28–14.31 and §16.31;
 * Biber et al., Longman Grammar of Spoken and Written English, 1999, §12.3), with
 * judging verbs that report a statement ("criticised", "praised", "condemned"). Forms that are
 * more often nouns ("state", "notes", "claims", "calls", "promise", "stresses", "recalls") are left
 * out: as nouns they name things, and "the state of the claims" reports nobody's words.
 *
 * Quotation attribution (src/attribution/) finds the subject of these verbs.
 */
export const REPORTING_VERBS: readonly string[] = [
  'say', 'says', 'said', 'saying',
  'tell', 'tells', 'told', 'telling',
  'add', 'adds', 'added', 'adding',
  'stated',
  'write', 'writes', 'wrote', 'writing',
  'warn', 'warns', 'warned', 'warning',
  'argue', 'argues', 'argued',
  'claimed',
  'insist', 'insists', 'insisted',
  'confirm', 'confirms', 'confirmed',
  'noted',
  'explain', 'explains', 'explained',
  'ask', 'asks', 'asked',
  'replied',
  'respond', 'responds', 'responded',
  'tweeted', 'posted',
  'deny', 'denies', 'denied',
  'accuse', 'accuses', 'accused', 'accusing',
  'called', 'calling',
  'describe', 'describes', 'described', 'describing',
  'declare', 'declares', 'declared',
  'announce', 'announces', 'announced',
  'acknowledge', 'acknowledges', 'acknowledged',
  'admit', 'admits', 'admitted',
  'urge', 'urges', 'urged',
  'recalled',
  'continued',
  'conclude', 'concludes', 'concluded',
  'remarked',
  'commented',
  'suggest', 'suggests', 'suggested',
  'stressed',
  'emphasise', 'emphasises', 'emphasised', 'emphasize', 'emphasizes', 'emphasized',
  'pledged',
  'promised',
  'vowed',
  'complain', 'complains', 'complained',
  'testify', 'testifies', 'testified',
  'labelled', 'labeled',
  'branded',
  'dubbed',
  'criticise', 'criticises', 'criticised', 'criticising', 'criticize', 'criticizes', 'criticized', 'criticizing',
  'condemn', 'condemns', 'condemned',
  'praises', 'praised',
  'predict', 'predicts', 'predicted',
  'concede', 'concedes', 'conceded',
  'countered',
  'maintain', 'maintains', 'maintained',
  'reiterate', 'reiterates', 'reiterated',
  'assert', 'asserts', 'asserted',
  'contend', 'contends', 'contended',
  'cautioned',
  'blames', 'blamed',
  'spoke', 'speaking',
];
