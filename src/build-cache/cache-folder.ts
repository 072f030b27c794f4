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

/**
 * JSON values in a folder, each in a file named by its key (a hex hash). Written to a
 * temporary file and renamed into place, so a build that is killed, or two builds at once,
 * never leave a half-written value; a value that cannot be read counts as absent.
 */
export class KeyedJsonCache<T> {
  readonly #dir: string;

  constructor(dir: string) {
    this.#dir = dir;
  }

  #path(key: string): string {
    return join(this.#dir, key.slice(0, 2), `${key}.json`);
  }

  get(key: string): T | undefined {
    try {
      return JSON.parse(readFileSync(this.#path(key), 'utf8')) as T;
    } catch {
      return undefined;
    }
  }

  set(key: string, value: T): void {
    const path = this.#path(key);
    mkdirSync(dirname(path), { recursive: true });
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(value));
    renameSync(temporary, path);
  }
}
