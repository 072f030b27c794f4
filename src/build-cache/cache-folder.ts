/**
 * The build's caches, in one gitignored folder of the project (`.cache/`): results kept by
 * the hash of everything that made them, so a build reads back only what it would have
 * computed again. Deleting the folder (`npm run build -- --cold`) only costs time.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
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

  get(key: string): T | undefined {
    return readCachedJson<T>(this.#path(key));
  }

  set(key: string, value: T): void {
    writeCachedJson(this.#path(key), value);
  }
}
