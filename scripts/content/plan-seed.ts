/**
 * One seed through the content build, in the two halves the dossier needs: first cleaned
 * by the general rules and its own corrections (`cleanSeed`), which tells whether the copy
 * arrived damaged in its wording; then finished (`finishSeed`): a damaged copy with the
 * dossier's clean sources to corroborate its quotations, a clean one as it is, and written
 * as a source file and its cleaning record. Every problem names the seed or its sidecar,
 * with the line and field.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { CleaningRecord } from '../../src/schemas/cleaning-record.ts';
import { seedMetadataSchema, type SeedMetadata } from '../../src/schemas/seed-metadata.ts';
import { alteredQuotations } from '../clean/altered-quotations.ts';
import { CorrectionError } from '../clean/passes/apply-corrections.ts';
import { wordingDamageOf } from '../../src/schemas/damage-kinds.ts';
import type { RegistryNames } from '../clean/registry-names.ts';
import { cleanTree, finishCleaning, type CleanedTree, type CleanOptions } from '../clean/pipeline.ts';
import { MAX_CLEANING_RECORD_BYTES, MAX_MARKDOWN_BYTES, markdownLimitProblem } from '../../src/markdown/input-limits.ts';
import { ContentError } from '../../src/files/content-error.ts';
import { parseYaml, validateYaml } from '../../src/files/parse-yaml.ts';
import { decodeContentText, readContentBytes, readContentFile } from '../../src/files/read-content-file.ts';
import { renderSourceMarkdown } from './render-source.ts';

/** A raw seed may be as large as a source (see src/markdown/input-limits.ts for why). */
const MAX_SEED_BYTES = MAX_MARKDOWN_BYTES;

/** A seed read with its sidecar, ready to clean. */
export interface SeedInput {
  /** File name in seeds/. */
  seedFile: string;
  /** The seed and its sidecar as messages name them (`seeds/…`). */
  seed: string;
  sidecar: string;
  meta: SeedMetadata;
  /** Line of a field in the sidecar, for problems found after validation. */
  lineOf: (path: ReadonlyArray<string | number>) => number | undefined;
  /** The raw text, and the SHA-256 of its bytes as they are (BOM and CRLF included: the hash proves content/ is fresh against the file). */
  text: string;
  sha256: string;
}

/** Reads and validates a sidecar. */
export function readSidecar(path: string, file: string): Pick<SeedInput, 'meta' | 'lineOf'> {
  const parsed = parseYaml(readContentFile(path, file, MAX_MARKDOWN_BYTES), file);
  return { meta: validateYaml(parsed, seedMetadataSchema, file), lineOf: (fieldPath) => parsed.lineOf(fieldPath) };
}

/** Reads a seed's bytes (a regular file, within the size limit) as text, with their hash. */
export function readSeedText(path: string, file: string): Pick<SeedInput, 'text' | 'sha256'> {
  const bytes = readContentBytes(path, file, MAX_SEED_BYTES);
  return { text: decodeContentText(bytes, file), sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** The first half: the general rules (with the dossier's registry, for broken names) and the seed's own corrections. */
export function cleanSeed(input: SeedInput, registry: RegistryNames | null): CleanedTree {
  try {
    return cleanTree(input.text, input.seed, {
      registry,
      declaredDamage: wordingDamageOf(input.meta.damage),
      corrections: { corrections: input.meta.corrections, uncertain: input.meta.uncertain },
    });
  } catch (error) {
    if (!(error instanceof CorrectionError)) throw error;
    throw new ContentError([
      {
        file: input.sidecar,
        line: input.lineOf([error.list, error.index, error.field]) ?? input.lineOf([error.list, error.index]),
        field: `${error.list}.${error.index}.${error.field}`,
        message: error.message,
      },
    ]);
  }
}

/** Words of a cleaned paragraph that rest on less than certainty: [start, end) in that paragraph. */
export interface DoubtfulWords {
  paragraph: number;
  start: number;
  end: number;
}

/** What a finished seed gives the build: its files, and its paragraphs for the checks that read them. */
export interface FinishedSeed {
  files: Array<{ path: string; contents: string }>;
  paragraphs: string[];
  /** Where its words are a probable or guessed restoration, or left damaged: no evidence for anything else. */
  doubtful: DoubtfulWords[];
}

function cleaningRecordJson(record: CleaningRecord): string {
  // Field order is fixed by construction so the file is byte-stable.
  return `${JSON.stringify(record, null, 2)}\n`;
}

/** The second half: the dossier's pass when given, then the source file and its record. */
export function finishSeed(
  input: SeedInput,
  cleanedTree: CleanedTree,
  folders: { sources: string; cleaning: string },
  corroboration?: CleanOptions['corroboration'],
): FinishedSeed {
  const { meta, seedFile } = input;
  const cleaned = finishCleaning(cleanedTree, corroboration);
  const title = meta.headline ?? cleaned.headline ?? meta.editorialTitle;
  if (title === undefined) {
    throw new ContentError([
      {
        file: input.sidecar,
        field: 'headline',
        message: `no headline was found at the top of ${seedFile}; add "headline" (as published) or "editorialTitle" (our own).`,
      },
    ]);
  }
  if (cleaned.paragraphs.length === 0) throw new ContentError([{ file: input.seed, message: 'has no article text left after cleaning.' }]);
  const markdown = renderSourceMarkdown(
    {
      title,
      titleBasis: meta.headline ?? cleaned.headline ? 'published' : 'editorial',
      outlet: meta.outlet,
      published: meta.published,
      dateBasis: meta.dateBasis,
      url: meta.url,
      archiveUrl: meta.archiveUrl,
      language: meta.language,
      damage: meta.damage,
      notes: meta.notes,
      seed: { file: seedFile, sha256: input.sha256 },
    },
    cleaned.paragraphs,
    `seeds/${seedFile}`,
  );
  // The source must pass the same limits as a hand-written one; the seed is what to fix.
  const limit = markdownLimitProblem(markdown);
  if (limit) {
    const where = limit.line === undefined ? '' : ` at line ${limit.line}`;
    throw new ContentError([{ file: input.seed, message: `the source cleaned from it would break a Markdown limit${where}: it ${limit.message}` }]);
  }
  const record: CleaningRecord = {
    schemaVersion: 3,
    seed: seedFile,
    seedSha256: input.sha256,
    rawParagraphs: cleaned.rawParagraphs,
    paragraphOrigins: cleaned.paragraphOrigins,
    headlineOrigin: cleaned.headlineOrigin ?? null,
    damageFound: cleaned.damage.kinds,
    markers: [...(cleaned.damage.markers.spun ?? []), ...(cleaned.damage.markers['machine-translated'] ?? [])],
    score: cleaned.score,
    alteredQuotations: alteredQuotations(cleaned.rawParagraphs, cleaned.paragraphs, cleaned.paragraphOrigins),
    changes: cleaned.changes.map((change) => ({
      ruleId: change.ruleId,
      before: change.before,
      after: change.after,
      rawParagraph: change.rawParagraph,
      paragraph: change.paragraph,
      location: change.location,
      offset: change.offset,
      inQuotation: change.inQuotation,
      reason: change.reason,
      confidence: change.confidence,
      meaning: change.meaning,
      ...(change.evidence ? { evidence: change.evidence } : {}),
      ...(change.candidates ? { candidates: change.candidates } : {}),
      span: change.span,
    })),
    quotations: cleaned.quotations,
    unrestoredParagraphs: cleaned.unrestored,
  };
  // Validation refuses a record over the limit; said here, it names the seed to fix, not a generated file.
  const recordJson = cleaningRecordJson(record);
  const recordBytes = Buffer.byteLength(recordJson);
  if (recordBytes > MAX_CLEANING_RECORD_BYTES) {
    throw new ContentError([
      {
        file: input.seed,
        message: `cleaning it makes ${record.changes.length.toLocaleString('en')} changes, a record of ${(recordBytes / 1e6).toFixed(1)} MB; a record may be at most ${(MAX_CLEANING_RECORD_BYTES / 1e6).toFixed(1)} MB (see CONTRIBUTING.md, "Limits").`,
      },
    ]);
  }
  return {
    paragraphs: cleaned.paragraphs,
    doubtful: cleaned.changes.flatMap((change) =>
      change.confidence !== 'certain' && change.location === 'body' && change.paragraph !== null && change.span
        ? [{ paragraph: change.paragraph, start: change.span[0], end: change.span[1] }]
        : [],
    ),
    files: [
      { path: join(folders.sources, `${meta.slug}.md`), contents: markdown },
      { path: join(folders.cleaning, `${meta.slug}.json`), contents: recordJson },
    ],
  };
}
