/**
 * The benchmark corpus reader and scorer refuse a broken corpus with the file, line and field
 * at fault, rather than scoring half of it: a label that is no actor of the registry, a
 * quotation the text does not hold, a quotation found but not labelled.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCorpusRegistry, readShapeFiles } from '../../../../scripts/bench/attribution/corpus.ts';
import { sameWrittenName, scoreCorpus } from '../../../../scripts/bench/attribution/score.ts';
import { ContentError } from '../../../../src/files/content-error.ts';

const registry = readCorpusRegistry();
const root = mkdtempSync(join(tmpdir(), 'attribution-corpus-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function corpusWith(name: string, yaml: string): string {
  const dir = join(root, name);
  mkdirSync(join(dir, 'tuning'), { recursive: true });
  writeFileSync(join(dir, 'tuning', 'shape.yaml'), yaml);
  return dir;
}

function problemsOf(run: () => unknown): { line?: number; field?: string; message: string }[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ContentError) return error.problems.map(({ line, field, message }) => ({ ...(line === undefined ? {} : { line }), ...(field === undefined ? {} : { field }), message }));
    throw error;
  }
  return [];
}

describe('the benchmark corpus', () => {
  it('refuses a label that is no actor of the registry, naming the line and field', () => {
    const dir = corpusWith('bad-label', 'shape: cue-after\ncases:\n  - text: |\n      “No,” Reyes said.\n    quotations:\n      - words: "No"\n        label: nobody-known\n');
    expect(problemsOf(() => readShapeFiles('tuning', registry, dir))).toEqual([
      { line: 6, field: 'cases[0].quotations[0].label', message: expect.stringContaining('"nobody-known"') },
    ]);
  });

  it('refuses a quotation the text does not hold, and one the text holds without a label', () => {
    const dir = corpusWith('unlabelled', 'shape: cue-after\ncases:\n  - text: |\n      “No,” Reyes said. “Yes,” Varga said.\n    quotations:\n      - words: Maybe\n        label: tomas-reyes\n');
    const files = readShapeFiles('tuning', registry, dir);
    const messages = problemsOf(() => scoreCorpus(files, registry)).map((problem) => problem.message);
    expect(messages).toEqual([expect.stringContaining('no quotation “Maybe”'), expect.stringContaining('“No” has no label'), expect.stringContaining('“Yes” has no label')]);
  });
});

describe('sameWrittenName', () => {
  it('matches a name with words around it, when the shorter has two words', () => {
    expect(sameWrittenName('Fisherman Jonas Albrecht', 'Jonas Albrecht')).toBe(true);
    expect(sameWrittenName('Rep. Dana Whitfield of Marshfield', 'Rep. Dana Whitfield of Marshfield')).toBe(true);
    expect(sameWrittenName('Carla Reyes', 'Reyes')).toBe(false);
    expect(sameWrittenName('Jonas Albrecht', 'Jonas Albrechtsen')).toBe(false);
  });
});
