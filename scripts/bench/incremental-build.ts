/**
 * The scale benchmark's incremental case: what a maintainer's pull request costs. A dossier
 * of N + 1 generated sources is built with `npm run build`'s own script (scripts/build-site.ts,
 * caches in `.cache/`, search index included): first cold with one source held out (N
 * sources: what the maintainer's clone had built), then, each round,
 *
 *   1. the held-out seed put back and built again, with the caches (one source added: the
 *      pull request);
 *   2. built cold (N + 1 sources): what that build must equal, and the ratio's denominator;
 *   3. the seed held out again and built with the caches (not measured), to start the next
 *      round where the first started.
 *
 * In each round the sites of 1 and 2 are compared file by file: an incremental build that
 * saves time by writing a different site is a failure, not a result. Rounds pair each
 * incremental build with a cold one run just after it, so that the machine's drift (a fifth
 * between two cold builds here) weighs on both; the report gives each round's ratio and their
 * median. The held-out source is one that nothing else names (no key question, timeline
 * event, page or other seed holds its slug), so that putting it back adds a source and
 * changes nothing else by hand.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles, runStage, type StageResult } from './measure.ts';
import { readSidecar } from '../content/plan-seed.ts';

/** One round: one source added with the caches, then the same sources built cold. */
export interface IncrementalRound {
  /** The build after the seed was put back, with the caches of a build without it. */
  incremental: StageResult;
  /** Cold build of the N + 1 sources, just after. */
  cold: StageResult;
  /** Whether the two builds' sites are identical, byte for byte. */
  identical: boolean;
  /** Files that differ or exist in one site only (at most `MAX_DIFFERING`), when not identical. */
  differing: string[];
}

export interface IncrementalResult {
  /** Sources before the one added. */
  sources: number;
  /** The seed held out and put back (file name without extension). */
  added: string;
  /** The first build: cold, of the N sources. */
  coldBefore: StageResult;
  rounds: IncrementalRound[];
  /** The Node version that ran the builds. */
  node: string;
}

/** Rounds of the incremental case unless asked otherwise: a median of three. */
export const INCREMENTAL_ROUNDS = 3;

/** Differing files listed, at most: one is enough to fail, a few show the pattern. */
const MAX_DIFFERING = 10;

/** A seed's slug, read from its sidecar as the content build reads it; the base name when it has none. */
function seedSlug(seeds: string, base: string): string {
  const sidecar = join(seeds, `${base}.yaml`);
  return existsSync(sidecar) ? readSidecar(sidecar, `seeds/${base}.yaml`).meta.slug : base;
}

/**
 * The seed to hold out: the last one (by file name) whose slug no other seed and no file of
 * `content/` except its own cleaned source mentions. Throws when every seed is named
 * somewhere, which a generated dossier of more than a handful of sources never is.
 */
export function uncitedSeed(dossier: string): { base: string; slug: string } {
  const seeds = join(dossier, 'seeds');
  const bases = readdirSync(seeds)
    .filter((file) => file.endsWith('.txt'))
    .map((file) => file.slice(0, -'.txt'.length))
    .sort();
  const content = join(dossier, 'content');
  // Every text that could name a source, read once: the other seeds, and content/ by path.
  const seedTexts = new Map(bases.map((base) => [base, readFileSync(join(seeds, `${base}.txt`), 'utf8')]));
  const contentTexts = listFiles(content)
    .filter((file) => /\.(?:md|ya?ml|json)$/.test(file))
    .map((file) => ({ file, text: readFileSync(join(content, file), 'utf8') }));
  for (const base of [...bases].reverse()) {
    const slug = seedSlug(seeds, base);
    const inSeeds = [...seedTexts].some(([other, text]) => other !== base && text.includes(slug));
    if (inSeeds) continue;
    const own = (file: string) => file.startsWith(`sources/${slug}.`) || file.startsWith(`cleaning/${slug}.`);
    if (!contentTexts.some(({ file, text }) => !own(file) && text.includes(slug))) return { base, slug };
  }
  throw new Error(`every seed of ${seeds} is named by another file: none can be held out`);
}

/**
 * Files that differ between two built sites, or exist in one only, by path relative to
 * them; at most `limit`.
 */
export function differingFiles(a: string, b: string, limit = MAX_DIFFERING): string[] {
  const left = listFiles(a);
  const right = new Set(listFiles(b));
  const differing: string[] = [];
  for (const file of left) {
    if (differing.length >= limit) return differing;
    if (!right.has(file)) differing.push(`${file} (only in the incremental build)`);
    else if (!readFileSync(join(a, file)).equals(readFileSync(join(b, file)))) differing.push(file);
    right.delete(file);
  }
  for (const file of right) {
    if (differing.length >= limit) break;
    differing.push(`${file} (only in the cold build)`);
  }
  return differing;
}

export interface IncrementalOptions {
  /** The dossier: a project copy with its seeds generated and nothing built. */
  dossier: string;
  /** Sources the dossier holds (N + 1). */
  sources: number;
  /** Rounds to run (default `INCREMENTAL_ROUNDS`). */
  rounds?: number;
  /** Where the held-out seed and the incremental build's site are kept meanwhile. */
  work: string;
  env: NodeJS.ProcessEnv;
  log: (name: string, text: string) => void;
}

/** Runs the cold build and the rounds (see the module comment), comparing the two sites of each round. */
export async function measureIncrementalBuild({ dossier, sources, work, env, log, rounds = INCREMENTAL_ROUNDS }: IncrementalOptions): Promise<IncrementalResult> {
  const held = uncitedSeed(dossier);
  const seedFiles = readdirSync(join(dossier, 'seeds')).filter((file) => file.startsWith(`${held.base}.`));
  const aside = join(work, 'held-out');
  mkdirSync(aside, { recursive: true });
  const build = (name: string, cold: boolean) =>
    runStage(name, [process.execPath, 'scripts/build-site.ts', ...(cold ? ['--cold'] : [])], { cwd: dossier, env, log: (text) => log(name, text) });
  const holdOut = () => seedFiles.forEach((file) => renameSync(join(dossier, 'seeds', file), join(aside, file)));
  const putBack = () => seedFiles.forEach((file) => renameSync(join(aside, file), join(dossier, 'seeds', file)));

  holdOut();
  const coldBefore = await build('cold build, one source held out', true);
  const measured: IncrementalRound[] = [];
  for (let round = 1; round <= rounds; round += 1) {
    putBack();
    const incremental = await build(`round ${round}, one source added`, false);
    const incrementalSite = join(work, `dist-incremental-${round}`);
    renameSync(join(dossier, 'dist'), incrementalSite);
    const cold = await build(`round ${round}, cold build, every source`, true);
    const differing = differingFiles(incrementalSite, join(dossier, 'dist'));
    rmSync(incrementalSite, { recursive: true, force: true });
    measured.push({ incremental, cold, identical: differing.length === 0, differing });
    if (round < rounds) {
      holdOut();
      await build(`round ${round}, one source taken out again`, false);
    }
  }
  return { sources: sources - 1, added: held.base, coldBefore, rounds: measured, node: process.version };
}
