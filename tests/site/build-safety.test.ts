/**
 * `npm run build` in a copy of the project: a failing build names the file and leaves the
 * previous dist/ untouched, with no staging folder left; a build killed part-way, followed
 * by a normal build, gives the same site byte for byte as an uninterrupted build.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEnvironment } from '../support/build-site.ts';
import { copyProject } from '../support/project-copy.ts';
import { differingPaths, treeDigest } from '../support/tree-digest.ts';

const BUILD_TIMEOUT_MS = 180_000;
const LEFTOVERS = ['.dist-staging', '.dist-staging-cache', '.dist-previous'];

let project: string;

function npmBuild(): { status: number | null; output: string } {
  const result = spawnSync('npm', ['run', 'build'], { cwd: project, env: buildEnvironment(), encoding: 'utf8', timeout: BUILD_TIMEOUT_MS });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

function leftovers(): string[] {
  return LEFTOVERS.filter((name) => existsSync(join(project, name)));
}

beforeAll(() => {
  project = copyProject('build-safety');
});

afterAll(() => {
  if (!process.env.KEEP) rmSync(project, { recursive: true, force: true });
});

describe('npm run build', () => {
  let goodSite: Map<string, string>;

  it('builds into dist/ and leaves no staging folder', () => {
    const { status, output } = npmBuild();
    expect(status, output).toBe(0);
    goodSite = treeDigest(join(project, 'dist'));
    expect([...goodSite.keys()].some((path) => path.startsWith('pagefind/'))).toBe(true);
    expect(leftovers()).toEqual([]);
  }, BUILD_TIMEOUT_MS);

  it('fails on a broken content file, naming it without a stack trace, and leaves dist/ as it was', () => {
    const file = 'content/actors/jd-vance.md';
    const original = readFileSync(join(project, file), 'utf8');
    writeFileSync(join(project, file), original.replace('kind: person', 'kind: wizard'));
    try {
      const { status, output } = npmBuild();
      expect(status).not.toBe(0);
      expect(output).toMatch(/content\/actors\/jd-vance\.md:\d+: field "kind"/);
      expect(output).toContain('build failed in the validate stage');
      expect(output).not.toMatch(/^\s+at\s/m);
      expect(differingPaths(goodSite, treeDigest(join(project, 'dist')))).toEqual([]);
      expect(leftovers()).toEqual([]);
    } finally {
      writeFileSync(join(project, file), original);
    }
  }, BUILD_TIMEOUT_MS);

  it('after a build killed while Astro writes, a normal build gives the same site as an uninterrupted one', async () => {
    // Its own process group, so the kill reaches npm, the build script and Astro at once,
    // as a killed terminal or CI runner would.
    const child = spawn('npm', ['run', 'build'], { cwd: project, env: buildEnvironment(), stdio: 'ignore', detached: true });
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    const started = Date.now();
    while (!existsSync(join(project, '.dist-staging')) && Date.now() - started < BUILD_TIMEOUT_MS / 2) await sleep(50);
    expect(existsSync(join(project, '.dist-staging')), 'Astro never began writing the staging folder').toBe(true);
    process.kill(-(child.pid ?? 0), 'SIGKILL');
    await exited;
    // Killed mid-way: dist/ is still the last good site, and the leftovers wait for the next build.
    expect(differingPaths(goodSite, treeDigest(join(project, 'dist')))).toEqual([]);
    expect(leftovers()).toContain('.dist-staging');

    const { status, output } = npmBuild();
    expect(status, output).toBe(0);
    expect(output).toContain('left by an interrupted build');
    expect(differingPaths(goodSite, treeDigest(join(project, 'dist')))).toEqual([]);
    expect(leftovers()).toEqual([]);
  }, BUILD_TIMEOUT_MS * 2);

  it('a build stopped with SIGTERM removes its staging folder and leaves dist/ as it was', async () => {
    const child = spawn('npm', ['run', 'build'], { cwd: project, env: buildEnvironment(), stdio: 'ignore', detached: true });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const started = Date.now();
    while (!existsSync(join(project, '.dist-staging')) && Date.now() - started < BUILD_TIMEOUT_MS / 2) await sleep(50);
    expect(existsSync(join(project, '.dist-staging'))).toBe(true);
    process.kill(-(child.pid ?? 0), 'SIGTERM');
    expect(await exited).not.toBe(0);
    // npm exits at once on the signal; the build script cleans up a moment after.
    const stopped = Date.now();
    while (leftovers().length > 0 && Date.now() - stopped < 15_000) await sleep(100);
    expect(leftovers()).toEqual([]);
    expect(differingPaths(goodSite, treeDigest(join(project, 'dist')))).toEqual([]);
  }, BUILD_TIMEOUT_MS);
});
