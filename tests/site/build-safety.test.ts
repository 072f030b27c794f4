/**
 * `npm run build` in a copy of the project: a failing build names the file and leaves the
 * previous dist/ untouched, with no staging folder left; a build killed part-way, followed
 * by a normal build, gives the same site byte for byte as an uninterrupted build. The
 * attacks of issue 12 arrive as a pull request would bring them (links to files outside
 * the repository and to devices, FIFOs, active files in public/): each is refused with the
 * file named, within seconds, and nothing outside the repository is read, copied or deleted.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildEnvironment, printedText } from '../support/build-site.ts';
import { copyProject } from '../support/project-copy.ts';
import { differingPaths, treeDigest } from '../support/tree-digest.ts';
import { isAlive } from '../../scripts/build/build-lock.ts';

const BUILD_TIMEOUT_MS = 180_000;
const LEFTOVERS = ['.dist-staging', '.dist-staging-cache', '.dist-previous', '.build.lock'];
/** A refusal must come within seconds: what a hostile file may cost a build. */
const REFUSAL_MS = 30_000;

let project: string;

function npmBuild(): { status: number | null; output: string } {
  const result = spawnSync('npm', ['run', 'build'], { cwd: project, env: buildEnvironment(), encoding: 'utf8', timeout: BUILD_TIMEOUT_MS });
  return { status: result.status, output: printedText(result) };
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

  describe('attacks brought by a pull request (issue 12)', () => {
    let outside: string;
    const added: string[] = [];
    /** Adds a file or link at a path of the project, to be removed after the test. */
    const plant = (path: string, make: (full: string) => void) => {
      mkdirSync(join(project, path, '..'), { recursive: true });
      make(join(project, path));
      added.push(path);
    };
    const timedBuild = () => {
      const started = Date.now();
      const result = npmBuild();
      return { ...result, seconds: (Date.now() - started) / 1000 };
    };

    beforeAll(() => {
      outside = mkdtempSync(join(tmpdir(), 'dossier-outside-'));
      writeFileSync(join(outside, 'precious.json'), '{"keep": true}\n');
      // Stands for the runner's .git/config, where checkout would keep the job's token.
      mkdirSync(join(project, '.git'), { recursive: true });
      writeFileSync(join(project, '.git/config'), '[http]\n\textraheader = AUTHORIZATION: basic SECRET-TOKEN\n');
    });

    afterEach(() => {
      for (const path of added.splice(0)) rmSync(join(project, path), { recursive: true, force: true });
    });

    afterAll(() => rmSync(outside, { recursive: true, force: true }));

    it('refuses seeds and sources linked to /etc/passwd and /dev/zero, a FIFO, and a content/cleaning linked outside, in the content stage', () => {
      plant('content/sources/passwd.md', (full) => symlinkSync('/etc/passwd', full));
      plant('content/sources/zero.md', (full) => symlinkSync('/dev/zero', full));
      plant('content/sources/pipe.md', (full) => spawnSync('mkfifo', [full]));
      plant('seeds/900_passwd.txt', (full) => symlinkSync('/etc/passwd', full));
      plant('seeds/900_passwd.yaml', (full) => writeFileSync(full, 'slug: passwd\noutlet: bbc-news\npublished: 2025-03-03\nlanguage: en\n'));
      plant('seeds/901_zero.txt', (full) => symlinkSync('/dev/zero', full));
      plant('seeds/901_zero.yaml', (full) => writeFileSync(full, 'slug: zero\noutlet: bbc-news\npublished: 2025-03-03\nlanguage: en\n'));
      const cleaning = join(project, 'content/cleaning');
      const saved = `${cleaning}-saved`;
      rmSync(saved, { recursive: true, force: true });
      spawnSync('mv', [cleaning, saved]);
      try {
        symlinkSync(outside, cleaning);
        const { status, output, seconds } = timedBuild();
        expect(status).not.toBe(0);
        expect(seconds).toBeLessThan(REFUSAL_MS / 1000);
        expect(output).toMatch(/seeds\/900_passwd\.txt: is a symbolic link/);
        expect(output).toMatch(/seeds\/901_zero\.txt: is a symbolic link/);
        expect(output).toMatch(/content\/cleaning: is a symbolic link/);
        expect(output).toMatch(/content\/sources\/passwd\.md: is a symbolic link/);
        expect(output).toMatch(/content\/sources\/zero\.md: is a symbolic link/);
        expect(output).toMatch(/content\/sources\/pipe\.md: is a FIFO/);
        expect(output).toContain('build failed in the content stage');
        expect(output).not.toMatch(/^\s+at\s/m);
        expect(readdirSync(outside)).toEqual(['precious.json']);
        expect(readFileSync(join(project, 'content/sources/bbc-hegseth-orders-pause-in-cyber-operations.md'), 'utf8')).not.toContain('root:');
        expect(differingPaths(goodSite, treeDigest(join(project, 'dist')))).toEqual([]);
        expect(leftovers()).toEqual([]);
      } finally {
        rmSync(cleaning, { force: true });
        spawnSync('mv', [saved, cleaning]);
      }
    }, BUILD_TIMEOUT_MS);

    it('refuses links out of the repository and active files in public/, in the validate stage, copying nothing', () => {
      plant('public/passwd.txt', (full) => symlinkSync('/etc/passwd', full));
      plant('public/git-config.txt', (full) => symlinkSync('../.git/config', full));
      plant('public/linked.svg', (full) => symlinkSync(join(project, 'package.json'), full));
      plant('public/sw.js', (full) => writeFileSync(full, 'self.addEventListener("fetch", (e) => e.respondWith(new Response("owned", { headers: { "content-type": "text/html" } })));\n'));
      plant('public/index.shtml', (full) => writeFileSync(full, '<script>navigator.serviceWorker.register("sw.js")</script>\n'));
      plant('public/prefixed.svg', (full) => writeFileSync(full, '<x:svg xmlns:x="http://www.w3.org/2000/svg"><x:script>alert(1)</x:script></x:svg>\n'));
      plant('public/entity.svg', (full) => writeFileSync(full, '<!DOCTYPE svg [<!ENTITY s "&#60;script&#62;alert(1)&#60;/script&#62;">]>\n<svg xmlns="http://www.w3.org/2000/svg">&s;</svg>\n'));
      const { status, output, seconds } = timedBuild();
      expect(status).not.toBe(0);
      expect(seconds).toBeLessThan(REFUSAL_MS / 1000);
      for (const file of ['public/passwd.txt', 'public/git-config.txt', 'public/linked.svg', 'public/sw.js', 'public/index.shtml']) {
        expect(output).toContain(`${file}: `);
      }
      expect(output).toMatch(/public\/prefixed\.svg:1: has a <script> element/);
      expect(output).toMatch(/public\/entity\.svg:1: has a DOCTYPE/);
      expect(output).toContain('build failed in the validate stage');
      expect(output).not.toMatch(/^\s+at\s/m);
      expect(differingPaths(goodSite, treeDigest(join(project, 'dist')))).toEqual([]);
      expect(leftovers()).toEqual([]);
    }, BUILD_TIMEOUT_MS);

    it('refuses the same public/ files when Astro is run directly, before it copies anything', () => {
      plant('public/git-config.txt', (full) => symlinkSync('../.git/config', full));
      plant('public/sw.js', (full) => writeFileSync(full, 'self.skipWaiting();\n'));
      const out = join(project, '.dist-direct');
      const result = spawnSync('npx', ['astro', 'build'], { cwd: project, env: buildEnvironment({ DOSSIER_OUT_DIR: out }), encoding: 'utf8', timeout: BUILD_TIMEOUT_MS });
      expect(result.status).not.toBe(0);
      expect(`${result.stdout}${result.stderr}`).toMatch(/public\/git-config\.txt: is a symbolic link/);
      expect(`${result.stdout}${result.stderr}`).toMatch(/public\/sw\.js: public\/ does not publish files of type \.js/);
      expect(existsSync(join(out, 'git-config.txt'))).toBe(false);
      rmSync(out, { recursive: true, force: true });
    }, BUILD_TIMEOUT_MS);
  });

  it('a second build while one runs stops at once, naming the first, and leaves it to finish', async () => {
    const first = spawn('npm', ['run', 'build'], { cwd: project, env: buildEnvironment(), stdio: 'ignore', detached: true });
    const finished = new Promise<number | null>((resolve) => first.on('exit', (code) => resolve(code)));
    const started = Date.now();
    while (!existsSync(join(project, '.build.lock')) && Date.now() - started < BUILD_TIMEOUT_MS / 2) await sleep(50);
    const { status, output } = npmBuild();
    expect(status).not.toBe(0);
    expect(output).toMatch(/build not started: another build \(process \d+\) is running in this folder/);
    expect(await finished).toBe(0);
    expect(differingPaths(goodSite, treeDigest(join(project, 'dist')))).toEqual([]);
    expect(leftovers()).toEqual([]);
  }, BUILD_TIMEOUT_MS);

  it('when only the build script is killed (kill -9), its Astro stage stops itself, and the next build is the same site', async () => {
    const script = spawn(process.execPath, ['scripts/build-site.ts'], { cwd: project, env: buildEnvironment(), stdio: 'ignore' });
    const exited = new Promise<void>((resolve) => script.on('exit', () => resolve()));
    const started = Date.now();
    while (!existsSync(join(project, '.dist-staging')) && Date.now() - started < BUILD_TIMEOUT_MS / 2) await sleep(50);
    const { stageGroup } = JSON.parse(readFileSync(join(project, '.build.lock'), 'utf8')) as { stageGroup: number };
    expect(isAlive(-stageGroup)).toBe(true);
    script.kill('SIGKILL');
    await exited;
    // The orphaned stage notices within a second that its build is gone, and ends its whole group.
    const killed = Date.now();
    while (isAlive(-stageGroup) && Date.now() - killed < 10_000) await sleep(100);
    expect(isAlive(-stageGroup)).toBe(false);
    expect(differingPaths(goodSite, treeDigest(join(project, 'dist')))).toEqual([]);

    const { status, output } = npmBuild();
    expect(status, output).toBe(0);
    expect(output).toContain('removed the lock of an interrupted build');
    expect(differingPaths(goodSite, treeDigest(join(project, 'dist')))).toEqual([]);
    expect(leftovers()).toEqual([]);
  }, BUILD_TIMEOUT_MS * 2);

  it('after a build killed while Astro writes, a normal build gives the same site as an uninterrupted one', async () => {
    // Its own process group, so the kill reaches npm and the build script at once, as a
    // killed terminal or CI runner would (Astro, in a group of its own, then stops itself).
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
