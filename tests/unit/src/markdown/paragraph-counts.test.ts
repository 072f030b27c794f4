/**
 * Paragraph counts of source files, which citations are checked against.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countParagraphs, paragraphCounts } from '../../../../src/markdown/paragraph-counts.ts';

describe('countParagraphs', () => {
  it('counts top-level paragraphs of the body, not the front matter', () => {
    expect(countParagraphs('---\ntitle: "A"\nnotes: "x"\n---\n\nOne.\n\nTwo.\n')).toBe(2);
  });

  it('reads front matter with CRLF line endings', () => {
    expect(countParagraphs('---\r\ntitle: "A"\r\n---\r\n\r\nOne.\r\n\r\nTwo.\r\n')).toBe(2);
  });

  it('does not count headings, list items or quotations', () => {
    expect(countParagraphs('# H\n\nOne.\n\n- a\n- b\n\n> q\n\nTwo.')).toBe(2);
  });

  it('counts a body without front matter', () => {
    expect(countParagraphs('Only.')).toBe(1);
  });
});

describe('paragraphCounts', () => {
  it('maps each .md file in a folder to its count, by slug', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-counts-'));
    try {
      writeFileSync(join(dir, 'b-source.md'), '---\ntitle: "B"\n---\n\nOne.\n');
      writeFileSync(join(dir, 'a-source.md'), '---\ntitle: "A"\n---\n\nOne.\n\nTwo.\n');
      writeFileSync(join(dir, 'notes.txt'), 'ignored');
      expect([...paragraphCounts(dir)]).toEqual([
        ['a-source', 2],
        ['b-source', 1],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('counts a source only when asked for it, once', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-counts-'));
    try {
      writeFileSync(join(dir, 'a-source.md'), '---\ntitle: "A"\n---\n\nOne.\n');
      const counts = paragraphCounts(dir);
      expect(counts.size).toBe(1);
      expect(counts.has('a-source')).toBe(true);
      // Not read yet: a change made now is what the first lookup sees, and later ones keep it.
      writeFileSync(join(dir, 'a-source.md'), '---\ntitle: "A"\n---\n\nOne.\n\nTwo.\n\nThree.\n');
      expect(counts.get('a-source')).toBe(3);
      writeFileSync(join(dir, 'a-source.md'), 'One.');
      expect(counts.get('a-source')).toBe(3);
      expect(counts.get('missing')).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
