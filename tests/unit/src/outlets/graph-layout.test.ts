/**
 * The citation graph's layout: columns of computed height, lines by count and kind, and no
 * picture past what a reader can follow.
 */
import { describe, expect, it } from 'vitest';
import { defaultGraphLayout, layoutCitationGraph, sourceNodeLabels, strokeWidth } from '../../../../src/outlets/graph-layout.ts';
import type { CitationGraph } from '../../../../src/outlets/citation-graph.ts';
import type { RoleCounts } from '../../../../src/outlets/citation-roles.ts';
import { roleSummary } from '../../../../src/outlets/role-wording.ts';

const counts = (partial: Partial<RoleCounts>): RoleCounts => ({ report: 0, confirmation: 0, 'statement-venue': 0, mention: 0, ...partial });

const graph: CitationGraph = {
  sources: [
    { slug: 'a', outlet: 'x', citations: 3 },
    { slug: 'b', outlet: 'y', citations: 1 },
  ],
  outlets: [
    { id: 'o1', citations: 2, sources: 1 },
    { id: 'o2', citations: 1, sources: 1 },
    { id: 'o3', citations: 1, sources: 1 },
  ],
  edges: [
    { slug: 'a', outlet: 'o1', roles: counts({ report: 1, confirmation: 1 }), total: 2 },
    { slug: 'a', outlet: 'o2', roles: counts({ 'statement-venue': 1 }), total: 1 },
    { slug: 'b', outlet: 'o3', roles: counts({ mention: 1 }), total: 1 },
  ],
};
const labels = { source: (slug: string) => `Source ${slug}`, outlet: (id: string) => `Outlet ${id}` };

describe('layoutCitationGraph', () => {
  const layout = layoutCitationGraph(graph, labels)!;

  it('puts sources left and outlets right, the taller column setting the height', () => {
    expect(layout.height).toBe(defaultGraphLayout.padding * 2 + 3 * defaultGraphLayout.rowHeight);
    expect(new Set(layout.sources.map((node) => node.x)).size).toBe(1);
    expect(layout.outlets[0]!.x - layout.sources[0]!.x).toBe(defaultGraphLayout.columnGap);
    expect(layout.outlets.map((node) => node.y)).toEqual([25, 55, 85]);
    expect(layout.sources.map((node) => node.y)).toEqual([32.5, 77.5]);
    for (const node of [...layout.sources, ...layout.outlets]) {
      expect(node.y).toBeGreaterThan(0);
      expect(node.y).toBeLessThan(layout.height);
    }
    expect(layout.width).toBeGreaterThan(layout.outlets[0]!.labelX);
  });

  it('draws a line per edge, solid for reporting, wider for more citations', () => {
    expect(layout.edges.map((edge) => [edge.edge.outlet, edge.kind, edge.width])).toEqual([
      ['o1', 'reporting', 3],
      ['o2', 'other', 1.5],
      ['o3', 'other', 1.5],
    ]);
    expect(layout.edges[0]!.d).toMatch(/^M[\d.]+ 32\.5C.* 25$/);
  });

  it('shortens long labels and keeps them whole for the tooltip', () => {
    const long = layoutCitationGraph(graph, { ...labels, outlet: () => 'An outlet with a very long name indeed, too long' }, { maxLabel: 20 })!;
    expect(long.outlets[0]!.label).toBe('An outlet with a ve…');
    expect(long.outlets[0]!.fullLabel).toBe('An outlet with a very long name indeed, too long');
  });

  it('gives no picture past maxRows nodes in a column, or with nothing cited', () => {
    const many: CitationGraph = {
      ...graph,
      sources: Array.from({ length: 41 }, (_, index) => ({ slug: `s${index}`, outlet: 'x', citations: 0 })),
    };
    expect(layoutCitationGraph(many, labels)).toBeUndefined();
    expect(layoutCitationGraph({ ...many, sources: many.sources.slice(0, 40) }, labels)).toBeDefined();
    expect(layoutCitationGraph({ ...graph, outlets: [], edges: [] }, labels)).toBeUndefined();
  });

  it('is deterministic', () => {
    expect(layoutCitationGraph(graph, labels)).toEqual(layout);
  });
});

describe('strokeWidth', () => {
  it('grows with citations, within bounds', () => {
    expect([0, 1, 2, 5, 50].map(strokeWidth)).toEqual([1.5, 1.5, 3, 7.5, 7.5]);
  });
});

describe('sourceNodeLabels', () => {
  it('names a source by its outlet, with the date and then a number only when needed', () => {
    const result = sourceNodeLabels([
      { slug: 'a', outletName: 'BBC News', date: '3 March 2025' },
      { slug: 'b', outletName: 'TechCrunch', date: '3 March 2025' },
      { slug: 'c', outletName: 'TechCrunch', date: '4 March 2025' },
      { slug: 'd', outletName: 'CNN', date: '5 March 2025' },
      { slug: 'e', outletName: 'CNN', date: '5 March 2025' },
    ]);
    expect([...result.values()]).toEqual([
      'BBC News',
      'TechCrunch, 3 March 2025',
      'TechCrunch, 4 March 2025',
      'CNN, 5 March 2025 (1)',
      'CNN, 5 March 2025 (2)',
    ]);
  });
});

describe('roleSummary', () => {
  it('lists the roles present, strongest first, with counts above one', () => {
    expect(roleSummary(counts({ report: 2, confirmation: 1 }))).toBe('report ×2, confirmation');
    expect(roleSummary(counts({ 'statement-venue': 1 }))).toBe('statement venue');
    expect(roleSummary(counts({}))).toBe('');
  });
});
