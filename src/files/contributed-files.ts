/**
 * The folders a pull request can fill (seeds/, content/, public/) hold untrusted files, and
 * a file there is not always a file: a symbolic link to /etc/passwd or ../.git/config would
 * be read and published, one to /dev/zero read for ever, a FIFO waits for a writer, and a
 * folder that is a link takes the stale-file sweep outside the repository. So nothing in
 * them is followed. Every folder on the way from the project root must be a real folder
 * (lstat, which does not follow links), every entry a regular file or a real folder, and a
 * file is opened with O_NOFOLLOW and checked again on its descriptor before a byte is read
 * (see `read-content-file.ts`). Anything else is refused by name, with what it is.
 */
import { lstatSync, readdirSync, type Dirent, type Stats } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ContentProblem } from './content-error.ts';
import { compareStrings } from '../lib/compare-strings.ts';

/** What a path is, in words a maintainer knows. */
export type EntryKind = 'file' | 'folder' | 'symbolic link' | 'device file' | 'FIFO (named pipe)' | 'socket' | 'special file';

/** The kind of an lstat result or a directory entry (which readdir reads without following links). */
export function entryKind(entry: Stats | Dirent): EntryKind {
  if (entry.isSymbolicLink()) return 'symbolic link';
  if (entry.isFile()) return 'file';
  if (entry.isDirectory()) return 'folder';
  if (entry.isBlockDevice() || entry.isCharacterDevice()) return 'device file';
  if (entry.isFIFO()) return 'FIFO (named pipe)';
  if (entry.isSocket()) return 'socket';
  return 'special file';
}

/** Why an entry that is not a regular file is refused, ending a sentence that starts with its name. */
export function notAFileMessage(kind: EntryKind, expected = 'a file'): string {
  switch (kind) {
    case 'symbolic link':
      return `is a symbolic link; links are not followed here (one could publish or change files outside the repository). Replace it with ${expected}.`;
    case 'folder':
      return `is a folder, where ${expected} is expected; rename or remove it.`;
    default:
      return `is a ${kind}, not ${expected}; only regular files are read here. Remove it.`;
  }
}

/** A path relative to the project root, with forward slashes, as messages name files. */
export function displayPath(root: string, path: string): string {
  return relative(root, path).split(sep).join('/') || path;
}

/**
 * Problems with a folder of contributed files itself: it, and every folder between it and
 * the project root, must be a real folder (not a link, not a file). A folder that does not
 * exist is no problem (it is simply empty).
 */
export function folderProblems(root: string, folder: string): ContentProblem[] {
  let path = root;
  for (const part of folder.split(/[\\/]/).filter((segment) => segment !== '')) {
    path = join(path, part);
    let stats: Stats;
    try {
      stats = lstatSync(path);
    } catch {
      return [];
    }
    const kind = entryKind(stats);
    if (kind !== 'folder') return [{ file: displayPath(root, path), message: notAFileMessage(kind, 'a folder') }];
  }
  return [];
}

/** A regular file found in a contributed folder. */
export interface ContributedFile {
  /** File name, e.g. `jd-vance.md`. */
  name: string;
  /** Full path. */
  path: string;
  /** Path from the project root, for messages (`content/actors/jd-vance.md`). */
  file: string;
}

/** The regular files of a contributed folder with the wanted extensions, and every entry refused. */
export interface ContributedFolder {
  /** Regular files whose name ends in one of the extensions, in name order. */
  files: ContributedFile[];
  /** Links, devices, FIFOs, sockets and folders named like a file of the folder, and case variants of the extension. */
  problems: ContentProblem[];
}

export interface ListOptions {
  /** The extensions of the files wanted, lower case with their dot (`.md`). */
  extensions: readonly string[];
}

/**
 * Lists `folder` (relative to `root`) without following anything. Entries whose extension is
 * the wanted one in another case (`x.MD`) are refused rather than skipped: a maintainer would
 * otherwise wonder why the file never shows. Other files are left to the caller's rules; a
 * link anywhere in the folder is refused whatever its name.
 */
export function listContributedFolder(root: string, folder: string, { extensions }: ListOptions): ContributedFolder {
  const problems = folderProblems(root, folder);
  if (problems.length > 0) return { files: [], problems };
  const dir = join(root, folder);
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'ENOENT') return { files: [], problems };
    return { files: [], problems: [{ file: displayPath(root, dir), message: `cannot be listed (${String(code ?? error)}).` }] };
  }
  const files: ContributedFile[] = [];
  for (const entry of entries.sort((a, b) => compareStrings(a.name, b.name))) {
    const path = join(dir, entry.name);
    const file = displayPath(root, path);
    const kind = entryKind(entry);
    const lower = entry.name.toLowerCase();
    const wanted = extensions.some((extension) => entry.name.endsWith(extension));
    const miscased = wanted ? undefined : extensions.find((extension) => lower.endsWith(extension));
    if (miscased) {
      problems.push({ file, message: `has the extension "${entry.name.slice(-miscased.length)}"; write it "${miscased}" in lower case, or the file is not read.` });
    } else if (kind === 'symbolic link') {
      problems.push({ file, message: notAFileMessage(kind) });
    } else if (wanted && kind !== 'file') {
      problems.push({ file, message: notAFileMessage(kind) });
    } else if (wanted) {
      files.push({ name: entry.name, path, file });
    }
  }
  return { files, problems };
}

/**
 * Every entry under a contributed folder, recursively, without following links: regular
 * files are returned, and every link, device, FIFO or socket is a problem. For public/,
 * where every file is published.
 */
export function walkContributedFolder(root: string, folder: string): ContributedFolder {
  const problems = folderProblems(root, folder);
  if (problems.length > 0) return { files: [], problems };
  const files: ContributedFile[] = [];
  const pending = [join(root, folder)];
  while (pending.length > 0) {
    const dir = pending.pop() as string;
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (code !== 'ENOENT') problems.push({ file: displayPath(root, dir), message: `cannot be listed (${String(code ?? error)}).` });
      continue;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      const kind = entryKind(entry);
      if (kind === 'folder') pending.push(path);
      else if (kind === 'file') files.push({ name: entry.name, path, file: displayPath(root, path) });
      else problems.push({ file: displayPath(root, path), message: notAFileMessage(kind) });
    }
  }
  const byFile = (a: { file: string }, b: { file: string }) => compareStrings(a.file, b.file);
  return { files: files.sort(byFile), problems: problems.sort(byFile) };
}
