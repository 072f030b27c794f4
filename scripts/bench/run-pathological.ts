/**
 * `npm run bench:pathological`: how long each pathological input (pathological-inputs.ts)
 * takes to go through what a pull request adding it would run. A measurement, not a test
 * (tests/unit/scripts/bench/pathological-{inputs,seeds}.test.ts hold the inputs to a bound).
 *
 *   npm run bench:pathological                              every input, full size, this checkout
 *   npm run bench:pathological -- --inputs a,b --growth     some inputs at ¼, ½ and full size
 *   npm run bench:pathological -- --baseline <rev>          the same with the code of <rev> ("before")
 *   npm run bench:pathological -- --build <input>           a whole-site build with the input added
 *   options: --timeout <s> (stop a run; default 300), --out <report.md> (default docs/pathological-inputs.md)
 *
 * Each input runs in a fresh process (scripts/bench/run-pathological-input.ts) under GNU
 * time, through the library-level stages, each timed with performance.now(). `--baseline`
 * runs the same inputs and stages against the code of another revision: `git archive` of
 * its code into a temporary folder, with this checkout's inputs and stage runner copied
 * in (both sides must run the same inputs the same way). Results are kept in a JSON file
 * beside the report and merged, so sides, inputs and builds can be measured one at a time.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { copyProjectCode, linkNodeModules } from '../lib/project-copy.ts';
import { PATHOLOGICAL_INPUTS, type PathologicalInput } from './pathological-inputs.ts';
import { mergeBuild, mergeMeasurement, readResults, writeReport, type BuildMeasurement, type Measurement, type Results, type Side } from './pathological-report.ts';
import { prepareProject, type InputRun, type StageTiming } from './pathological-stages.ts';
import { runTimed } from './timed-process.ts';

const PROJECT = resolve(import.meta.dirname, '../..');
const USAGE = `usage: npm run bench:pathological [-- --inputs a,b] [--growth] [--baseline <rev>] [--build <input,…|all>] [--timeout 300] [--out docs/pathological-inputs.md]
inputs: ${PATHOLOGICAL_INPUTS.map((input) => input.name).join(', ')}`;
const GROWTH_SCALES = [0.25, 0.5, 1];
/** What a copy of the project needs to build, as scripts/lib/project-copy.ts copies it. */
const CODE = ['package.json', 'astro.config.mjs', 'tsconfig.json', 'src', 'public', 'scripts'];
/** This checkout's benchmark files, copied into a baseline so that both sides run the same inputs and stages. */
const BENCH_FILES = ['pathological-inputs.ts', 'pathological-stages.ts', 'run-pathological-input.ts', 'random.ts'];

function benchEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  // The site is built at its default address, whatever the shell running the benchmark says.
  for (const name of ['BASE_URL', 'BASE_PATH', 'SITE_URL']) delete env[name];
  return env;
}

/** The code of `revision` in a temporary folder, with this checkout's benchmark files and packages. */
function baselineCode(revision: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-pathological-before-'));
  const archive = join(dir, 'code.tar');
  execFileSync('git', ['archive', '--format=tar', '-o', archive, revision, ...CODE], { cwd: PROJECT });
  execFileSync('tar', ['-xf', archive, '-C', dir]);
  rmSync(archive);
  for (const file of BENCH_FILES) cpSync(join(PROJECT, 'scripts/bench', file), join(dir, 'scripts/bench', file));
  linkNodeModules(PROJECT, dir);
  return dir;
}

/** One input at one scale, in a fresh process running the code in `code`. */
async function measure(input: PathologicalInput, scale: number, side: Side, code: string, limitSeconds: number): Promise<Measurement> {
  const stages: StageTiming[] = [];
  let running: string | undefined;
  let run: InputRun | undefined;
  // Made and removed here: a process stopped past the limit cannot clean up after itself.
  const work = mkdtempSync(join(tmpdir(), `dossier-pathological-${input.name}-`));
  const command = [process.execPath, 'scripts/bench/run-pathological-input.ts', '--input', input.name, '--scale', String(scale), '--content', PROJECT, '--work', work];
  const result = await runTimed(command, {
    cwd: code,
    env: benchEnv(),
    limitSeconds,
    onLine: (line) => {
      if (!line.startsWith('{')) return;
      const data = JSON.parse(line) as { starting?: string; stage?: string; seconds?: number; run?: InputRun };
      if (data.starting !== undefined) running = data.starting;
      if (data.stage !== undefined && data.seconds !== undefined) {
        stages.push({ stage: data.stage, seconds: data.seconds });
        running = undefined;
      }
      if (data.run) run = data.run;
    },
  }).finally(() => rmSync(work, { recursive: true, force: true }));
  const base = { side, input: input.name, scale, seconds: result.seconds, ...(result.cpuSeconds === undefined ? {} : { cpuSeconds: result.cpuSeconds }), stages, node: process.version };
  if (result.stopped) return { ...base, outcome: 'stopped', ...(running ? { stoppedIn: running } : {}) };
  if (!run) return { ...base, outcome: 'failed', message: result.errorTail.split('\n').at(-1) ?? `exit ${result.code}` };
  return { ...base, bytes: run.bytes, outcome: run.outcome, ...(run.refusal ? { message: run.refusal } : {}) };
}

/** The first line of a build's output that names a file of the input: the located message a contributor reads. */
function locatedLine(output: string, name: string): string | undefined {
  return output.split('\n').find((line) => line.includes(`${name}.md`) || line.includes(`${name}.txt`) || line.includes(`${name}.yaml`) || line.includes(`${name}.json`));
}

/** A whole-site build of a copy of the project, the input added, with the code in `code`. */
async function build(input: PathologicalInput, side: Side, code: string, limitSeconds: number): Promise<BuildMeasurement | undefined> {
  const text = input.make(1);
  if (text.form === 'pair') {
    console.log(`${input.name}: two texts for the word diff alone, not content; no site to build.`);
    return undefined;
  }
  const dir = mkdtempSync(join(tmpdir(), `dossier-pathological-build-${input.name}-`));
  try {
    copyProjectCode(code, dir);
    const bytes = prepareProject(PROJECT, dir, input.name, text);
    let output = '';
    const result = await runTimed([process.execPath, 'scripts/build-site.ts'], {
      cwd: dir,
      env: benchEnv(),
      limitSeconds,
      onLine: (line) => {
        output += `${line}\n`;
      },
    });
    const base = {
      side,
      input: input.name,
      bytes,
      seconds: result.seconds,
      node: process.version,
      ...(result.cpuSeconds === undefined ? {} : { cpuSeconds: result.cpuSeconds }),
      ...(result.peakKiB === undefined ? {} : { peakKiB: result.peakKiB }),
    };
    if (result.stopped) return { ...base, outcome: 'stopped' };
    if (result.code === 0) return { ...base, outcome: 'built' };
    const located = locatedLine(`${result.errorTail}\n${output}`, input.name);
    return { ...base, outcome: located ? 'refused' : 'failed', message: located ?? result.errorTail.split('\n').at(-1) ?? '' };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      inputs: { type: 'string' },
      growth: { type: 'boolean', default: false },
      baseline: { type: 'string' },
      build: { type: 'string' },
      timeout: { type: 'string', default: '300' },
      out: { type: 'string', default: 'docs/pathological-inputs.md' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const names = (values.build ?? values.inputs)?.split(',').map((name) => name.trim());
  const chosen = !names || names.includes('all') ? PATHOLOGICAL_INPUTS : PATHOLOGICAL_INPUTS.filter((input) => names.includes(input.name));
  const unknown = (names ?? []).filter((name) => name !== 'all' && !PATHOLOGICAL_INPUTS.some((input) => input.name === name));
  const limitSeconds = Number(values.timeout);
  if (unknown.length > 0 || !(limitSeconds > 0)) {
    console.error(`${unknown.length > 0 ? `no input named ${unknown.join(', ')}` : '--timeout takes a number of seconds'}.\n${USAGE}`);
    return 2;
  }
  const out = resolve(PROJECT, values.out);
  const dataFile = out.replace(/\.md$/, '.json');
  // Made before the first run, so a long run never ends unable to write its results.
  mkdirSync(dirname(out), { recursive: true });
  let results: Results = readResults(dataFile);
  const side: Side = values.baseline ? 'before' : 'after';
  const code = values.baseline ? baselineCode(values.baseline) : PROJECT;
  if (values.baseline) results = { ...results, baseline: values.baseline };
  const save = () => {
    writeFileSync(dataFile, `${JSON.stringify(results, null, 2)}\n`);
    writeReport(out, results, PATHOLOGICAL_INPUTS);
  };
  try {
    for (const input of chosen) {
      if (values.build) {
        const measured = await build(input, side, code, limitSeconds);
        if (!measured) continue;
        console.log(`[${side}] ${input.name}: whole build ${measured.outcome} in ${measured.seconds.toFixed(1)} s${measured.message ? `: ${measured.message}` : ''}`);
        results = mergeBuild(results, measured);
      } else {
        for (const scale of values.growth ? GROWTH_SCALES : [1]) {
          const measured = await measure(input, scale, side, code, limitSeconds);
          const stages = measured.stages.map((stage) => `${stage.stage} ${stage.seconds.toFixed(2)}`).join(', ');
          console.log(`[${side}] ${input.name} ×${scale}: ${measured.outcome} in ${measured.seconds.toFixed(1)} s${measured.stoppedIn ? ` (in ${measured.stoppedIn})` : ''} — ${stages}`);
          results = mergeMeasurement(results, measured);
        }
      }
      save();
    }
  } finally {
    if (code !== PROJECT) rmSync(code, { recursive: true, force: true });
  }
  console.log(`written to ${out}`);
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
