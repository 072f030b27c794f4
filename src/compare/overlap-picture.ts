/**
 * What the overlap picture draws, and the words that stand for it: source by source while
 * the sources fit on the picture (a pixel each at worst), outlet by outlet beyond. The page
 * and the SVG file both ask here, so the picture and its description never disagree.
 */
import type { HeatMapInput } from './heat-map-svg.ts';
import { levelOf, outletOverlap, type OverlapMatrix } from './overlap-matrix.ts';

export interface OverlapPicture {
  /** What one row of the picture is. */
  unit: 'source' | 'outlet';
  input: HeatMapInput;
  /** The picture in words, for its `alt`. */
  alt: string;
}

export function overlapPicture(matrix: OverlapMatrix, limits: { sources: number; outlets: number }): OverlapPicture {
  const sources = matrix.sources.length;
  const pairs = matrix.cells.length;
  if (sources <= limits.sources) {
    return {
      unit: 'source',
      input: {
        size: sources,
        groups: matrix.groups.map((group) => ({ label: group.outletName, start: group.start, end: group.end })),
        cells: matrix.cells.map(({ row, column, level }) => ({ row, column, level })),
        selfDiagonal: true,
        title: `Which of the ${sources} sources cover the same ground`,
      },
      alt: `A grid of the ${sources} sources against each other, grouped by outlet: ${pairs} of ${(sources * (sources - 1)) / 2} pairs share at least one passage, shaded by how much. The table below gives the same overlaps in numbers.`,
    };
  }
  const outlets = outletOverlap(matrix, limits.outlets);
  const paragraphs = outlets.outlets.map((outlet) => matrix.sources.filter((source) => source.outlet === outlet.outlet).reduce((sum, source) => sum + source.paragraphs, 0));
  const cells: HeatMapInput['cells'][number][] = [];
  outlets.outlets.forEach((_, i) => {
    outlets.outlets.forEach((__, j) => {
      if (j < i) return;
      const shared = i === j ? outlets.shared[i]![i]! : outlets.shared[i]![j]! + outlets.shared[j]![i]!;
      const total = i === j ? paragraphs[i]! : paragraphs[i]! + paragraphs[j]!;
      if (shared > 0 && total > 0) cells.push({ row: i, column: j, level: levelOf(shared / total) });
    });
  });
  return {
    unit: 'outlet',
    input: {
      size: outlets.outlets.length,
      groups: outlets.outlets.map((outlet, index) => ({ label: outlet.outletName, start: index, end: index + 1 })),
      cells,
      selfDiagonal: false,
      title: `Which outlets' sources cover the same ground (${sources} sources)`,
    },
    alt: `A grid of the ${outlets.outlets.length} outlets with the most sources against each other, shaded by how much their ${sources} sources share; the diagonal is what one outlet's sources share among themselves. The table below gives the same overlaps in numbers.`,
  };
}
