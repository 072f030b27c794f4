/**
 * The keyed caches' housekeeping: an entry read or written is marked used, and after a build
 * the entries it did not use are removed, nothing else in the cache folder.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KeyedJsonCache, pruneUnusedEntries } from '../../../../src/build-cache/cache-folder.ts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function cacheFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'dossier-cache-folder-'));
  folders.push(folder);
  return folder;
}

/** Sets a file's modification time to an hour before `now`, as if the last build had used it. */
const ageAnHour = (path: string, now: number) => utimesSync(path, new Date(now - 3_600_000), new Date(now - 3_600_000));

const KEY_READ = 'aa11';
const KEY_UNUSED = 'aa22';
const KEY_WRITTEN = 'bb33';

describe('pruneUnusedEntries', () => {
  it('removes the entries a build neither read nor wrote, and the key folders they leave empty', () => {
    const root = cacheFolder();
    const cache = new KeyedJsonCache<{ value: number }>(join(root, 'readings'));
    cache.set(KEY_READ, { value: 1 });
    cache.set(KEY_UNUSED, { value: 2 });
    const before = Date.now();
    for (const key of [KEY_READ, KEY_UNUSED]) ageAnHour(join(root, 'readings', 'aa', `${key}.json`), before);
    // The next build: reads one entry, writes another, asks for nothing else.
    const next = new KeyedJsonCache<{ value: number }>(join(root, 'readings'));
    expect(next.get(KEY_READ)).toEqual({ value: 1 });
    next.set(KEY_WRITTEN, { value: 3 });
    expect(pruneUnusedEntries(root, before)).toBe(1);
    expect(next.get(KEY_UNUSED)).toBeUndefined();
    expect(next.get(KEY_READ)).toEqual({ value: 1 });
    expect(next.get(KEY_WRITTEN)).toEqual({ value: 3 });
    // A key folder emptied goes too.
    const old = new KeyedJsonCache<{ value: number }>(join(root, 'readings'));
    old.set('cc44', { value: 4 });
    ageAnHour(join(root, 'readings', 'cc', 'cc44.json'), before);
    expect(pruneUnusedEntries(root, before)).toBe(1);
    expect(existsSync(join(root, 'readings', 'cc'))).toBe(false);
  });

  it('leaves every file that is not a keyed entry, however old', () => {
    const root = cacheFolder();
    const now = Date.now();
    mkdirSync(join(root, 'rendered', 'sources'), { recursive: true });
    mkdirSync(join(root, 'astro'), { recursive: true });
    const others = [join(root, 'rendered', 'sources', 'some-source.json'), join(root, 'astro', 'data-store.json'), join(root, 'name-report.json')];
    for (const path of others) {
      writeFileSync(path, '{}');
      ageAnHour(path, now);
    }
    expect(pruneUnusedEntries(root, now)).toBe(0);
    for (const path of others) expect(existsSync(path)).toBe(true);
    expect(readdirSync(root).sort()).toEqual(['astro', 'name-report.json', 'rendered']);
  });

  it('has nothing to do in a cache folder that does not exist', () => {
    expect(pruneUnusedEntries(join(cacheFolder(), 'absent'), Date.now())).toBe(0);
  });
});
