/**
 * Hostile front matter that is not a valid value must be refused by the content check
 * (`npm run validate`), each with the file, the line and the field: an address that is not
 * http(s), a reference or an enum value that is markup. Each case gets a minimal content
 * folder of its own (one outlet, one actor, one source), so the one problem it reports is the
 * case's own. Text fields that take any string are not refused: the build escapes them, as
 * tests/site/hostile-content.test.ts shows on a built site.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { validateContent } from '../../../../scripts/content/validate-content.ts';
import { ContentError, formatProblem, type ContentProblem } from '../../../../src/files/content-error.ts';

/** Addresses a browser would not treat as a plain http(s) link, in the disguises filters miss. */
const NOT_HTTP = [
  'javascript:alert(1)',
  'JaVaScRiPt:window.__pwned=1',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  '\u0001javascript:alert(1)',
  '&#106;avascript:alert(1)',
  'javascript&colon;alert(1)',
  'javascript://example.com/%0aalert(1)',
  'https:javascript:alert(1)',
  'vbscript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  'file:///etc/passwd',
  'mailto:someone@example.com',
  '//evil.example/',
  '/\\evil.example/',
  '<script>alert(1)</script>',
];

const OUTLET = { name: 'Example News', description: 'An outlet for tests.' };
const ACTOR = { name: 'Jane Example', kind: 'person', role: 'Spokeswoman' };
const SOURCE = { title: 'A headline', outlet: 'example-news', published: '2025-03-03' };

let root: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'dossier-hostile-front-matter-'));
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

function write(path: string, data: Record<string, unknown>, body = 'A paragraph.\n'): void {
  const full = join(root, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, `---\n${stringify(data)}---\n${body}`);
}

/**
 * The minimal valid content folder, with `override` written over one file's front matter.
 * When the outlet is the file at fault the source is left out, so the outlet's refusal is
 * not followed by a second problem (the source naming an outlet that is no longer there).
 */
function content(override: { path: string; data: Record<string, unknown> }): void {
  write('content/outlets/example-news.md', OUTLET);
  write('content/actors/jane-example.md', ACTOR, 'An invented spokeswoman. <!-- not a claim -->\n');
  if (!override.path.startsWith('content/outlets/')) write('content/sources/a-headline.md', SOURCE);
  // Our own prose must cite or say it states no fact; a source's text is the outlet's.
  write(override.path, override.data, override.path.startsWith('content/sources/') ? undefined : 'An invented text. <!-- not a claim -->\n');
}

function problems(): ContentProblem[] {
  try {
    validateContent(root, new Date('2026-01-01T00:00:00Z'));
  } catch (error) {
    if (error instanceof ContentError) return [...error.problems];
    throw error;
  }
  return [];
}

/** 1-based line of the first line of `path` that starts with `key:`. */
function lineOf(path: string, key: string): number {
  return readFileSync(join(root, path), 'utf8').split('\n').findIndex((line) => line.startsWith(`${key}:`)) + 1;
}

/** 1-based line of the first line of `path` containing `text`. */
function lineContaining(path: string, text: string): number {
  return readFileSync(join(root, path), 'utf8').split('\n').findIndex((line) => line.includes(text)) + 1;
}

it('accepts the minimal content folder itself', () => {
  content({ path: 'content/sources/a-headline.md', data: { ...SOURCE, url: 'https://example.com/a' } });
  expect(problems()).toEqual([]);
});

describe.each([
  ['a source’s url', 'content/sources/a-headline.md', SOURCE, 'url'],
  ['an outlet’s homepage', 'content/outlets/example-news.md', OUTLET, 'homepage'],
] as const)('%s', (_name, path, base, field) => {
  it.each(NOT_HTTP)('refuses %j, naming the file, line and field', (value) => {
    content({ path, data: { ...base, [field]: value } });
    const found = problems();
    expect(found, found.map(formatProblem).join('\n')).toEqual([
      { file: path, line: lineOf(path, field), field, message: expect.stringContaining('an http or https address') },
    ]);
  });
});

describe('references and enums written as markup', () => {
  // [case, file, front matter, field at fault, message, text on the line at fault (undefined: a reference, checked against the whole folder, names no line)]
  it.each([
    ['a source’s outlet', 'content/sources/a-headline.md', { ...SOURCE, outlet: '<img src=x onerror=alert(1)>' }, 'outlet', /no outlet "<img src=x onerror=alert\(1\)>"/, undefined],
    ['an actor’s kind', 'content/actors/jane-example.md', { ...ACTOR, kind: '<script>alert(1)</script>' }, 'kind', /person.*agency/, 'kind:'],
    ['an actor’s affiliation', 'content/actors/jane-example.md', { ...ACTOR, affiliations: ['javascript:alert(1)'] }, 'affiliations', /no actor "javascript:alert\(1\)"/, undefined],
    ['a source’s date basis', 'content/sources/a-headline.md', { ...SOURCE, dateBasis: '"><svg onload=alert(1)>' }, 'dateBasis', /stated.*estimated/, 'dateBasis:'],
    ['a source’s damage', 'content/sources/a-headline.md', { ...SOURCE, damage: ['<iframe srcdoc=x>'] }, 'damage.0', /spun/, '<iframe srcdoc=x>'],
    ['a source’s published date', 'content/sources/a-headline.md', { ...SOURCE, published: 'javascript:alert(1)' }, 'published', /YYYY-MM-DD/, 'published:'],
    ['a field no schema has', 'content/sources/a-headline.md', { ...SOURCE, onload: 'alert(1)' }, 'onload', /not a known field/, 'onload:'],
  ] as const)('refuses %s', (_name, path, data, field, message, lineText) => {
    content({ path, data });
    const found = problems();
    expect(found, found.map(formatProblem).join('\n')).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: path, field });
    expect(found[0]?.message).toMatch(message);
    if (lineText !== undefined) expect(found[0]?.line).toBe(lineContaining(path, lineText));
  });
});
