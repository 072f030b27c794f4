import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BINARY_SNIFF_BYTES, decodeText, readTextFile, TextFileError } from '../../../../src/files/read-text-file.ts';

const bytes = (...values: number[]) => Uint8Array.from(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

/** The error `run` throws, failing the test when it throws nothing or something else. */
function failure(run: () => unknown): TextFileError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(TextFileError);
    if (error instanceof TextFileError) return error;
  }
  throw new Error('expected a TextFileError');
}

describe('decodeText', () => {
  it('decodes UTF-8 text, keeping every character and line ending', () => {
    const text = 'Kyiv – “talks”, café\r\nnext line\n';
    expect(decodeText(utf8(text), 'a.txt')).toBe(text);
  });

  it('drops a leading byte-order mark, as the content build does', () => {
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, 0x41), 'a.txt')).toBe('A');
  });

  it('decodes an empty file to the empty string', () => {
    expect(decodeText(new Uint8Array(), 'empty.txt')).toBe('');
  });

  it('refuses bytes that are not UTF-8, naming the file', () => {
    const error = failure(() => decodeText(bytes(0x41, 0xff, 0xfe, 0x42), 'latin.txt'));
    expect(error.message).toBe('latin.txt: is not valid UTF-8 text');
    expect(error.file).toBe('latin.txt');
  });

  it('refuses a truncated multi-byte character', () => {
    // "é" is C3 A9; C3 alone at the end is half a character.
    expect(failure(() => decodeText(bytes(0x63, 0x61, 0x66, 0xc3), 'cut.txt')).message).toBe('cut.txt: is not valid UTF-8 text');
  });

  it('calls a file with a NUL byte near the start binary', () => {
    const error = failure(() => decodeText(bytes(0x50, 0x4b, 0x03, 0x04, 0x00, 0x00), 'archive.zip'));
    expect(error.message).toBe('archive.zip: looks like a binary file (NUL bytes), not text');
  });

  it('looks for NUL bytes only in the first 8 KB', () => {
    const late = new Uint8Array(BINARY_SNIFF_BYTES + 2).fill(0x61);
    late[BINARY_SNIFF_BYTES + 1] = 0;
    expect(decodeText(late, 'late.txt')).toHaveLength(BINARY_SNIFF_BYTES + 2);
    const edge = new Uint8Array(BINARY_SNIFF_BYTES).fill(0x61);
    edge[BINARY_SNIFF_BYTES - 1] = 0;
    expect(failure(() => decodeText(edge, 'edge.txt')).message).toContain('binary');
  });

  it('reports a binary file as binary even when it is also not UTF-8', () => {
    expect(failure(() => decodeText(bytes(0xff, 0x00, 0xd8), 'image.png')).message).toContain('binary');
  });
});

describe('readTextFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-read-text-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a UTF-8 file', () => {
    const path = join(dir, 'ok.txt');
    writeFileSync(path, 'Ministers meet in Kyiv\n');
    expect(readTextFile(path)).toBe('Ministers meet in Kyiv\n');
  });

  it('names a missing file the way the caller named it, in plain words', () => {
    const error = failure(() => readTextFile(join(dir, 'missing.txt'), 'missing.txt'));
    expect(error.message).toBe('missing.txt: cannot read: no such file or directory');
    expect(error.file).toBe('missing.txt');
    expect(error.cause).toBeInstanceOf(Error);
  });

  it('names the path itself when no display name is given', () => {
    const path = join(dir, 'nowhere.txt');
    expect(failure(() => readTextFile(path)).message).toBe(`${path}: cannot read: no such file or directory`);
  });

  it('refuses a directory', () => {
    expect(failure(() => readTextFile(dir, 'folder')).message).toBe('folder: is a folder, not a text file');
  });

  it('refuses a path through a file as if it were a folder', () => {
    const path = join(dir, 'plain.txt');
    writeFileSync(path, 'text');
    expect(failure(() => readTextFile(join(path, 'inner.txt'), 'plain.txt/inner.txt')).message).toBe(
      'plain.txt/inner.txt: cannot read: a component of the path is not a directory',
    );
  });

  it('checks the bytes it read', () => {
    const path = join(dir, 'bad.txt');
    writeFileSync(path, bytes(0x80, 0x81));
    expect(failure(() => readTextFile(path, 'bad.txt')).message).toBe('bad.txt: is not valid UTF-8 text');
  });
});
