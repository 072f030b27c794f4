/**
 * Vitest global setup for the site tests: runs the real build (content, Astro, Pagefind)
 * into `.dist-test/` so tests check what this code builds now, not a stale dist/.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { DEFAULT_BASE } from '../../src/site-location.ts';

export const TEST_SITE_DIR = resolve('.dist-test');

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
    siteBase: string;
  }
}

export function runBuild(outDir: string, extraEnv: Record<string, string> = {}): void {
  rmSync(outDir, { recursive: true, force: true });
  const result = spawnSync('npx', ['astro', 'build'], {
    env: { ...process.env, DOSSIER_OUT_DIR: outDir, BASE_PATH: DEFAULT_BASE, ...extraEnv },
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(`astro build failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
}

export default function setup(project: TestProject): void {
  runBuild(TEST_SITE_DIR);
  project.provide('siteDir', TEST_SITE_DIR);
  project.provide('siteBase', DEFAULT_BASE);
}
