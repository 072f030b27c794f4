/**
 * Throwaway copies of the project, for the tests that change content or break a build, for
 * the second dossier's test and for the scale benchmark: the build's inputs copied,
 * node_modules a folder of links to this project's packages rather than one link, so that
 * Astro's content cache (node_modules/.astro) belongs to the copy: shared, the copy's build
 * and this project's would read each other's.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { dossierInputs, ENGINE_INPUTS } from '../../src/build-cache/build-inputs.ts';

/** Links each of `project`'s packages into `dir/node_modules` (dot folders aside, .bin kept). */
export function linkNodeModules(project: string, dir: string): void {
  mkdirSync(join(dir, 'node_modules'), { recursive: true });
  for (const name of readdirSync(join(project, 'node_modules'))) {
    if (name.startsWith('.') && name !== '.bin') continue;
    symlinkSync(join(project, 'node_modules', name), join(dir, 'node_modules', name));
  }
}

function copyInto(project: string, dir: string, paths: readonly string[]): void {
  for (const path of paths) {
    // A revision older than a file (a benchmark's baseline) has none to copy; one that should
    // have it fails its build naming the configuration's field.
    if (!existsSync(join(project, path))) continue;
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    cpSync(join(project, path), join(dir, path), { recursive: true });
  }
}

/** Copies the engine alone into `dir` (made if missing), for a dossier of other files. */
export function copyEngine(project: string, dir: string): void {
  mkdirSync(dir, { recursive: true });
  copyInto(project, dir, ENGINE_INPUTS);
  linkNodeModules(project, dir);
}

/** Copies the project's code and this dossier's configuration and data (not its content or seeds) into `dir`. */
export function copyProjectCode(project: string, dir: string): void {
  copyEngine(project, dir);
  copyInto(project, dir, dossierInputs());
}

/** Copies a template folder (the baseline site) into `dir` and links the project's packages. */
export function copyTemplate(project: string, template: string, dir: string): void {
  cpSync(template, dir, { recursive: true });
  linkNodeModules(project, dir);
}
