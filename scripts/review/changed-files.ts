/**
 * What a pull request changes, file by file, from git: `git diff --name-status` between the
 * base and the change. Renames are read as a removal and an addition, so a renamed source
 * shows as a new page and a gone one, which is what readers see.
 */
import { execFileSync } from 'node:child_process';

export type ChangeKind = 'added' | 'modified' | 'removed';

export interface FileChange {
  kind: ChangeKind;
  /** Path from the repository root, with forward slashes. */
  path: string;
}

const KINDS: Readonly<Record<string, ChangeKind>> = { A: 'added', M: 'modified', D: 'removed', T: 'modified' };

/** Parses `git diff --name-status --no-renames -z` output. */
export function parseNameStatus(output: string): FileChange[] {
  const fields = output.split('\0').filter((field) => field !== '');
  const changes: FileChange[] = [];
  for (let index = 0; index + 1 < fields.length; index += 2) {
    const kind = KINDS[fields[index]!.charAt(0)];
    if (kind) changes.push({ kind, path: fields[index + 1]! });
  }
  return changes;
}

/** The files changed between `base` and the work tree's HEAD, in `root`. */
export function changedFiles(root: string, base: string): FileChange[] {
  // -z: paths exactly as they are, whatever characters they hold.
  const output = execFileSync('git', ['diff', '--name-status', '--no-renames', '-z', base, 'HEAD', '--'], { cwd: root, encoding: 'utf8' });
  return parseNameStatus(output);
}
