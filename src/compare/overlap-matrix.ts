/**
 * Who covers the same ground as whom: the passage aligner's pairs of sources that share
 * passages (align-passages.ts, `summarisePairs`), as a sources × sources matrix for the
 * overlap picture and, summed by outlet, as the table that says the same in words where a
 * table of every source would be too large to read. Sources are in the coverage grid's
 * order (outlet-order.ts). Pure.
 */
import type { PairSummary } from './align-passages.ts';
import { byOutletThenDate, outletRuns, type OrderedSource } from './outlet-order.ts';

export interface OverlapSource extends OrderedSource {
  /** Paragraphs of the source. */
  paragraphs: number;
}

/** One pair of sources that share passages, by their positions in `sources` (row < column). */
export interface OverlapCell {
  row: number;
  column: number;
  /** Paragraphs of the row's source with a match in the column's, and the other way round. */
  sharedInRow: number;
  sharedInColumn: number;
  /** Shared paragraphs over both sources' paragraphs, 0 to 1. */
  strength: number;
  /** 1 (a little) to 4 (most of both), for the picture's shades. */
  level: 1 | 2 | 3 | 4;
}

export interface OverlapMatrix {
  /** Sources in grid order. */
  sources: OverlapSource[];
  /** Every pair sharing at least one passage. */
  cells: OverlapCell[];
  /** Each outlet's run of sources: [start, end) in `sources`. */
  groups: { outlet: string; outletName: string; start: number; end: number }[];
}

/** The strength at which each level starts: a quarter of both sources' paragraphs shared is the darkest. */
const LEVEL_FROM = [0, 0.05, 0.12, 0.25] as const;

export function levelOf(strength: number): 1 | 2 | 3 | 4 {
  return strength >= LEVEL_FROM[3] ? 4 : strength >= LEVEL_FROM[2] ? 3 : strength >= LEVEL_FROM[1] ? 2 : 1;
}

export function overlapMatrix(sources: readonly OverlapSource[], pairs: readonly PairSummary[]): OverlapMatrix {
  const ordered = byOutletThenDate(sources);
  const position = new Map(ordered.map((source, index) => [source.slug, index]));
  const cells: OverlapCell[] = [];
  for (const pair of pairs) {
    const a = position.get(pair.a);
    const b = position.get(pair.b);
    if (a === undefined || b === undefined || a === b) continue;
    const [row, column, sharedInRow, sharedInColumn] = a < b ? [a, b, pair.sharedInA, pair.sharedInB] : [b, a, pair.sharedInB, pair.sharedInA];
    const total = ordered[row]!.paragraphs + ordered[column]!.paragraphs;
    const strength = total > 0 ? (sharedInRow + sharedInColumn) / total : 0;
    if (sharedInRow + sharedInColumn === 0) continue;
    cells.push({ row, column, sharedInRow, sharedInColumn, strength, level: levelOf(strength) });
  }
  cells.sort((x, y) => x.row - y.row || x.column - y.column);
  return { sources: ordered, cells, groups: outletRuns(ordered) };
}

/** Shared passages summed by outlet: for each pair of outlets, the passages their sources share, and how many pairs of sources share any. */
export interface OutletOverlap {
  outlets: { outlet: string; outletName: string; sources: number }[];
  /** `shared[i][j]`: paragraphs of outlet i's sources with a match in outlet j's sources. */
  shared: number[][];
  /** `pairs[i][j]`: pairs of sources, one of each outlet, sharing at least one passage. */
  pairs: number[][];
  /** Outlets left out past the limit (their sources' overlaps are not in the table). */
  hidden: number;
}

/** The outlets with the most sources, up to `limit`, in grid order. */
export function outletOverlap(matrix: OverlapMatrix, limit: number): OutletOverlap {
  const kept = [...matrix.groups]
    .map((group, index) => ({ ...group, index, size: group.end - group.start }))
    .sort((a, b) => b.size - a.size || a.index - b.index)
    .slice(0, limit)
    .sort((a, b) => a.index - b.index);
  const slot = new Map<number, number>();
  kept.forEach((group, at) => {
    for (let index = group.start; index < group.end; index += 1) slot.set(index, at);
  });
  const empty = () => kept.map(() => kept.map(() => 0));
  const shared = empty();
  const pairs = empty();
  for (const cell of matrix.cells) {
    const i = slot.get(cell.row);
    const j = slot.get(cell.column);
    if (i === undefined || j === undefined) continue;
    shared[i]![j]! += cell.sharedInRow;
    shared[j]![i]! += cell.sharedInColumn;
    pairs[i]![j]! += 1;
    if (i !== j) pairs[j]![i]! += 1;
  }
  return {
    outlets: kept.map((group) => ({ outlet: group.outlet, outletName: group.outletName, sources: group.size })),
    shared,
    pairs,
    hidden: matrix.groups.length - kept.length,
  };
}
