/**
 * `npm run clean -- <file> [--json]`, run as a real process on temporary files: what it
 * prints, what it refuses, and its exit codes.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CLI = join(ROOT, 'scripts/clean-file.ts');
// The project's own Node (24, which strips types); the system one may be older.
const NODE = join(ROOT, 'node_modules/.bin/node');

const dir = mkdtempSync(join(tmpdir(), 'dossier-clean-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes a file in the temp folder; returns its name there (the CLI runs in that folder). */
function write(name: string, contents: string | Uint8Array): string {
  writeFileSync(join(dir, name), contents);
  return name;
}

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function clean(...args: string[]): Run {
  const env = { ...process.env };
  delete env.DEBUG;
  delete env.GITHUB_ACTIONS;
  const result = spawnSync(NODE, [CLI, ...args], { cwd: dir, encoding: 'utf8', env, timeout: 30_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Lines of the spun seed that contain each of these phrases (its raw paragraphs, one per line). */
function spunLines(...phrases: string[]): string[] {
  const seed = readFileSync(join(ROOT, 'seeds/004_bd6e33f06cb5aaa0.txt'), 'utf8').split('\n');
  return phrases.map((phrase) => {
    const line = seed.find((candidate) => candidate.includes(phrase));
    if (line === undefined) throw new Error(`seed 004 has no line with "${phrase}"`);
    return line;
  });
}

const SPUN = `${spunLines(
  'on the White Home on Friday',
  'they might not touch upon the problem',
  'Senior members of Trump’s group',
).join('\n\n')}\n`;

/** Plain, correct news English: nothing in it is damage. */
const CLEAN = [
  'The city council approved a new budget on Tuesday after a long debate. Officials said the plan would fund two new schools and repair several roads. The mayor thanked residents for their patience.',
  'A final vote on the housing proposal is expected next month. Opponents have promised to challenge it in court, arguing that the consultation was too short.',
].join('\n\n');

describe('npm run clean', { timeout: 60_000 }, () => {
  describe('a spun text', () => {
    const file = write('spun.txt', SPUN);

    it('prints the text restored by the general rules', () => {
      const run = clean(file);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.stdout).toContain('at the White House on Friday');
      expect(run.stdout).not.toContain('White Home');
      expect(run.stdout).toContain('comment on the issue');
      expect(run.stdout.endsWith('\n')).toBe(true);
      expect(run.stdout).toMatch(/\.\n\n\S/);
    });

    it("applies none of the seed's own corrections", () => {
      const run = clean(file);
      // seeds/004's sidecar corrects these; the general cleaner must leave them.
      expect(run.stdout).toContain('Senior members of Trump’s group');
      expect(run.stdout).not.toContain('Trump’s team');
      expect(run.stdout).toContain('said they might not comment');
      expect(run.stdout).not.toContain('would not comment');
    });

    it('prints the cleaned article and its changes as JSON with --json', () => {
      const run = clean(file, '--json');
      expect(run.status).toBe(0);
      const parsed: unknown = JSON.parse(run.stdout);
      expect(Object.keys(parsed as object)).toEqual(['file', 'headline', 'paragraphs', 'changes', 'damage', 'score']);
      const article = parsed as { file: string; headline: unknown; paragraphs: string[]; changes: Array<{ ruleId: string }> };
      expect(article.file).toBe('spun.txt');
      expect(article.headline).toBeNull();
      expect(article.paragraphs).toHaveLength(3);
      expect(article.changes.length).toBeGreaterThan(5);
      for (const change of article.changes) expect(change.ruleId).toMatch(/^[a-z-]+\/[a-z0-9-]+$/);
      const ruleIds = article.changes.map((change) => change.ruleId);
      expect(ruleIds).toContain('spinner/on-the-white-home');
      expect(ruleIds.filter((id) => id.startsWith('editorial/'))).toEqual([]);
      expect(run.stdout).toMatch(/^\{\n {2}"file": "spun.txt",\n/);
    });

    it('accepts --json before the file', () => {
      expect(clean('--json', file).stdout).toBe(clean(file, '--json').stdout);
    });

    it('reads CRLF line endings as line endings', () => {
      const crlf = write('spun-crlf.txt', SPUN.replace(/\n/g, '\r\n'));
      const run = clean(crlf);
      expect(run.status).toBe(0);
      expect(run.stdout).not.toContain('\r');
      expect(run.stdout).toBe(clean(file).stdout);
    });
  });

  describe('a clean text', () => {
    it('comes out byte for byte as it went in', () => {
      const run = clean(write('clean.txt', `${CLEAN}\n`));
      expect(run.status).toBe(0);
      expect(run.stdout).toBe(`${CLEAN}\n`);
    });

    it('records no changes', () => {
      const run = clean(write('clean.txt', `${CLEAN}\n`), '--json');
      const article = JSON.parse(run.stdout) as { changes: unknown[]; score: { found: number } };
      expect(article.changes).toEqual([]);
      expect(article.score.found).toBe(0);
    });

    it('is the same with CRLF line endings, which are not recorded as changes', () => {
      const crlf = write('clean-crlf.txt', `${CLEAN}\r\n`.replace(/\n\n/g, '\r\n\r\n'));
      expect(clean(crlf).stdout).toBe(`${CLEAN}\n`);
      expect((JSON.parse(clean(crlf, '--json').stdout) as { changes: unknown[] }).changes).toEqual([]);
    });

    it('prints a headline as a `#` line', () => {
      const run = clean(write('headline.txt', `Council approves new budget\n\n${CLEAN}\n`));
      expect(run.stdout).toBe(`# Council approves new budget\n\n${CLEAN}\n`);
    });
  });

  describe('an empty text', () => {
    it('prints nothing for an empty file', () => {
      expect(clean(write('empty.txt', ''))).toEqual({ status: 0, stdout: '', stderr: '' });
    });

    it('prints nothing for a file of whitespace', () => {
      expect(clean(write('blank.txt', ' \n\t\n\r\n  '))).toEqual({ status: 0, stdout: '', stderr: '' });
    });

    it('has no headline and no paragraphs as JSON', () => {
      const article = JSON.parse(clean(write('empty.txt', ''), '--json').stdout) as object;
      expect(article).toMatchObject({ file: 'empty.txt', headline: null, paragraphs: [], changes: [] });
    });
  });

  describe('a file it cannot clean', () => {
    /** Exit 1, one line naming the file, nothing on stdout, no stack trace. */
    function expectRefusal(run: Run, message: string) {
      expect(run).toEqual({ status: 1, stdout: '', stderr: `${message}\n` });
    }

    it('reports a missing file', () => {
      expectRefusal(clean('missing.txt'), 'missing.txt: cannot read: no such file or directory');
    });

    it('reports a directory', () => {
      mkdirSync(join(dir, 'folder'), { recursive: true });
      expectRefusal(clean('folder'), 'folder: is a folder, not a text file');
    });

    it('reports bytes that are not UTF-8', () => {
      const file = write('latin1.txt', Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x70, 0x65, 0x6e, 0x0a]));
      expectRefusal(clean(file), 'latin1.txt: is not valid UTF-8 text');
    });

    it('reports a binary file', () => {
      const file = write('binary.dat', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
      expectRefusal(clean(file), 'binary.dat: looks like a binary file (NUL bytes), not text');
    });

    it('reports a text file with a NUL byte as binary', () => {
      expectRefusal(clean(write('nul.txt', 'Talks began\0 on Monday.\n')), 'nul.txt: looks like a binary file (NUL bytes), not text');
    });
  });

  describe('usage', () => {
    it('prints the usage and exits 2 with no file', () => {
      const run = clean();
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain('usage: npm run clean -- <file> [--json]');
    });

    it('prints the usage and exits 2 for an unknown flag, naming it', () => {
      const run = clean(write('clean.txt', CLEAN), '--yaml');
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain("'--yaml'");
      expect(run.stderr).toContain('usage: npm run clean');
    });

    it('cleans one file at a time', () => {
      const run = clean(write('a.txt', CLEAN), write('b.txt', CLEAN));
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('usage: npm run clean');
    });

    it('prints the usage on stdout and exits 0 for --help', () => {
      const run = clean('--help');
      expect(run.status).toBe(0);
      expect(run.stdout).toContain('usage: npm run clean');
      expect(run.stderr).toBe('');
    });

    it('takes a file whose name starts with a dash after --', () => {
      const run = clean('--', write('-dash.txt', `${CLEAN}\n`));
      expect(run.status).toBe(0);
      expect(run.stdout).toBe(`${CLEAN}\n`);
    });
  });
});
