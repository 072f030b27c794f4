/**
 * The coverage grid and the overlap picture's data (issue 17, item 3): order, states, sums
 * and limits, on invented sources.
 */
import { describe, expect, it } from 'vitest';
import { coverageGrid, type CoverageGrid } from '../../../../src/compare/coverage-grid.ts';
import { cellSize, heatMapSvg } from '../../../../src/compare/heat-map-svg.ts';
import { overlapMatrix, outletOverlap } from '../../../../src/compare/overlap-matrix.ts';
import { overlapPicture } from '../../../../src/compare/overlap-picture.ts';
import { svgProblems } from '../../../../src/files/public-files.ts';

const source = (slug: string, outlet: string, outletName: string, published: string) => ({ slug, outlet, outletName, published, title: `Title of ${slug}`, paragraphs: 10 });
const sources = [
  source('post-2', 'tarn-post', 'Tarn Post', '2025-03-05'),
  source('ledger-1', 'velmora-ledger', 'The Velmora Ledger', '2025-03-01'),
  source('post-1', 'tarn-post', 'Tarn Post', '2025-03-02'),
  source('courier-1', 'harbour-courier', 'Harbour Courier', '2025-03-03'),
];

describe('coverageGrid', () => {
  const [grid] = coverageGrid(
    sources,
    [
      { id: 'q1', question: 'Who?', relation: 'agree', answering: ['post-1', 'ledger-1'], noAnswerIn: ['courier-1'] },
      { id: 'q2', question: 'When?', relation: 'single-source', answering: ['courier-1'], noAnswerIn: ['post-1', 'post-2', 'ledger-1'] },
      { id: 'q3', question: 'Why?', relation: 'contradict', answering: ['post-2', 'courier-1'], noAnswerIn: [] },
    ],
    { sources: 10, questions: 10 },
  ) as [CoverageGrid];

  it('groups sources by outlet name, a leading "The" aside, oldest first within each', () => {
    expect(grid.groups.map((group) => [group.outletName, group.rows.map((row) => row.slug)])).toEqual([
      ['Harbour Courier', ['courier-1']],
      ['Tarn Post', ['post-1', 'post-2']],
      ['The Velmora Ledger', ['ledger-1']],
    ]);
  });

  it('gives each cell the question’s relation where the source answers, "not reported" where an editor found it silent, "not read" elsewhere', () => {
    expect(grid.groups.flatMap((group) => group.rows.map((row) => [row.slug, ...row.cells]))).toEqual([
      ['courier-1', 'not-reported', 'single-source', 'contradict'],
      ['post-1', 'agree', 'not-reported', 'not-read'],
      ['post-2', 'not-read', 'not-reported', 'contradict'],
      ['ledger-1', 'agree', 'not-reported', 'not-read'],
    ]);
    expect(grid.questions.map((question) => [question.number, question.answered])).toEqual([[1, 2], [2, 1], [3, 2]]);
  });

  it('is one page, with no navigation, while the sources fit', () => {
    expect([grid.number, grid.pageCount, grid.first, grid.last, grid.sources, grid.pagination]).toEqual([1, 1, 1, 4, 4, undefined]);
  });

  it('splits the rows into pages past the limit, every source on one page, and stops at the question limit', () => {
    const pages = coverageGrid(
      sources,
      [
        { id: 'q1', question: 'Who?', relation: 'agree', answering: [], noAnswerIn: [] },
        { id: 'q2', question: 'When?', relation: 'agree', answering: [], noAnswerIn: [] },
      ],
      { sources: 3, questions: 1 },
    );
    expect(pages.map((page) => page.groups.flatMap((group) => group.rows.map((row) => row.slug)))).toEqual([['courier-1', 'post-1', 'post-2'], ['ledger-1']]);
    expect(pages.map((page) => [page.number, page.pageCount, page.first, page.last, page.sources, page.hiddenQuestions, page.questions.length])).toEqual([
      [1, 2, 1, 3, 4, 1, 1],
      [2, 2, 4, 4, 4, 1, 1],
    ]);
    expect(pages[1]?.pagination?.previous?.path).toBe('compare/coverage/');
    expect(pages[0]?.pagination?.next?.path).toBe('compare/coverage/page/2/');
  });

  it('heads a group on each page an outlet\'s sources run across', () => {
    const pages = coverageGrid(sources, [], { sources: 2, questions: 1 });
    expect(pages.map((page) => page.groups.map((group) => group.outletName))).toEqual([['Harbour Courier', 'Tarn Post'], ['Tarn Post', 'The Velmora Ledger']]);
  });
});

describe('overlapMatrix', () => {
  const matrix = overlapMatrix(sources, [
    { a: 'post-2', b: 'ledger-1', sharedInA: 4, sharedInB: 3, onlyInA: 6, onlyInB: 7 },
    { a: 'post-1', b: 'post-2', sharedInA: 1, sharedInB: 0, onlyInA: 9, onlyInB: 10 },
  ]);

  it('places pairs by the grid’s order, row before column, with the shares the right way round', () => {
    expect(matrix.sources.map((entry) => entry.slug)).toEqual(['courier-1', 'post-1', 'post-2', 'ledger-1']);
    expect(matrix.cells).toEqual([
      { row: 1, column: 2, sharedInRow: 1, sharedInColumn: 0, strength: 0.05, level: 2 },
      { row: 2, column: 3, sharedInRow: 4, sharedInColumn: 3, strength: 0.35, level: 4 },
    ]);
    expect(matrix.groups.map((group) => [group.outlet, group.start, group.end])).toEqual([['harbour-courier', 0, 1], ['tarn-post', 1, 3], ['velmora-ledger', 3, 4]]);
  });

  it('sums the shares by outlet, keeping the outlets with most sources', () => {
    const outlets = outletOverlap(matrix, 2);
    expect(outlets.outlets.map((outlet) => outlet.outlet)).toEqual(['harbour-courier', 'tarn-post']);
    expect(outlets.hidden).toBe(1);
    expect(outlets.shared).toEqual([[0, 0], [0, 1]]);
    expect(outlets.pairs).toEqual([[0, 0], [0, 1]]);
  });
});

describe('the overlap picture', () => {
  const matrix = overlapMatrix(sources, [{ a: 'post-2', b: 'ledger-1', sharedInA: 4, sharedInB: 3, onlyInA: 6, onlyInB: 7 }]);

  it('draws sources while they fit, outlets beyond, and says so in its alt text', () => {
    const bySource = overlapPicture(matrix, { sources: 10, outlets: 10 });
    expect(bySource.unit).toBe('source');
    expect(bySource.alt).toContain('1 of 6 pairs share at least one passage');
    const byOutlet = overlapPicture(matrix, { sources: 3, outlets: 10 });
    expect(byOutlet.unit).toBe('outlet');
    expect(byOutlet.input.size).toBe(3);
  });

  it('is plain drawing, the same bytes each time, with names escaped', () => {
    const svg = heatMapSvg({ size: 2, groups: [{ label: 'A & <B>', start: 0, end: 2 }], cells: [{ row: 0, column: 1, level: 3 }], selfDiagonal: true, title: 'T' });
    expect(svg).toBe(heatMapSvg({ size: 2, groups: [{ label: 'A & <B>', start: 0, end: 2 }], cells: [{ row: 0, column: 1, level: 3 }], selfDiagonal: true, title: 'T' }));
    expect(svg).toContain('A &amp; &lt;B&gt; (2)');
    expect(svg).not.toMatch(/<(script|style|a|image|foreignObject)\b|\bon\w+=/i);
    // Every reference is to a part of the file itself.
    expect([...svg.matchAll(/href="([^"]*)"/g)].map((match) => match[1])).toEqual(['#upper']);
    // It would pass the check public/ holds contributed SVGs to (drawing only, nothing that runs).
    expect(svgProblems(new TextEncoder().encode(svg), 'overlap.svg')).toEqual([]);
    // The upper half's cell (0, 1), shown again mirrored at (1, 0).
    expect(svg).toContain(`M${180 + cellSize(2)} 8h${cellSize(2)}`);
    expect(svg).toContain('<use href="#upper" transform="matrix(0 1 1 0 172 -172)"/>');
  });

  it('merges a row’s neighbouring cells into one run, so hundreds of sources stay a small file', () => {
    const cells = Array.from({ length: 299 }, (_, index) => ({ row: 0, column: index + 1, level: 1 as const }));
    const svg = heatMapSvg({ size: 300, groups: [], cells, selfDiagonal: false, title: 'T' });
    expect(svg).toContain('M181 8h299v1h-299z');
    expect(svg.length).toBeLessThan(15_000);
  });
});
