/**
 * The scale benchmark's report: the results of each size as Markdown tables, written into
 * the report between its markers (so reruns replace them and the prose around stays).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import type { FirstQuery } from './first-query.ts';
import type { GeneratedDossier } from './generate-dossier.ts';
import type { IncrementalResult } from './incremental-build.ts';
import type { PageWeight, StageResult } from './measure.ts';

const START = '<!-- bench:results:start -->';
const END = '<!-- bench:results:end -->';

export interface SizeResult {
  sources: number;
  generated: GeneratedDossier;
  generateSeconds: number;
  stages: StageResult[];
  baseline: StageResult[];
  pages: number;
  baselinePages: number;
  distBytes: number;
  pagefindBytes: number;
  baselinePagefindBytes: number;
  firstQuery: FirstQuery | null;
  weights: PageWeight[];
  node: string;
}

/** What one or more runs of the benchmark have measured, as kept in the JSON file beside the report. */
export interface BenchResults {
  /** One result per dossier size, smallest first. */
  sizes: SizeResult[];
  /** The incremental case, from the last run that measured it. */
  incremental?: IncrementalResult;
}

const number = (value: number, digits = 0) => value.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const mib = (kib: number) => number(kib / 1024);
const kb = (bytes: number) => number(bytes / 1000, 1);
const mb = (bytes: number) => number(bytes / 1e6, 1);
const seconds = (stages: readonly StageResult[]) => stages.reduce((sum, stage) => sum + stage.seconds, 0);
const peak = (stages: readonly StageResult[]) => Math.max(...stages.map((stage) => stage.peakKiB));
const find = (stages: readonly StageResult[], name: string) => stages.find((stage) => stage.name === name);
const ratio = (a: number, b: number) => `${number(a / b, 1)}×`;

function table(header: readonly string[], rows: readonly (readonly string[])[], align: readonly ('l' | 'r')[]): string {
  return [
    `| ${header.join(' | ')} |`,
    `| ${align.map((side) => (side === 'l' ? ':---' : '---:')).join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

/** The median of `values` (the lower middle one of an even count); 0 for none. */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
}

/** The incremental case as a table: each round's builds, the ratio the scale issue sets, and whether the sites match. */
function incrementalSection(result: IncrementalResult): string {
  const both = (stage: StageResult) => `${number(stage.seconds, 1)} s / ${stage.cpuSeconds === undefined ? '–' : `${number(stage.cpuSeconds, 1)} s`}`;
  const wallRatios = result.rounds.map((round) => round.incremental.seconds / round.cold.seconds);
  // Undefined for a round recorded without CPU seconds.
  const cpuRatioOf = result.rounds.map((round) => (round.incremental.cpuSeconds !== undefined && round.cold.cpuSeconds ? round.incremental.cpuSeconds / round.cold.cpuSeconds : undefined));
  const cpuRatios = cpuRatioOf.filter((ratio) => ratio !== undefined);
  const rows = result.rounds.map((round, index) => [
    String(index + 1),
    both(round.incremental),
    both(round.cold),
    number(wallRatios[index] ?? 0, 2),
    cpuRatioOf[index] === undefined ? '–' : number(cpuRatioOf[index], 2),
    round.identical ? 'identical' : `**differ**: ${round.differing.join(', ')}`,
  ]);
  rows.push(['**median**', '', '', `**${number(median(wallRatios), 2)}**`, cpuRatios.length > 0 ? `**${number(median(cpuRatios), 2)}**` : '–', result.rounds.every((round) => round.identical) ? 'all identical' : '**not all identical**']);
  return [
    `\n### Adding one source to ${number(result.sources)} (incremental build)\n`,
    `\`npm run build\`'s own script (scripts/build-site.ts, its caches, the search index included) on a dossier of ${number(result.sources + 1)} generated sources, one of which nothing else names (${result.added}). First built cold without that source (${both(result.coldBefore)}, wall / CPU); then, each round, the source put back and built with the caches, the same sources built cold just after, and the source taken out again for the next round. CPU is user + system of the build and the processes it waits for (not Pagefind's indexer). Each site of the incremental build is compared with the cold build's, file for file.\n`,
    table(
      ['round', 'one source added: wall / CPU', `cold, ${number(result.sources + 1)} sources: wall / CPU`, 'added / cold: wall', 'added / cold: CPU', 'sites'],
      rows,
      ['l', 'r', 'r', 'r', 'r', 'l'],
    ),
  ].join('\n');
}

/** The tables of the dossier sizes measured: stages, ratios, growth, output and page weights. */
function sizeSections(sizes: readonly SizeResult[]): string[] {
  const STAGES = ['clean + content', 'validate', 'astro', 'pagefind'];
  const parts: string[] = [];
  parts.push(
    '### The generated dossiers\n',
    table(
      ['sources', 'words (raw)', 'actors', 'outlets', 'questions', 'answers', 'timeline events', 'quotations', 'pages built', 'generation s'],
      sizes.map((r) => [number(r.sources), number(r.generated.words), number(r.generated.shape.actors), number(r.generated.shape.outlets), number(r.generated.shape.questions), number(r.generated.answers), number(r.generated.shape.timeline), number(r.generated.quotations), number(r.pages), number(r.generateSeconds, 1)]),
      ['r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
    ),
  );
  parts.push(
    '\n### Wall time and peak memory per stage\n',
    'Each cell: wall seconds / peak RSS of the largest process in MiB.\n',
    table(
      ['sources', ...STAGES, '**dossier total**', 'baseline astro', 'baseline pagefind', '**baseline total**'],
      sizes.map((r) => {
        const cell = (stage: StageResult | undefined) => (stage ? `${number(stage.seconds, 1)} s / ${mib(stage.peakKiB)}` : '–');
        return [
          number(r.sources),
          ...STAGES.map((name) => cell(find(r.stages, name))),
          `**${number(seconds(r.stages), 1)} s / ${mib(peak(r.stages))}**`,
          cell(find(r.baseline, 'baseline astro')),
          cell(find(r.baseline, 'baseline pagefind')),
          `**${number(seconds(r.baseline), 1)} s / ${mib(peak(r.baseline))}**`,
        ];
      }),
      ['r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
    ),
  );
  parts.push(
    '\n### Against the bare Astro + Pagefind baseline\n',
    table(
      ['sources', 'Astro + Pagefind: dossier / baseline', 'whole build (clean, validate, Astro, Pagefind) / baseline', 'peak memory: dossier / baseline'],
      sizes.map((r) => {
        const ourSite = (find(r.stages, 'astro')?.seconds ?? 0) + (find(r.stages, 'pagefind')?.seconds ?? 0);
        return [number(r.sources), ratio(ourSite, seconds(r.baseline)), ratio(seconds(r.stages), seconds(r.baseline)), ratio(peak(r.stages), peak(r.baseline))];
      }),
      ['r', 'r', 'r', 'r'],
    ),
  );
  parts.push(
    '\n### Growth: milliseconds per source\n',
    table(
      ['sources', ...STAGES, 'dossier total', 'baseline total'],
      sizes.map((r) => [
        number(r.sources),
        ...STAGES.map((name) => number(((find(r.stages, name)?.seconds ?? 0) * 1000) / r.sources, 1)),
        number((seconds(r.stages) * 1000) / r.sources, 1),
        number((seconds(r.baseline) * 1000) / r.sources, 1),
      ]),
      ['r', 'r', 'r', 'r', 'r', 'r', 'r'],
    ),
  );
  parts.push(
    '\n### Output\n',
    table(
      ['sources', 'pages (baseline)', 'built site MB', 'Pagefind index MB (baseline)', 'first search: pagefind/ bytes (requests)'],
      sizes.map((r) => [
        number(r.sources),
        `${number(r.pages)} (${number(r.baselinePages)})`,
        mb(r.distBytes),
        `${mb(r.pagefindBytes)} (${mb(r.baselinePagefindBytes)})`,
        r.firstQuery ? `${kb(r.firstQuery.bytes)} kB (${r.firstQuery.requests})` : 'not measured',
      ]),
      ['r', 'r', 'r', 'r', 'r'],
    ),
  );
  const kinds = [...new Set(sizes.flatMap((r) => r.weights.map((weight) => weight.kind)))];
  parts.push(
    '\n### Page weight by kind\n',
    'kB of gzip (level 9): the page’s HTML plus the stylesheets it links, then the JS it loads up front. Kinds with many pages give the median-sized page, then the largest.\n',
    table(
      ['page kind', ...sizes.map((r) => `${number(r.sources)} sources: HTML+CSS · JS`)],
      kinds.map((kind) => [
        kind,
        ...sizes.map((r) => {
          const weight = r.weights.find((candidate) => candidate.kind === kind);
          if (!weight) return '–';
          if (weight.pages === 1) return `${kb(weight.largest.htmlCssGzip)} · ${kb(weight.largest.jsGzip)}`;
          return `${kb(weight.median.htmlCssGzip)} (largest ${kb(weight.largest.htmlCssGzip)}) · ${kb(weight.largest.jsGzip)}`;
        }),
      ]),
      ['l', ...sizes.map(() => 'r' as const)],
    ),
  );
  return parts;
}

export function renderResults(results: BenchResults): string {
  const sizes = [...results.sizes].sort((a, b) => a.sources - b.sources);
  const parts = sizes.length > 0 ? sizeSections(sizes) : [];
  if (results.incremental) parts.push(incrementalSection(results.incremental));
  const node = sizes[0]?.node ?? results.incremental?.node;
  if (node) parts.push(`\nMeasured with Node ${node} on ${os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${number(os.totalmem() / 2 ** 30)} GiB of memory, ${os.platform()} ${os.arch()}.`);
  return parts.join('\n');
}

export function writeReport(out: string, results: BenchResults): void {
  const section = `${START}\n${renderResults(results)}\n${END}`;
  const current = existsSync(out) ? readFileSync(out, 'utf8') : `# Scale benchmark\n\n${START}\n${END}\n`;
  const start = current.indexOf(START);
  const end = current.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${out} has no ${START} … ${END} markers to write the results between`);
  writeFileSync(out, `${current.slice(0, start)}${section}${current.slice(end + END.length)}`);
}

