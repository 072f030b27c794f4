/**
 * The restoration benchmark's real-data rows: the seeds as the real tools damaged them,
 * cleaned by the general rules with the lexicons written from those very seeds switched
 * off, and scored against the seeds' reviewed restorations.
 *
 * There is no original of either seed. The stand-in is what the lexicon, the general rules
 * and the sidecar's corrections restored when this benchmark was set up, frozen in
 * `real/<seed>.reference.txt` so that later rules cannot move the goalposts (a wrong change
 * the rules and the reference shared would otherwise score as right). It still holds
 * whatever damage neither the lexicon nor an editor caught, so WER "after" is a floor on
 * what the rules leave, not the distance to the outlet's words.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { filterLexicon, type Lexicon } from '../../clean/lexicon.ts';
import { wordingDamageOf } from '../../../src/schemas/damage-kinds.ts';
import { cleanArticle, generalLexicons, type CleanedArticle, type CleanOptions } from '../../clean/pipeline.ts';
import { RegistryNames } from '../../clean/registry-names.ts';
import { readRegistryWithAffiliations } from '../../../src/actors/registry-files.ts';
import { englishModel } from '../../../src/language/en/language-model.ts';
import { fileURLToPath } from 'node:url';
import { parseYaml, validateYaml } from '../../../src/files/parse-yaml.ts';
import { seedMetadataSchema } from '../../../src/schemas/seed-metadata.ts';
import { align, editDistance, words } from './score.ts';

const ROOT = new URL('../../../', import.meta.url);
const REFERENCES = new URL('real/', import.meta.url);

export interface HeldOutCase {
  /** Row label. */
  label: string;
  seed: string;
  /** The lexicons the general cleaner keeps for this row. */
  lexicons: () => { spinner: Lexicon; machineTranslation: Lexicon };
  /** The registry as committed (aliases recorded from the seeds included), or its names only. */
  registry?: 'full' | 'names-only';
}

const none = () => false;

/** Every row: each seed with its lexicon off; seed 004 also with only the name entries kept. */
export function heldOutCases(): HeldOutCase[] {
  return [
    {
      label: 'seed 004, real spinner: lexicons off',
      seed: '004_bd6e33f06cb5aaa0',
      lexicons: () => ({ spinner: filterLexicon(generalLexicons().spinner, none), machineTranslation: filterLexicon(generalLexicons().machineTranslation, none) }),
    },
    {
      label: 'seed 004, real spinner: only the lexicon’s names (category `name`)',
      seed: '004_bd6e33f06cb5aaa0',
      lexicons: () => ({
        spinner: filterLexicon(generalLexicons().spinner, (entry) => entry.category === 'name'),
        machineTranslation: filterLexicon(generalLexicons().machineTranslation, none),
      }),
    },
    {
      label: 'seed 000, real round-trip translation: lexicons off',
      seed: '000_6c2a3f58d0cf528c',
      lexicons: () => ({ spinner: filterLexicon(generalLexicons().spinner, none), machineTranslation: filterLexicon(generalLexicons().machineTranslation, none) }),
    },
    // Not held out: the cleaner as shipped, lexicons and registry written from these copies.
    // What a new copy by the same tools meets lies between these rows and the ones above.
    { label: 'seed 004, as shipped (not held out: lexicon written from it)', seed: '004_bd6e33f06cb5aaa0', lexicons: generalLexicons, registry: 'full' },
    { label: 'seed 000, as shipped (not held out: lexicon written from it)', seed: '000_6c2a3f58d0cf528c', lexicons: generalLexicons, registry: 'full' },
  ];
}

export interface HeldOutRow {
  label: string;
  words: number;
  werBefore: number;
  werAfter: number;
  /** Words the general rules changed, and of those the ones now reading as the reference. */
  changed: number;
  right: number;
  /** Words of the raw copy that differ from the reference. */
  damaged: number;
  /**
   * Words the lexicon run restores as the reference has them (lexicons on, damage declared as
   * the sidecar does, no corrections), and how many of them the row's run restores too.
   */
  lexiconWords: number;
  lexiconRecovered: number;
  worse: boolean;
  kinds: readonly string[];
  /** Changes the general rules recorded, by confidence. */
  confidence: Record<string, number>;
}

const cleanedText = (article: CleanedArticle) => [...(article.headline === undefined ? [] : [article.headline]), ...article.paragraphs].join('\n\n');

function readSeed(seed: string) {
  const sidecar = `seeds/${seed}.yaml`;
  const meta = validateYaml(parseYaml(readFileSync(new URL(sidecar, ROOT), 'utf8'), sidecar), seedMetadataSchema, sidecar);
  const raw = readFileSync(new URL(`seeds/${seed}.txt`, ROOT), 'utf8');
  const declaredDamage = wordingDamageOf(meta.damage);
  return { meta, raw, declaredDamage };
}

const referencePath = (seed: string) => new URL(`${seed}.reference.txt`, REFERENCES);

/** Rewrites the frozen references from today's full cleaning (lexicon, general rules, sidecar). Deliberate: see the module comment. */
export function writeReferences(): void {
  for (const seed of new Set(heldOutCases().map((entry) => entry.seed))) {
    const { meta, raw, declaredDamage } = readSeed(seed);
    const cleaned = cleanArticle(raw, `seeds/${seed}.txt`, { declaredDamage, corrections: { corrections: meta.corrections, uncertain: meta.uncertain } });
    writeFileSync(referencePath(seed), `${cleanedText(cleaned)}\n`);
  }
}

/**
 * The raw copy as scored: only the raw paragraphs the reference keeps (a comment form or a
 * headline printed twice is structure, not wording, and would flatter recall).
 */
function scoredRaw(raw: string, kept: CleanedArticle): string {
  const origins = new Set([...kept.paragraphOrigins, ...(kept.headlineOrigin === undefined ? [] : [kept.headlineOrigin])]);
  return kept.rawParagraphs.filter((_, index) => origins.has(index + 1)).join('\n\n') || raw;
}

let namesOnly: RegistryNames | undefined;

/**
 * The registry with its names only: its aliases were recorded from the seeds, broken forms
 * among them ("National Security Service", "The File"), so they would restore the seeds from
 * the seeds, as the lexicons do. The names themselves are the world's.
 */
function registryNamesOnly(): RegistryNames {
  namesOnly ??= new RegistryNames(
    englishModel(),
    readRegistryWithAffiliations(fileURLToPath(new URL('content/', ROOT))).map((entry) => ({ ...entry, aliases: [] })),
  );
  return namesOnly;
}

export function heldOutRow(entry: HeldOutCase): HeldOutRow {
  const { raw, declaredDamage } = readSeed(entry.seed);
  const reference = readFileSync(referencePath(entry.seed), 'utf8');
  // The general cleaner as an unseen article meets it: no declared damage, no corrections.
  const options: CleanOptions = { lexicons: entry.lexicons(), ...(entry.registry === 'full' ? {} : { registry: registryNamesOnly() }) };
  const general = cleanArticle(raw, `seeds/${entry.seed}.txt`, options);
  // What the lexicon restores: lexicons on, damage declared as the sidecar does, no corrections.
  const withLexicon = cleanArticle(raw, `seeds/${entry.seed}.txt`, { declaredDamage });
  const source = scoredRaw(raw, withLexicon);
  const rawWords = words(source);
  const referenceWords = words(reference);
  const toReference = align(rawWords, referenceWords);
  const toGeneral = align(rawWords, words(cleanedText(general)));
  const toLexicon = align(rawWords, words(cleanedText(withLexicon)));
  let changed = 0;
  let right = 0;
  let damaged = 0;
  let lexiconWords = 0;
  let lexiconRecovered = 0;
  rawWords.forEach((word, index) => {
    const wanted = toReference[index];
    const made = toGeneral[index];
    if (wanted !== word) damaged += 1;
    if (made !== word) {
      changed += 1;
      if (wanted !== word && made === wanted) right += 1;
    }
    const lexicon = toLexicon[index];
    if (lexicon !== word && lexicon === wanted) {
      lexiconWords += 1;
      if (made === wanted) lexiconRecovered += 1;
    }
  });
  const werBefore = editDistance(rawWords, referenceWords);
  const werAfter = editDistance(words(cleanedText(general)), referenceWords);
  const confidence: Record<string, number> = {};
  for (const change of general.changes) if (change.before !== change.after) confidence[change.confidence] = (confidence[change.confidence] ?? 0) + 1;
  return {
    label: entry.label,
    words: referenceWords.length,
    werBefore,
    werAfter,
    changed,
    right,
    damaged,
    lexiconWords,
    lexiconRecovered,
    worse: werAfter > werBefore,
    kinds: general.damage.kinds,
    confidence,
  };
}
