/**
 * Pages read a Markdown entry's body from its file, as the content loader reads it: the text
 * after the front matter, trimmed; through the content reader, so a link or bytes that are not
 * UTF-8 are refused with the file named, never read.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContentError } from '../../../../src/files/content-error.ts';
import { readEntryBody } from '../../../../src/files/entry-body.ts';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'dossier-body-'));
  mkdirSync(join(root, 'content/outlets'), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('readEntryBody', () => {
  it('gives the text after the front matter, trimmed, as the loader stores it', () => {
    writeFileSync(join(root, 'content/outlets/harbour-news.md'), '---\nname: Harbour News\n---\n\n  Harbour News covers the port.\n\nIt is weekly.\n\n');
    expect(readEntryBody(root, 'content/outlets/harbour-news.md')).toBe('Harbour News covers the port.\n\nIt is weekly.');
  });

  it('gives an empty body for a file of front matter only', () => {
    writeFileSync(join(root, 'content/outlets/quiet-post.md'), '---\nname: Quiet Post\n---\n');
    expect(readEntryBody(root, 'content/outlets/quiet-post.md')).toBe('');
  });

  it('refuses a link and bytes that are not UTF-8, naming the file', () => {
    writeFileSync(join(root, 'outside.md'), '---\nname: X\n---\nOutside.');
    symlinkSync(join(root, 'outside.md'), join(root, 'content/outlets/linked.md'));
    expect(() => readEntryBody(root, 'content/outlets/linked.md')).toThrow(ContentError);
    writeFileSync(join(root, 'content/outlets/latin1.md'), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x2d, 0x2d, 0x2d, 0x0a, 0x63, 0x61, 0x66, 0xe9]));
    expect(() => readEntryBody(root, 'content/outlets/latin1.md')).toThrow(/content\/outlets\/latin1\.md/);
  });
});
