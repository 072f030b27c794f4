/**
 * The one cut of a Markdown file at its front matter: every reader (the content check, the
 * site's collections, the paragraph counter, the answer writer) cuts here, so they agree on
 * where the body starts and on which line.
 */
import { describe, expect, it } from 'vitest';
import { parseMarkdownFile, splitFrontMatter } from '../../../../src/files/front-matter.ts';
import { outletSchema } from '../../../../src/schemas/outlet.ts';
import { sourceParagraphs } from '../../../../src/markdown/source-paragraphs.ts';

describe('splitFrontMatter', () => {
  it('cuts the opening line, the YAML, the closing line and the body, which join back to the text', () => {
    const text = '---\nname: Harbour Gazette\n---\nFirst paragraph.\n';
    const parts = splitFrontMatter(text);
    expect(parts).toEqual({ opening: '---\n', yaml: 'name: Harbour Gazette', closing: '\n---\n', body: 'First paragraph.\n', bodyLine: 4 });
    expect(parts && parts.opening + parts.yaml + parts.closing + parts.body).toBe(text);
  });

  it('keeps Windows line breaks as written', () => {
    const text = '---\r\na: 1\r\nb: 2\r\n---\r\nBody';
    const parts = splitFrontMatter(text);
    expect(parts).toMatchObject({ opening: '---\r\n', yaml: 'a: 1\r\nb: 2', closing: '\r\n---\r\n', body: 'Body', bodyLine: 5 });
  });

  it('accepts a file that ends at the closing line', () => {
    expect(splitFrontMatter('---\na: 1\n---')).toMatchObject({ closing: '\n---', body: '', bodyLine: 3 });
  });

  it('finds no front matter unless the file starts with it', () => {
    expect(splitFrontMatter('Text\n---\na: 1\n---\n')).toBeUndefined();
    expect(splitFrontMatter(' ---\na: 1\n---\n')).toBeUndefined();
  });
});

describe('readers of the cut', () => {
  it('number the body’s lines from the file’s first line', () => {
    const file = parseMarkdownFile('---\nname: Harbour Gazette\ndescription: A paper.\n---\n\nBody.\n', 'content/outlets/harbour-gazette.md', outletSchema);
    expect(file.bodyLine).toBe(5);
    expect(file.body).toBe('\nBody.\n');
  });

  it('count a source’s paragraphs the same with or without its front matter', () => {
    const body = 'One.\n\nTwo.\n';
    expect(sourceParagraphs(`---\ntitle: x\n---\n${body}`)).toEqual(sourceParagraphs(body));
  });
});
