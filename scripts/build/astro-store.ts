/**
 * Astro's content store, kept between builds in `.cache/astro/` so that an entry whose file
 * and render dependencies are unchanged is not parsed and rendered again (the content
 * loader decides that per entry: src/files/collection-loader.ts). What every entry depends
 * on is covered by a stamp instead, and a different stamp empties the store first:
 *
 *   the engine and this dossier's configuration and data   codeStamp (src/build-cache/input-stamp.ts)
 *   the registry (content/actors/, content/outlets/)       names linked in every source
 *   the site's address (siteLocation)                      every link
 *
 * The stamp is removed before Astro runs and written back only when it succeeded, so a
 * build that fails or is stopped part-way leaves a store the next build empties.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCacheDir } from '../../src/build-cache/cache-folder.ts';
import { codeStamp, inputStamp } from '../../src/build-cache/input-stamp.ts';
import { REGISTRY_FOLDERS } from '../../src/build-cache/build-inputs.ts';
import { siteLocation } from '../../src/site-location.ts';

/** Where Astro keeps its store for `npm run build` (its `cacheDir`, passed as DOSSIER_CACHE_DIR). */
export function astroStoreDir(root: string): string {
  return join(buildCacheDir(root), 'astro');
}

function stampFile(root: string): string {
  return join(buildCacheDir(root), 'astro.stamp');
}

/** The stamp of what every stored entry depends on besides its own inputs. */
export function astroStoreStamp(root: string, env: NodeJS.ProcessEnv): string {
  return inputStamp(root, REGISTRY_FOLDERS, [codeStamp(root), JSON.stringify(siteLocation(env))]);
}

/** A store made ready for one Astro build. */
export interface PreparedStore {
  /** True when the store was emptied: Astro is run with `--force`. */
  cold: boolean;
  /** Records the stamp after Astro succeeded. */
  commit(): void;
}

/**
 * Keeps the store when it was written under the same stamp (and `cold` is false); otherwise
 * empties it. Either way the stamp is removed until `commit`.
 */
export function prepareAstroStore(root: string, env: NodeJS.ProcessEnv, cold: boolean): PreparedStore {
  const stamp = astroStoreStamp(root, env);
  const file = stampFile(root);
  const kept = !cold && existsSync(file) && readFileSync(file, 'utf8') === stamp && existsSync(astroStoreDir(root));
  rmSync(file, { force: true });
  if (!kept) rmSync(astroStoreDir(root), { recursive: true, force: true });
  return {
    cold: !kept,
    commit: () => {
      mkdirSync(buildCacheDir(root), { recursive: true });
      writeFileSync(file, stamp);
    },
  };
}
