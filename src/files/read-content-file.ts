/**
 * Reads a file of the content pipeline (a seed, a sidecar, a file in content/) as text, or
 * refuses it with a located ContentError: too large, a NUL byte, or bytes that are not
 * UTF-8, each with the byte offset and line, so the bad spot can be found in an editor.
 * `fs.readFileSync(path, 'utf8')` would instead replace bad bytes with U+FFFD and carry a
 * NUL into the page: a silent half-result. A leading byte-order mark is accepted and dropped
 * (editors on Windows add one; Astro reads such files the same way); CRLF is kept, and
 * every reader downstream treats it as LF.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { ContentError } from './content-error.ts';
import { entryKind, notAFileMessage } from './contributed-files.ts';
import { readReason } from './read-text-file.ts';

/** Where a byte sequence stops being text: the first NUL or ill-formed UTF-8 sequence. */
export interface TextFault {
  /** 0-based byte offset. */
  offset: number;
  /** 1-based line of that byte. */
  line: number;
  kind: 'nul' | 'utf-8';
}

/** Length of the well-formed UTF-8 sequence at `at` (Unicode table 3-7), or 0 if ill-formed. */
function sequenceLength(bytes: Uint8Array, at: number): number {
  const first = bytes[at] ?? 0;
  if (first < 0x80) return 1;
  const inRange = (offset: number, low: number, high: number) => {
    const value = bytes[at + offset];
    return value !== undefined && value >= low && value <= high;
  };
  const tail = (from: number, count: number) => {
    for (let offset = from; offset < from + count; offset += 1) if (!inRange(offset, 0x80, 0xbf)) return false;
    return true;
  };
  if (first >= 0xc2 && first <= 0xdf) return tail(1, 1) ? 2 : 0;
  if (first === 0xe0) return inRange(1, 0xa0, 0xbf) && tail(2, 1) ? 3 : 0;
  if ((first >= 0xe1 && first <= 0xec) || first === 0xee || first === 0xef) return tail(1, 2) ? 3 : 0;
  if (first === 0xed) return inRange(1, 0x80, 0x9f) && tail(2, 1) ? 3 : 0;
  if (first === 0xf0) return inRange(1, 0x90, 0xbf) && tail(2, 2) ? 4 : 0;
  if (first >= 0xf1 && first <= 0xf3) return tail(1, 3) ? 4 : 0;
  if (first === 0xf4) return inRange(1, 0x80, 0x8f) && tail(2, 2) ? 4 : 0;
  return 0;
}

/** The first byte that keeps `bytes` from being UTF-8 text without NULs, or undefined. */
export function findTextFault(bytes: Uint8Array): TextFault | undefined {
  let line = 1;
  for (let at = 0; at < bytes.length; ) {
    const byte = bytes[at];
    if (byte === 0) return { offset: at, line, kind: 'nul' };
    if (byte === 0x0a) line += 1;
    const length = sequenceLength(bytes, at);
    if (length === 0) return { offset: at, line, kind: 'utf-8' };
    at += length;
  }
  return undefined;
}

const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;

/** Bytes → text, or a ContentError naming `file`, the line and the byte. */
export function decodeContentText(bytes: Uint8Array, file: string): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new ContentError([{ file, line: 1, message: 'is UTF-16 text (it starts with a UTF-16 byte-order mark); save it as UTF-8.' }]);
  }
  // The common case, every file being fine, stays in native code: the byte-by-byte scan below
  // only runs to locate a fault the decoder has already found.
  if (!bytes.includes(0)) {
    try {
      // Like the decoder below, it drops a leading byte-order mark.
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      // Not UTF-8: located below.
    }
  }
  const fault = findTextFault(bytes);
  if (fault) {
    const where = `byte ${fault.offset.toLocaleString('en')}`;
    const message =
      fault.kind === 'nul'
        ? `has a NUL byte (${where}); a text file never does: is it binary, or saved as UTF-16? Save it as UTF-8.`
        : `is not valid UTF-8 (${where}: 0x${(bytes[fault.offset] ?? 0).toString(16).padStart(2, '0')}); save it as UTF-8.`;
    throw new ContentError([{ file, line: fault.line, message }]);
  }
  // TextDecoder drops a leading byte-order mark.
  return new TextDecoder('utf-8').decode(bytes);
}

/**
 * How a contributed file is opened: never through a symbolic link (O_NOFOLLOW: the open
 * fails with ELOOP), and without waiting (O_NONBLOCK: opening a FIFO with no writer would
 * block for ever). The descriptor is then checked to be a regular file before reading.
 */
const OPEN_FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;

/**
 * Reads the bytes of `path` (named `file` in messages), at most `maxBytes`. Only a regular
 * file is read: a link, a device, a FIFO, a socket or a folder is refused by name. The size
 * is checked before reading, so a mistaken 2 GB file is refused at once rather than loaded.
 */
export function readContentBytes(path: string, file: string, maxBytes: number): Uint8Array {
  let bytes: Uint8Array;
  let descriptor: number | undefined;
  try {
    descriptor = openSync(path, OPEN_FLAGS);
    const stats = fstatSync(descriptor);
    const kind = entryKind(stats);
    if (kind !== 'file') throw new ContentError([{ file, message: notAFileMessage(kind) }]);
    const { size } = stats;
    if (size > maxBytes) {
      throw new ContentError([
        { file, message: `is ${megabytes(size)}; a file here may be at most ${megabytes(maxBytes)} (see CONTRIBUTING.md, "Limits").` },
      ]);
    }
    bytes = new Uint8Array(size);
    let read = 0;
    while (read < size) {
      const count = readSync(descriptor, bytes, read, size - read, read);
      if (count === 0) break;
      read += count;
    }
    bytes = bytes.subarray(0, read);
  } catch (error) {
    if (error instanceof ContentError) throw error;
    const code = (error as { code?: unknown }).code;
    // O_NOFOLLOW on a link fails with ELOOP: say what the file is, not what the kernel said.
    if (code === 'ELOOP') throw new ContentError([{ file, message: notAFileMessage('symbolic link') }]);
    if (code === 'EISDIR') throw new ContentError([{ file, message: notAFileMessage('folder') }]);
    throw new ContentError([{ file, message: `cannot be read: ${readReason(error)}.` }]);
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
  return bytes;
}

/** Reads `path` (named `file` in messages) as text of at most `maxBytes`; see `readContentBytes`. */
export function readContentFile(path: string, file: string, maxBytes: number): string {
  return decodeContentText(readContentBytes(path, file, maxBytes), file);
}
