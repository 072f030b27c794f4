/**
 * `npm run suggest-evidence` as a maintainer runs it, in a throwaway copy of content/: it
 * prints the suggestions, and writes an accepted one into the question file as a new answer
 * (the maintainer's sentence, the suggested words) that `npm run validate` accepts, changing
 * nothing else in the file, or records that a source has no answer; it refuses what the build
 * would refuse.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { validateContent } from '../../../scripts/content/validation/content-checks.ts';

const SCRIPT = resolve('scripts/suggest-evidence.ts');
const QUESTION = 'content/questions/05-how-many.md';
const TECHCRUNCH = 'techcrunch-us-suspends-offensive-cyber-operations';
let root: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'dossier-suggest-'));
  cpSync(resolve('content'), join(root, 'content'), { recursive: true });
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

function run(...args: string[]) {
  // stdin is not a terminal here, so nothing is asked.
  return spawnSync(process.execPath, [SCRIPT, ...args], { cwd: root, encoding: 'utf8', input: '' });
}

describe('npm run suggest-evidence', () => {
  it('prints each suggestion with its paragraph, its words and why, by question and source', () => {
    // TechCrunch is recorded as read with no answer to this question: asked for by name, it is read again.
    const result = run('--question', '05-how-many', '--source', TECHCRUNCH);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('05-how-many: How many people does it affect? (answered by 1 source)');
    expect(result.stdout).toMatch(new RegExp(`  ${TECHCRUNCH}\\n    1\\. ¶\\d+ \\(score \\d\\.\\d\\d\\) "[^"]+"\\n       like bbc-[a-z-]+ ¶\\d+`));
    expect(result.stdout).toContain('--accept <n> --answer');
  });

  it('suggests nothing in a source an editor read and found silent, unless it is asked for by name', () => {
    expect(readFileSync(join(root, QUESTION), 'utf8')).toContain(`noAnswerIn:\n  - ${TECHCRUNCH}\n`);
    const result = run('--question', '05-how-many');
    expect(result.stderr).toBe('');
    expect(result.stdout).not.toContain(TECHCRUNCH);
  });

  it('records, with --no-answer, that a source was read and has no answer, and refuses it for a source that answers', () => {
    const question = 'content/questions/10-prior-warnings.md';
    const before = readFileSync(join(root, question), 'utf8');
    const bbc = 'bbc-hegseth-orders-pause-in-cyber-operations';
    // Taken out of the list first, to be put back by the command.
    writeFileSync(join(root, question), before.replace(`noAnswerIn:\n  - ${bbc}\n`, ''));
    const result = run('--question', '10-prior-warnings', '--source', bbc, '--no-answer');
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain(`Recorded in ${question} that ${bbc} was read and has no answer to it`);
    expect(readFileSync(join(root, question), 'utf8')).toBe(before);
    const again = run('--question', '10-prior-warnings', '--source', bbc, '--no-answer');
    expect(again.stderr).toContain('is already listed as read with no answer');
    const answering = run('--question', '10-prior-warnings', '--source', TECHCRUNCH, '--no-answer');
    expect(answering.stderr).toContain(`${TECHCRUNCH} answers this question`);
    expect(readFileSync(join(root, question), 'utf8')).toBe(before);
    expect(() => validateContent(root)).not.toThrow();
  }, 20_000);

  it('writes an accepted suggestion as a new answer, leaving the rest of the file as it was (a source that answers after all leaves noAnswerIn)', () => {
    const before = readFileSync(join(root, QUESTION), 'utf8').replace(`noAnswerIn:\n  - ${TECHCRUNCH}\n`, '');
    const result = run('--question', '05-how-many', '--source', TECHCRUNCH, '--accept', '1', '--answer', 'It does not say.', '--relation', 'differ');
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain(`Added ${TECHCRUNCH}'s answer to ${QUESTION}`);
    const after = readFileSync(join(root, QUESTION), 'utf8');
    expect(after.replace('relation: differ', 'relation: single-source')).toMatch(
      new RegExp(`^${before.slice(0, before.lastIndexOf('---')).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}  - source: ${TECHCRUNCH}\\n    answer: "It does not say\\."\\n    evidence:\\n      - "[^"]+"\\n---\\n`),
    );
    expect(() => validateContent(root)).not.toThrow();
  });

  it('refuses, writing nothing, without an answer sentence, without a relation where one is needed, and with words not in the source', () => {
    const before = readFileSync(join(root, QUESTION), 'utf8');
    const noAnswer = run('--question', '05-how-many', '--source', TECHCRUNCH, '--accept', '1', '--relation', 'differ');
    expect(noAnswer.status).toBe(1);
    expect(noAnswer.stderr).toContain('field "--answer": is required');
    const noRelation = run('--question', '05-how-many', '--source', TECHCRUNCH, '--accept', '1', '--answer', 'x.');
    expect(noRelation.stderr).toContain('field "--relation": the question is "single-source"');
    const notThere = run('--question', '05-how-many', '--source', TECHCRUNCH, '--accept', '1', '--answer', 'x.', '--relation', 'differ', '--evidence', 'words that are nowhere in the source');
    expect(notThere.stderr).toContain('field "--evidence": "words that are nowhere in the source" is not in');
    expect(readFileSync(join(root, QUESTION), 'utf8')).toBe(before);
  }, 20_000);

  it('names an unknown question or source', () => {
    expect(run('--question', 'nope').stderr).toContain('no question "nope" in content/questions/');
    expect(run('--source', 'nope').stderr).toContain('no source "nope" in content/sources/');
  }, 10_000);
});
