/**
 * The pull-request summary (issue 17, item 9) from a fixture change: a copy of content/ in a
 * git repository of its own, then a commit that adds a source (known and unknown people,
 * attributed and unattributed quotations, a paragraph that answers a key question, a title
 * with markup in it) and breaks one answer's evidence. The summary must say all of that.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const SCRIPT = resolve('scripts/pr-summary.ts');
const SLUG = 'the-record-envoys-review';
const SOURCE = `---
title: "Envoys <script>alert(1)</script> | review the pause"
outlet: "the-record"
published: "2025-03-05"
---

Trump’s envoy met the defense secretary on Monday to discuss the pause.

Jane Doe, a spokeswoman for the Ministry of Examples, said the ministry had not been consulted.

“We will review it,” Rubio said.

“We were not told in advance,” Doe said.

Schumer called the move “a critical strategic mistake”.
`;

let root: string;
let summary = '';

const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' });

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'dossier-pr-summary-'));
  cpSync(resolve('content'), join(root, 'content'), { recursive: true });
  git('init', '-q');
  git('-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', 'add', '.');
  git('-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', 'commit', '-qm', 'base');
  // The change under review.
  writeFileSync(join(root, 'content/sources', `${SLUG}.md`), SOURCE);
  const question = join(root, 'content/questions/06-how-long.md');
  writeFileSync(question, readFileSync(question, 'utf8').replace('it’s not clear how long the halt may last', 'it’s not clear how long the halt will last'));
  git('-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', 'add', '.');
  git('-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', 'commit', '-qm', 'change');
  const result = spawnSync(process.execPath, [SCRIPT, '--base', 'HEAD~1', '--artifact', 'dossier-site'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, GITHUB_RUN_ID: '4242', GITHUB_REPOSITORY: 'owner/dossier' },
  });
  if (result.status !== 0) throw new Error(`pr-summary failed:\n${result.stdout}\n${result.stderr}`);
  summary = result.stdout;
}, 60_000);

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('the pull-request summary', () => {
  it('counts the sources added, changed and removed, and says the content check fails', () => {
    expect(summary).toContain('Sources: 1 added, 0 changed, 0 removed; 1 other content file and 0 other files changed.');
    expect(summary).toContain('**The content check finds 1 problem**');
  });

  it('gives one line to preview the built site from the run’s artifact', () => {
    expect(summary).toContain('gh run download 4242 -R owner/dossier -n dossier-site -D preview/dossier && python3 -m http.server -d preview 8000');
  });

  it('lists the new source, its title kept as text (no markup, no table break)', () => {
    const row = summary.split('\n').find((line) => line.includes(`content/sources/${SLUG}.md`)) ?? '';
    expect(row).toMatch(/^\| added \| Envoys \\<script\\>alert\\\(1\\\)\\<\/script\\> \\\| review the pause `content\/sources\/the-record-envoys-review\.md` \| `the-record` \| 2025-03-05 \| 5 \|$/);
    expect(summary).not.toMatch(/<script>/);
  });

  it('names the people and organisations no actor covers', () => {
    expect(summary).toContain(`- Jane Doe (person): \`${SLUG}\` ¶2`);
    expect(summary).toMatch(/- Ministry of Examples \(organisation\)/);
    expect(summary).not.toMatch(/^- (Rubio|Schumer|Trump)/m);
  });

  it('lists each quotation with its speaker, an actor or a name as the text writes it, and its standing', () => {
    expect(summary).toContain(`| \`${SLUG}\` | 3 | “We will review it” | Marco Rubio | verbatim |`);
    // "Doe said" after "Jane Doe, a spokeswoman …": the name the source introduced, kept as written (no actor covers it).
    expect(summary).toContain(`| \`${SLUG}\` | 4 | “We were not told in advance” | Jane Doe (as written; not in the registry) | verbatim |`);
  });

  it('suggests the evidence the new source could give a key question', () => {
    expect(summary).toMatch(new RegExp(`- How did politicians react\\? \`08-political-reactions\`: \`${SLUG}\` ¶5, “Schumer called the move “a critical strategic mistake””`));
  });

  it('lists the problem the content check finds, with its file and line', () => {
    expect(summary).toMatch(/- `content\/questions\/06-how-long\.md:\d+: field "answers\.0\.evidence\.0": evidence "it’s not clear how long the halt will last" is not in/);
  });
});
