/**
 * `npm run new-source` as a maintainer runs it, in a throwaway copy of content/: it writes
 * a source `npm run validate` accepts, reports the names no actor covers, and refuses to
 * overwrite or to guess missing facts when no one can be asked.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { validateContent } from '../../../scripts/content/validation/content-checks.ts';

const SCRIPT = resolve('scripts/new-source.ts');
let root: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'dossier-new-source-'));
  cpSync(resolve('content'), join(root, 'content'), { recursive: true });
  writeFileSync(join(root, 'article.txt'), 'Jane Doe, a spokeswoman for the Ministry of Examples, said the review was routine.\n\nHegseth did not comment.\n');
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

function run(...args: string[]) {
  // stdin is not a terminal here, so nothing is asked.
  return spawnSync(process.execPath, [SCRIPT, ...args], { cwd: root, encoding: 'utf8', input: '' });
}

const facts = ['--file', 'article.txt', '--title', 'Pentagon reviews the pause', '--outlet', 'the-record', '--published', '2025-03-04'];

describe('npm run new-source', () => {
  it('leaves out a first line that repeats the headline, and says so', () => {
    writeFileSync(join(root, 'article.txt'), 'Pentagon Reviews the Pause\nJane Doe said the review was routine.\nHegseth did not comment.\n');
    const result = run(...facts);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('(2 paragraphs)');
    expect(result.stdout).toContain('first paragraph is the headline given as --title: it was left out');
    const written = readFileSync(join(root, 'content/sources/the-record-pentagon-reviews-the-pause.md'), 'utf8');
    expect(written).not.toMatch(/Pentagon Reviews the Pause/);
    expect(written.endsWith('---\n\nJane Doe said the review was routine.\n\nHegseth did not comment.\n')).toBe(true);
  });

  it('writes a source that passes validation, and names the people and organisations to add', () => {
    const result = run(...facts, '--url', 'https://therecord.media/example');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Wrote content/sources/the-record-pentagon-reviews-the-pause.md (2 paragraphs).');
    expect(result.stdout).toMatch(/Jane Doe \(person\)/);
    expect(result.stdout).toMatch(/Ministry of Examples \(organisation\)/);
    expect(result.stdout).not.toMatch(/Hegseth \(/);
    expect(result.stdout).toContain('npm run validate');
    expect(() => validateContent(root)).not.toThrow();
  });

  it('refuses to overwrite, and leaves the existing file as it was', () => {
    expect(run(...facts).status).toBe(0);
    const path = join(root, 'content/sources/the-record-pentagon-reviews-the-pause.md');
    const before = readFileSync(path, 'utf8');
    const again = run(...facts);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('already exists; nothing was overwritten');
    expect(readFileSync(path, 'utf8')).toBe(before);
  });

  it('lists every missing fact when it cannot ask, and writes nothing', () => {
    const result = run('--title', 'Only a title');
    expect(result.status).toBe(1);
    for (const option of ['--file', '--outlet', '--published']) expect(result.stderr).toContain(`field "${option}": is required`);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('names an unknown option in one line, without a stack trace', () => {
    const result = run(...facts, '--headline', 'x');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^error: .*--headline.*Options: --file --title --outlet --published/);
  });

  it('accepts the outlet’s name or an alias as well as its file name', () => {
    const byName = run('--file', 'article.txt', '--title', 'By name', '--outlet', 'CBS News', '--published', '2025-03-04');
    expect(byName.stderr).toBe('');
    expect(readFileSync(join(root, 'content/sources/cbs-news-by-name.md'), 'utf8')).toContain('outlet: "cbs-news"');
    const byAlias = run('--file', 'article.txt', '--title', 'By alias', '--outlet', 'CBS', '--published', '2025-03-04');
    expect(byAlias.status).toBe(0);
    expect(readFileSync(join(root, 'content/sources/cbs-news-by-alias.md'), 'utf8')).toContain('outlet: "cbs-news"');
  });

  it('refuses an unknown outlet where no one can be asked, saying how to create it', () => {
    const result = run('--file', 'article.txt', '--title', 'T', '--outlet', 'Reuters', '--published', '2025-03-04');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('no outlet "Reuters" in content/outlets/');
    expect(result.stderr).toContain('cbs-news (CBS News)');
    expect(result.stderr).toContain('--new-outlet-name');
  });

  it('creates an unknown outlet from --new-outlet-name and --new-outlet-description, and the source with it', () => {
    const result = run('--file', 'article.txt', '--title', 'Agency report', '--outlet', 'Reuters', '--published', '2025-03-04',
      '--new-outlet-name', 'Reuters', '--new-outlet-description', 'International news agency.');
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('Wrote content/outlets/reuters.md');
    expect(readFileSync(join(root, 'content/outlets/reuters.md'), 'utf8')).toBe('---\nname: "Reuters"\ndescription: "International news agency."\n---\n');
    expect(readFileSync(join(root, 'content/sources/reuters-agency-report.md'), 'utf8')).toContain('outlet: "reuters"');
    expect(() => validateContent(root)).not.toThrow();
  });

  it('says which file it could not read', () => {
    const result = run('--file', 'missing.txt', '--title', 'T', '--outlet', 'the-record', '--published', '2025-03-04');
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/^error: missing.txt: .*no such file or directory/);
  });
});
