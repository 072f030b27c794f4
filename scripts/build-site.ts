/**
 * `npm run build [-- --cold]`: the whole build, stage by stage, and a dist/ that is only
 * ever replaced by a complete site.
 *
 *   recover   clear what a killed build left (or put back dist/ if it died mid-swap)
 *   content   seeds/ → content/ (npm run build:content; each file written atomically)
 *   validate  content/ and public/ checked (npm run validate)
 *   astro     astro build, into a staging folder, search index included; its content
 *             store kept in .cache/astro/ between builds (build/astro-store.ts)
 *   swap      staging → dist/, by renames
 *
 * The stages keep what they computed in `.cache/` (the parse cache, Astro's store), each
 * result under the hash of everything that made it, so a build after a small change
 * redoes only what that change touches and writes the same site a build from nothing
 * would. `--cold` deletes `.cache/` first.
 *
 * Any failure or a stop (Ctrl-C, SIGTERM) removes the staging folder and leaves dist/ as it
 * was; the stage that failed has printed its own located message, and this adds one line.
 * One build runs at a time in a folder (`.build.lock`, see build/build-lock.ts): a second
 * one stops at once, and one that finds the lock of a killed build first stops what that
 * build left running.
 */
import type { ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { buildCacheDir, pruneUnusedEntries } from '../src/build-cache/cache-folder.ts';
import { astroStoreDir, prepareAstroStore } from './build/astro-store.ts';
import { constants } from 'node:os';
import { join } from 'node:path';
import { buildFolders, discardStaging, recoverInterruptedBuild, swapIntoPlace } from './build/build-folders.ts';
import { acquireBuildLock, BuildLockedError, type BuildLock } from './build/build-lock.ts';
import { runStep, stopStep } from './build/run-step.ts';

const root = process.cwd();
const folders = buildFolders(root);
/** `--cold`: every cache deleted first, as on a fresh checkout. */
const cold = process.argv.slice(2).includes('--cold');
/** The project's own Astro, run by the Node running this script (npm puts Node 24 first). */
const astro = join(root, 'node_modules', '.bin', 'astro');

/** A stage that did not succeed; its child has already said why. */
class StageFailure extends Error {
  readonly stage: string;

  constructor(stage: string, message: string) {
    super(message);
    this.stage = stage;
  }
}

let running: ChildProcess | undefined;
let stoppedBy: NodeJS.Signals | undefined;
let lock: BuildLock | undefined;

async function run(stage: string, args: string[], extraEnv: Record<string, string> = {}): Promise<void> {
  if (stoppedBy) return;
  // The stage ends itself if this process is killed before it (see src/integrations/build-supervision.ts).
  const env = { ...process.env, ...extraEnv, DOSSIER_BUILD_SUPERVISOR: String(process.pid) };
  const result = await runStep({ command: process.execPath, args, cwd: root, env }, (child) => {
    running = child;
    lock?.recordStage(child.pid);
  });
  running = undefined;
  lock?.recordStage(undefined);
  if (stoppedBy) return;
  if (result.code !== 0) {
    throw new StageFailure(stage, result.signal ? `it was ended by ${result.signal}` : `it exited with code ${result.code}`);
  }
}

async function cleanSeedsIntoContent(): Promise<void> {
  await run('content', ['scripts/build-content.ts']);
}

async function validateContent(): Promise<void> {
  await run('validate', ['scripts/validate-content.ts']);
}

async function buildSiteIntoStaging(): Promise<void> {
  const store = prepareAstroStore(root, process.env, cold);
  console.log(`build: Astro's content store ${store.cold ? 'starts empty' : 'is kept from the last build'}.`);
  await run('astro', [astro, 'build', ...(store.cold ? ['--force'] : [])], { DOSSIER_OUT_DIR: folders.staging, DOSSIER_CACHE_DIR: astroStoreDir(root) });
  if (!stoppedBy) store.commit();
}

async function swapStagingIntoDist(): Promise<void> {
  if (stoppedBy) return;
  swapIntoPlace(folders);
}

const STAGES: ReadonlyArray<readonly [string, () => Promise<void>]> = [
  ['content', cleanSeedsIntoContent],
  ['validate', validateContent],
  ['astro', buildSiteIntoStaging],
  ['swap', swapStagingIntoDist],
];

function stop(signal: NodeJS.Signals): void {
  stoppedBy = signal;
  // The stage runs in a process group of its own, which a Ctrl-C at the terminal does not
  // reach: it is passed on to the whole group.
  if (running) stopStep(running, signal);
}

async function main(): Promise<number> {
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  try {
    const acquired = await acquireBuildLock(root);
    lock = acquired.lock;
    for (const note of acquired.notes) console.log(`build: ${note}.`);
  } catch (error) {
    console.error(`\nbuild not started: ${error instanceof BuildLockedError || error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  try {
    return await runStages();
  } finally {
    lock.release();
  }
}

/** The stages in order; dist/ is only replaced when all of them succeed. */
async function runStages(): Promise<number> {
  let stage = 'recover';
  // Cache entries this build reads or writes are marked after this moment (see pruneUnusedEntries).
  const buildStarted = Date.now();
  try {
    for (const note of recoverInterruptedBuild(folders)) console.log(`build: ${note}.`);
    if (cold) {
      rmSync(buildCacheDir(root), { recursive: true, force: true });
      console.log('build: --cold, .cache/ deleted.');
    }
    for (const [name, runStage] of STAGES) {
      stage = name;
      const started = performance.now();
      await runStage();
      if (stoppedBy) break;
      console.log(`build: ${name} stage done in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
    }
  } catch (error) {
    discardStaging(folders);
    const reason = error instanceof Error ? error.message : String(error);
    console.error(`\nbuild failed in the ${stage} stage (${reason}); dist/ was left as it was.`);
    return 1;
  }
  if (stoppedBy) {
    discardStaging(folders);
    console.error(`\nbuild stopped by ${stoppedBy} in the ${stage} stage; dist/ was left as it was.`);
    return 128 + (constants.signals[stoppedBy] ?? 1);
  }
  // Only after a whole build: a failed or stopped one may not have read every entry it needs.
  const pruned = pruneUnusedEntries(buildCacheDir(root), buildStarted);
  if (pruned > 0) console.log(`build: ${pruned} cache ${pruned === 1 ? 'entry' : 'entries'} no input of this build uses removed from .cache/.`);
  console.log('\nbuild: the new site is in dist/.');
  return 0;
}

process.exitCode = await main();
