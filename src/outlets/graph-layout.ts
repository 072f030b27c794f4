/**
 * Where the citation graph's nodes and lines go, computed at build time so the page ships a
 * plain SVG and no script. Sources sit in a left column, cited outlets in a right one, the
 * shorter column spread over the taller's height; lines are curves whose width grows with
 * the number of citations. The picture is only worth drawing while a reader can follow its lines: past
 * `maxRows` entries in a column there is no layout, and the page shows the table alone.
 * Label widths are estimated from character counts (no font metrics at build time), with
 * long labels shortened and kept whole in the node's tooltip.
 */
import type { CitationEdge, CitationGraph } from './citation-graph.ts';

/** Sizes of the drawing, in SVG user units (pixels at full size). */
export interface GraphLayoutOptions {
  /** Vertical space per node. */
  rowHeight: number;
  /** Most nodes in a column before the picture is dropped for the table. */
  maxRows: number;
  /** Estimated average width of a label character. */
  charWidth: number;
  /** Longest label, in characters, before it is shortened with an ellipsis. */
  maxLabel: number;
  /** Horizontal distance between the two columns of nodes. */
  columnGap: number;
  /** Margin around the drawing. */
  padding: number;
  /** Distance between a node and its label. */
  labelGap: number;
}

export const defaultGraphLayout: GraphLayoutOptions = {
  rowHeight: 30,
  maxRows: 40,
  charWidth: 7.6,
  maxLabel: 30,
  columnGap: 220,
  padding: 10,
  labelGap: 8,
};

/** A node with its position and label. */
export interface PlacedNode {
  /** Source slug or outlet id. */
  key: string;
  /** The label drawn, shortened if long. */
  label: string;
  /** The full label, for the tooltip. */
  fullLabel: string;
  /** Centre of the node's dot. */
  x: number;
  y: number;
  /** Where the label starts (outlets) or ends (sources). */
  labelX: number;
}

/** A line from a source to an outlet. */
export interface PlacedEdge {
  /** The graph edge drawn. */
  edge: CitationEdge;
  /** SVG path data: a curve from the source's dot to the outlet's. */
  d: string;
  /** Stroke width, growing with the number of citations. */
  width: number;
  /** "reporting" when the source relies on the outlet's reporting (a report or a confirmation), else "other". */
  kind: 'reporting' | 'other';
}

/** Everything the SVG needs. */
export interface GraphLayout {
  width: number;
  height: number;
  sources: PlacedNode[];
  outlets: PlacedNode[];
  edges: PlacedEdge[];
}

/** Labels of the graph's nodes. */
export interface GraphLabels {
  source: (slug: string) => string;
  outlet: (id: string) => string;
}

const round = (value: number) => Math.round(value * 10) / 10;

function shorten(label: string, max: number): string {
  return label.length <= max ? label : `${label.slice(0, max - 1).trimEnd()}…`;
}

/** Stroke width for a number of citations: 1.5 for one, 1.5 more for each further, at most 7.5. */
export function strokeWidth(citations: number): number {
  return Math.min(7.5, 1.5 * Math.max(1, citations));
}

/** The layout of a graph, or undefined when a column has more than `maxRows` nodes or no outlet is cited. */
export function layoutCitationGraph(
  graph: CitationGraph,
  labels: GraphLabels,
  options: Partial<GraphLayoutOptions> = {},
): GraphLayout | undefined {
  const o = { ...defaultGraphLayout, ...options };
  const rows = Math.max(graph.sources.length, graph.outlets.length);
  if (rows > o.maxRows || graph.outlets.length === 0 || graph.sources.length === 0) return undefined;

  const sourceLabels = graph.sources.map((source) => labels.source(source.slug));
  const outletLabels = graph.outlets.map((outlet) => labels.outlet(outlet.id));
  const textWidth = (list: readonly string[]) => Math.max(0, ...list.map((label) => shorten(label, o.maxLabel).length)) * o.charWidth;
  const leftText = textWidth(sourceLabels);
  const rightText = textWidth(outletLabels);

  const sourceX = o.padding + leftText + o.labelGap;
  const outletX = sourceX + o.columnGap;
  const height = o.padding * 2 + rows * o.rowHeight;
  // The longer column takes one row per node; the shorter one spreads over the same height,
  // so its lines fan out instead of bunching in the middle.
  const yOf = (index: number, count: number) => o.padding + (index + 0.5) * ((rows * o.rowHeight) / count);

  /** One column of nodes: keys with their full labels, at `x`, labels drawn at `labelX`. */
  const column = (keys: readonly string[], fullLabels: readonly string[], x: number, labelX: number) =>
    keys.map((key, index) => {
      const fullLabel = fullLabels[index] ?? key;
      return { key, label: shorten(fullLabel, o.maxLabel), fullLabel, x: round(x), y: round(yOf(index, keys.length)), labelX: round(labelX) };
    });
  const sources = column(graph.sources.map((source) => source.slug), sourceLabels, sourceX, sourceX - o.labelGap);
  const outlets = column(graph.outlets.map((outlet) => outlet.id), outletLabels, outletX, outletX + o.labelGap);
  const sourceAt = new Map(sources.map((node) => [node.key, node]));
  const outletAt = new Map(outlets.map((node) => [node.key, node]));
  const middle = round((sourceX + outletX) / 2);

  const edges = graph.edges.flatMap((edge): PlacedEdge[] => {
    const from = sourceAt.get(edge.slug);
    const to = outletAt.get(edge.outlet);
    if (!from || !to) return [];
    return [
      {
        edge,
        d: `M${from.x} ${from.y}C${middle} ${from.y} ${middle} ${to.y} ${to.x} ${to.y}`,
        width: strokeWidth(edge.total),
        kind: edge.roles.report + edge.roles.confirmation > 0 ? 'reporting' : 'other',
      },
    ];
  });

  return { width: Math.ceil(outletX + o.labelGap + rightText + o.padding), height: Math.ceil(height), sources, outlets, edges };
}

/**
 * Short labels for source nodes: the publishing outlet's name, with the date when two
 * sources share an outlet, and a number when they also share the date.
 */
export function sourceNodeLabels(sources: readonly { slug: string; outletName: string; date: string }[]): Map<string, string> {
  const tally = (list: readonly string[]) => {
    const counts = new Map<string, number>();
    for (const item of list) counts.set(item, (counts.get(item) ?? 0) + 1);
    return counts;
  };
  const names = tally(sources.map((source) => source.outletName));
  const dated = sources.map((source) => ((names.get(source.outletName) ?? 0) > 1 ? `${source.outletName}, ${source.date}` : source.outletName));
  const datedCounts = tally(dated);
  const seen = new Map<string, number>();
  return new Map(
    sources.map((source, index) => {
      const label = dated[index]!;
      if (datedCounts.get(label) === 1) return [source.slug, label];
      const nth = (seen.get(label) ?? 0) + 1;
      seen.set(label, nth);
      return [source.slug, `${label} (${nth})`];
    }),
  );
}
