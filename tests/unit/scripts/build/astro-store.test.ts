/**
 * Astro's content store between builds: kept only under the same stamp (code, registry,
 * site address) and after a build that succeeded; emptied otherwise, or when asked.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { astroStoreDir, prepareAstroStore } from '../../../../scripts/build/astro-store.ts';

let root: string;
const env = { BASE_PATH: '/dossier/' };

/** A build that fills the store and, when it succeeds, records the stamp. */
function build(options: { cold?: boolean; env?: NodeJS.ProcessEnv; succeeds?: boolean } = {}): boolean {
  const store = prepareAstroStore(root, options.env ?? env, options.cold ?? false);
  mkdirSync(astroStoreDir(root), { recursive: true });
  writeFileSync(join(astroStoreDir(root), 'data-store.json'), 'entries');
  if (options.succeeds ?? true) store.commit();
  return store.cold;
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'astro-store-'));
  mkdirSync(join(root, 'content', 'actors'), { recursive: true });
  writeFileSync(join(root, 'content', 'actors', 'a-person.md'), '---\nname: A Person\n---\n');
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('prepareAstroStore', () => {
  it('starts empty, then keeps the store of a build that succeeded under the same stamp', () => {
    expect(build()).toBe(true);
    expect(build()).toBe(false);
    expect(existsSync(join(astroStoreDir(root), 'data-store.json'))).toBe(true);
  });

  it('empties the store when the registry changed', () => {
    build();
    writeFileSync(join(root, 'content', 'actors', 'a-person.md'), '---\nname: A Renamed Person\n---\n');
    const store = prepareAstroStore(root, env, false);
    expect(store.cold).toBe(true);
    expect(existsSync(astroStoreDir(root))).toBe(false);
  });

  it('empties the store when the site’s address changed', () => {
    build();
    expect(build({ env: { BASE_PATH: '/elsewhere/' } })).toBe(true);
  });

  it('empties the store after a build that did not succeed', () => {
    build();
    build({ succeeds: false });
    expect(build()).toBe(true);
  });

  it('empties the store when asked to build cold', () => {
    build();
    expect(build({ cold: true })).toBe(true);
  });
});
