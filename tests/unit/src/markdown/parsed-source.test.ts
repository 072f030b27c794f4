/**
 * The parse cache: what it returns is what a parse gives, it is kept on disk under the
 * project's .cache/, and a value is read back only for the same Markdown.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parsedSource } from '../../../../src/markdown/parsed-source.ts';
import { readSourceMarkdown } from '../../../../src/markdown/source-paragraphs.ts';

let root: string;

/** The cached values' files, wherever the cache put them under `.cache/parsed-sources/`. */
function cachedFiles(): string[] {
  return readdirSync(join(root, '.cache', 'parsed-sources'), { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.json')).map((name) => join(root, '.cache', 'parsed-sources', name));
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'parsed-source-'));
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('parsedSource', () => {
  const markdown = 'First *paragraph* cites [¶2](source:other#p2 "words").\n\nSecond.\n';

  it('gives what one parse gives, and keeps it on disk', () => {
    expect(parsedSource(markdown, root)).toEqual(readSourceMarkdown(markdown));
    expect(cachedFiles()).toHaveLength(1);
  });

  it('reads a kept value back instead of parsing again', () => {
    parsedSource(markdown, root);
    const [file] = cachedFiles();
    // A value no parse of this Markdown gives shows that the second call read the file.
    writeFileSync(file as string, JSON.stringify({ paragraphs: ['from the cache'], emphasis: [[]], citationUrls: [] }));
    expect(parsedSource(markdown, root).paragraphs).toEqual(['from the cache']);
  });

  it('keeps other Markdown under another key', () => {
    parsedSource(markdown, root);
    expect(parsedSource(`${markdown}\nThird.\n`, root).paragraphs).toEqual(['First paragraph cites ¶2.', 'Second.', 'Third.']);
    expect(cachedFiles()).toHaveLength(2);
  });

  it('parses again when the kept value cannot be read', () => {
    parsedSource(markdown, root);
    writeFileSync(cachedFiles()[0] as string, '{ half a valu');
    expect(parsedSource(markdown, root)).toEqual(readSourceMarkdown(markdown));
  });
});
