/**
 * Writes the content build's plan (plan-content.ts) into content/: each file atomically
 * (a temporary file, then a rename), stale generated files removed, never through a link;
 * and, for `npm run check:content`, lists the files on disk that differ from the plan.
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ContentError } from '../../src/files/content-error.ts';
import { folderProblems } from '../../src/files/contributed-files.ts';
import type { ContentPlan } from './plan-content.ts';

/** Files whose contents on disk differ from the plan (or are missing), plus stale ones. */
export function outdatedFiles(plan: ContentPlan): string[] {
  const differing = plan.files
    .filter((file) => !existsSync(file.path) || readFileSync(file.path, 'utf8') !== file.contents)
    .map((file) => file.path);
  return [...differing, ...plan.stale];
}

/** A temporary file of `writeContent`, left behind when a write was killed before its rename. */
const TEMPORARY = /\.tmp-\d+$/;

/** True when `path` is a regular file (not a link, not missing). */
function isRegularFile(path: string): boolean {
  try {
    return lstatSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * Writes the plan: each file atomically (temporary file, then rename), stale files removed.
 * The plan was made from a listing that refused links, but the folders are checked again
 * here, just before writing: nothing is written or deleted through a link.
 */
export function writeContent(plan: ContentPlan): { written: string[]; removed: string[] } {
  const dirs = new Set([...plan.files, ...plan.stale.map((path) => ({ path }))].map((file) => join(file.path, '..')));
  const outside = [...dirs].filter((dir) => relative(plan.root, dir).startsWith('..'));
  if (outside.length > 0) throw new Error(`refusing to write outside the project: ${outside.join(', ')}`);
  const problems = [...dirs].flatMap((dir) => folderProblems(plan.root, relative(plan.root, dir)));
  if (problems.length > 0) throw new ContentError(problems);
  const written: string[] = [];
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    // Leftovers of a killed write: removing a link removes the link, never what it points to.
    for (const name of readdirSync(dir).filter((candidate) => TEMPORARY.test(candidate))) rmSync(join(dir, name), { force: true });
  }
  for (const file of plan.files) {
    if (isRegularFile(file.path) && readFileSync(file.path, 'utf8') === file.contents) continue;
    mkdirSync(join(file.path, '..'), { recursive: true });
    const temporary = `${file.path}.tmp-${process.pid}`;
    // 'wx': never through a file or link already there.
    writeFileSync(temporary, file.contents, { flag: 'wx' });
    renameSync(temporary, file.path);
    written.push(file.path);
  }
  const removed = plan.stale.filter(isRegularFile);
  for (const path of removed) rmSync(path);
  return { written, removed };
}
