/**
 * A throwaway copy of this project, for tests that must change content or break a build
 * without touching the real one.
 */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { copyProjectCode } from '../../scripts/lib/project-copy.ts';

const PROJECT = resolve('.');

/** Copies this project's code, content and seeds into a fresh folder named `dossier-<label>-…`. */
export function copyProject(label: string): string {
  const dir = mkdtempSync(join(tmpdir(), `dossier-${label}-`));
  copyProjectCode(PROJECT, dir);
  for (const name of ['content', 'seeds']) cpSync(join(PROJECT, name), join(dir, name), { recursive: true });
  return dir;
}
