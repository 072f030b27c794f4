/**
 * The restoration benchmark's real-data rows: the dossier's seeds as the real tools damaged
 * them, cleaned by the general rules with the lexicons written from those very seeds
 * switched off, and scored against the seeds' reviewed restorations. Which seeds: those with
 * a frozen reference in the folder dossier.config.ts names (`benchmarks.restorationReferences`).
 *
 * There is no original of such a seed. The stand-in is what the lexicons, the general rules
 * and the sidecar's corrections restored when this benchmark was set up, frozen in
 * `<seed>.reference.txt` so that later rules cannot move the goalposts (a wrong change
 * the rules and the reference shared would otherwise score as right). It still holds
 * whatever damage neither the lexicon nor an editor caught, so WER "after" is a floor on
 * what the rules leave, not the distance to the outlet's words.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import dossier from '../../../dossier.config.ts';
import { namedFolder } from '../../../src/config/dossier-files.ts';
import { PROJECT_ROOT } from '../../../src/config/project-root.ts';
import { filterLexicon } from '../../clean/lexicon.ts';
import { lexiconsInUse, type LexiconSet } from '../../clean/lexicons-in-use.ts';
import { wordingDamageOf } from '../../../src/schemas/damage-kinds.ts';
import { cleanArticle, type CleanedArticle, type CleanOptions } from '../../clean/pipeline.ts';
import { RegistryNames } from '../../clean/registry-names.ts';
import { readRegistryWithAffiliations } from '../../../src/actors/registry-files.ts';
import { englishModel } from '../../../src/language/en/language-model.ts';
import { parseYaml, validateYaml } from '../../../src/files/parse-yaml.ts';
import { seedMetadataSchema } from '../../../src/schemas/seed-metadata.ts';
import { diffArrays } from 'diff';
import { align, cleanedText, editDistance, words } from './score.ts';

/** The project: its seeds, registry and references (dossier.config.ts). */
const ROOT = PROJECT_ROOT;
const REFERENCE_SUFFIX = '.reference.txt';

export interface HeldOutCase {
  /** Row label. */
  label: string;
  seed: string;
  /** The lexicons the general cleaner keeps for this row. */
  lexicons: () => LexiconSet;
  /** The registry as committed (aliases recorded from the seeds included), or its names only. */
  registry?: 'full' | 'names-only';
}

const none = () => false;
const lexiconsOff = (): LexiconSet => ({ spinner: filterLexicon(lexiconsInUse().spinner, none), machineTranslation: filterLexicon(lexiconsInUse().machineTranslation, none) });

/** The folder of frozen references the configuration names, or undefined when it names none. */
function referencesFolder(): string | undefined {
  const folder = dossier.benchmarks.restorationReferences;
  return folder === undefined ? undefined : namedFolder(ROOT, folder, 'benchmarks.restorationReferences');
}

/** The seeds with a frozen reference, spun ones first (as the table has always read), each with the damage its sidecar declares. */
function referencedSeeds(): Array<{ seed: string; damage: readonly string[] }> {
  const folder = referencesFolder();
  if (folder === undefined) return [];
  const seeds = readdirSync(folder)
    .filter((name) => name.endsWith(REFERENCE_SUFFIX))
    .map((name) => name.slice(0, -REFERENCE_SUFFIX.length))
    .sort()
    .map((seed) => ({ seed, damage: readSeed(seed).meta.damage }));
  const rank = (damage: readonly string[]) => (damage.includes('spun') ? 0 : 1);
  return seeds.sort((a, b) => rank(a.damage) - rank(b.damage));
}

/** The referenced seeds whose sidecar declares this damage. */
export function heldOutSeeds(damage: string): string[] {
  return referencedSeeds()
    .filter((seed) => seed.damage.includes(damage))
    .map((seed) => seed.seed);
}

/**
 * Every row: each referenced seed with the lexicons off (a spun one also with only the
 * lexicons' names kept), then each as shipped.
 */
export function heldOutCases(): HeldOutCase[] {
  const seeds = referencedSeeds();
  const name = (seed: string) => `seed ${seed.split('_')[0]}`;
  const heldOut = seeds.flatMap(({ seed, damage }): HeldOutCase[] => {
    const tool = damage.includes('spun') ? 'real spinner' : 'real round-trip translation';
    return [
      { label: `${name(seed)}, ${tool}: lexicons off`, seed, lexicons: lexiconsOff },
      ...(damage.includes('spun')
        ? [
            {
              label: `${name(seed)}, ${tool}: only the lexicon’s names (category \`name\`)`,
              seed,
              lexicons: () => ({
                spinner: filterLexicon(lexiconsInUse().spinner, (entry) => entry.category === 'name'),
                machineTranslation: filterLexicon(lexiconsInUse().machineTranslation, none),
              }),
            },
          ]
        : []),
    ];
  });
  // Not held out: the cleaner as shipped, lexicons and registry written from these copies.
  // What a new copy by the same tools meets lies between these rows and the ones above.
  const shipped = seeds.map(({ seed }): HeldOutCase => ({ label: `${name(seed)}, as shipped (not held out: lexicon written from it)`, seed, lexicons: lexiconsInUse, registry: 'full' }));
  return [...heldOut, ...shipped];
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


function readSeed(seed: string) {
  const sidecar = `${dossier.folders.seeds}/${seed}.yaml`;
  const meta = validateYaml(parseYaml(readFileSync(join(ROOT, sidecar), 'utf8'), sidecar), seedMetadataSchema, sidecar);
  const raw = readFileSync(join(ROOT, dossier.folders.seeds, `${seed}.txt`), 'utf8');
  const declaredDamage = wordingDamageOf(meta.damage);
  return { meta, raw, declaredDamage };
}

const referencePath = (seed: string) => join(referencesFolder() ?? '', `${seed}${REFERENCE_SUFFIX}`);

/** Rewrites the frozen references from today's full cleaning (lexicon, general rules, sidecar). Deliberate: see the module comment. */
export function writeReferences(): void {
  for (const { seed } of referencedSeeds()) {
    const { meta, raw, declaredDamage } = readSeed(seed);
    const cleaned = cleanArticle(raw, `${dossier.folders.seeds}/${seed}.txt`, { declaredDamage, corrections: { corrections: meta.corrections, uncertain: meta.uncertain } });
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
 * The registry with its names only: its aliases and damaged forms were recorded from the
 * seeds (a damaged form, "National Security Service", is found as a mention; an alias names
 * the company a broken name keeps), so they would help restore the seeds from the seeds, as
 * the lexicons do. The names themselves are the world's.
 */
function registryNamesOnly(): RegistryNames {
  namesOnly ??= new RegistryNames(
    englishModel(),
    readRegistryWithAffiliations(join(ROOT, dossier.folders.content)).map((entry) => ({ ...entry, aliases: [], damagedForms: [] })),
  );
  return namesOnly;
}

export function heldOutRow(entry: HeldOutCase): HeldOutRow {
  const { raw, declaredDamage } = readSeed(entry.seed);
  const reference = readFileSync(referencePath(entry.seed), 'utf8');
  // The general cleaner as an unseen article meets it: no declared damage, no corrections.
  const options: CleanOptions = { lexicons: entry.lexicons(), ...(entry.registry === 'full' ? {} : { registry: registryNamesOnly() }) };
  const general = cleanArticle(raw, `${dossier.folders.seeds}/${entry.seed}.txt`, options);
  // What the lexicon restores: lexicons on, damage declared as the sidecar does, no corrections.
  const withLexicon = cleanArticle(raw, `${dossier.folders.seeds}/${entry.seed}.txt`, { declaredDamage });
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

/**
 * The swaps a real spinner made in a seed, as its frozen reference shows them: each run of the
 * raw copy's words that the reference replaces, as original → written ("against" → "in
 * opposition to"). Only runs of at most four words on either side; a run whose reference side
 * is empty (a word the spinner added or the cleaner removed) is no swap. For the benchmark's
 * row of this spinner's swaps on unseen text.
 */
export function observedSwapTable(seed: string): Map<string, string> {
  const { raw, declaredDamage } = readSeed(seed);
  const reference = readFileSync(referencePath(seed), 'utf8');
  const withLexicon = cleanArticle(raw, `${dossier.folders.seeds}/${seed}.txt`, { declaredDamage });
  const parts = diffArrays(words(scoredRaw(raw, withLexicon)), words(reference));
  const table = new Map<string, string>();
  for (let index = 0; index < parts.length; index += 1) {
    const part = parts[index];
    const next = parts[index + 1];
    if (!part?.removed || !next?.added) continue;
    index += 1;
    const written = part.value.join(' ');
    const original = next.value.join(' ');
    const wordsOk = (run: readonly string[]) => run.length <= 4 && run.every((word) => /^[a-z]+$/.test(word));
    if (!wordsOk(part.value) || !wordsOk(next.value) || table.has(original)) continue;
    table.set(original, written);
  }
  return table;
}

