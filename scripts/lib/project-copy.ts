/**
 * Throwaway copies of the project, for the tests that change content or break a build and
 * for the scale benchmark: the build's inputs copied, node_modules a folder of links to this
 * project's packages rather than one link, so that Astro's content cache (node_modules/.astro)
 * belongs to the copy: shared, the copy's build and this project's would read each other's.
 */
import { cpSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

/** What a build reads, apart from content/ and seeds/. */
const CODE_INPUTS = ['package.json', 'astro.config.mjs', 'dossier.config.ts', 'tsconfig.json', 'src', 'public', 'scripts'];

/** Links each of `project`'s packages into `dir/node_modules` (dot folders aside, .bin kept). */
export function linkNodeModules(project: string, dir: string): void {
  mkdirSync(join(dir, 'node_modules'), { recursive: true });
  for (const name of readdirSync(join(project, 'node_modules'))) {
    if (name.startsWith('.') && name !== '.bin') continue;
    symlinkSync(join(project, 'node_modules', name), join(dir, 'node_modules', name));
  }
}

/** Copies the project's code (not its content or seeds) into `dir` (made if missing). */
export function copyProjectCode(project: string, dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const name of CODE_INPUTS) cpSync(join(project, name), join(dir, name), { recursive: true });
  linkNodeModules(project, dir);
}

/** Copies a template folder (the baseline site) into `dir` and links the project's packages. */
export function copyTemplate(project: string, template: string, dir: string): void {
  cpSync(template, dir, { recursive: true });
  linkNodeModules(project, dir);
}
