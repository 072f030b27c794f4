/**
 * Vitest global setup for the site tests: runs the real build (content, Astro, Pagefind)
 * into a folder of this run's own, so tests check what this code builds now (not a stale
 * dist/) and two test runs at once cannot trample each other's site.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import type { TestProject } from 'vitest/node';
import { DEFAULT_BASE } from '../../src/site-location.ts';


declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
    siteBase: string;
  }
}

/** Variables Vitest sets for its own workers; a build must see the environment a user's shell has. */
const TEST_RUNNER_VARIABLES = /^(?:VITEST.*|TEST|NODE_ENV|MODE|DEV|PROD|SSR|BASE_URL)$/;

/** The environment of a user's shell (Vitest's own variables removed), plus `extra`. */
export function buildEnvironment(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !TEST_RUNNER_VARIABLES.test(name)));
  return { ...env, ...extra };
}

/**
 * What a command printed, as a reader sees it: stdout then stderr, without the colour codes
 * Astro adds when the shell asks for them (CI=true or FORCE_COLOR does), so a test's pattern
 * matches the same text whether or not the run is coloured.
 */
export function printedText(result: { stdout: string; stderr: string }): string {
  return stripVTControlCharacters(`${result.stdout}\n${result.stderr}`);
}

/**
 * Builds the site (Astro and the search index) into `outDir`. `cwd` is the project to build,
 * this one unless a test builds a copy; `outDir` must lie inside it, because the build
 * imports its prerendered chunks from there and they resolve packages from its node_modules.
 * Returns what the build printed, so a test can hold it to printing no needless warning.
 */
export function runBuild(outDir: string, extraEnv: Record<string, string> = {}, cwd: string = process.cwd()): string {
  rmSync(outDir, { recursive: true, force: true });
  // A content store of this build's own, so builds running at once cannot share one.
  const cacheDir = `${outDir}-astro-cache`;
  const result = spawnSync('npx', ['astro', 'build', '--force'], {
    cwd,
    env: buildEnvironment({ DOSSIER_OUT_DIR: outDir, DOSSIER_CACHE_DIR: cacheDir, BASE_PATH: DEFAULT_BASE, ...extraEnv }),
    encoding: 'utf8',
  });
  rmSync(cacheDir, { recursive: true, force: true });
  if (result.status !== 0) {
    throw new Error(`astro build failed (exit ${result.status}):\n${printedText(result)}`);
  }
  return printedText(result);
}

export default function setup(project: TestProject): () => void {
  const siteDir = resolve(`.dist-test-${process.pid}`);
  runBuild(siteDir);
  project.provide('siteDir', siteDir);
  project.provide('siteBase', DEFAULT_BASE);
  return () => rmSync(siteDir, { recursive: true, force: true });
}
