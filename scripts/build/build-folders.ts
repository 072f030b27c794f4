/**
 * Where a build writes, and how it replaces dist/ without ever leaving it half-written:
 * Astro builds into a staging folder; only a complete build is swapped in, by two renames
 * on the same filesystem (dist → backup, staging → dist), then the backup is removed. A
 * build killed at any point leaves either the old dist/ or the new one, plus leftovers that
 * the next build clears first (`recoverInterruptedBuild`).
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export interface BuildFolders {
  /** The published site. */
  dist: string;
  /** Where Astro builds; swapped in only when the whole build succeeded. */
  staging: string;
  /** The previous dist/ during the swap, removed right after. */
  backup: string;
}

/** The folders of a build of the project at `root` (all inside it, so the renames stay on one filesystem). */
export function buildFolders(root: string): BuildFolders {
  return {
    dist: join(root, 'dist'),
    staging: join(root, '.dist-staging'),
    backup: join(root, '.dist-previous'),
  };
}

/**
 * Clears what a killed build left: its staging folder, and the backup of a swap
 * it did not finish. If it was killed between the swap's two renames, dist/ is missing and
 * the backup is the last good site, so the backup is put back. Returns what was done, for
 * the log.
 */
export function recoverInterruptedBuild(folders: BuildFolders): string[] {
  const notes: string[] = [];
  if (existsSync(folders.backup)) {
    if (existsSync(folders.dist)) {
      rmSync(folders.backup, { recursive: true, force: true });
      notes.push('removed the previous site left by an interrupted swap');
    } else {
      renameSync(folders.backup, folders.dist);
      notes.push('restored dist/ from an interrupted swap');
    }
  }
  if (existsSync(folders.staging)) {
    rmSync(folders.staging, { recursive: true, force: true });
    notes.push(`removed ${folders.staging.slice(folders.staging.lastIndexOf('/') + 1)}/ left by an interrupted build`);
  }
  return notes;
}

/** Replaces dist/ with the staged build. */
export function swapIntoPlace(folders: BuildFolders): void {
  if (!existsSync(folders.staging)) throw new Error(`the build wrote nothing to ${folders.staging}`);
  if (existsSync(folders.dist)) renameSync(folders.dist, folders.backup);
  renameSync(folders.staging, folders.dist);
  rmSync(folders.backup, { recursive: true, force: true });
}

/** Removes the staging folder of a build that failed or was stopped (Astro's store is kept: see astro-store.ts). */
export function discardStaging(folders: BuildFolders): void {
  rmSync(folders.staging, { recursive: true, force: true });
}
