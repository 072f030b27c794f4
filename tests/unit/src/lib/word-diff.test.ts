/**
 * The word diff readers see on the copy-as-received pages and in altered quotations: the
 * changes exactly as the cleaning made them, with spaces outside the struck and underlined
 * runs.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readableDiff, wordDiff, type DiffPart } from '../../../../src/lib/word-diff.ts';

const shown = (before: string, after: string) => readableDiff(wordDiff(before, after)).map((part) => [part.kind, part.text]);

/** The text a side reads, runs of spaces as a browser shows them. */
const side = (parts: readonly DiffPart[], drop: DiffPart['kind']) =>
  parts
    .filter((part) => part.kind !== drop)
    .map((part) => part.text)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
const collapsed = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('readableDiff', () => {
  test('keeps the space beside a removed word out of its strike-through, and writes it once', () => {
    expect(wordDiff('cyber aggressive operations', 'cyber operations')).toContainEqual({ kind: 'removed', text: 'aggressive ' });
    expect(shown('cyber aggressive operations', 'cyber operations')).toEqual([
      ['same', 'cyber '],
      ['removed', 'aggressive'],
      ['same', ' operations'],
    ]);
    expect(shown('the  big dog', 'the dog')).toEqual([
      ['same', 'the '],
      ['removed', 'big'],
      ['same', ' dog'],
    ]);
  });

  test('keeps the space before an added word out of its underline', () => {
    expect(shown('end of it.', 'end of it. New')).toEqual([
      ['same', 'end of it. '],
      ['added', 'New'],
    ]);
    expect(shown('cyber aggressive operations', 'cyber offensive attack operations')).toEqual([
      ['same', 'cyber '],
      ['removed', 'aggressive'],
      ['same', ' '],
      ['added', 'offensive attack'],
      ['same', ' operations'],
    ]);
  });

  test('shows a phrase replaced by a word as one replacement, and word-for-word swaps one by one', () => {
    expect(shown('operations in opposition to Russia', 'operations against Russia')).toEqual([
      ['same', 'operations '],
      ['removed', 'in opposition to'],
      ['same', ' '],
      ['added', 'against'],
      ['same', ' Russia'],
    ]);
    expect(shown('the big red dog', 'the large blue dog')).toEqual([
      ['same', 'the '],
      ['removed', 'big'],
      ['added', 'large'],
      ['same', ' '],
      ['removed', 'red'],
      ['added', 'blue'],
      ['same', ' dog'],
    ]);
  });

  test('shows the changes the cleaning recorded as it made them, where they cover a stretch of the diff', () => {
    const copy = 'a free move as Russia in opposition to vital American infrastructure';
    const text = 'a free pass as Russia against critical American infrastructure';
    const recorded = [
      { before: 'move', after: 'pass' },
      { before: 'in opposition to', after: 'against' },
      { before: 'vital', after: 'critical' },
    ];
    // The diff alone pairs "in" with "against" and strikes "opposition to vital" together.
    expect(shown(copy, text)).toContainEqual(['removed', 'in']);
    expect(readableDiff(wordDiff(copy, text), recorded).map((part) => [part.kind, part.text])).toEqual([
      ['same', 'a free '],
      ['removed', 'move'],
      ['added', 'pass'],
      ['same', ' as Russia '],
      ['removed', 'in opposition to'],
      ['added', 'against'],
      ['same', ' '],
      ['removed', 'vital'],
      ['added', 'critical'],
      ['same', ' American infrastructure'],
    ]);
    // Changes that do not cover the stretch leave it as the diff gave it.
    expect(readableDiff(wordDiff(copy, text), [{ before: 'in opposition', after: 'against' }])).toEqual(readableDiff(wordDiff(copy, text)));
    // Nor does a recorded change undo a join: its spaces are part of it.
    expect(readableDiff(wordDiff('if you happen to’re calling', 'if you’re calling'), [{ before: 'happen to', after: '' }])).toEqual(
      readableDiff(wordDiff('if you happen to’re calling', 'if you’re calling')),
    );
  });

  test('shows a change of spacing only where a browser would show it', () => {
    // Two spaces for one: a browser shows one either way.
    expect(shown('He said  that', 'He said that')).toEqual([['same', 'He said that']]);
    // A space taken out between two words is the only sign of the join: it stays struck.
    expect(shown('fore cast', 'forecast').some(([kind]) => kind === 'removed')).toBe(true);
  });

  test('on random edits, both sides still read as the texts do, with no change edged by a space beside a space', () => {
    // A seeded generator: the same cases on every run.
    let state = 7;
    const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const vocabulary = ['in', 'opposition', 'to', 'against', 'the', 'officials', 'officers', 'said', ',', '’re', 'you', '  ', 'war'];
    const words = (count: number) => Array.from({ length: count }, () => vocabulary[Math.floor(next() * vocabulary.length)]!);
    for (let round = 0; round < 400; round += 1) {
      const before = words(3 + Math.floor(next() * 12));
      // Each word kept, dropped or replaced, and what was done recorded as a cleaning records it.
      const recorded: Array<{ before: string; after: string }> = [];
      const after = before.flatMap((word) => {
        const kept = next();
        const replacement = kept < 0.3 ? [] : kept < 0.45 ? words(1 + Math.floor(next() * 2)) : [word];
        if (replacement !== undefined && replacement.join(' ') !== word) recorded.push({ before: word, after: replacement.join(' ') });
        return replacement;
      });
      const copy = before.join(next() < 0.5 ? ' ' : '  ');
      // Now and then two words joined, as a repair joins "you ' re" into "you’re".
      const text = after.map((word, at) => (at > 0 && next() >= 0.15 ? ` ${word}` : word)).join('');
      for (const parts of [readableDiff(wordDiff(copy, text)), readableDiff(wordDiff(copy, text), recorded)]) {
        expect(side(parts, 'added'), `${copy} → ${text}`).toBe(collapsed(copy));
        expect(side(parts, 'removed'), `${copy} → ${text}`).toBe(collapsed(text));
        parts.forEach((part, at) => {
          if (part.kind === 'same' || !/\S/.test(part.text)) return;
          if (/^\s/.test(part.text)) expect(parts[at - 1]?.text ?? 'x', `${copy} → ${text}`).toMatch(/\S$/);
          if (/\s$/.test(part.text)) expect(parts[at + 1]?.text ?? 'x', `${copy} → ${text}`).toMatch(/^\S/);
        });
      }
    }
  });

  test('on the seeds, every paragraph reads as its copy and as its cleaned text, with no change edged by a space', () => {
    const records = readdirSync('content/cleaning').filter((name) => name.endsWith('.json'));
    expect(records.length).toBeGreaterThan(0);
    let changed = 0;
    let edgedBefore = 0;
    let edgedAfter = 0;
    for (const name of records) {
      const record = JSON.parse(readFileSync(join('content/cleaning', name), 'utf8')) as {
        rawParagraphs: string[];
        paragraphOrigins: number[];
        changes: Array<{ rawParagraph: number; before: string; after: string }>;
      };
      const body = readFileSync(join('content/sources', name.replace(/\.json$/, '.md')), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
      const paragraphs = body.trim().split(/\n{2,}/);
      record.paragraphOrigins.forEach((origin, index) => {
        const raw = record.rawParagraphs[origin - 1] ?? '';
        const clean = paragraphs[index] ?? '';
        const parts = readableDiff(
          wordDiff(raw, clean),
          record.changes.filter((change) => change.rawParagraph === origin),
        );
        expect(side(parts, 'added')).toBe(collapsed(raw));
        expect(side(parts, 'removed')).toBe(collapsed(clean));
        // A change keeps an edge space only where it joins or splits words: never beside a space.
        parts.forEach((part, at) => {
          if (part.kind === 'same' || !/\S/.test(part.text)) return;
          const before = parts[at - 1];
          const after = parts[at + 1];
          if (/^\s/.test(part.text) && before?.kind === 'same') expect(before.text).toMatch(/\S$/);
          if (/\s$/.test(part.text) && after?.kind === 'same') expect(after.text).toMatch(/^\S/);
        });
        const edged = (diff: readonly DiffPart[]) => diff.filter((part) => part.kind !== 'same' && /\S/.test(part.text) && part.text !== part.text.trim()).length;
        edgedBefore += edged(wordDiff(raw, clean));
        edgedAfter += edged(parts);
        if (parts.some((part) => part.kind !== 'same')) changed += 1;
      });
    }
    expect(changed).toBeGreaterThan(10);
    // Most of the diff's changes came with a space inside them; few keep one.
    expect(edgedAfter).toBeLessThan(edgedBefore / 4);
  });
});
