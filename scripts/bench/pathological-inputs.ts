/**
 * Content that is small on disk but made to be slow to build: each input repeats one
 * pattern until it is just under the 1 MB a file may hold, so the stage that handles that
 * pattern with work growing faster than the text (a regex over the text so far, a rescan per
 * match, an unbounded diff) shows up as minutes where linear work takes a second or two.
 * Used by `npm run bench:pathological` and by the test that holds every stage to a generous
 * bound (tests/unit/support/pathological-inputs.ts).
 *
 * Every input is a function of `scale` (1 is full size; 0.5 half the repetitions), so the
 * benchmark can show how time grows with size, and deterministic: a seeded PRNG where there
 * is variety, never Math.random, so every run builds the same bytes.
 *
 * Three forms, as content reaches a build:
 * - `seed`: a raw article with its sidecar, cleaned by the content build into a source and
 *   a cleaning record (so the received-copy page diffs every raw paragraph with its clean one);
 * - `source`: a hand-written Markdown source, front matter and body;
 * - `pair`: two texts for the word diff alone.
 */
import { mulberry32, pick, type Random } from './random.ts';

/** Just under the 1 MB limit on a content file, with room for front matter. */
export const FULL_SIZE_BYTES = 960_000;

/** What the seed's sidecar declares beyond the fixed fields. */
export interface SeedSidecar {
  /** Damage kinds declared (they open the lexicons' gates). */
  damage: readonly string[];
  /** Editorial corrections, as in a sidecar. */
  corrections?: readonly { find: string; replace: string; reason: string; everywhere?: boolean }[];
}

export type PathologicalText =
  | { form: 'seed'; raw: string; sidecar: SeedSidecar }
  | { form: 'source'; body: string }
  | { form: 'pair'; before: string; after: string };

export interface PathologicalInput {
  /** Kebab-case name; also the slug of the source it becomes. */
  name: string;
  /** What `make` gives: a seed, a source, or a pair of texts. */
  form: PathologicalText['form'];
  /** The pattern, as the docs table shows it. */
  pattern: string;
  /** The code it stresses (where the time went before the fix). */
  stresses: string;
  make(scale: number): PathologicalText;
}

/** `unit` repeated to fill `bytes` (UTF-8) at `scale`, whole repetitions only. */
export function repeatToSize(unit: string, scale: number, bytes: number = FULL_SIZE_BYTES): string {
  const count = Math.max(1, Math.floor((bytes * scale) / Buffer.byteLength(unit)));
  return unit.repeat(count);
}

/** Units drawn from `make` until `bytes` (UTF-8) at `scale` are filled. */
function fillToSize(scale: number, make: (index: number) => string, bytes: number = FULL_SIZE_BYTES): string {
  const parts: string[] = [];
  let size = 0;
  for (let index = 0; ; index += 1) {
    const part = make(index);
    const partBytes = Buffer.byteLength(part);
    if (size + partBytes > bytes * scale && parts.length > 0) break;
    parts.push(part);
    size += partBytes;
  }
  return parts.join('');
}

const SYLLABLES = ['bar', 'vel', 'dor', 'kin', 'mar', 'sten', 'hol', 'ric', 'var', 'ton', 'lem', 'gar', 'wen', 'dal', 'fir', 'nor', 'pel', 'trav', 'zan', 'mor'];
const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** A made-up name ("Valdor Kinmar"): no registry entry, no lexicon, no place covers it. */
function inventedName(random: Random): string {
  const word = () => capitalised(pick(random, SYLLABLES) + pick(random, SYLLABLES));
  return `${word()} ${word()}`;
}

const WORDS_A = ['pipeline', 'budget', 'tariff', 'harbour', 'reservoir', 'permit', 'audit', 'treaty', 'subsidy', 'convoy', 'turbine', 'census'];
const WORDS_B = ['orchestra', 'meadow', 'lantern', 'glacier', 'violin', 'pebble', 'canyon', 'saffron', 'thimble', 'walrus', 'quartz', 'juniper'];

/** Words drawn from `words`, one space apart, until about `bytes` characters. */
function prose(random: Random, words: readonly string[], bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const word = pick(random, words);
    parts.push(word);
    size += word.length + 1;
  }
  return parts.join(' ');
}

export const PATHOLOGICAL_INPUTS: readonly PathologicalInput[] = [
  {
    name: 'record-citations',
    form: 'source',
    pattern: '`according to The Dispatch ` × 40,000 in one paragraph (the issue’s input)',
    stresses: 'outlet citations: the cue patterns re-run over the sentence so far for every outlet name',
    make: (scale) => ({ form: 'source', body: repeatToSize('according to The Dispatch ', scale) }),
  },
  {
    name: 'outlet-sentences',
    form: 'source',
    pattern: '`The Dispatch reported it. ` × 40,000: a sentence per outlet name',
    stresses: 'outlet citations and attribution: every name (or quotation) looked for in every sentence',
    make: (scale) => ({ form: 'source', body: repeatToSize('The Dispatch reported it. ', scale) }),
  },
  {
    name: 'quoted-fragments',
    form: 'source',
    pattern: '`Marrow said “no” and ` × 40,000: one sentence of quotations',
    stresses: 'attribution: the reporting-verb patterns and clean() re-run over the sentence so far for every quotation',
    make: (scale) => ({ form: 'source', body: repeatToSize('Marrow said “no” and ', scale) }),
  },
  {
    name: 'quoted-sentences',
    form: 'source',
    pattern: '`“Stop,” he said. ` × 40,000: a sentence per quotation',
    stresses: 'sentence splitting (each stop checked against every quotation) and attribution (each quotation’s sentence looked for among all)',
    make: (scale) => ({ form: 'source', body: repeatToSize('“Stop,” he said. ', scale) }),
  },
  {
    name: 'quoted-titles',
    form: 'source',
    pattern: '`“No,” Okafor said on Channel’s “This Week” and ` × 16,800: one sentence of quotations and quoted titles',
    stresses: 'attribution: titles of works told from their place, and the cue after a quotation read past the titles in it',
    make: (scale) => ({ form: 'source', body: repeatToSize('“No,” Okafor said on Channel’s “This Week” and ', scale) }),
  },
  {
    name: 'written-names',
    form: 'source',
    pattern: '`“Stop,” Rep. Valdor Kinmar of Marshfield said, and ` with invented names × 17,000',
    stresses: 'attribution: names the registry lacks, found and kept as written, and surnames referring back to them',
    make: (scale) => {
      const random = mulberry32(14);
      return { form: 'source', body: fillToSize(scale, () => `“Stop,” Rep. ${inventedName(random)} of Marshfield said, and `) };
    },
  },
  {
    name: 'straight-quotes',
    form: 'seed',
    pattern: '`"Stop," he said. ` × 56,000 (a seed: every mark curled)',
    stresses: 'cleaning: a change per quotation mark, each checked against every quotation of the paragraph',
    make: (scale) => ({ form: 'seed', raw: repeatToSize('"Stop," he said. ', scale), sidecar: { damage: [] } }),
  },
  {
    name: 'capitalised-names',
    form: 'source',
    pattern: '`Analyst Valdor Kinmar met Ilsa Marrow in Lisbon, ` with invented names × 20,000',
    stresses: 'unknown names: `$`-anchored patterns over the paragraph before each name, and each word checked against every known name',
    make: (scale) => {
      const random = mulberry32(12);
      return { form: 'source', body: fillToSize(scale, () => `Analyst ${inventedName(random)} met Ilsa Marrow in Lisbon, `) };
    },
  },
  {
    name: 'repeated-words',
    form: 'seed',
    pattern: '`officials said the the ` × 40,000 (a seed)',
    stresses: 'cleaning: every repeated word removed rescans the paragraph for quotations',
    make: (scale) => ({ form: 'seed', raw: repeatToSize('officials said the the ', scale), sidecar: { damage: [] } }),
  },
  {
    name: 'spinner-swaps',
    form: 'seed',
    pattern: '`“the enviornment” they said, ` × 29,000 (a seed: every quotation altered)',
    stresses: 'cleaning (each lexicon change checked against every quotation), the raw/clean word diff with every quotation changed, the markers of altered quotations',
    make: (scale) => ({ form: 'seed', raw: repeatToSize('“the enviornment” they said, ', scale), sidecar: { damage: ['spun'] } }),
  },
  {
    name: 'stranded-contractions',
    form: 'seed',
    pattern: '`they in fact to’re late, ` × 35,000 (a spun seed: every contraction’s padding removed)',
    stresses: 'cleaning: each stranded ending read back word by word to the word that takes it, and thousands of repairs recorded in one paragraph',
    make: (scale) => ({ form: 'seed', raw: repeatToSize('they in fact to’re late, ', scale), sidecar: { damage: ['spun'] } }),
  },
  {
    name: 'mojibake-twice',
    form: 'seed',
    pattern: '`the ministerÃ¢ÂÂs ÃÂ£3 cafÃÂ©, ` × 17,500 (a seed misread twice and stripped of its controls: four repairs in each; three quarters of the full size, so that its cleaning record stays under the limit)',
    stresses: 'cleaning: the lone “Â”s of a text misread twice dropped, lead bytes read from context, two layers decoded, and the lossy readings, tens of thousands in one paragraph',
    make: (scale) => ({ form: 'seed', raw: repeatToSize('the ministerÃ¢ÂÂs ÃÂ£3 cafÃÂ©, ', scale, Math.floor((FULL_SIZE_BYTES * 3) / 4)), sidecar: { damage: [] } }),
  },
  {
    name: 'translation-lexicon',
    form: 'seed',
    pattern: '`the Ministry of Defense said ` × 31,000 (a machine-translated seed; each “Ministry” becomes “Department”, so the cleaned text is 2/29 longer and still under the limit)',
    stresses: 'cleaning: a lexicon entry’s document-wide condition tested on the whole text for every match; a registry name repaired thousands of times in one paragraph',
    make: (scale) => ({
      form: 'seed',
      raw: repeatToSize('the Ministry of Defense said ', scale, Math.floor((FULL_SIZE_BYTES * 29) / 31)),
      sidecar: { damage: ['machine-translated'] },
    }),
  },
  {
    name: 'everywhere-correction',
    form: 'seed',
    pattern: '`the mandate was given, ` × 40,000 with an `everywhere` correction of “mandate”',
    stresses: 'editorial corrections: the paragraph copied and rescanned for quotations per occurrence',
    make: (scale) => ({
      form: 'seed',
      raw: repeatToSize('the mandate was given, ', scale),
      sidecar: { damage: [], corrections: [{ find: 'mandate', replace: 'order', reason: 'The translation renders "order" as "mandate".', everywhere: true, certainty: 'probable' }] },
    }),
  },
  {
    name: 'short-sentences',
    form: 'seed',
    pattern: '`Go. ` × 240,000 (a seed: one paragraph, no commas)',
    stresses: 'cleaning: retext’s parser (parse-latin) splices once per sentence, reading for repeated words',
    make: (scale) => ({ form: 'seed', raw: repeatToSize('Go. ', scale), sidecar: { damage: [] } }),
  },
  {
    name: 'smartypants-sentences',
    form: 'source',
    pattern: '`Go. ` × 240,000 and one `"` (a hand-written source)',
    stresses: 'Markdown: SmartyPants hands retext the whole document, quadratic in its sentences',
    make: (scale) => ({ form: 'source', body: `${repeatToSize('Go. ', scale, FULL_SIZE_BYTES - 1)}"` }),
  },
  {
    name: 'many-paragraphs',
    form: 'seed',
    pattern: '9,999 paragraphs of `Officials said the the attack was “over”.`',
    stresses: 'per-paragraph lookups by scanning a list of every paragraph (cleaning record, received copy)',
    make: (scale) => ({
      form: 'seed',
      raw: Array.from({ length: Math.max(1, Math.floor(9_999 * scale)) }, () => 'Officials said the the attack was “over”.').join('\n\n'),
      sidecar: { damage: [] },
    }),
  },
  {
    name: 'different-texts',
    form: 'pair',
    pattern: 'two unrelated texts of 480 KB each, word-diffed',
    stresses: 'word diff: Myers’ diff costs length × edits, unbounded',
    make: (scale) => {
      const random = mulberry32(7);
      const half = (FULL_SIZE_BYTES / 2) * scale;
      return { form: 'pair', before: prose(random, WORDS_A, half), after: prose(random, WORDS_B, half) };
    },
  },
  {
    name: 'wide-table',
    form: 'source',
    pattern: 'a GFM table of 3 rows × 50,000 columns',
    stresses: 'Markdown: GFM tables, which the input limits did not count',
    make: (scale) => {
      const columns = Math.max(1, Math.floor(50_000 * scale));
      const row = (cell: string) => `|${` ${cell} |`.repeat(columns)}\n`;
      return { form: 'source', body: row('a') + row('-') + row('b') + row('c') };
    },
  },
  {
    name: 'long-table',
    form: 'source',
    pattern: 'a GFM table of 9,500 rows × 8 columns',
    stresses: 'Markdown: GFM tables, which the input limits did not count',
    make: (scale) => {
      const rows = Math.max(1, Math.floor(9_500 * scale));
      const row = (cell: string) => `|${` ${cell} |`.repeat(8)}\n`;
      return { form: 'source', body: row('head') + row('---') + row('cell text').repeat(rows) };
    },
  },
];

export function pathologicalInput(name: string): PathologicalInput | undefined {
  return PATHOLOGICAL_INPUTS.find((input) => input.name === name);
}
