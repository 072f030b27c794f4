/**
 * Stamps for the build caches: a SHA-256 over files as they are on disk (path and bytes,
 * folders walked in sorted order), so a cache written under one stamp is only ever read
 * back under the same inputs. A missing path is stamped as missing, not skipped.
 */
import { createHash, type Hash } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareStrings } from '../lib/compare-strings.ts';
import { dossierInputs, ENGINE_INPUTS, LOCKFILE } from './build-inputs.ts';

function addPath(hash: Hash, root: string, path: string): void {
  const full = join(root, path);
  if (!existsSync(full)) {
    hash.update(`missing\0${path}\0`);
    return;
  }
  const stat = lstatSync(full);
  if (stat.isDirectory()) {
    for (const name of readdirSync(full).sort(compareStrings)) addPath(hash, root, `${path}/${name}`);
  } else if (stat.isFile()) {
    hash.update(`file\0${path}\0${stat.size}\0`);
    hash.update(readFileSync(full));
  } else {
    // A link or a device is refused by the stages that read the folder; its name is enough here.
    hash.update(`other\0${path}\0`);
  }
}

/** The stamp of `paths` (files or folders, relative to `root`) and `extra` strings. */
export function inputStamp(root: string, paths: readonly string[], extra: readonly string[] = []): string {
  const hash = createHash('sha256');
  for (const path of paths) addPath(hash, root, path);
  for (const value of extra) hash.update(`extra\0${value}\0`);
  return hash.digest('hex');
}

const codeStamps = new Map<string, string>();

/**
 * The stamp of the engine and this dossier's configuration and data (build-inputs.ts), with
 * the Node version that runs them: what every cached result depends on besides its own file.
 * Computed once per process and project root.
 */
export function codeStamp(root: string): string {
  let stamp = codeStamps.get(root);
  if (stamp === undefined) {
    stamp = inputStamp(root, [...ENGINE_INPUTS, LOCKFILE, ...dossierInputs()], [process.version]);
    codeStamps.set(root, stamp);
  }
  return stamp;
}
