/**
 * The content check on a copy of the repository's content/, broken one way at a time: each
 * mistake a maintainer can make is reported with the file, the line, the field and a fix.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { validateContent } from '../../../../../scripts/content/validation/content-checks.ts';
import { ContentError, type ContentProblem } from '../../../../../src/files/content-error.ts';

let root: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'dossier-validate-'));
  cpSync(join(process.cwd(), 'content'), join(root, 'content'), { recursive: true });
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

function edit(path: string, change: (text: string) => string): void {
  const full = join(root, path);
  const before = readFileSync(full, 'utf8');
  const after = change(before);
  expect(after, `the edit to ${path} changed nothing`).not.toBe(before);
  writeFileSync(full, after);
}

function problems(): ContentProblem[] {
  try {
    validateContent(root);
  } catch (error) {
    if (error instanceof ContentError) return [...error.problems];
    throw error;
  }
  return [];
}

function lineOf(path: string, needle: string): number {
  return readFileSync(join(root, path), 'utf8').split('\n').findIndex((line) => line.includes(needle)) + 1;
}

describe('validateContent', () => {
  it('accepts the repository’s content as it is', () => {
    expect(problems()).toEqual([]);
  });

  describe('evidence of key questions', () => {
    const file = 'content/questions/06-how-long.md';

    it('fails on evidence that is not in the source, naming the question file, line, source and missing words', () => {
      edit(file, (text) => text.replace('it’s not clear how long the halt may last', 'it’s not clear how long the halt will last'));
      const [problem, ...rest] = problems();
      expect(rest).toEqual([]);
      expect(problem).toMatchObject({ file, line: lineOf(file, 'the halt will last'), field: 'answers.0.evidence.0' });
      expect(problem?.message).toContain('"it’s not clear how long the halt will last"');
      expect(problem?.message).toContain('content/sources/bbc-hegseth-orders-pause-in-cyber-operations.md');
      // Where the copy goes wrong, so it can be fixed without hunting.
      expect(problem?.message).toContain('then reads "may last.');
    });

    it('says when only the quotation marks or apostrophes differ', () => {
      edit(file, (text) => text.replace('it’s not clear', "it's not clear"));
      const [problem] = problems();
      expect(problem?.message).toMatch(/different quotation marks, apostrophes or dashes; copy it exactly: "it’s not clear/);
    });

    it('fails on an answer from a source that does not exist', () => {
      edit(file, (text) => text.replace('source: bbc-hegseth-orders-pause-in-cyber-operations', 'source: bbc-no-such-article'));
      const [problem] = problems();
      expect(problem).toMatchObject({ file, field: 'answers.0.source', line: lineOf(file, 'bbc-no-such-article') });
      expect(problem?.message).toBe('no source "bbc-no-such-article" in content/sources/.');
    });

    it('fails on a source recorded as read with no answer that does not exist, or that answers the question', () => {
      const other = 'content/questions/10-prior-warnings.md';
      edit(other, (text) => text.replace('noAnswerIn:\n  - bbc-hegseth-orders-pause-in-cyber-operations', 'noAnswerIn:\n  - bbc-no-such-article\n  - techcrunch-us-suspends-offensive-cyber-operations'));
      expect(problems()).toEqual([
        expect.objectContaining({ file: other, field: 'noAnswerIn.1', line: lineOf(other, '  - techcrunch-us-suspends'), message: expect.stringContaining('answers this question; take it out of noAnswerIn') }),
      ]);
      edit(other, (text) => text.replace('\n  - techcrunch-us-suspends-offensive-cyber-operations\n---', '\n---'));
      expect(problems()).toEqual([{ file: other, field: 'noAnswerIn.0', line: lineOf(other, 'bbc-no-such-article'), message: 'no source "bbc-no-such-article" in content/sources/.' }]);
    });

    it('fails when the relation does not fit the answers', () => {
      edit(file, (text) => text.replace('relation: single-source', 'relation: agree'));
      const [problem] = problems();
      expect(problem).toMatchObject({ file, field: 'relation' });
      expect(problem?.message).toContain('use "single-source"');
    });
  });

  describe('names of actors and outlets', () => {
    it('refuses a name claimed by two entries, naming both files', () => {
      edit('content/actors/jd-vance.md', (text) => text.replace('aliases: [Vance,', 'aliases: [Vance, Hegseth,'));
      const found = problems();
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ field: 'aliases' });
      expect([found[0]?.file, found[0]?.message].join(' ')).toMatch(/jd-vance\.md.*pete-hegseth\.md|pete-hegseth\.md.*jd-vance\.md/);
    });

    it('refuses a single lower-case word as an alias', () => {
      edit('content/actors/us-government.md', (text) => text.replace('aliases: [', 'aliases: [administration, '));
      const [problem] = problems();
      expect(problem).toMatchObject({ file: 'content/actors/us-government.md', field: 'aliases' });
      expect(problem?.message).toContain('"administration" is a single lower-case word');
    });

    it('refuses a damaged form another entry claims, or one its own entry also lists as a name, naming the field', () => {
      edit('content/actors/jd-vance.md', (text) => text.replace('aliases: [Vance,', 'damagedForms: [Hegseth]\naliases: [Vance,'));
      edit('content/outlets/cbs-news.md', (text) => text.replace('damagedForms: ["CBS Information"]', 'damagedForms: ["CBS Information", "CBS"]'));
      const found = problems();
      expect(found).toHaveLength(2);
      expect(found.find((problem) => problem.file === 'content/outlets/cbs-news.md')).toMatchObject({ field: 'damagedForms', message: expect.stringContaining('"CBS" is listed as a damaged copy\'s form and also as a name of this entry') });
      const claimed = found.find((problem) => problem.file !== 'content/outlets/cbs-news.md');
      expect(claimed).toMatchObject({ field: expect.stringMatching(/^(?:aliases|damagedForms)$/) });
      expect(claimed?.message).toContain('the name "Hegseth" is also a name of');
    });
  });

  describe('the corrections log', () => {
    const file = 'content/corrections/2026-12-06-homeland-security-response.md';

    it('refuses a correction naming no page of the site, with the line and what to write', () => {
      edit(file, (text) => text.replace('page: actors/department-of-homeland-security/', 'page: actors/no-such-actor/'));
      expect(problems()).toEqual([
        { file, line: lineOf(file, 'page:'), field: 'page', message: 'there is no content/actors/no-such-actor.md, so no page "actors/no-such-actor/".' },
      ]);
    });

    it('refuses a correction that cites no source paragraph, or is dated in the future', () => {
      edit(file, (text) => text.replace(/\(\[TechCrunch ¶7\]\(source:[^)]+\)\)/, '').replace('date: 2026-12-06', 'date: 2999-01-01'));
      const found = problems();
      expect(found.map((problem) => problem.field ?? problem.message.slice(0, 40))).toEqual([
        'the sentence "TechCrunch\'s sentence on t',
        'a correction must cite at least one sour',
        'date',
      ]);
    });

    it('refuses a page address that is not one, by the schema', () => {
      edit(file, (text) => text.replace('page: actors/department-of-homeland-security/', 'page: /Actors/X'));
      expect(problems()).toEqual([expect.objectContaining({ file, field: 'page', message: expect.stringContaining('an address below the site') })]);
    });
  });

  describe('our prose about the events', () => {
    it('refuses a bio with no citation at all, naming each sentence and its line', () => {
      const file = 'content/actors/jd-vance.md';
      edit(file, (text) => text.replace(/\n---\n[\s\S]*$/, '\n---\nHe is a politician.\n\nHe spoke about the pause.\n'));
      const found = problems();
      expect(found.map((problem) => [problem.file, problem.line, problem.message.slice(0, 34)])).toEqual([
        [file, lineOf(file, 'He is a politician.'), 'the sentence "He is a politician."'],
        [file, lineOf(file, 'He spoke about the pause.'), 'the sentence "He spoke about the p'],
      ]);
    });

    it('accepts a sentence marked as stating no fact about the events', () => {
      const file = 'content/actors/jd-vance.md';
      edit(file, (text) => text.replace(/\n---\n/, '\n---\nSee the timeline for the order of events. <!-- not a claim -->\n\n'));
      expect(problems()).toEqual([]);
    });
  });

  describe('timeline events', () => {
    it('must cite a source paragraph', () => {
      const file = 'content/timeline/order-issued.md';
      // Every citation gone from the body (its sentences are then uncited too).
      edit(file, (text) => text.replace(/\n---\n[\s\S]*$/, '\n---\nHegseth ordered the pause, as reported.\n'));
      expect(problems()).toContainEqual(expect.objectContaining({ file, message: expect.stringContaining('must cite at least one source paragraph') }));
    });

    it('must cite paragraphs that exist', () => {
      const file = 'content/timeline/order-issued.md';
      edit(file, (text) => text.replace('#p7 "', '#p70 "'));
      const [problem] = problems();
      expect(problem).toMatchObject({ file, line: lineOf(file, '#p70') });
      expect(problem?.message).toMatch(/that source has paragraphs 1 to \d+/);
    });

    it('needs a real date and a known precision', () => {
      edit('content/timeline/order-issued.md', (text) => text.replace('precision: before', 'precision: roughly'));
      const [problem] = problems();
      expect(problem).toMatchObject({ file: 'content/timeline/order-issued.md', field: 'precision', line: lineOf('content/timeline/order-issued.md', 'precision: roughly') });
    });
  });
});

describe('dates and names', () => {
  it('refuses an impossible date instead of moving it to another month', () => {
    const file = 'content/timeline/order-issued.md';
    edit(file, (text) => text.replace('date: 2025-02-28', 'date: 2025-02-30'));
    const [problem] = problems();
    expect(problem).toMatchObject({ file, field: 'date', line: lineOf(file, '2025-02-30') });
    expect(problem?.message).toContain('a real date written YYYY-MM-DD');
  });

  it('refuses a source published after today', () => {
    const file = 'content/sources/bbc-hegseth-orders-pause-in-cyber-operations.md';
    edit(file, (text) => text.replace('published: "2025-03-03"', 'published: "2031-03-03"'));
    const found = problems();
    expect(found).toEqual([expect.objectContaining({ file, field: 'published', line: lineOf(file, '2031-03-03') })]);
    expect(found[0]?.message).toMatch(/^2031-03-03 is in the future \(today is \d{4}-\d{2}-\d{2}\); check the year\.$/);
  });

  it('refuses a file name that is not a lower-case slug, so names cannot collide by case', () => {
    cpSync(join(root, 'content/actors/jd-vance.md'), join(root, 'content/actors/JD-Vance.md'));
    const [problem] = problems();
    expect(problem).toMatchObject({ file: 'content/actors/JD-Vance.md' });
    expect(problem?.message).toContain('"jd-vance.md"');
  });
});

describe('front matter and references', () => {
  const source = 'content/sources/bbc-hegseth-orders-pause-in-cyber-operations.md';

  it('names an outlet that does not exist', () => {
    edit(source, (text) => text.replace('outlet: "bbc-news"', 'outlet: "bbc-newz"'));
    expect(problems()).toEqual([{ file: source, line: lineOf(source, 'bbc-newz'), field: 'outlet', message: 'no outlet "bbc-newz" in content/outlets/.' }]);
  });

  it('names an affiliation that does not exist', () => {
    edit('content/actors/jd-vance.md', (text) => text.replace('affiliations: [us-government]', 'affiliations: [us-govt]'));
    expect(problems()).toEqual([
      { file: 'content/actors/jd-vance.md', line: lineOf('content/actors/jd-vance.md', 'us-govt'), field: 'affiliations', message: 'no actor "us-govt" in content/actors/.' },
    ]);
  });

  it('refuses YAML aliases (an alias bomb expands a few bytes into gigabytes) and duplicate keys, with their lines', () => {
    const file = 'content/actors/jd-vance.md';
    edit(file, (text) => text.replace('kind: person', 'kind: &k person\nrole2: *k'));
    const aliases = problems();
    expect(aliases.some((problem) => problem.file === file && problem.message.includes('YAML aliases (*k) are not allowed'))).toBe(true);
    cpSync(join(process.cwd(), 'content/actors/jd-vance.md'), join(root, file));
    edit(file, (text) => text.replace('kind: person', 'kind: person\nkind: agency'));
    const [duplicate] = problems();
    expect(duplicate).toMatchObject({ file, line: lineOf(file, 'kind: agency') });
    expect(duplicate?.message).toMatch(/^YAML: .*unique/i);
  });

  it('says what was expected and what was found for a wrong type', () => {
    const file = 'content/actors/jd-vance.md';
    edit(file, (text) => text.replace('kind: person', 'kind: wizard'));
    const [problem] = problems();
    expect(problem).toMatchObject({ file, field: 'kind', line: lineOf(file, 'kind: wizard') });
    expect(problem?.message).toMatch(/person.*agency.*organisation.*government.*outlet/);
    expect(problem?.message).toContain('wizard');
  });

  it('refuses a hand-written source that declares it is a spun or machine-translated copy: it must be a seed', () => {
    const file = 'content/sources/damaged-by-hand.md';
    writeFileSync(join(root, file), '---\ntitle: A damaged copy\noutlet: bbc-news\npublished: 2025-03-03\ndamage: [spun]\n---\n\nSome words.\n');
    expect(problems()).toEqual([expect.objectContaining({ file, line: 5, field: 'damage', message: expect.stringMatching(/must be added as a seed/) })]);
  });

  it('refuses a figure name the build does not count, naming the page and line', () => {
    const file = 'content/pages/about.md';
    edit(file, (text) => `${text}\nChanges: {{changes.totl}}.\n`);
    expect(problems()).toEqual([expect.objectContaining({ file, message: expect.stringMatching(/"\{\{changes\.totl\}\}" names no figure/) })]);
  });

  it('refuses MDX, which would run code at build time', () => {
    writeFileSync(join(root, 'content/sources/new-article.mdx'), '---\ntitle: x\n---\n\nexport const x = 1;\n');
    expect(problems()).toEqual([
      { file: 'content/sources/new-article.mdx', message: 'MDX is not accepted (it runs code at build time); rename it to .md.' },
    ]);
  });
});

describe('the collections the manifest declares', () => {
  it('counts each collection’s entries, as many as its folder has files', () => {
    const files = (folder: string) => readdirSync(join(root, 'content', folder)).filter((name) => name.endsWith('.md')).length;
    expect(validateContent(root).counts).toEqual({
      sources: files('sources'),
      actors: files('actors'),
      outlets: files('outlets'),
      pages: files('pages'),
      questions: files('questions'),
      'timeline events': files('timeline'),
      corrections: files('corrections'),
    });
  });

  it('reports a reference to a refused file once, as that file’s problem', () => {
    edit('content/outlets/bbc-news.md', (text) => text.replace('name: BBC News', 'name: [BBC News'));
    const found = problems();
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((problem) => problem.file === 'content/outlets/bbc-news.md')).toBe(true);
  });

  it('refuses a cleaning record that no source has', () => {
    const file = 'content/cleaning/bbc-hegseth-orders-pause-in-cyber-operations.json';
    cpSync(join(root, file), join(root, 'content/cleaning/no-such-source.json'));
    expect(problems()).toEqual([
      { file: 'content/cleaning/no-such-source.json', message: 'has no source of the same name in content/sources/; run `npm run build:content`.' },
    ]);
  });
});

describe('citations in every body that cites', () => {
  it('checks an outlet’s citations too', () => {
    const file = 'content/outlets/bbc-news.md';
    writeFileSync(join(root, file), `${readFileSync(join(root, file), 'utf8')}\nIts report is cited in [BBC ¶99](source:bbc-hegseth-orders-pause-in-cyber-operations#p99 "the words").\n`);
    expect(problems()).toEqual([{ file, line: lineOf(file, '¶99'), message: expect.stringMatching(/^citation "source:bbc-hegseth-orders-pause-in-cyber-operations#p99": that source has paragraphs 1 to \d+\.$/) }]);
  });

  it('holds an actor bio that cites nothing, and never says "source", to the every-sentence rule', () => {
    const file = 'content/actors/jd-vance.md';
    edit(file, (text) => text.replace(/\n---\n[\s\S]*$/, '\n---\nVance attended the meeting.\n'));
    expect(problems()).toEqual([
      { file, line: lineOf(file, 'Vance attended'), message: expect.stringMatching(/^the sentence "Vance attended the meeting\." cites no source paragraph/) },
    ]);
  });

  it('gives the coverage of the editors’ prose, every sentence of the repository’s cited or marked', () => {
    const { coverage } = validateContent(root);
    expect(coverage.map((row) => row.file)).toContain('content/pages/home.md');
    expect(coverage.map((row) => row.file)).not.toContain('content/pages/about.md');
    for (const row of coverage) {
      expect(row.uncited, row.file).toBe(0);
      expect(row.cited + row.exempt, row.file).toBe(row.sentences);
    }
  });
});
