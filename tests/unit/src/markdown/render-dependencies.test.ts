/**
 * What an entry's rendering reads besides its file: the counts of the sources it cites, a
 * source's own cleaning record; the editors' pages are rendered every time.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderDependencies, type RenderInputs } from '../../../../src/markdown/render-dependencies.ts';

let root: string;
let inputs: RenderInputs;
const counts = new Map<string, number>();

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'render-dependencies-'));
  inputs = { root, paragraphCounts: counts, cleaningDir: join(root, 'content', 'cleaning') };
  mkdirSync(inputs.cleaningDir, { recursive: true });
  counts.clear();
  counts.set('cited-source', 4);
  counts.set('other-source', 7);
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

const citing = 'Reported [¶2](source:cited-source#p2 "words").\n';
const actorFile = () => join(root, 'content', 'actors', 'a-person.md');
const sourceFile = (slug: string) => join(root, 'content', 'sources', `${slug}.md`);

describe('renderDependencies', () => {
  it('change with the paragraph count of a cited source, and not with another source’s', () => {
    const before = renderDependencies(inputs, actorFile(), citing);
    counts.set('other-source', 8);
    counts.set('a-new-source', 3);
    expect(renderDependencies(inputs, actorFile(), citing)).toBe(before);
    counts.set('cited-source', 5);
    expect(renderDependencies(inputs, actorFile(), citing)).not.toBe(before);
  });

  it('change with a source’s own cleaning record, and not with another source’s', () => {
    writeFileSync(join(inputs.cleaningDir, 'this-source.json'), '{"marks":1}');
    const before = renderDependencies(inputs, sourceFile('this-source'), 'Text.\n');
    writeFileSync(join(inputs.cleaningDir, 'other-source.json'), '{"marks":2}');
    expect(renderDependencies(inputs, sourceFile('this-source'), 'Text.\n')).toBe(before);
    writeFileSync(join(inputs.cleaningDir, 'this-source.json'), '{"marks":3}');
    expect(renderDependencies(inputs, sourceFile('this-source'), 'Text.\n')).not.toBe(before);
  });

  it('are undefined for the editors’ pages, whose figures count the whole dossier', () => {
    expect(renderDependencies(inputs, join(root, 'content', 'pages', 'about.md'), citing)).toBeUndefined();
  });
});
