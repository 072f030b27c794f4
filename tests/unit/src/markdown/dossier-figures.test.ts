/**
 * The method page's figures come from the cleaning records: counted at build, written in the
 * editors' prose as {{name}}, an unknown name failing the build with the file and line.
 */
import { readFileSync } from 'node:fs';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { readCleaningRecords } from '../../../../src/markdown/cleaning-records.ts';
import { dossierFigures, FIGURE_NAMES } from '../../../../src/markdown/dossier-figures.ts';
import remarkDossierFigures, { FIGURE } from '../../../../src/markdown/remark-dossier-figures.ts';

const records = [...readCleaningRecords('content/cleaning').values()];
const figures = dossierFigures(records);

function substitute(markdown: string, path = 'content/pages/about.md'): string {
  const processor = unified().use(remarkParse).use(remarkDossierFigures, { figures, include: (file: string) => file.includes('content/pages/') });
  const tree = processor.runSync(processor.parse(markdown), new VFile({ path, value: markdown }));
  const texts: string[] = [];
  const walk = (node: { type: string; value?: string; children?: unknown[] }) => {
    if (node.type === 'text' && node.value !== undefined) texts.push(node.value);
    for (const child of (node.children ?? []) as Array<{ type: string }>) walk(child);
  };
  walk(tree as { type: string });
  return texts.join('');
}

describe('dossierFigures', () => {
  it('counts what the records hold, independently recounted here', () => {
    const changes = records.flatMap((record) => record.changes).filter((change) => change.before !== change.after);
    const quotations = records.flatMap((record) => record.quotations);
    expect(figures.get('sources.cleaned')).toBe(records.length);
    expect(figures.get('changes.total')).toBe(changes.length);
    for (const level of ['certain', 'probable', 'guess'] as const) {
      expect(figures.get(`changes.${level}`)).toBe(changes.filter((change) => change.confidence === level).length);
    }
    expect((figures.get('changes.certain') ?? 0) + (figures.get('changes.probable') ?? 0) + (figures.get('changes.guess') ?? 0)).toBe(changes.length);
    expect(figures.get('changes.meaning-bearing')).toBe(changes.filter((change) => change.meaning.length > 0).length);
    for (const status of ['verbatim', 'corroborated', 'restored', 'unverified'] as const) {
      expect(figures.get(`quotations.${status}`)).toBe(quotations.filter((quotation) => quotation.status === status).length);
    }
  });
});

describe('remark-dossier-figures', () => {
  it('writes each figure in the editors’ pages, and leaves a source’s braces alone', () => {
    expect(substitute('Changes: {{changes.total}}; certain {{ changes.certain }}.')).toBe(`Changes: ${figures.get('changes.total')}; certain ${figures.get('changes.certain')}.`);
    expect(substitute('A source may write {{changes.total}}.', 'content/sources/x.md')).toBe('A source may write {{changes.total}}.');
  });

  it('fails on a name that is no figure, naming the file and line', () => {
    let failure: unknown;
    try {
      substitute('Intro.\n\nChanges: {{changes.totl}}.');
    } catch (error) {
      failure = error;
    }
    expect(failure).toMatchObject({ file: 'content/pages/about.md', line: 3, reason: expect.stringContaining('"{{changes.totl}}" names no figure') });
  });
});

describe('the method page', () => {
  const about = readFileSync('content/pages/about.md', 'utf8');

  it('states its cleaning figures through figures, never as numbers typed into the prose', () => {
    const used = [...about.matchAll(FIGURE)].map((match) => match[1]);
    expect(used).toEqual(expect.arrayContaining(['changes.certain', 'changes.probable', 'changes.guess', 'changes.meaning-bearing', 'quotations.unverified', 'quotations.verbatim']));
    for (const name of used) expect(FIGURE_NAMES).toContain(name);
    // The table rows that report counts hold a figure, not a typed number.
    for (const row of about.split('\n').filter((line) => line.startsWith('|') && !line.startsWith('| ---'))) {
      expect(row, row).not.toMatch(/\|\s*\d[\d,]*\s*\|\s*$/);
    }
  });

  it('no longer claims what the code does not do', () => {
    expect(about).not.toMatch(/do not reword quotations/i);
    expect(about).not.toMatch(/flag them rather than guess/i);
  });
});
