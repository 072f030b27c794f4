/**
 * The content build: seeds/ → clean → content/. Reads every raw seed with its sidecar,
 * cleans it, and writes `content/sources/<slug>.md` and `content/cleaning/<slug>.json`.
 * Everything is checked before anything is written, so a bad seed leaves content/ as it was.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { CleaningRecord } from '../../src/schemas/cleaning-record.ts';
import { seedMetadataSchema, type SeedMetadata } from '../../src/schemas/seed-metadata.ts';
import { alteredQuotations } from '../clean/altered-quotations.ts';
import { UnmatchedCorrectionError } from '../clean/passes/apply-corrections.ts';
import type { DamageKind } from '../clean/passes/classify-damage.ts';
import { cleanArticle, type CleanedArticle } from '../clean/pipeline.ts';
import { MAX_CLEANING_RECORD_BYTES, MAX_MARKDOWN_BYTES, markdownLimitProblem } from '../../src/markdown/input-limits.ts';
import { ContentError, type ContentProblem } from '../lib/content-error.ts';
import { parseYaml, validateYaml } from '../lib/parse-yaml.ts';
import { decodeContentText, readContentFile } from '../lib/read-content-file.ts';
import { renderSourceMarkdown } from './render-source.ts';

export interface ProjectPaths {
  root: string;
  seeds: string;
  sources: string;
  cleaning: string;
  outlets: string;
}

export function projectPaths(root: string): ProjectPaths {
  return {
    root,
    seeds: join(root, 'seeds'),
    sources: join(root, 'content', 'sources'),
    cleaning: join(root, 'content', 'cleaning'),
    outlets: join(root, 'content', 'outlets'),
  };
}

/** One file the build wants on disk, with its full contents. */
export interface PlannedFile {
  path: string;
  contents: string;
}

export interface ContentPlan {
  files: PlannedFile[];
  /** Generated files on disk that no seed produces any more. */
  stale: string[];
}

/** A raw seed may be as large as a source (see src/markdown/input-limits.ts for why). */
const MAX_SEED_BYTES = MAX_MARKDOWN_BYTES;

/**
 * The seed's text and the SHA-256 of its bytes as they are (BOM and CRLF included: the
 * hash proves content/ is fresh against the file, not against our reading of it).
 */
function readSeedText(path: string, file: string): { text: string; sha256: string } {
  const size = statSync(path).size;
  if (size > MAX_SEED_BYTES) {
    throw new ContentError([
      { file, message: `is ${(size / 1e6).toFixed(1)} MB; a seed may be at most ${(MAX_SEED_BYTES / 1e6).toFixed(1)} MB (see CONTRIBUTING.md, "Limits").` },
    ]);
  }
  const bytes = readFileSync(path);
  return { text: decodeContentText(bytes, file), sha256: createHash('sha256').update(bytes).digest('hex') };
}

interface Sidecar {
  meta: SeedMetadata;
  /** Line of a field in the sidecar, for problems found after validation. */
  lineOf: (path: ReadonlyArray<string | number>) => number | undefined;
}

function readSidecar(path: string, file: string): Sidecar {
  const parsed = parseYaml(readContentFile(path, file, MAX_MARKDOWN_BYTES), file);
  return { meta: validateYaml(parsed, seedMetadataSchema, file), lineOf: (fieldPath) => parsed.lineOf(fieldPath) };
}

/** The damage kinds the cleaner's gates know, from what a maintainer declared. */
function declaredDamage(meta: SeedMetadata): DamageKind[] {
  return meta.damage.filter((kind): kind is DamageKind => kind === 'spun' || kind === 'machine-translated');
}

function cleaningRecordJson(record: CleaningRecord): string {
  // Field order is fixed by construction so the file is byte-stable.
  return `${JSON.stringify(record, null, 2)}\n`;
}

/** Plans every file for one seed; throws a ContentError naming the seed or its sidecar. */
function planSeed(paths: ProjectPaths, seedFile: string, { meta, lineOf }: Sidecar, display: (p: string) => string) {
  const seedPath = join(paths.seeds, seedFile);
  const { text, sha256 } = readSeedText(seedPath, display(seedPath));
  const sidecar = display(join(paths.seeds, seedFile.replace(/\.txt$/, '.yaml')));
  let cleaned: CleanedArticle;
  try {
    cleaned = cleanArticle(text, display(seedPath), {
      declaredDamage: declaredDamage(meta),
      corrections: { corrections: meta.corrections, uncertain: meta.uncertain },
    });
  } catch (error) {
    if (!(error instanceof UnmatchedCorrectionError)) throw error;
    const field = error.list === 'corrections' ? 'find' : 'text';
    throw new ContentError([
      { file: sidecar, line: lineOf([error.list, error.index, field]), field: `${error.list}.${error.index}.${field}`, message: error.message },
    ]);
  }
  const title = meta.headline ?? cleaned.headline ?? meta.editorialTitle;
  if (title === undefined) {
    throw new ContentError([
      {
        file: sidecar,
        field: 'headline',
        message: `no headline was found at the top of ${seedFile}; add "headline" (as published) or "editorialTitle" (our own).`,
      },
    ]);
  }
  if (cleaned.paragraphs.length === 0) {
    throw new ContentError([{ file: display(seedPath), message: 'has no article text left after cleaning.' }]);
  }
  const markdown = renderSourceMarkdown(
    {
      title,
      titleBasis: meta.headline ?? cleaned.headline ? 'published' : 'editorial',
      outlet: meta.outlet,
      published: meta.published,
      dateBasis: meta.dateBasis,
      url: meta.url,
      language: meta.language,
      damage: meta.damage,
      notes: meta.notes,
      seed: { file: seedFile, sha256 },
    },
    cleaned.paragraphs,
    `seeds/${seedFile}`,
  );
  // The source must pass the same limits as a hand-written one; the seed is what to fix.
  const limit = markdownLimitProblem(markdown);
  if (limit) {
    const where = limit.line === undefined ? '' : ` at line ${limit.line}`;
    throw new ContentError([{ file: display(seedPath), message: `the source cleaned from it would break a Markdown limit${where}: it ${limit.message}` }]);
  }
  const record: CleaningRecord = {
    schemaVersion: 1,
    seed: seedFile,
    seedSha256: sha256,
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
    })),
  };
  // Validation refuses a record over the limit; said here, it names the seed to fix, not a generated file.
  const recordJson = cleaningRecordJson(record);
  const recordBytes = Buffer.byteLength(recordJson);
  if (recordBytes > MAX_CLEANING_RECORD_BYTES) {
    throw new ContentError([
      {
        file: display(seedPath),
        message: `cleaning it makes ${record.changes.length.toLocaleString('en')} changes, a record of ${(recordBytes / 1e6).toFixed(1)} MB; a record may be at most ${(MAX_CLEANING_RECORD_BYTES / 1e6).toFixed(1)} MB (see CONTRIBUTING.md, "Limits").`,
      },
    ]);
  }
  return [
    { path: join(paths.sources, `${meta.slug}.md`), contents: markdown },
    { path: join(paths.cleaning, `${meta.slug}.json`), contents: recordJson },
  ];
}

/** A generated source says so in its front matter; hand-written ones are never touched. */
function isGeneratedSource(path: string): boolean {
  return /^# Generated by `npm run build:content`/m.test(readFileSync(path, 'utf8').slice(0, 400));
}

function listFiles(dir: string, extension: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith(extension)).sort() : [];
}

/** Reads and cleans every seed; returns the files to write. Throws with every problem found. */
export function planContent(paths: ProjectPaths): ContentPlan {
  const display = (path: string) => relative(paths.root, path) || path;
  const problems: ContentProblem[] = [];
  const seedFiles = listFiles(paths.seeds, '.txt');
  const sidecars = new Set(listFiles(paths.seeds, '.yaml'));
  const outlets = new Set(listFiles(paths.outlets, '.md').map((name) => name.replace(/\.md$/, '')));
  const slugOwners = new Map<string, string>();
  const files: PlannedFile[] = [];

  const seedSet = new Set(seedFiles);
  // Two seeds whose names differ only by case are one file on macOS and Windows.
  const byLowerCase = new Map<string, string>();
  for (const seedFile of seedFiles) {
    const twin = byLowerCase.get(seedFile.toLowerCase());
    if (twin) {
      problems.push({
        file: display(join(paths.seeds, seedFile)),
        message: `differs only by case from ${display(join(paths.seeds, twin))}: on macOS and Windows they are one file. Rename one.`,
      });
    }
    byLowerCase.set(seedFile.toLowerCase(), seedFile);
  }
  for (const name of sidecars) {
    if (!seedSet.has(name.replace(/\.yaml$/, '.txt'))) {
      problems.push({ file: display(join(paths.seeds, name)), message: `has no seed ${name.replace(/\.yaml$/, '.txt')} beside it.` });
    }
  }
  for (const seedFile of seedFiles) {
    const sidecarName = seedFile.replace(/\.txt$/, '.yaml');
    const sidecarPath = join(paths.seeds, sidecarName);
    if (!sidecars.has(sidecarName)) {
      problems.push({
        file: display(join(paths.seeds, seedFile)),
        message: `has no metadata: create ${display(sidecarPath)} (see CONTRIBUTING.md for its fields).`,
      });
      continue;
    }
    try {
      const { meta, lineOf } = readSidecar(sidecarPath, display(sidecarPath));
      const owner = slugOwners.get(meta.slug);
      if (owner) {
        problems.push({
          file: display(sidecarPath),
          line: lineOf(['slug']),
          field: 'slug',
          message: `"${meta.slug}" is already used by ${owner}; choose another.`,
        });
        continue;
      }
      slugOwners.set(meta.slug, display(sidecarPath));
      const target = join(paths.sources, `${meta.slug}.md`);
      if (existsSync(target) && !isGeneratedSource(target)) {
        problems.push({
          file: display(sidecarPath),
          line: lineOf(['slug']),
          field: 'slug',
          message: `"${meta.slug}" is the name of the hand-written ${display(target)}, which the build would overwrite; choose another slug.`,
        });
        continue;
      }
      if (!outlets.has(meta.outlet)) {
        problems.push({
          file: display(sidecarPath),
          line: lineOf(['outlet']),
          field: 'outlet',
          message: `no outlet "${meta.outlet}" in content/outlets/; use one of: ${[...outlets].join(', ')}, or add it.`,
        });
        continue;
      }
      files.push(...planSeed(paths, seedFile, { meta, lineOf }, display));
    } catch (error) {
      if (error instanceof ContentError) problems.push(...error.problems);
      else throw error;
    }
  }
  if (problems.length > 0) throw new ContentError(problems);

  const planned = new Set(files.map((file) => file.path));
  const stale = [
    ...listFiles(paths.sources, '.md').map((name) => join(paths.sources, name)).filter(isGeneratedSource),
    ...listFiles(paths.cleaning, '.json').map((name) => join(paths.cleaning, name)),
  ].filter((path) => !planned.has(path));
  return { files, stale };
}

/** Files whose contents on disk differ from the plan (or are missing), plus stale ones. */
export function outdatedFiles(plan: ContentPlan): string[] {
  const differing = plan.files
    .filter((file) => !existsSync(file.path) || readFileSync(file.path, 'utf8') !== file.contents)
    .map((file) => file.path);
  return [...differing, ...plan.stale];
}

/** A temporary file of `writeContent`, left behind when a write was killed before its rename. */
const TEMPORARY = /\.tmp-\d+$/;

/** Writes the plan: each file atomically (temporary file, then rename), stale files removed. */
export function writeContent(plan: ContentPlan): { written: string[]; removed: string[] } {
  const written: string[] = [];
  for (const dir of new Set(plan.files.map((file) => join(file.path, '..')))) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((candidate) => TEMPORARY.test(candidate))) rmSync(join(dir, name), { force: true });
  }
  for (const file of plan.files) {
    if (existsSync(file.path) && readFileSync(file.path, 'utf8') === file.contents) continue;
    mkdirSync(join(file.path, '..'), { recursive: true });
    const temporary = `${file.path}.tmp-${process.pid}`;
    writeFileSync(temporary, file.contents);
    renameSync(temporary, file.path);
    written.push(file.path);
  }
  for (const path of plan.stale) rmSync(path);
  return { written, removed: plan.stale };
}
