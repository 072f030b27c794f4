/**
 * Reads a file that should be text: UTF-8, not binary. Every failure is a `TextFileError`
 * whose message names the file and says what is wrong in words, never an errno dump, so a
 * command line can print it as it is.
 */
import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';

/** How much of the start of a file is searched for NUL bytes (the heuristic git and grep use). */
export const BINARY_SNIFF_BYTES = 8 * 1024;

/** A file that could not be read as text; `message` is `<file>: <what is wrong>`. */
export class TextFileError extends Error {
  /** The file as the caller named it. */
  readonly file: string;

  constructor(file: string, problem: string, options?: { cause?: unknown }) {
    super(`${file}: ${problem}`, options);
    this.name = 'TextFileError';
    this.file = file;
  }
}

/** Plain words for the errors a read usually fails with; anything else keeps Node's own message. */
const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or directory',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOTDIR: 'a component of the path is not a directory',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'file name too long',
};

function hasCode(error: unknown): error is Error & { code: string } {
  return error instanceof Error && typeof (error as { code?: unknown }).code === 'string';
}

/** Why a read failed, in plain words (`no such file or directory`), for messages that name the file. */
export function readReason(error: unknown): string {
  if (hasCode(error)) return REASONS[error.code] ?? error.message;
  return error instanceof Error ? error.message : String(error);
}

/**
 * Bytes → text. A NUL byte near the start means binary (UTF-8 text never needs one); bytes
 * that are not UTF-8 are refused rather than replaced, so nothing is silently altered. A
 * leading byte-order mark is dropped, as the content build does when it reads a seed.
 */
export function decodeText(bytes: Uint8Array, file: string): string {
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) {
    throw new TextFileError(file, 'looks like a binary file (NUL bytes), not text');
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    throw new TextFileError(file, 'is not valid UTF-8 text', { cause: error });
  }
}

/** The largest file a command reads as text: far more than any article, far less than memory. */
export const MAX_TEXT_FILE_BYTES = 16 * 1_000_000;

/**
 * Reads `path` as UTF-8 text. `file` names it in messages (defaults to the path). The path
 * is one the user typed, so a link is followed; but only to a regular file of at most
 * MAX_TEXT_FILE_BYTES: a device (`/dev/zero`) or a FIFO would be read for ever.
 */
export function readTextFile(path: string, file: string = path): string {
  let bytes: Uint8Array;
  let descriptor: number | undefined;
  try {
    // O_NONBLOCK: opening a FIFO with no writer would otherwise wait for one.
    descriptor = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const stats = fstatSync(descriptor);
    if (stats.isDirectory()) throw new TextFileError(file, 'is a folder, not a text file');
    if (!stats.isFile()) throw new TextFileError(file, 'is not a regular file (a device, FIFO or socket); give the path of a text file');
    if (stats.size > MAX_TEXT_FILE_BYTES) {
      throw new TextFileError(file, `is ${(stats.size / 1_000_000).toFixed(1)} MB; at most ${MAX_TEXT_FILE_BYTES / 1_000_000} MB is read`);
    }
    bytes = readFileSync(descriptor);
  } catch (error) {
    if (error instanceof TextFileError) throw error;
    throw new TextFileError(file, `cannot read: ${readReason(error)}`, { cause: error });
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
  return decodeText(bytes, file);
}
