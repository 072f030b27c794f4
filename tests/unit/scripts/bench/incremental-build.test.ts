/**
 * The scale benchmark's incremental case: which seed it holds out, how it compares two
 * built sites, and what its table says. The builds themselves run in `npm run bench`.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { differingFiles, uncitedSeed, type IncrementalResult } from '../../../../scripts/bench/incremental-build.ts';
import { renderResults } from '../../../../scripts/bench/report.ts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A folder holding `files` (path → text). */
function folderWith(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'incremental-test-'));
  folders.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const seed = (slug: string, text = 'Officials said the plan would go ahead.') => ({ txt: text, yaml: `slug: ${slug}\noutlet: example\npublished: 2025-03-03\nlanguage: en\n` });

describe('uncitedSeed', () => {
  test('holds out the last seed when nothing names it', () => {
    const a = seed('a-one');
    const b = seed('b-two');
    const dossier = folderWith({ 'seeds/001.txt': a.txt, 'seeds/001.yaml': a.yaml, 'seeds/002.txt': b.txt, 'seeds/002.yaml': b.yaml });
    expect(uncitedSeed(dossier)).toEqual({ base: '002', slug: 'b-two' });
  });

  test('passes over a seed a key question answers from, or another seed cites', () => {
    const a = seed('a-one', 'As [a report](b-two) said, the plan goes ahead.');
    const b = seed('b-two');
    const c = seed('c-three');
    const dossier = folderWith({
      'seeds/001.txt': a.txt,
      'seeds/001.yaml': a.yaml,
      'seeds/002.txt': b.txt,
      'seeds/002.yaml': b.yaml,
      'seeds/003.txt': c.txt,
      'seeds/003.yaml': c.yaml,
      'content/questions/001-plan.md': '---\nquestion: "What happened?"\nanswers:\n  - source: c-three\n---\n',
    });
    // c-three is answered from, b-two is cited by a-one: a-one is the one nothing names.
    expect(uncitedSeed(dossier)).toEqual({ base: '001', slug: 'a-one' });
  });

  test('a seed’s own cleaned source and record do not count as naming it', () => {
    const a = seed('a-one');
    const dossier = folderWith({ 'seeds/001.txt': a.txt, 'seeds/001.yaml': a.yaml, 'content/sources/a-one.md': '---\nslug: a-one\n---\n', 'content/cleaning/a-one.json': '{"slug":"a-one"}' });
    expect(uncitedSeed(dossier).slug).toBe('a-one');
  });

  test('says so when every seed is named somewhere', () => {
    const a = seed('a-one', 'See b-two.');
    const b = seed('b-two', 'See a-one.');
    const dossier = folderWith({ 'seeds/001.txt': a.txt, 'seeds/001.yaml': a.yaml, 'seeds/002.txt': b.txt, 'seeds/002.yaml': b.yaml });
    expect(() => uncitedSeed(dossier)).toThrow(/none can be held out/);
  });
});

describe('differingFiles', () => {
  test('nothing for two identical sites', () => {
    const files = { 'index.html': '<p>Hello</p>', 'sources/a/index.html': '<p>A</p>' };
    expect(differingFiles(folderWith(files), folderWith(files))).toEqual([]);
  });

  test('names a changed file and a file only one site has, up to the limit', () => {
    const incremental = folderWith({ 'index.html': '<p>Hello</p>', 'a.html': 'a', 'b.html': 'b' });
    const cold = folderWith({ 'index.html': '<p>Hello!</p>', 'a.html': 'a', 'c.html': 'c' });
    expect(differingFiles(incremental, cold)).toEqual(['b.html (only in the incremental build)', 'index.html', 'c.html (only in the cold build)']);
    expect(differingFiles(incremental, cold, 1)).toEqual(['b.html (only in the incremental build)']);
  });
});

describe('the incremental table', () => {
  const stage = (name: string, seconds: number, cpuSeconds: number) => ({ name, seconds, cpuSeconds, peakKiB: 1024 * 900 });
  const round = (added: number, cold: number, identical = true) => ({
    incremental: stage('added', added, added * 1.1),
    cold: stage('cold', cold, cold * 1.1),
    identical,
    differing: identical ? [] : ['index.html'],
  });
  const result = (rounds: ReturnType<typeof round>[]): IncrementalResult => ({ sources: 1000, added: '01001_bench', coldBefore: stage('cold', 50, 55), rounds, node: 'v24.0.0' });

  test('gives each round’s build over the cold build just after it, and the median of the rounds', () => {
    const text = renderResults({ sizes: [], incremental: result([round(30, 60), round(45, 50), round(20, 50)]) });
    expect(text).toContain('### Adding one source to 1,000 (incremental build)');
    expect(text).toContain('| 1 | 30.0 s / 33.0 s | 60.0 s / 66.0 s | 0.50 | 0.50 | identical |');
    expect(text).toContain('| 2 | 45.0 s / 49.5 s | 50.0 s / 55.0 s | 0.90 | 0.90 | identical |');
    // 0.50, 0.90 and 0.40: the median is the middle one, not the ratio of the median times.
    expect(text).toContain('| **median** |  |  | **0.50** | **0.50** | all identical |');
    expect(text).toContain('Measured with Node v24.0.0');
    // No sizes measured: no empty tables of them.
    expect(text).not.toContain('### The generated dossiers');
  });

  test('says plainly when a round’s sites differ', () => {
    const text = renderResults({ sizes: [], incremental: result([round(30, 60), round(30, 60, false)]) });
    expect(text).toContain('| **differ**: index.html |');
    expect(text).toContain('**not all identical**');
  });
});
