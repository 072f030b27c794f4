/**
 * Hostile and broken files through the content pipeline (seeds → content build, content/ →
 * validate): each is refused with a message that names the file (and the line and field
 * where there is one), or read safely; never a hang, a crash or a half-written file.
 * Huge inputs are generated here; small ones are in tests/unit/fixtures/bad-files/.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { planContent, type ContentPlan } from '../../../../scripts/content/plan-content.ts';
import { writeContent } from '../../../../scripts/content/write-content.ts';
import { validateContent, type ValidContent } from '../../../../scripts/content/validation/content-checks.ts';
import { ContentError, type ContentProblem } from '../../../../src/files/content-error.ts';
import { MAX_CLEANING_RECORD_BYTES, MAX_MARKDOWN_BYTES, MAX_MARKDOWN_LINES } from '../../../../src/markdown/input-limits.ts';
import { PATHOLOGICAL_MARKDOWN } from '../../fixtures/bad-files/pathological-markdown.ts';
import { createTempProject, GOOD_SEED, sidecar, type TempProject } from '../../support/temp-project.ts';

const FIXTURES = join(process.cwd(), 'tests/unit/fixtures/bad-files');
/** A hang guard for the large inputs, not a performance assertion. */
const HANG_GUARD_MS = 10_000;
const SOURCE = 'content/sources/bbc-hegseth-orders-pause-in-cyber-operations.md';
const ACTOR = 'content/actors/jd-vance.md';

function problemsOf(run: () => unknown): ContentProblem[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ContentError) return [...error.problems];
    throw error;
  }
  return [];
}

/** 1-based line of the first line of `contents` that includes `needle`. */
const lineWith = (contents: string, needle: string) => contents.split('\n').findIndex((line) => line.includes(needle)) + 1;

describe('content/ through validate', () => {
  let root: string;
  const write = (path: string, contents: string | Uint8Array) => writeFileSync(join(root, path), contents);
  const read = (path: string) => readFileSync(join(root, path), 'utf8');
  const validate = () => problemsOf(() => validateContent(root));

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'dossier-bad-files-'));
    cpSync(join(process.cwd(), 'content'), join(root, 'content'), { recursive: true });
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('refuses a YAML alias bomb (billion laughs) without expanding it', () => {
    cpSync(join(FIXTURES, 'billion-laughs.md'), join(root, 'content/outlets/laughing-outlet.md'));
    const found = validate();
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((problem) => problem.file === 'content/outlets/laughing-outlet.md' && /alias/i.test(problem.message))).toBe(true);
    expect(found[0]?.line).toBe(4);
  });

  it('refuses a duplicate key on its line', () => {
    write(ACTOR, read(ACTOR).replace('kind: person', 'kind: person\nkind: agency'));
    expect(validate()).toEqual([expect.objectContaining({ file: ACTOR, line: 5, message: expect.stringMatching(/unique/i) })]);
  });

  it.each([
    ['[', ']'],
    ['{', '}'],
  ])('refuses 10,000 nested %s in front matter without overflowing the stack', (open, close) => {
    write(ACTOR, read(ACTOR).replace('kind: person', `kind: ${open.repeat(10_000)}${close.repeat(10_000)}`));
    const found = validate();
    expect(found).toEqual([expect.objectContaining({ file: ACTOR, line: lineWith(read(ACTOR), 'kind:') })]);
    expect(found[0]?.message).toContain('nested deeper than 16 levels');
  }, HANG_GUARD_MS);

  it('refuses deep block-style nesting too', () => {
    const nested = Array.from({ length: 40 }, (_, depth) => `${'  '.repeat(depth)}a:`).join('\n');
    write(ACTOR, read(ACTOR).replace('kind: person', `kind: person\nnested:\n${nested.replace(/^/gm, '  ')} 1`));
    const [problem] = validate();
    expect(problem).toMatchObject({ file: ACTOR });
    expect(problem?.message).toContain('nested deeper');
  });

  it('refuses __proto__ and constructor keys as unknown fields, and Object.prototype stays clean', () => {
    cpSync(join(FIXTURES, 'proto-pollution.md'), join(root, 'content/outlets/prototype-outlet.md'));
    const found = validate();
    const fixture = readFileSync(join(FIXTURES, 'proto-pollution.md'), 'utf8');
    expect(found).toEqual([
      { file: 'content/outlets/prototype-outlet.md', field: '__proto__', line: lineWith(fixture, '__proto__'), message: '"__proto__" is not a known field; check its spelling.' },
      { file: 'content/outlets/prototype-outlet.md', field: 'constructor', line: lineWith(fixture, 'constructor'), message: '"constructor" is not a known field; check its spelling.' },
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('refuses __proto__ in a cleaning record (JSON)', () => {
    const file = 'content/cleaning/bbc-hegseth-orders-pause-in-cyber-operations.json';
    write(file, read(file).replace('{', '{"__proto__": {"polluted": true},'));
    const found = validate();
    expect(found.some((problem) => problem.file === file && /__proto__|polluted|unrecognized/i.test(problem.message + (problem.field ?? '')))).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses an impossible date and a wrong type, with file, line and field', () => {
    write(SOURCE, read(SOURCE).replace('published: "2025-03-03"', 'published: "2025-02-29"').replace(/^title: .*$/m, 'title: 42'));
    const found = validate();
    expect(found).toEqual([
      expect.objectContaining({ file: SOURCE, field: 'title', line: lineWith(read(SOURCE), 'title: 42'), message: expect.stringContaining('(found 42)') }),
      expect.objectContaining({ file: SOURCE, field: 'published', line: lineWith(read(SOURCE), '2025-02-29'), message: expect.stringContaining('a real date written YYYY-MM-DD') }),
    ]);
  });

  it('refuses a NUL byte anywhere, naming the file, line and byte', () => {
    const original = read(ACTOR);
    const at = original.indexOf('\n\n') + 2;
    write(ACTOR, `${original.slice(0, at)}\u0000${original.slice(at)}`);
    const line = original.slice(0, at).split('\n').length;
    expect(validate()).toEqual([
      { file: ACTOR, line, message: `has a NUL byte (byte ${Buffer.byteLength(original.slice(0, at))}); a text file never does: is it binary, or saved as UTF-16? Save it as UTF-8.` },
    ]);
  });

  it('refuses a file saved as UTF-16, with or without its byte-order mark', () => {
    const original = read(ACTOR);
    write(ACTOR, Buffer.from(`\uFEFF${original}`, 'utf16le'));
    expect(validate()).toEqual([{ file: ACTOR, line: 1, message: 'is UTF-16 text (it starts with a UTF-16 byte-order mark); save it as UTF-8.' }]);
    write(ACTOR, Buffer.from(original, 'utf16le'));
    expect(validate()).toEqual([expect.objectContaining({ file: ACTOR, line: 1, message: expect.stringContaining('has a NUL byte (byte 1)') })]);
  });

  it('refuses bytes that are not UTF-8, naming the file, line and byte', () => {
    const original = Buffer.from(read(ACTOR));
    const at = original.indexOf('Vance');
    const latin1 = Buffer.concat([original.subarray(0, at), Buffer.from([0xe9]), original.subarray(at)]);
    write(ACTOR, latin1);
    const line = original.subarray(0, at).toString().split('\n').length;
    expect(validate()).toEqual([{ file: ACTOR, line, message: `is not valid UTF-8 (byte ${at}: 0xe9); save it as UTF-8.` }]);
  });

  it('accepts a byte-order mark and CRLF line ends, with the same result as plain LF', () => {
    const before: ValidContent = validateContent(root);
    for (const path of [SOURCE, ACTOR, 'content/questions/06-how-long.md', 'content/timeline/order-issued.md']) {
      write(path, `\uFEFF${read(path).replace(/\n/g, '\r\n')}`);
    }
    expect(validateContent(root)).toEqual(before);
  });

  it('refuses a file name differing only by case from another, naming both', () => {
    cpSync(join(root, ACTOR), join(root, 'content/actors/JD-Vance.md'));
    expect(validate()).toEqual([
      { file: 'content/actors/JD-Vance.md', message: expect.stringContaining('differs only by case from content/actors/jd-vance.md') },
    ]);
  });

  it('refuses, by name, a Windows device name, a name too long to be an address, and an upper-case extension', () => {
    cpSync(join(root, ACTOR), join(root, 'content/actors/nul.md'));
    cpSync(join(root, ACTOR), join(root, `content/actors/${'a'.repeat(120)}.md`));
    cpSync(join(root, ACTOR), join(root, 'content/actors/jd-vance-twin.MD'));
    expect(validate()).toEqual([
      { file: 'content/actors/jd-vance-twin.MD', message: 'has the extension ".MD"; write it ".md" in lower case, or the file is not read.' },
      { file: `content/actors/${'a'.repeat(120)}.md`, message: 'the file name (it becomes the address) is 120 characters long; a slug may have at most 100.' },
      { file: 'content/actors/nul.md', message: 'the file name (it becomes the address) is a name Windows reserves for a device ("nul"); choose another.' },
    ]);
  });

  it('refuses a source named "page", where the sources index keeps its later pages', () => {
    cpSync(join(root, SOURCE), join(root, 'content/sources/page.md'));
    expect(validate()).toEqual([
      { file: 'content/sources/page.md', message: 'the file name (it becomes the address) is reserved: "/sources/page/" is where the sources index\'s later pages live; choose another.' },
    ]);
  });

  it('refuses a key question named "page", where the key questions index keeps its later pages', () => {
    cpSync(join(root, 'content/questions/01-who-ordered.md'), join(root, 'content/questions/page.md'));
    expect(validate()).toEqual([
      { file: 'content/questions/page.md', message: 'the file name (it becomes the address) is reserved: "/questions/page/" is where the key questions index\'s later pages live; choose another.' },
    ]);
  });

  it('refuses a folder named like a source, naming it', () => {
    mkdirSync(join(root, 'content/sources/folder-source.md'));
    expect(validate()).toEqual([{ file: 'content/sources/folder-source.md', message: expect.stringMatching(/^is a folder, where a file is expected/) }]);
  });

  it(`refuses a 10 MB source at once, stating the limit`, () => {
    const started = performance.now();
    write(SOURCE, `${read(SOURCE)}\n${'A long paragraph of words. '.repeat(400_000)}\n`);
    const found = validate();
    expect(found).toEqual([{ file: SOURCE, message: expect.stringMatching(/^is 10\.\d MB; a file here may be at most 1\.0 MB/) }]);
    expect(performance.now() - started).toBeLessThan(HANG_GUARD_MS);
  }, HANG_GUARD_MS);

  it('refuses 100,000 headings, stating the line limit', () => {
    const before = read(SOURCE);
    write(SOURCE, `${before}${'# H\n'.repeat(100_000)}`);
    const [problem, ...rest] = validate();
    expect(rest).toEqual([]);
    // The body's line MAX_MARKDOWN_LINES + 1, counted in the file.
    const bodyStart = before.indexOf('\n---\n') + '\n---\n'.length;
    expect(problem).toMatchObject({ file: SOURCE, line: before.slice(0, bodyStart).split('\n').length - 1 + MAX_MARKDOWN_LINES + 1 });
    expect(problem?.message).toContain(`more than ${MAX_MARKDOWN_LINES.toLocaleString('en')} lines`);
  }, HANG_GUARD_MS);

  it.each(PATHOLOGICAL_MARKDOWN.filter((example) => example.name !== 'headings'))(
    'refuses pathological Markdown ($name) quickly, naming the file',
    ({ make, repetitions = 30_000 }) => {
      const body = make(repetitions);
      if (Buffer.byteLength(body) > MAX_MARKDOWN_BYTES) {
        write(SOURCE, `${read(SOURCE)}\n${body}`);
      } else {
        write(SOURCE, `${read(SOURCE)}\n${body}\n`);
      }
      const [problem, ...rest] = validate();
      expect(rest).toEqual([]);
      expect(problem?.file).toBe(SOURCE);
    },
    HANG_GUARD_MS,
  );

  it('refuses a file public/ does not publish, naming it (the allow-list is tested in public-files.test.ts)', () => {
    cpSync(join(FIXTURES, 'script.svg'), join(root, 'public', 'images', 'script.svg'), { recursive: true });
    cpSync(join(FIXTURES, 'foreign-object.html'), join(root, 'public', 'foreign-object.html'), { recursive: true });
    expect(validate().map((problem) => problem.file)).toEqual(['public/foreign-object.html', 'public/images/script.svg']);
  });
});

describe('seeds/ through the content build', () => {
  let project: TempProject;
  const plan = () => problemsOf(() => planContent(project.paths));
  const planned = (): ContentPlan => planContent(project.paths);

  beforeEach(() => {
    project = createTempProject();
    project.write('seeds/001_a.txt', GOOD_SEED);
    project.write('seeds/001_a.yaml', sidecar());
  });
  afterEach(() => project.dispose());

  it('refuses a NUL byte in a seed, naming the file, line and byte', () => {
    project.write('seeds/001_a.txt', GOOD_SEED.replace('The plan', 'The\u0000plan'));
    const line = GOOD_SEED.slice(0, GOOD_SEED.indexOf('The plan')).split('\n').length;
    expect(plan()).toEqual([{ file: 'seeds/001_a.txt', line, message: expect.stringMatching(/^has a NUL byte \(byte \d+\)/) }]);
  });

  it('refuses a seed that is not UTF-8, and writes nothing', () => {
    project.write('seeds/001_a.txt', Buffer.from(GOOD_SEED.replace('officials', 'officiels é'), 'latin1'));
    const before = project.snapshot();
    expect(plan()).toEqual([{ file: 'seeds/001_a.txt', line: 4, message: expect.stringMatching(/^is not valid UTF-8 \(byte \d+: 0xe9\)/) }]);
    expect(project.snapshot()).toEqual(before);
  });

  it('refuses a sidecar with a NUL byte or an impossible date, naming the sidecar', () => {
    project.write('seeds/001_a.yaml', sidecar({ published: '2025-02-30' }));
    expect(plan()).toEqual([expect.objectContaining({ file: 'seeds/001_a.yaml', field: 'published', line: 4 })]);
    project.write('seeds/001_a.yaml', `${sidecar()}notes: a\u0000b\n`);
    expect(plan()).toEqual([expect.objectContaining({ file: 'seeds/001_a.yaml', line: 6, message: expect.stringContaining('NUL byte') })]);
  });

  it('refuses __proto__ in a sidecar as an unknown field', () => {
    project.write('seeds/001_a.yaml', `${sidecar()}__proto__:\n  polluted: yes\n`);
    expect(plan()).toEqual([expect.objectContaining({ file: 'seeds/001_a.yaml', field: '__proto__', line: lineWith(project.read('seeds/001_a.yaml'), '__proto__') })]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads a seed and sidecar with a BOM and CRLF line ends as it reads them with LF (only the seed hash differs)', () => {
    const lf = planned();
    project.write('seeds/001_a.txt', `\uFEFF${GOOD_SEED.replace(/\n/g, '\r\n')}`);
    project.write('seeds/001_a.yaml', `\uFEFF${sidecar().replace(/\n/g, '\r\n')}`);
    const crlf = planned();
    const withoutHash = (value: string) => value.replace(/[0-9a-f]{64}/g, '<sha256>');
    expect(crlf.files.map((file) => file.path)).toEqual(lf.files.map((file) => file.path));
    expect(crlf.files.map((file) => withoutHash(file.contents))).toEqual(lf.files.map((file) => withoutHash(file.contents)));
    expect(crlf.files[0]?.contents).not.toEqual(lf.files[0]?.contents);
  });

  it('refuses two seeds whose names differ only by case, naming both', () => {
    project.write('seeds/001_A.txt', GOOD_SEED);
    project.write('seeds/001_A.yaml', sidecar({ slug: 'another-slug' }));
    expect(plan()).toEqual([{ file: 'seeds/001_a.txt', message: expect.stringContaining('differs only by case from seeds/001_A.txt') }]);
  });

  it('refuses a slug that would overwrite a hand-written source, naming both files', () => {
    project.write('content/sources/ministers-agree-plan.md', '---\ntitle: Written by hand\n---\n\nText.\n');
    expect(plan()).toEqual([
      expect.objectContaining({ file: 'seeds/001_a.yaml', field: 'slug', message: expect.stringContaining('hand-written content/sources/ministers-agree-plan.md') }),
    ]);
  });

  it('refuses a 10 MB seed at once, stating the limit', () => {
    project.write('seeds/001_a.txt', `${GOOD_SEED}${'More words in a paragraph.\n\n'.repeat(400_000)}`);
    expect(plan()).toEqual([{ file: 'seeds/001_a.txt', message: expect.stringMatching(/^is 11\.\d MB; a file here may be at most 1\.0 MB/) }]);
  }, HANG_GUARD_MS);

  it('refuses a seed whose cleaned source would be pathological Markdown, naming the seed', () => {
    project.write('seeds/001_a.txt', `${GOOD_SEED}\n${'*a **a '.repeat(2_000)}b.\n`);
    const [problem, ...rest] = plan();
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: 'seeds/001_a.txt' });
    expect(problem?.message).toMatch(/would break a Markdown limit at line \d+: it has a block/);
  }, HANG_GUARD_MS);

  describe('links and special files (issue 12: a seed linked to /etc/passwd was published)', () => {
    it('refuses a seed that is a link out of the repository, and writes nothing', () => {
      project.remove('seeds/001_a.txt');
      symlinkSync('/etc/passwd', join(project.root, 'seeds/001_a.txt'));
      const before = project.snapshot();
      expect(plan()).toEqual([{ file: 'seeds/001_a.txt', message: expect.stringMatching(/^is a symbolic link; links are not followed here/) }]);
      expect(project.snapshot()).toEqual(before);
    });

    it('refuses a seed linked to /dev/zero at once', () => {
      project.remove('seeds/001_a.txt');
      symlinkSync('/dev/zero', join(project.root, 'seeds/001_a.txt'));
      expect(plan()).toEqual([expect.objectContaining({ file: 'seeds/001_a.txt', message: expect.stringMatching(/^is a symbolic link/) })]);
    }, HANG_GUARD_MS);

    it('refuses a sidecar that is a link, and a folder named like a seed', () => {
      project.remove('seeds/001_a.yaml');
      symlinkSync(join(project.root, 'seeds/001_a.txt'), join(project.root, 'seeds/001_a.yaml'));
      mkdirSync(join(project.root, 'seeds/002_b.txt'));
      expect(plan().map((problem) => `${problem.file}: ${problem.message.slice(0, 30)}`)).toEqual([
        'seeds/001_a.yaml: is a symbolic link; links are ',
        'seeds/002_b.txt: is a folder, where a file is e',
      ]);
    });

    it('refuses a hand-written source that is a link out of the repository', () => {
      mkdirSync(join(project.root, 'content/sources'), { recursive: true });
      symlinkSync('/etc/hostname', join(project.root, 'content/sources/hostname.md'));
      expect(plan()).toEqual([{ file: 'content/sources/hostname.md', message: expect.stringMatching(/^is a symbolic link/) }]);
    });

    it('refuses a content/cleaning that is a link, and deletes nothing outside the repository', () => {
      const outside = mkdtempSync(join(tmpdir(), 'dossier-outside-'));
      try {
        writeFileSync(join(outside, 'precious.json'), '{"keep": true}\n');
        mkdirSync(join(project.root, 'content'), { recursive: true });
        symlinkSync(outside, join(project.root, 'content/cleaning'));
        expect(plan()).toEqual([{ file: 'content/cleaning', message: expect.stringMatching(/^is a symbolic link/) }]);
        expect(readFileSync(join(outside, 'precious.json'), 'utf8')).toBe('{"keep": true}\n');
      } finally {
        rmSync(outside, { recursive: true, force: true });
      }
    });

    it('writes nothing through a folder made a link after planning, and never removes what is not a regular file', () => {
      const plan = planned();
      const outside = mkdtempSync(join(tmpdir(), 'dossier-outside-'));
      try {
        mkdirSync(join(project.root, 'content'), { recursive: true });
        symlinkSync(outside, join(project.root, 'content/cleaning'));
        expect(problemsOf(() => writeContent(plan))).toEqual([{ file: 'content/cleaning', message: expect.stringMatching(/^is a symbolic link/) }]);
        expect(readdirSync(outside)).toEqual([]);
      } finally {
        rmSync(outside, { recursive: true, force: true });
      }
    });
  });

  it('refuses a seed whose cleaning record would pass its limit, naming the seed, not the record', () => {
    // Every quotation mark is curled, each a change on the record, and each pair a quotation
    // on it: 240 KB of one-letter quotations make about 58 MB of record.
    project.write('seeds/001_a.txt', `${GOOD_SEED}\n${'"a" '.repeat(60_000)}\n`);
    const [problem, ...rest] = plan();
    expect(rest).toEqual([]);
    expect(problem).toEqual({
      file: 'seeds/001_a.txt',
      message: expect.stringMatching(new RegExp(`^cleaning it makes [\\d,]+ changes, a record of [\\d.]+ MB; a record may be at most ${(MAX_CLEANING_RECORD_BYTES / 1e6).toFixed(1)} MB`)),
    });
  }, HANG_GUARD_MS);

  it('clears temporary files a killed write left behind', () => {
    writeContent(planned());
    project.write('content/sources/ministers-agree-plan.md.tmp-12345', 'half a fi');
    writeContent(planned());
    expect(existsSync(join(project.root, 'content/sources/ministers-agree-plan.md.tmp-12345'))).toBe(false);
  });
});
