/**
 * What the scale benchmark measures, with ordinary Node and OS tools: a stage run as its own
 * process under GNU time (wall seconds and the peak resident memory of the largest process),
 * folder sizes, and page weights (gzip of a page's HTML and its CSS, and of its JS).
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface StageResult {
  name: string;
  /** Wall-clock seconds. */
  seconds: number;
  /** Peak resident set size of the largest process in the stage, KiB. */
  peakKiB: number;
  /**
   * CPU seconds (user + system) of the stage's process and the children it waited for; not
   * Pagefind's indexer, which is not waited for. Absent from results recorded before it was.
   */
  cpuSeconds?: number;
}

/** Parent of every process now running, from /proc (Linux). */
function parents(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The command name may hold spaces and parentheses; the parent id follows its last ")".
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(parent) ?? [];
      list.push(Number(name));
      children.set(parent, list);
    } catch {
      // The process ended while we looked.
    }
  }
  return children;
}

/** The largest peak RSS (VmHWM, KiB) among `root` and all its descendants now alive. */
function treePeakKiB(root: number): number {
  const children = parents();
  let peak = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    try {
      const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (match) peak = Math.max(peak, Number(match[1]));
    } catch {
      // Gone already.
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return peak;
}

/**
 * Runs `command` under `/usr/bin/time -f '%e %M %U %S'` and returns what it reports. GNU time only
 * sees processes that are waited for, and Pagefind's indexer (a Rust binary the Node API
 * starts) is not, so the process tree's peak RSS is also sampled from /proc four times a
 * second and the larger figure kept. The stage's output goes to `log` (it can be long).
 */
export function runStage(
  name: string,
  command: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; log: (text: string) => void },
): Promise<StageResult> {
  return new Promise((resolvePromise, reject) => {
    const marker = '@@bench-time@@';
    const child = spawn('/usr/bin/time', ['-f', `${marker} %e %M %U %S`, ...command], { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let timing = '';
    let tail = '';
    let sampled = 0;
    const sampler = setInterval(() => {
      if (child.pid !== undefined) sampled = Math.max(sampled, treePeakKiB(child.pid));
    }, 250);
    child.stdout.on('data', (chunk: Buffer) => options.log(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      tail = (tail + text).slice(-4000);
      const at = tail.lastIndexOf(marker);
      if (at >= 0) timing = tail.slice(at);
      options.log(text);
    });
    child.on('error', (error) => {
      clearInterval(sampler);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(sampler);
      const match = /@@bench-time@@ ([\d.]+) (\d+) ([\d.]+) ([\d.]+)/.exec(timing);
      if (code !== 0 || !match) {
        reject(new Error(`stage "${name}" failed (exit ${code}): ${tail.replace(/@@bench-time@@.*/s, '').trim().slice(-1500)}`));
        return;
      }
      resolvePromise({ name, seconds: Number(match[1]), peakKiB: Math.max(Number(match[2]), sampled), cpuSeconds: Number(match[3]) + Number(match[4]) });
    });
  });
}

/** Every file under `dir`, as paths relative to it. */
export function listFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) files.push(relative(dir, path));
    }
  };
  if (existsSync(dir)) walk(dir);
  return files.sort();
}

export function folderBytes(dir: string): number {
  return listFiles(dir).reduce((sum, file) => sum + statSync(join(dir, file)).size, 0);
}

export const gzipBytes = (data: Buffer | string): number => gzipSync(data, { level: 9 }).length;

/** The page kinds the report weighs, each a test on the page's path in the built site. */
export const PAGE_KINDS: readonly { kind: string; test: (path: string) => boolean }[] = [
  { kind: 'home', test: (path) => path === 'index.html' },
  { kind: 'source', test: (path) => /^sources\/[^/]+\/index\.html$/.test(path) },
  { kind: 'source: changes', test: (path) => /^sources\/[^/]+\/changes\/(?:page\/\d+\/)?index\.html$/.test(path) },
  { kind: 'source: as received', test: (path) => /^sources\/[^/]+\/received\/index\.html$/.test(path) },
  // Every page of a paginated list (`sources/`, `sources/page/2/` …): the largest is the one that counts.
  { kind: 'sources index', test: (path) => /^sources\/(?:page\/\d+\/)?index\.html$/.test(path) },
  { kind: 'actor', test: (path) => /^actors\/[^/]+\/index\.html$/.test(path) },
  { kind: 'actors index', test: (path) => path === 'actors/index.html' },
  { kind: 'outlet', test: (path) => /^outlets\/[^/]+\/index\.html$/.test(path) },
  { kind: 'outlets index', test: (path) => path === 'outlets/index.html' },
  { kind: 'questions index', test: (path) => /^questions\/(?:page\/\d+\/)?index\.html$/.test(path) },
  { kind: 'question', test: (path) => /^questions\/[^/]+\/(?:page\/\d+\/)?index\.html$/.test(path) },
  { kind: 'timeline', test: (path) => /^timeline\/(?:page\/\d+\/)?index\.html$/.test(path) },
  { kind: 'compare', test: (path) => path === 'compare/index.html' },
  { kind: 'coverage grid', test: (path) => /^compare\/coverage\/(?:page\/\d+\/)?index\.html$/.test(path) },
  { kind: 'overlap', test: (path) => path === 'compare/overlap/index.html' },
  { kind: 'corrections', test: (path) => path === 'corrections/index.html' },
  { kind: 'search', test: (path) => path === 'search/index.html' },
  { kind: 'about', test: (path) => path === 'about/index.html' },
  { kind: 'build report', test: (path) => path === 'build-report/index.html' },
  { kind: '404', test: (path) => path === '404.html' },
];

export interface PageWeight {
  kind: string;
  pages: number;
  /** The page of median HTML size. */
  median: PageCost;
  /** The page of largest HTML size. */
  largest: PageCost;
}

export interface PageCost {
  path: string;
  htmlBytes: number;
  /** gzip of the HTML plus gzip of each stylesheet it links. */
  htmlCssGzip: number;
  /** gzip of the JS it loads up front (module scripts and what they import), inline scripts included. */
  jsGzip: number;
}

/** Resolves a root-relative address under the base path to a file in the built site. */
function fileFor(siteDir: string, base: string, href: string, page: string): string | undefined {
  const clean = href.split(/[?#]/)[0] ?? '';
  const path = clean.startsWith(base) ? join(siteDir, clean.slice(base.length)) : clean.startsWith('/') ? undefined : resolve(dirname(join(siteDir, page)), clean);
  return path && existsSync(path) && statSync(path).isFile() ? path : undefined;
}

/** A module's static imports, followed (Astro splits shared code into chunks). */
function jsClosure(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/(?:import|from)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) visit(resolve(dirname(file), match[1] as string));
  };
  visit(entry);
  return [...seen];
}

function pageCost(siteDir: string, base: string, page: string): PageCost {
  const html = readFileSync(join(siteDir, page), 'utf8');
  let htmlCssGzip = gzipBytes(html);
  for (const match of html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)) {
    const file = fileFor(siteDir, base, match[1] as string, page);
    if (file) htmlCssGzip += gzipBytes(readFileSync(file));
  }
  let jsGzip = 0;
  for (const match of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attributes = match[1] ?? '';
    if (/type="application\/(?:ld\+)?json"/.test(attributes)) continue;
    const src = /src="([^"]+)"/.exec(attributes)?.[1];
    if (src) {
      const file = fileFor(siteDir, base, src, page);
      if (file) for (const module of jsClosure(file)) jsGzip += gzipBytes(readFileSync(module));
    } else if ((match[2] ?? '').trim() !== '') {
      jsGzip += gzipBytes(match[2] as string);
      for (const imported of (match[2] as string).matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) {
        const file = fileFor(siteDir, base, imported[1] as string, page);
        if (file) for (const module of jsClosure(file)) jsGzip += gzipBytes(readFileSync(module));
      }
    }
  }
  return { path: page, htmlBytes: Buffer.byteLength(html), htmlCssGzip, jsGzip };
}

/** For each page kind: how many pages, and the cost of its median-sized and largest page. */
export function pageWeights(siteDir: string, base: string, htmlFiles: readonly string[]): PageWeight[] {
  const weights: PageWeight[] = [];
  for (const { kind, test } of PAGE_KINDS) {
    const pages = htmlFiles.filter(test).map((path) => ({ path, size: statSync(join(siteDir, path)).size }));
    if (pages.length === 0) continue;
    pages.sort((a, b) => a.size - b.size || (a.path < b.path ? -1 : 1));
    const median = pages[Math.floor((pages.length - 1) / 2)] as { path: string };
    const largest = pages[pages.length - 1] as { path: string };
    weights.push({ kind, pages: pages.length, median: pageCost(siteDir, base, median.path), largest: pageCost(siteDir, base, largest.path) });
  }
  return weights;
}
