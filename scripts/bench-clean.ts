/**
 * `npm run bench:clean [-- --mb N]`: how fast the general cleaner is, and where its time goes.
 * A benchmark, not a test: it passes or fails nothing, it measures.
 *
 * 1. Builds a deterministic corpus (default 50 MB) in memory: ~800-word articles whose
 *    headlines, paragraphs and debris are drawn, by a seeded PRNG, from the raw text of the seeds
 *    whose sidecars declare them spun or machine-translated,
 *    so every article mixes the spinner's damage with the machine translator's.
 * 2. Cleans every article with the general passes (no seed's corrections), through the
 *    pipeline's own cleaner with nothing timed inside it (its hooks only count the rounds to
 *    a fixed point): the throughput is the cleaner's, not the cleaner's and a stopwatch's.
 * 3. Cleans the first PROFILED_ARTICLES again with a stopwatch on every pass (the hooks), for
 *    where the time goes: timing each pass costs time of its own, so it is a second run.
 * 4. Prints the figures as Markdown and writes them to docs/cleaning-benchmark.md.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import os from 'node:os';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import type { Root } from 'mdast';
import type { Pluggable, Plugin } from 'unified';
import { VFile } from 'vfile';
import {
  cleanArticle,
  cleaningPasses,
  createCleaner,
  MAX_ROUNDS,
  type CleanedArticle,
  type CleaningPass,
} from './clean/pipeline.ts';
import dossier from '../dossier.config.ts';
import { PROJECT_ROOT } from '../src/config/project-root.ts';
import { parseYaml, validateYaml } from '../src/files/parse-yaml.ts';
import { seedMetadataSchema } from '../src/schemas/seed-metadata.ts';
import { integer, mulberry32, pick, type Random } from './bench/random.ts';
import { reportFailure } from './lib/report-failure.ts';

const ROOT = new URL('../', import.meta.url);
const REPORT = new URL('docs/cleaning-benchmark.md', ROOT);
/**
 * The seeds the corpus is drawn from: the dossier's seeds whose sidecar declares wording
 * damage (spun first, then machine-translated, each kind by file name), as project paths.
 */
function damagedSeeds(): string[] {
  const folder = join(PROJECT_ROOT, dossier.folders.seeds);
  const damageOf = (name: string) => validateYaml(parseYaml(readFileSync(join(folder, name), 'utf8'), name), seedMetadataSchema, `${dossier.folders.seeds}/${name}`).damage;
  const sidecars = readdirSync(folder).filter((name) => name.endsWith('.yaml')).sort();
  return (['spun', 'machine-translated'] as const).flatMap((kind) =>
    sidecars.filter((name) => damageOf(name).includes(kind) && (kind === 'spun' || !damageOf(name).includes('spun'))).map((name) => `${dossier.folders.seeds}/${name.replace(/\.yaml$/, '.txt')}`),
  );
}
const DEFAULT_MB = 50;
/** Fixed, so every run cleans the same corpus and runs can be compared. */
const PRNG_SEED = 20250303;
const WORDS_PER_ARTICLE = 800;
/** Articles cleaned (and checked against `cleanArticle`) before the clock starts. */
const WARM_UP_ARTICLES = 25;
/** Articles cleaned a second time with every pass timed (or all of them, if fewer). */
const PROFILED_ARTICLES = 1000;
/** 1 MB = 10^6 bytes of UTF-8, the unit throughput is reported in. */
const MB = 1_000_000;

const USAGE = `usage: npm run bench:clean [-- --mb N]

Cleans a generated corpus of N MB (default ${DEFAULT_MB}) and writes docs/cleaning-benchmark.md.`;

// ---------------------------------------------------------------------------------------
// Corpus

function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}

const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** The raw material: damaged headlines, body paragraphs and page debris, as the seeds have them. */
interface Material {
  headlines: string[];
  paragraphs: string[];
  debris: string[];
}

/**
 * Sorts each seed's raw paragraphs by what the cleaner itself made of them (headline, body,
 * removed), so the corpus carries raw damage in the places real pages carry it.
 */
function readMaterial(): Material {
  const material: Material = { headlines: [], paragraphs: [], debris: [] };
  for (const seed of damagedSeeds()) {
    const cleaned = cleanArticle(readFileSync(join(PROJECT_ROOT, seed), 'utf8'), seed);
    cleaned.rawParagraphs.forEach((raw, index) => {
      const origin = index + 1;
      if (cleaned.paragraphOrigins.includes(origin)) material.paragraphs.push(raw);
      else if (cleaned.headlineOrigin === origin) material.headlines.push(raw);
      else if (!material.headlines.includes(raw)) material.debris.push(raw);
    });
  }
  return material;
}

/** A headline made of a body paragraph's opening words: damaged the way the body is. */
function syntheticHeadline(random: Random, paragraphs: readonly string[]): string {
  const words = pick(random, paragraphs).split(/\s+/).slice(0, integer(random, 6, 11));
  return words.join(' ').replace(/[^\p{L}\p{N}]+$/u, '');
}

/**
 * One article: a headline (sometimes doubled, as scraped pages double it), 8–15 paragraphs
 * of ~800 words in all, each one or more seed paragraphs run together, and sometimes the
 * comment form's debris. Seed paragraphs are dealt without replacement, so an article
 * rarely repeats a paragraph word for word.
 */
function generateArticle(random: Random, material: Material): string {
  const headline =
    random() < 0.3 && material.headlines.length > 0
      ? pick(random, material.headlines)
      : syntheticHeadline(random, material.paragraphs);
  const count = integer(random, 8, 15);
  let deck: string[] = [];
  const deal = () => {
    if (deck.length === 0) deck = shuffled(random, material.paragraphs);
    return deck.pop() ?? '';
  };
  const body: string[] = [];
  let words = 0;
  for (let index = 0; index < count; index += 1) {
    // Fill paragraph `index` until the article is on course for its word count.
    const target = (WORDS_PER_ARTICLE * (index + 1)) / count;
    const parts = [deal()];
    words += countWords(parts[0] ?? '');
    while (words < target) {
      const next = deal();
      parts.push(next);
      words += countWords(next);
    }
    body.push(parts.join(' '));
  }
  const blocks = [headline, ...(random() < 0.2 ? [headline] : []), ...body];
  if (random() < 0.3) blocks.push(...material.debris);
  // Both layouts the seeds use: blank lines between paragraphs, or one paragraph per line.
  return `${blocks.join(random() < 0.5 ? '\n\n' : '\n')}\n`;
}

interface Corpus {
  articles: string[];
  bytes: number;
  words: number;
}

function generateCorpus(megabytes: number, material: Material): Corpus {
  const random = mulberry32(PRNG_SEED);
  const corpus: Corpus = { articles: [], bytes: 0, words: 0 };
  while (corpus.bytes < megabytes * MB) {
    const article = generateArticle(random, material);
    corpus.articles.push(article);
    corpus.bytes += Buffer.byteLength(article, 'utf8');
    corpus.words += countWords(article);
  }
  return corpus;
}

// ---------------------------------------------------------------------------------------
// A cleaner with a stopwatch on every pass

/** What one stage cost, summed over the corpus. */
interface StageTime {
  /** Wall milliseconds. */
  ms: number;
  /** CPU milliseconds of this process (user + system): the steadier figure on a shared machine. */
  cpuMs: number;
  /** CPU milliseconds spent in the fixed-point loop's second and later rounds. */
  laterCpuMs: number;
}

/** Time summed by stage name (parse, each pass, compile), and each pass's runs in the current article. */
class Stopwatch {
  readonly totals = new Map<string, StageTime>();
  /** Runs of each pass in the article being cleaned: a second run is the loop's second round. */
  readonly #runs = new Map<string, number>();

  add(stage: string, ms: number, cpuMs: number): void {
    const runs = (this.#runs.get(stage) ?? 0) + 1;
    this.#runs.set(stage, runs);
    const total = this.totals.get(stage) ?? { ms: 0, cpuMs: 0, laterCpuMs: 0 };
    total.ms += ms;
    total.cpuMs += cpuMs;
    if (runs > 1) total.laterCpuMs += cpuMs;
    this.totals.set(stage, total);
  }

  /** A new article begins. */
  article(): void {
    this.#runs.clear();
  }

  reset(): void {
    this.totals.clear();
    this.#runs.clear();
  }
}

/** CPU milliseconds (user + system) since `since`. */
function cpuMsSince(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

/**
 * The pass's transformer, timed. Always a new attacher: unified merges the options of an
 * attacher `use`d twice, so two passes sharing one (the two lexicon passes could) would
 * otherwise be merged into one.
 */
function timedPass(pass: CleaningPass, stopwatch: Stopwatch): Pluggable {
  const [attacher, ...parameters] = Array.isArray(pass.plugin) ? pass.plugin : [pass.plugin];
  if (typeof attacher !== 'function') throw new TypeError(`pass ${pass.name}: a preset cannot be timed`);
  const timed: Plugin<[], Root> = function () {
    const transformer = attacher.apply(this, parameters);
    if (typeof transformer !== 'function') return undefined;
    // One that takes a callback may finish later; the stopwatch could not see when.
    if (transformer.length > 2) throw new TypeError(`pass ${pass.name}: only synchronous transformers can be timed`);
    return (tree, file) => {
      const start = performance.now();
      const cpu = process.cpuUsage();
      const result = transformer(tree, file, () => {});
      stopwatch.add(pass.name, performance.now() - start, cpuMsSince(cpu));
      if (result instanceof Promise) throw new TypeError(`pass ${pass.name}: only synchronous transformers can be timed`);
      return result;
    };
  };
  return timed;
}

interface TimedClean {
  article: CleanedArticle;
  /** Rounds of the general passes this article took. */
  rounds: number;
  /** Whether the last round still changed something (the loop stopped at MAX_ROUNDS). */
  settled: boolean;
}

/**
 * `createCleaner()` as it is, watched through its hooks: the rounds of its fixed-point loop
 * counted and, given a stopwatch, each pass's transformer timed and its parser and compiler
 * timed apart.
 */
function timedCleaner(stopwatch?: Stopwatch): (text: string) => TimedClean {
  let last = { rounds: 0, settled: true };
  const rounds = (count: number, settled: boolean) => {
    last = { rounds: count, settled };
  };
  if (!stopwatch) {
    // The cleaner as it is: only the rounds counted, nothing timed inside it.
    const cleaner = createCleaner({}, { rounds }).freeze();
    return (text) => ({ article: cleaner.processSync(new VFile({ value: text })).result, ...last });
  }
  const cleaner = createCleaner({}, { pass: (pass) => timedPass(pass, stopwatch), rounds }).freeze();
  return (text) => {
    const file = new VFile({ value: text });
    stopwatch.article();
    let start = performance.now();
    let cpu = process.cpuUsage();
    const tree = cleaner.parse(file);
    stopwatch.add('parse', performance.now() - start, cpuMsSince(cpu));
    cleaner.runSync(tree, file);
    start = performance.now();
    cpu = process.cpuUsage();
    const article = cleaner.stringify(tree, file);
    stopwatch.add('compile', performance.now() - start, cpuMsSince(cpu));
    return { article, ...last };
  };
}

// ---------------------------------------------------------------------------------------
// The run

interface Results {
  articles: number;
  bytes: number;
  words: number;
  wallMs: number;
  /** CPU time of the process while cleaning (user + system): what the cleaner cost, whatever else the machine ran. */
  cpuMs: number;
  /** The machine's 1-minute load average before and after cleaning: how shared it was. */
  load: [number, number];
  generateMs: number;
  changes: number;
  /** Articles by the number of rounds they took. */
  rounds: Map<number, number>;
  unsettled: number;
  peakRss: number;
  /** The second, timed run over the first articles: where the time goes. */
  profile: { articles: number; bytes: number; wallMs: number; cpuMs: number; stages: Array<{ stage: string } & StageTime> };
}

/**
 * A watched cleaner is only worth measuring if it is the cleaner: the warm-up articles
 * (which also let the JIT settle) must come out exactly as `cleanArticle` makes them.
 */
function checkAgainstCleaner(clean: (text: string) => TimedClean, articles: readonly string[]): void {
  for (const text of articles.slice(0, WARM_UP_ARTICLES)) {
    if (!isDeepStrictEqual(clean(text).article, cleanArticle(text))) {
      throw new Error('the benchmark cleaner no longer matches createCleaner(); update scripts/bench-clean.ts');
    }
  }
}

function run(megabytes: number): Results {
  let start = performance.now();
  const corpus = generateCorpus(megabytes, readMaterial());
  const generateMs = performance.now() - start;

  const clean = timedCleaner();
  checkAgainstCleaner(clean, corpus.articles);

  const rounds = new Map<number, number>();
  let unsettled = 0;
  let changes = 0;
  let peakRss = process.memoryUsage().rss;
  const progressEvery = Math.max(1, Math.ceil(corpus.articles.length / 10));
  const loadBefore = os.loadavg()[0] ?? 0;
  const cpuStart = process.cpuUsage();
  start = performance.now();
  corpus.articles.forEach((text, index) => {
    const result = clean(text);
    // Only counts are kept: holding every cleaned article would measure the heap, not the cleaner.
    changes += result.article.changes.length;
    rounds.set(result.rounds, (rounds.get(result.rounds) ?? 0) + 1);
    if (!result.settled) unsettled += 1;
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
    if ((index + 1) % progressEvery === 0) {
      const seconds = (performance.now() - start) / 1000;
      console.error(`  cleaned ${index + 1} of ${corpus.articles.length} articles in ${seconds.toFixed(1)} s`);
    }
  });
  const wallMs = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const load: [number, number] = [loadBefore, os.loadavg()[0] ?? 0];


  // Where the time goes: the first articles again, every pass timed.
  const stopwatch = new Stopwatch();
  const watched = timedCleaner(stopwatch);
  checkAgainstCleaner(watched, corpus.articles);
  stopwatch.reset();
  const sample = corpus.articles.slice(0, PROFILED_ARTICLES);
  const profileCpu = process.cpuUsage();
  const profileStart = performance.now();
  for (const text of sample) watched(text);
  const profileWallMs = performance.now() - profileStart;
  const profileCpuMs = cpuMsSince(profileCpu);
  const order = ['parse', ...cleaningPasses().map((pass) => pass.name), 'compile'];
  const stages = order.map((stage) => ({ stage, ...(stopwatch.totals.get(stage) ?? { ms: 0, cpuMs: 0, laterCpuMs: 0 }) }));
  const profile = { articles: sample.length, bytes: sample.reduce((sum, text) => sum + Buffer.byteLength(text, 'utf8'), 0), wallMs: profileWallMs, cpuMs: profileCpuMs, stages };
  return {
    articles: corpus.articles.length,
    bytes: corpus.bytes,
    words: corpus.words,
    wallMs,
    cpuMs,
    load,
    generateMs,
    changes,
    rounds,
    unsettled,
    peakRss,
    profile,
  };
}

// ---------------------------------------------------------------------------------------
// The report

const number = (value: number, digits = 0) =>
  value.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });

function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>, align: readonly ('l' | 'r')[]): string {
  const rule = align.map((side) => (side === 'r' ? '---:' : ':---'));
  return [header, rule, ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

/**
 * What was done for speed and what it measured, as a record (not recomputed): the figures
 * of the runs before and after, on this corpus, on this shared machine.
 */
const SPEED_HISTORY = `What changed for speed (issue 15, item 8), all without changing any cleaned text or
change record (the bench checks the timed cleaner against \`cleanArticle\`; the seeds' content
and the restoration benchmark are unchanged): each word's candidate set and phrase start are
looked up by the word's id, not by hashing its text; a phrase stops lengthening when no
longer form with candidates starts with it; the reading cache is keyed by numbers, not by a
string of four ids; the pooled swaps take each candidate's channel cost and base rate from its
candidate set; readings below both restore margins skip the meaning test; pattern matches are
kept per paragraph text for the next round; two hot lower-casings skip a needless replace.
Measured by CPU time, base and changed cleaner run side by side on the same 3 MB of this
corpus (same load), two pairs of runs on 6 December 2026 at a load average of 10 to 21 on 2
cores: 0.299 → 0.326 and 0.243 → 0.280 MB per CPU second (9 % and 15 % less CPU time). The run
before these changes, on the full 50 MB at a load average of 8 to 5, measured 0.33 MB per CPU
second and 0.19 MB/s wall; the first full run after them, at a load average of 22 to 13,
measured 0.33 MB per CPU second and 0.07 MB/s wall (CPU time itself grows on a machine this
loaded, so only the side-by-side runs compare).

Later (second session of 6 December 2026): the spinner table's readings find the words that
start a recorded form by one lookup per word and keep a paragraph's readings for the passes
that read it again (on 4 MB of this corpus the known-swaps pass went from 943 to 221 ms of
CPU, the record's compile from 1,017 to 691); the repeated-word check compares each word with
the one before instead of a back-reference tried at every letter (724 to 505 ms). The
totals are now measured on the cleaner with nothing timed inside it: the per-pass stopwatch
(two clock readings per pass, per round, per article) had been counted in them. With those,
on the full 50 MB at a load average of 2 to 1: 0.43 MB/s wall, 0.42 per CPU second. Then:
the un-spinner's bigram shortlist of a candidate set is kept by the words either side, all
it depends on (detect-spinning 1,160 → 633 ms and unspin-words 1,662 → 1,205 ms of CPU on
4 MB; 50 MB: 0.50 MB/s); the acronym pass looks only for the title-case forms of the
document's own acronyms (432 → 189 ms), the country-for-adjective repair only before the
titles the copy gives an adjective, and the fused-word split scans only a text with the shape
it splits; a list of forms that opens with the word-start look-behind (the lexicons', the
un-spinner's) is run without it, each match checked for a letter or digit before it (the
lexicon passes 511 → 353 and 236 → 121 ms; a pattern that starts with a class of letters
keeps its look-behind, which is faster for it). 50 MB: 0.56 to 0.60 MB/s over three runs.
Every change leaves the cleaned text and the change records as they were (the seeds' content
and the restoration benchmark unchanged, the benchmark's check against \`cleanArticle\`
passed). Figures on 4 MB vary by a tenth from run to run on this machine even when quiet.

Then (7 December 2026): a Unicode property class (\`\\p{Ll}\`) costs V8's engine about twenty
times a plain range at every character it tries, and many rule patterns tried one at every
character of every paragraph in every round. Each such pattern now has a quick test of plain
ranges that holds every character of the class and more (\`src/language/letter-classes.ts\`,
checked over every code point by its test), or a literal part every match has, and a pattern
that must start on a capital opens with a look-ahead of plain ranges, so the engine turns away
most characters before its look-behind is tried; the names the comma repair needs are read
only when a run of commas has a word after it; the look-behind check after a word-start match
answers ASCII without making a string. The same cleaned text and change records on 3 MB of
this corpus and the clean paragraphs (one hash over every record); 20 MB paired with the code
before, three pairs in turn: 0.81 of the wall time (0.73 to 0.95). Then the tokenisers (the
un-spinner's, the registry's, the name matcher's, the damage score's, the repeated-word check)
read words with classes that decide an ASCII character by a plain range and look only other
characters up in the property table (exactly the same characters, checked over every code
point): the same records again; 3 MB paired with the step before, seven pairs: 0.93 of the
wall time of the whole process (its two seconds of model loading and corpus making included).`;

function report(results: Results, megabytes: number): string {
  const seconds = results.wallMs / 1000;
  const mb = results.bytes / MB;
  const cpus = os.cpus();
  const { profile } = results;
  const timed = profile.stages.reduce((sum, { ms }) => sum + ms, 0);
  const timedCpu = profile.stages.reduce((sum, { cpuMs }) => sum + cpuMs, 0);
  const share = (ms: number) => number((100 * ms) / profile.wallMs, 1);
  const cpuShare = (ms: number) => number((100 * ms) / profile.cpuMs, 1);
  const cpuOf = (...names: string[]) => profile.stages.filter(({ stage }) => names.includes(stage)).reduce((sum, { cpuMs }) => sum + cpuMs, 0);
  const laterRounds = profile.stages.reduce((sum, { laterCpuMs }) => sum + laterCpuMs, 0);
  const ranked = [...profile.stages].sort((a, b) => b.cpuMs - a.cpuMs).slice(0, 4);
  const totals = table(
    ['measure', 'value'],
    [
      ['corpus', `${number(mb, 1)} MB`],
      ['articles', number(results.articles)],
      ['words', number(results.words)],
      ['wall time (cleaning)', `${number(seconds, 1)} s`],
      ['throughput', `${number(mb / seconds, 2)} MB/s`],
      ['CPU time (cleaning; user + system)', `${number(results.cpuMs / 1000, 1)} s`],
      ['throughput per CPU second', `${number(mb / (results.cpuMs / 1000), 2)} MB/s`],
      ['load average (1 min) before, after', `${number(results.load[0], 2)}, ${number(results.load[1], 2)} on ${cpus.length} cores`],
      ['articles per second', number(results.articles / seconds, 0)],
      ['mean time per article', `${number(results.wallMs / results.articles, 2)} ms`],
      ['changes recorded', number(results.changes)],
      ['peak RSS (sampled after each article)', `${number(results.peakRss / 2 ** 20, 0)} MiB`],
      ['corpus generation (not in wall time)', `${number(results.generateMs / 1000, 1)} s`],
    ],
    ['l', 'r'],
  );
  const passes = table(
    ['pass', 'wall ms', 'wall share %', 'CPU ms', 'CPU share %', 'CPU ms in rounds 2+'],
    [
      ...profile.stages.map(({ stage, ms, cpuMs, laterCpuMs }) => [stage, number(ms), share(ms), number(cpuMs), cpuShare(cpuMs), number(laterCpuMs)]),
      // The fixed-point loop, unified's run machinery, VFile creation, the timers themselves.
      ['(between stages)', number(profile.wallMs - timed), share(profile.wallMs - timed), number(profile.cpuMs - timedCpu), cpuShare(profile.cpuMs - timedCpu), ''],
      ['**total**', `**${number(profile.wallMs)}**`, '**100.0**', `**${number(profile.cpuMs)}**`, '**100.0**', `**${number(laterRounds)}**`],
    ],
    ['l', 'r', 'r', 'r', 'r', 'r'],
  );
  const rounds = table(
    ['rounds', 'articles'],
    [...results.rounds.entries()].sort(([a], [b]) => a - b).map(([count, articles]) => [String(count), number(articles)]),
    ['r', 'r'],
  );
  return `# Cleaning benchmark

How fast the general cleaner (\`scripts/clean/pipeline.ts\`, no seed's corrections) cleans,
and where its time goes. Written by \`npm run bench:clean\` (\`scripts/bench-clean.ts\`);
run it again to refresh these figures, which vary by a few per cent from run to run on a
quiet machine, and far more on a shared one (see the load average: CPU time is the steadier
figure). Target (issue 15): at least 0.5 MB/s with the English model on.

## Machine

${cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown CPU'}), Node ${process.version}, ${os.platform()} ${os.arch()}.

## Corpus

${number(mb, 1)} MB of UTF-8 (asked for ${number(megabytes, 1)} MB; 1 MB = 10⁶ bytes) in ${number(results.articles)} articles
of about ${number(WORDS_PER_ARTICLE)} words, generated in memory with a seeded PRNG (mulberry32, seed
${PRNG_SEED}) from the raw paragraphs of \`${damagedSeeds().join('` and `')}\`: a headline (sometimes
doubled), 8–15 paragraphs mixing both seeds' damage (spinner swaps, machine translation,
typography, repeats), sometimes the comment form's debris. The same every run. The first
${WARM_UP_ARTICLES} articles are cleaned once untimed, to warm up and to check the cleaner
against \`cleanArticle\`.

## Totals

${totals}

## Time per pass

Timing every pass costs time of its own, so the totals above come from the cleaner with
nothing timed inside it, and this table from a second run over the first
${number(profile.articles)} articles (${number(profile.bytes / MB, 1)} MB; ${number(profile.bytes / MB / (profile.cpuMs / 1000), 2)} MB per CPU second with the
stopwatch on), shares of that run's time. In pipeline order, between parsing and compiling. Each pass's time is summed over every
round of the fixed-point loop (at most ${MAX_ROUNDS} rounds; a round that records no change
ends it); the last column is the part of its CPU time spent in the second and later rounds.
\`compile\` builds the \`CleanedArticle\`, damage score included (a linear count of the raw words missing from the cleaned text).

${passes}

## Where the time goes

By CPU time, the costliest stages are ${ranked.map(({ stage, cpuMs }) => `${stage} (${cpuShare(cpuMs)} %)`).join(', ')}. The
language model's passes (detect-spinning, unspin-words, unspin-names, unspin-proven-swaps)
take ${cpuShare(cpuOf('detect-spinning', 'unspin-words', 'unspin-names', 'unspin-proven-swaps'))} % of it; most of that is reading every word and phrase
with thesaurus candidates in its context (a bigram shortlist, then trigram scores), once per
paragraph text and again only around the words a round changed. The fixed-point loop's
second and later rounds take ${cpuShare(laterRounds)} % (a round that changes nothing must
still run to show it; see the rounds below): the un-spinner's spans are what the first round edits, so
most paragraphs it reads again have changed, and a pass cannot be skipped without proving it
would change nothing. The rest is spread over the rule passes: regular-expression scans of
every paragraph (the lexicons, fused words, acronyms; each pattern's matches are kept per
paragraph text for the next round), the registry's name repairs, and retext's repeated-word
check.

${SPEED_HISTORY}

## Rounds to a fixed point

${rounds}

Articles whose last round still changed something (stopped by the limit, not settled): ${number(results.unsettled)}.
`;
}

// ---------------------------------------------------------------------------------------
// Command line

function parseMegabytes(args: string[]): number | undefined {
  const { values, positionals } = parseArgs({ args, options: { mb: { type: 'string' } }, strict: true, allowPositionals: true });
  if (positionals.length > 0) return undefined;
  if (values.mb === undefined) return DEFAULT_MB;
  const megabytes = Number(values.mb);
  return Number.isFinite(megabytes) && megabytes > 0 ? megabytes : undefined;
}

function main(args: string[]): number {
  let megabytes: number | undefined;
  try {
    megabytes = parseMegabytes(args);
  } catch {
    megabytes = undefined;
  }
  if (megabytes === undefined) {
    console.error(USAGE);
    return 2;
  }
  console.error(`bench:clean: generating ${megabytes} MB and cleaning it…`);
  const markdown = report(run(megabytes), megabytes);
  process.stdout.write(markdown);
  writeFileSync(REPORT, markdown);
  console.error(`bench:clean: wrote docs/cleaning-benchmark.md`);
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  process.exitCode = reportFailure(error, 'no report was written');
}
