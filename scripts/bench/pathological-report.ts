/**
 * The pathological-input benchmark's results, kept as JSON beside the report and written
 * into the report as Markdown tables between its markers (so reruns replace the tables and
 * the prose around them stays): each input at full size before and after the fix, how the
 * time grows with the input (¼, ½ and the whole of it), and whole-site builds.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import type { PathologicalInput } from './pathological-inputs.ts';
import type { StageTiming } from './pathological-stages.ts';

/** Which code measured: the revision before the fix (`--baseline`) or this checkout. */
export type Side = 'before' | 'after';

/** One input at one scale through the library-level stages, in a fresh process. */
export interface Measurement {
  side: Side;
  input: string;
  scale: number;
  /** UTF-8 bytes of what a contributor would add; undefined when stopped before it was written. */
  bytes?: number;
  outcome: 'built' | 'refused' | 'stopped' | 'failed';
  /** The located message, when refused; the error, when failed. */
  message?: string;
  /** Wall-clock seconds of the process (Node's start-up included); the limit when stopped. */
  seconds: number;
  /** Its user and system CPU seconds, when it ended by itself. */
  cpuSeconds?: number;
  /** Stages that finished, in order. */
  stages: StageTiming[];
  /** The stage that was running when the process was stopped. */
  stoppedIn?: string;
  node: string;
}

/** One input built into a whole site (`node scripts/build-site.ts` in a copy of the project). */
export interface BuildMeasurement {
  side: Side;
  input: string;
  bytes: number;
  outcome: 'built' | 'refused' | 'stopped' | 'failed';
  message?: string;
  seconds: number;
  cpuSeconds?: number;
  peakKiB?: number;
  node: string;
}

export interface Results {
  /** The revision `before` was measured on. */
  baseline?: string;
  measurements: Measurement[];
  builds: BuildMeasurement[];
}

const START = '<!-- bench:pathological:start -->';
const END = '<!-- bench:pathological:end -->';

export function readResults(path: string): Results {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Results) : { measurements: [], builds: [] };
}

/** `results` with `added` in place of any earlier measurement of the same side, input and scale. */
export function mergeMeasurement(results: Results, added: Measurement): Results {
  const same = (other: Measurement) => other.side === added.side && other.input === added.input && other.scale === added.scale;
  return { ...results, measurements: [...results.measurements.filter((other) => !same(other)), added] };
}

export function mergeBuild(results: Results, added: BuildMeasurement): Results {
  const same = (other: BuildMeasurement) => other.side === added.side && other.input === added.input;
  return { ...results, builds: [...results.builds.filter((other) => !same(other)), added] };
}

const seconds = (value: number) => (value < 10 ? value.toFixed(1) : value.toFixed(0));
const size = (bytes: number | undefined) => (bytes === undefined ? '–' : `${Math.round(bytes / 1000).toLocaleString('en')} KB`);
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');

function slowest(measurement: Measurement): StageTiming | undefined {
  return measurement.stages.reduce<StageTiming | undefined>((worst, stage) => (!worst || stage.seconds > worst.seconds ? stage : worst), undefined);
}

/** "12 s, CPU 9.1 s (outlet citations 10 s)", "> 120 s (stopped in outlet citations)", or "–". */
function timeOf(measurement: Measurement | undefined): string {
  if (!measurement) return '–';
  if (measurement.outcome === 'stopped') return `> ${seconds(measurement.seconds)} s (stopped in ${measurement.stoppedIn ?? 'start-up'})`;
  const cpu = measurement.cpuSeconds === undefined ? '' : `, CPU ${seconds(measurement.cpuSeconds)} s`;
  const worst = slowest(measurement);
  return `${seconds(measurement.seconds)} s${cpu}${worst ? ` (${worst.stage} ${seconds(worst.seconds)} s)` : ''}`;
}

function outcomeOf(outcome: Measurement['outcome'], message: string | undefined): string {
  if (outcome === 'refused') return `refused: ${cell((message ?? '').split('\n')[0] ?? '')}`;
  if (outcome === 'failed') return `failed: ${cell((message ?? '').split('\n')[0] ?? '')}`;
  return outcome;
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

/** Total seconds of the stages at each scale, "–" where not measured. */
function growthOf(results: Results, side: Side, input: string, scales: readonly number[]): string {
  return scales
    .map((scale) => {
      const found = results.measurements.find((measurement) => measurement.side === side && measurement.input === input && measurement.scale === scale);
      if (!found) return '–';
      if (found.outcome === 'stopped') return `> ${seconds(found.seconds)}`;
      return seconds(found.stages.reduce((sum, stage) => sum + stage.seconds, 0));
    })
    .join(' · ');
}

export function renderResults(results: Results, inputs: readonly PathologicalInput[]): string {
  const find = (side: Side, input: string) =>
    results.measurements.find((measurement) => measurement.side === side && measurement.input === input && measurement.scale === 1);
  const parts: string[] = [];
  parts.push('### Each input at full size, through the library-level stages');
  parts.push('');
  parts.push(
    `Wall-clock seconds of a fresh process (Node's start-up included), its CPU seconds (user and system) where it ended by itself, and its slowest stage. Before: ${results.baseline ? `\`${results.baseline}\`` : 'not measured'}; after: this checkout.`,
  );
  parts.push('');
  parts.push(
    table(
      ['Input', 'Size', 'What it stresses', 'Before', 'After', 'Outcome'],
      inputs.map((input) => {
        const after = find('after', input.name);
        const before = find('before', input.name);
        return [
          `\`${input.name}\`: ${cell(input.pattern)}`,
          size(after?.bytes ?? before?.bytes),
          cell(input.stresses),
          timeOf(before),
          timeOf(after),
          after ? outcomeOf(after.outcome, after.message) : '–',
        ];
      }),
    ),
  );
  const scales = [...new Set(results.measurements.map((measurement) => measurement.scale))].sort((a, b) => a - b);
  if (scales.length > 1) {
    parts.push('');
    parts.push('### Growth: seconds of all stages at each share of the full size');
    parts.push('');
    parts.push(`Shares ${scales.map((scale) => `${scale}`).join(' · ')} of the full size. Doubling the input should double the time; quadrupling it means the cost is quadratic.`);
    parts.push('');
    parts.push(
      table(
        ['Input', 'Before', 'After'],
        inputs.map((input) => [`\`${input.name}\``, growthOf(results, 'before', input.name, scales), growthOf(results, 'after', input.name, scales)]),
      ),
    );
  }
  if (results.builds.length > 0) {
    parts.push('');
    parts.push('### Whole-site builds (`npm run bench:pathological -- --build <input>`)');
    parts.push('');
    parts.push(
      '`node scripts/build-site.ts` in a copy of the project with the input added, under GNU time: every stage of `npm run build`, search index included. Wall-clock seconds, and the CPU seconds (user and system, all processes) in brackets: the machine is shared, and the clock also counts waiting for it.',
    );
    parts.push('');
    const built = [...new Set(results.builds.map((build) => build.input))];
    parts.push(
      table(
        ['Input', 'Size', 'Before', 'After', 'Peak memory (after)', 'Outcome (after)'],
        built.map((name) => {
          const before = results.builds.find((build) => build.side === 'before' && build.input === name);
          const after = results.builds.find((build) => build.side === 'after' && build.input === name);
          const timeOfBuild = (build: BuildMeasurement | undefined) =>
            !build
              ? '–'
              : build.outcome === 'stopped'
                ? `> ${seconds(build.seconds)} s (stopped)`
                : `${seconds(build.seconds)} s${build.cpuSeconds === undefined ? '' : ` (CPU ${seconds(build.cpuSeconds)} s)`}`;
          return [
            `\`${name}\``,
            size(after?.bytes ?? before?.bytes),
            timeOfBuild(before),
            timeOfBuild(after),
            after?.peakKiB === undefined ? '–' : `${Math.round(after.peakKiB / 1024)} MiB`,
            after ? outcomeOf(after.outcome, after.message) : '–',
          ];
        }),
      ),
    );
  }
  const node = results.measurements.find((measurement) => measurement.side === 'after')?.node ?? results.measurements[0]?.node;
  parts.push('');
  parts.push(
    `Measured with Node ${node ?? process.version} on ${os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${os.platform()} ${os.arch()}, one input at a time.`,
  );
  return parts.join('\n');
}

export function writeReport(out: string, results: Results, inputs: readonly PathologicalInput[]): void {
  const section = `${START}\n${renderResults(results, inputs)}\n${END}`;
  const current = existsSync(out) ? readFileSync(out, 'utf8') : `# Pathological inputs\n\n${START}\n${END}\n`;
  const start = current.indexOf(START);
  const end = current.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${out} has no ${START} … ${END} markers to write the results between`);
  writeFileSync(out, `${current.slice(0, start)}${section}${current.slice(end + END.length)}`);
}
