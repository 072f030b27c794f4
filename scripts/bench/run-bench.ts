/**
 * `npm run bench [-- --sizes 100,1000,10000] [--incremental 1000] [--out docs/scale-benchmark.md] [--keep]`:
 * the scale benchmark. A measurement, not a test: it fails only when a build fails.
 *
 * For each size it generates a whole dossier in a temporary project copy
 * (scripts/bench/generate-dossier.ts), builds it with the full pipeline, one stage per
 * process under GNU time, builds the same cleaned sources as a bare Astro + Pagefind site
 * (scripts/bench/baseline/), measures the output, and writes the results table into the
 * report between its markers. Results are also kept per size in a JSON file beside the
 * report, so sizes can be run one at a time and still share one table.
 *
 * Then the incremental case (scripts/bench/incremental-build.ts): a dossier of
 * `--incremental` sources built cold, one source added and built again with the caches, and
 * built cold at that size, the two sites compared byte for byte (`--incremental 0`: not run).
 */
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { measureFirstQuery, type FirstQuery } from './first-query.ts';
import { generateDossier } from './generate-dossier.ts';
import { copyProjectCode, copyTemplate } from '../lib/project-copy.ts';
import { folderBytes, listFiles, pageWeights, runStage, type StageResult } from './measure.ts';
import { measureIncrementalBuild } from './incremental-build.ts';
import { writeReport, type BenchResults, type SizeResult } from './report.ts';

const PROJECT = resolve(import.meta.dirname, '../..');
const BASE = '/dossier/';
/** A word every generated source uses, so the first query loads a realistic share of the index. */
const QUERY_WORD = 'officials';

const USAGE = `usage: npm run bench [-- --sizes 100,1000,10000] [--incremental 1000] [--out docs/scale-benchmark.md] [--keep]`;


/**
 * The environment of every stage. Node's module compile cache is off: Astro turns it on
 * (`module.enableCompileCache()`, kept under the system temp folder and keyed by each module's
 * path and content), so a stage run again in the same folder skips compiling what it compiled
 * before, the bare baseline's content store above all (one module holding every source's
 * rendered HTML: at 10,000 sources 92 s to compile cold, a few seconds from the cache). Each
 * stage here compiles everything itself, as on a fresh machine, whatever ran before it.
 */
function stageEnv(dir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    NODE_DISABLE_COMPILE_CACHE: '1',
    DOSSIER_SEARCH_INDEX: 'off',
    DOSSIER_OUT_DIR: join(dir, 'dist'),
    DOSSIER_CACHE_DIR: join(dir, '.astro-cache'),
  };
  // The site is built at its default address, whatever the shell running the benchmark says.
  for (const name of ['BASE_URL', 'BASE_PATH', 'SITE_URL']) delete env[name];
  return env;
}

async function benchSize(sources: number, keep: boolean): Promise<SizeResult> {
  const work = mkdtempSync(join(os.tmpdir(), `dossier-bench-${sources}-`));
  const ours = join(work, 'dossier');
  const bare = join(work, 'baseline');
  mkdirSync(join(work, 'logs'));
  const say = (text: string) => console.log(`[${sources}] ${text}`);
  say(`working in ${work}`);
  // Stages use this very Node (the project's Node 24 under npm run), never whatever `node` the PATH finds.
  const node = process.execPath;
  const astro = (dir: string) => [node, join(dir, 'node_modules/astro/bin/astro.mjs'), 'build', '--force'];

  const started = performance.now();
  copyProjectCode(PROJECT, ours);
  const generated = generateDossier(ours, sources);
  const generateSeconds = (performance.now() - started) / 1000;
  say(`generated ${generated.shape.actors} actors, ${generated.shape.outlets} outlets, ${generated.shape.questions} questions in ${generateSeconds.toFixed(1)} s`);

  const stage = async (name: string, command: string[], cwd: string, stageResults: StageResult[]) => {
    const logFile = join(work, 'logs', `${name.replace(/\W+/g, '-')}.log`);
    const result = await runStage(name, command, { cwd, env: stageEnv(cwd), log: (text) => appendFileSync(logFile, text) });
    say(`${name}: ${result.seconds.toFixed(1)} s, ${(result.peakKiB / 1024).toFixed(0)} MiB`);
    stageResults.push(result);
  };
  const stages: StageResult[] = [];
  await stage('clean + content', [node, 'scripts/build-content.ts'], ours, stages);
  await stage('validate', [node, 'scripts/validate-content.ts'], ours, stages);
  await stage('astro', astro(ours), ours, stages);
  await stage('pagefind', [node, 'scripts/build-search-index.ts', 'dist'], ours, stages);

  copyTemplate(PROJECT, join(PROJECT, 'scripts/bench/baseline'), bare);
  cpSync(join(ours, 'content/sources'), join(bare, 'content/sources'), { recursive: true });
  const baseline: StageResult[] = [];
  await stage('baseline astro', astro(bare), bare, baseline);
  await stage('baseline pagefind', [node, join(ours, 'scripts/build-search-index.ts'), 'dist'], bare, baseline);

  const dist = join(ours, 'dist');
  const files = listFiles(dist);
  const html = files.filter((file) => file.endsWith('.html'));
  let firstQuery: FirstQuery | null = null;
  try {
    firstQuery = await measureFirstQuery(dist, BASE, QUERY_WORD);
    say(`first query "${QUERY_WORD}": ${firstQuery.bytes} bytes in ${firstQuery.requests} requests (${firstQuery.status})`);
  } catch (error) {
    say(`first query not measured: ${error instanceof Error ? error.message : String(error)}`);
  }
  const result: SizeResult = {
    sources,
    generated,
    generateSeconds,
    stages,
    baseline,
    pages: html.length,
    baselinePages: listFiles(join(bare, 'dist')).filter((file) => file.endsWith('.html')).length,
    distBytes: folderBytes(dist),
    pagefindBytes: folderBytes(join(dist, 'pagefind')),
    baselinePagefindBytes: folderBytes(join(bare, 'dist', 'pagefind')),
    firstQuery,
    weights: pageWeights(dist, BASE, html),
    node: process.version,
  };
  if (keep) say(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
  return result;
}

/**
 * The environment of the incremental case's builds: `npm run build` as a maintainer runs it
 * (its own output and cache folders, the search index built), with Node's compile cache off
 * as for every stage above, so the three builds compile alike.
 */
function buildEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NODE_DISABLE_COMPILE_CACHE: '1' };
  for (const name of ['BASE_URL', 'BASE_PATH', 'SITE_URL', 'DOSSIER_OUT_DIR', 'DOSSIER_CACHE_DIR', 'DOSSIER_SEARCH_INDEX']) delete env[name];
  return env;
}

async function benchIncremental(sources: number, keep: boolean) {
  const work = mkdtempSync(join(os.tmpdir(), `dossier-bench-incremental-${sources}-`));
  const dossier = join(work, 'dossier');
  mkdirSync(join(work, 'logs'));
  const say = (text: string) => console.log(`[incremental ${sources}] ${text}`);
  say(`working in ${work}`);
  copyProjectCode(PROJECT, dossier);
  // One source more than asked: it is the one held out, then added.
  generateDossier(dossier, sources + 1);
  const result = await measureIncrementalBuild({
    dossier,
    sources: sources + 1,
    work,
    env: buildEnv(),
    log: (name, text) => appendFileSync(join(work, 'logs', `${name.replace(/\W+/g, '-')}.log`), text),
  });
  for (const [index, round] of result.rounds.entries()) {
    say(`round ${index + 1}: one source added ${round.incremental.seconds.toFixed(1)} s, cold ${round.cold.seconds.toFixed(1)} s (${(round.incremental.seconds / round.cold.seconds).toFixed(2)}); sites ${round.identical ? 'identical' : `differ: ${round.differing.join(', ')}`}`);
  }
  if (keep) say(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
  return result;
}

/** What the JSON file beside the report holds; a bare list is the sizes alone, as first written. */
function readKept(dataFile: string): BenchResults {
  if (!existsSync(dataFile)) return { sizes: [] };
  const data = JSON.parse(readFileSync(dataFile, 'utf8')) as BenchResults | SizeResult[];
  return Array.isArray(data) ? { sizes: data } : data;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { sizes: { type: 'string', default: '100,1000,10000' }, incremental: { type: 'string', default: '1000' }, out: { type: 'string', default: 'docs/scale-benchmark.md' }, keep: { type: 'boolean', default: false }, help: { type: 'boolean', default: false } },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const sizes = values.sizes.trim() === '' ? [] : values.sizes.split(',').map((size) => Number(size.trim()));
  if (sizes.some((size) => !Number.isInteger(size) || size < 1)) {
    console.error(`--sizes takes whole numbers separated by commas, such as 100,1000 (or nothing, for the incremental case alone).\n${USAGE}`);
    return 2;
  }
  const incremental = Number(values.incremental.trim());
  if (!Number.isInteger(incremental) || incremental < 0) {
    console.error(`--incremental takes a whole number of sources, such as 1000 (0: not run).\n${USAGE}`);
    return 2;
  }
  const out = resolve(PROJECT, values.out);
  const dataFile = out.replace(/\.md$/, '.json');
  // Made before the first size is built, so a long run never ends unable to write its results.
  mkdirSync(dirname(out), { recursive: true });
  const kept = readKept(dataFile);
  const save = (what: string) => {
    writeFileSync(dataFile, `${JSON.stringify(kept, null, 2)}\n`);
    writeReport(out, kept);
    console.log(`[${what}] written to ${out}`);
  };
  for (const size of sizes) {
    const result = await benchSize(size, values.keep);
    kept.sizes = [...kept.sizes.filter((other) => other.sources !== size), result].sort((a, b) => a.sources - b.sources);
    save(String(size));
  }
  if (incremental > 0) {
    kept.incremental = await benchIncremental(incremental, values.keep);
    save(`incremental ${incremental}`);
  }
  console.log(`done: ${kept.sizes.map((result) => result.sources).join(', ')} sources${kept.incremental ? `, the incremental case at ${kept.incremental.sources}` : ''} in ${out}`);
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
