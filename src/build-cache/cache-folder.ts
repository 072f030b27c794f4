/**
 * The build's caches, in one gitignored folder of the project (`.cache/`): results kept by
 * the hash of everything that made them, so a build reads back only what it would have
 * computed again. Deleting the folder (`npm run build -- --cold`) only costs time.
 *
 * A keyed entry that no build reads any more (its source edited or removed, the code
 * changed) would stay for ever: each entry read or written is marked used (its modification
 * time), and after a whole build has succeeded the entries it did not use are removed
 * (`pruneUnusedEntries`). Every stage of a build reads every entry it needs, so what is left
 * unmarked is what no input of this state of the dossier can ask for.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The cache folder of the project at `root`. */
export function buildCacheDir(root: string): string {
  return join(root, '.cache');
}

/** A JSON value kept in `path`; undefined when it is absent or cannot be read (a cache miss). */
export function readCachedJson<T>(path: string): T | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

/**
 * Writes a JSON value to `path` through a temporary file renamed into place, so a build that
 * is killed, or two builds at once, never leave a half-written value.
 */
export function writeCachedJson(path: string, value: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(value));
  renameSync(temporary, path);
}

/** JSON values in a folder, each in a file named by its key (a hex hash), read and written as above. */
export class KeyedJsonCache<T> {
  readonly #dir: string;

  constructor(dir: string) {
    this.#dir = dir;
  }

  #path(key: string): string {
    return join(this.#dir, key.slice(0, 2), `${key}.json`);
  }

  readonly #marked = new Set<string>();

  get(key: string): T | undefined {
    const path = this.#path(key);
    const value = readCachedJson<T>(path);
    if (value !== undefined) this.#markUsed(path);
    return value;
  }

  /**
   * Marks an entry used now, once per process: what `pruneUnusedEntries` keeps. The time is set
   * explicitly because the one a write leaves comes from the kernel's coarse clock, which can lag
   * `Date.now()` by a few milliseconds: a file written just after a build began could otherwise
   * look older than the build.
   */
  #markUsed(path: string): void {
    if (this.#marked.has(path)) return;
    this.#marked.add(path);
    try {
      const now = new Date();
      utimesSync(path, now, now);
    } catch {
      // Gone since it was read (a `--cold` build elsewhere): nothing to keep.
    }
  }

  set(key: string, value: T): void {
    const path = this.#path(key);
    writeCachedJson(path, value);
    this.#marked.delete(path);
    this.#markUsed(path);
  }
}

/** The folder and file names of a keyed entry (`KeyedJsonCache`): `<two hex digits>/<hex key>.json`. */
const KEY_FOLDER = /^[0-9a-f]{2}$/;
const KEY_FILE = /^[0-9a-f]+\.json$/;

/**
 * Removes the keyed entries under the cache folder at `cacheDir` that were neither read nor
 * written since `usedSince` (a time in milliseconds, taken before the build began), and the
 * key folders left empty. Only `KeyedJsonCache`'s layout is touched; every other file in the
 * cache folder is its owner's to keep. Returns how many entries were removed.
 */
export function pruneUnusedEntries(cacheDir: string, usedSince: number): number {
  let removed = 0;
  const folders = (dir: string) => {
    try {
      return readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    } catch {
      return [];
    }
  };
  for (const cache of folders(cacheDir)) {
    for (const keyFolder of folders(join(cacheDir, cache)).filter((name) => KEY_FOLDER.test(name))) {
      const dir = join(cacheDir, cache, keyFolder);
      const entries = readdirSync(dir, { withFileTypes: true });
      let kept = entries.length;
      for (const entry of entries) {
        const file = entry.name;
        if (!entry.isFile() || !KEY_FILE.test(file) || !file.startsWith(keyFolder)) continue;
        const path = join(dir, file);
        if (statSync(path).mtimeMs >= usedSince) continue;
        rmSync(path, { force: true });
        removed += 1;
        kept -= 1;
      }
      if (kept === 0) rmSync(dir, { recursive: true, force: true });
    }
  }
  return removed;
}
