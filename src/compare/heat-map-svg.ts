/**
 * The overlap picture as an SVG file, drawn at build time: a square grid, one row and one
 * column per source (or per outlet, for a dossier too large to draw source by source), a
 * cell shaded by how much the two share, outlets marked by bands and labels. Plain drawing
 * only (rect, path, line, text): no script, no styles, no links, no fonts of its own, so it
 * is a picture under any Content-Security-Policy and the same bytes on every build.
 */

export interface HeatMapInput {
  /** Entries along each axis. */
  size: number;
  /** Labelled runs of entries along both axes: [start, end). */
  groups: readonly { label: string; start: number; end: number }[];
  /** Shaded cells; each is drawn at (row, column) and (column, row). */
  cells: readonly { row: number; column: number; level: 1 | 2 | 3 | 4 }[];
  /** Whether the diagonal is an entry with itself (sources) rather than a real value (outlets). */
  selfDiagonal: boolean;
  /** One line naming the picture, for its <title>. */
  title: string;
}

/** Shades from a little shared to most shared, and the paper, rules and ink around them. */
export const HEAT_MAP_COLOURS = {
  levels: ['#f3d9d0', '#e3a38f', '#c55a40', '#8f2a17'] as const,
  paper: '#fbfaf7',
  self: '#d9d3c7',
  rule: '#8a8478',
  ink: '#1f1d1a',
} as const;

/** Width of the drawn grid, at most. */
const GRID = 480;
const LABELS = 180;
const TOP = 8;
const LEGEND = 44;
const LEGEND_WIDTH = 240;

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Cell size in pixels, a whole number: large for a few entries, one pixel for hundreds. */
export function cellSize(size: number): number {
  return Math.max(1, Math.min(24, Math.floor(GRID / Math.max(1, size))));
}

/** Runs of consecutive columns in each row, per level, as one path's commands. */
function levelPath(cells: readonly { row: number; column: number }[], cell: number, left: number, top: number): string {
  const rows = new Map<number, number[]>();
  for (const { row, column } of cells) {
    const list = rows.get(row) ?? [];
    list.push(column);
    rows.set(row, list);
  }
  const parts: string[] = [];
  for (const row of [...rows.keys()].sort((a, b) => a - b)) {
    const columns = [...new Set(rows.get(row))].sort((a, b) => a - b);
    let start = columns[0]!;
    let previous = start;
    const flush = () => parts.push(`M${left + start * cell} ${top + row * cell}h${(previous - start + 1) * cell}v${cell}h-${(previous - start + 1) * cell}z`);
    for (const column of columns.slice(1)) {
      if (column === previous + 1) {
        previous = column;
        continue;
      }
      flush();
      start = column;
      previous = column;
    }
    flush();
  }
  return parts.join('');
}

/** The picture's width and height in pixels, for the page's <img>. */
export function heatMapDimensions(size: number): { width: number; height: number } {
  const grid = cellSize(size) * size;
  // Wide enough for the legend beneath a small grid.
  return { width: LABELS + Math.max(grid, LEGEND_WIDTH) + 8, height: TOP + grid + LEGEND };
}

export function heatMapSvg(input: HeatMapInput): string {
  const cell = cellSize(input.size);
  const grid = cell * input.size;
  const { width, height } = heatMapDimensions(input.size);
  const left = LABELS;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="11">`,
    `<title>${escapeXml(input.title)}</title>`,
    `<rect width="${width}" height="${height}" fill="${HEAT_MAP_COLOURS.paper}"/>`,
    `<rect x="${left}" y="${TOP}" width="${grid}" height="${grid}" fill="#ffffff" stroke="${HEAT_MAP_COLOURS.rule}" stroke-width="1"/>`,
  ];
  if (input.selfDiagonal && input.size > 0) {
    const diagonal = Array.from({ length: input.size }, (_, index) => ({ row: index, column: index }));
    out.push(`<path fill="${HEAT_MAP_COLOURS.self}" d="${levelPath(diagonal, cell, left, TOP)}"/>`);
  }
  // The matrix is symmetric: its upper half is drawn once, and shown again mirrored across
  // the diagonal (a reference to a part of this same file), which halves the file.
  const upper: string[] = [];
  for (const level of [1, 2, 3, 4] as const) {
    const cells = input.cells.filter((entry) => entry.level === level).map((entry) => (entry.row <= entry.column ? entry : { row: entry.column, column: entry.row }));
    if (cells.length > 0) upper.push(`<path fill="${HEAT_MAP_COLOURS.levels[level - 1]}" d="${levelPath(cells, cell, left, TOP)}"/>`);
  }
  if (upper.length > 0) {
    out.push(`<g id="upper">${upper.join('')}</g>`);
    // (x, y) → (y, x) about the grid's corner.
    out.push(`<use href="#upper" transform="matrix(0 1 1 0 ${left - TOP} ${TOP - left})"/>`);
  }
  // Bands between outlets, and each outlet's name where its band is tall enough to hold it.
  const lines: string[] = [];
  for (const group of input.groups.slice(1)) {
    const at = group.start * cell;
    lines.push(`M${left + at} ${TOP}v${grid}M${left} ${TOP + at}h${grid}`);
  }
  if (lines.length > 0) out.push(`<path stroke="${HEAT_MAP_COLOURS.rule}" stroke-width="1" fill="none" d="${lines.join('')}"/>`);
  for (const group of input.groups) {
    const band = (group.end - group.start) * cell;
    if (band < 11) continue;
    const label = group.label.length > 26 ? `${group.label.slice(0, 25)}…` : group.label;
    const count = group.end - group.start > 1 ? ` (${group.end - group.start})` : '';
    out.push(`<text x="${left - 6}" y="${TOP + group.start * cell + Math.floor(band / 2) + 4}" text-anchor="end" fill="${HEAT_MAP_COLOURS.ink}">${escapeXml(label + count)}</text>`);
  }
  // Legend: the four shades, from a little shared to most of both sources.
  const legendY = TOP + grid + 16;
  out.push(`<text x="${left}" y="${legendY + 10}" fill="${HEAT_MAP_COLOURS.ink}">Shared:</text>`);
  HEAT_MAP_COLOURS.levels.forEach((colour, index) => {
    out.push(`<rect x="${left + 52 + index * 22}" y="${legendY}" width="18" height="12" fill="${colour}"/>`);
  });
  out.push(`<text x="${left + 52 + 4 * 22 + 4}" y="${legendY + 10}" fill="${HEAT_MAP_COLOURS.ink}">a little → most</text>`);
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
