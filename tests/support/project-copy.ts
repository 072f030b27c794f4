/**
 * A throwaway copy of this project, for tests that must change content or break a build
 * without touching the real one.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const PROJECT = resolve('.');

/** What a build reads; tests, docs and the built site stay behind. */
export const BUILD_INPUTS = ['package.json', 'astro.config.mjs', 'tsconfig.json', 'src', 'content', 'public', 'scripts', 'seeds'];

/**
 * Copies what a build reads into a fresh folder named `dossier-<label>-…` and returns its path.
 * node_modules is a folder of links to this project's packages rather than one link, so that
 * Astro's content cache (node_modules/.astro) belongs to the copy: shared, the copy's build and
 * this project's would read each other's.
 */
export function copyProject(label: string): string {
  const dir = mkdtempSync(join(tmpdir(), `dossier-${label}-`));
  for (const name of BUILD_INPUTS) cpSync(join(PROJECT, name), join(dir, name), { recursive: true });
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(PROJECT, 'node_modules'))) {
    if (name.startsWith('.') && name !== '.bin') continue;
    symlinkSync(join(PROJECT, 'node_modules', name), join(dir, 'node_modules', name));
  }
  return dir;
}
