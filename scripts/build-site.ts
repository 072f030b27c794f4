/**
 * `npm run build`: the whole build, stage by stage, and a dist/ that is only ever replaced
 * by a complete site.
 *
 *   recover   clear what a killed build left (or put back dist/ if it died mid-swap)
 *   content   seeds/ → content/ (npm run build:content; each file written atomically)
 *   validate  content/ and public/ checked (npm run validate)
 *   astro     astro build --force, into a staging folder, search index included
 *   swap      staging → dist/, by renames
 *
 * Any failure or a stop (Ctrl-C, SIGTERM) removes the staging folder and leaves dist/ as it
 * was; the stage that failed has printed its own located message, and this adds one line.
 * One build runs at a time in a folder (`.build.lock`, see build/build-lock.ts): a second
 * one stops at once, and one that finds the lock of a killed build first stops what that
 * build left running.
 */
import type { ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { constants } from 'node:os';
import { join } from 'node:path';
import { buildFolders, discardStaging, recoverInterruptedBuild, swapIntoPlace } from './build/build-folders.ts';
import { acquireBuildLock, BuildLockedError, type BuildLock } from './build/build-lock.ts';
import { runStep, stopStep } from './build/run-step.ts';

const root = process.cwd();
const folders = buildFolders(root);
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
  try {
    await run('astro', [astro, 'build', '--force'], { DOSSIER_OUT_DIR: folders.staging, DOSSIER_CACHE_DIR: folders.cache });
  } finally {
    rmSync(folders.cache, { recursive: true, force: true });
  }
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
  try {
    for (const note of recoverInterruptedBuild(folders)) console.log(`build: ${note}.`);
    for (const [name, runStage] of STAGES) {
      stage = name;
      await runStage();
      if (stoppedBy) break;
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
  console.log('\nbuild: the new site is in dist/.');
  return 0;
}

process.exitCode = await main();
