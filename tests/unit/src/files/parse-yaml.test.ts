/**
 * YAML from maintainers: refused constructs and located problems.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { ContentError, type ContentProblem } from '../../../../src/files/content-error.ts';
import { parseYaml, validateYaml } from '../../../../src/files/parse-yaml.ts';
import { seedMetadataSchema } from '../../../../src/schemas/seed-metadata.ts';

function problemsOf(run: () => unknown): readonly ContentProblem[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  throw new Error('expected a ContentError');
}

const VALID = 'slug: a-b\noutlet: bbc-news\npublished: 2025-03-03\nlanguage: en\n';

describe('parseYaml', () => {
  it('parses plain YAML, dates as strings (YAML 1.2 core schema)', () => {
    expect(parseYaml(VALID, 'f.yaml').data).toEqual({ slug: 'a-b', outlet: 'bbc-news', published: '2025-03-03', language: 'en' });
  });

  it('finds the line of a value at a path, or of its nearest parent', () => {
    const parsed = parseYaml('a: 1\nb:\n  c: 2\n  d:\n    - x\n    - y\n', 'f.yaml');
    expect(parsed.lineOf(['a'])).toBe(1);
    expect(parsed.lineOf(['b', 'c'])).toBe(3);
    expect(parsed.lineOf(['b', 'd', 1])).toBe(6);
    // A path that does not exist falls back to the nearest parent that does.
    expect(parsed.lineOf(['b', 'missing'])).toBe(3);
    expect(parsed.lineOf([])).toBe(1);
  });

  it('adds the line offset (for YAML taken out of a longer file, such as front matter)', () => {
    const parsed = parseYaml('a: 1\nb: 2\n', 'f.md', 1);
    expect(parsed.lineOf(['b'])).toBe(3);
  });

  it('refuses an alias, on the alias’s line, before expanding anything', () => {
    const bomb = 'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n';
    const problems = problemsOf(() => parseYaml(bomb, 'bomb.yaml'));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((problem) => problem.file === 'bomb.yaml' && /alias/i.test(problem.message))).toBe(true);
    expect(problems[0]?.line).toBe(2);
  });

  it('refuses a duplicate key, on the duplicate’s line', () => {
    expect(problemsOf(() => parseYaml('a: 1\nb: 2\na: 3\n', 'f.yaml'))).toEqual([
      expect.objectContaining({ file: 'f.yaml', line: 3, message: expect.stringMatching(/unique/i) }),
    ]);
  });

  it('reports a syntax error with a line', () => {
    const [problem] = problemsOf(() => parseYaml('a: 1\nb: [unclosed\n', 'f.yaml'));
    expect(problem?.message).toMatch(/^YAML: /);
    expect(problem?.line).toBeGreaterThanOrEqual(2);
  });
});

describe('validateYaml', () => {
  it('returns the parsed data, defaults applied', () => {
    expect(validateYaml(parseYaml(VALID, 'f.yaml'), seedMetadataSchema, 'f.yaml')).toEqual({
      slug: 'a-b',
      outlet: 'bbc-news',
      published: '2025-03-03',
      language: 'en',
      dateBasis: 'stated',
      damage: [],
      corrections: [],
      uncertain: [],
    });
  });

  it('names the file, line and dotted field of a nested problem, with what was found', () => {
    const text = `${VALID}damage:\n  - spun\n  - bogus\n`;
    const [problem, ...rest] = problemsOf(() => validateYaml(parseYaml(text, 's.yaml'), seedMetadataSchema, 's.yaml'));
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: 's.yaml', line: 7, field: 'damage.1' });
    expect(problem?.message).toContain('(found "bogus")');
  });

  it('reports every issue, each on its own line', () => {
    const text = 'slug: Not A Slug\noutlet: bbc-news\npublished: 03/03/2025\nlanguage: english\n';
    const problems = problemsOf(() => validateYaml(parseYaml(text, 's.yaml'), seedMetadataSchema, 's.yaml'));
    expect(problems.map((problem) => [problem.field, problem.line])).toEqual([
      ['slug', 1],
      ['published', 3],
      ['language', 4],
    ]);
  });

  it('locates a refinement on the field it names', () => {
    const text = `${VALID}headline: As published\neditorialTitle: Ours\n`;
    expect(problemsOf(() => validateYaml(parseYaml(text, 's.yaml'), seedMetadataSchema, 's.yaml'))).toEqual([
      expect.objectContaining({ field: 'editorialTitle', line: 6 }),
    ]);
  });

  it('says "nothing" for a missing field', () => {
    const [problem] = problemsOf(() => validateYaml(parseYaml('slug: a\n', 's.yaml'), z.object({ slug: z.string(), outlet: z.string() }), 's.yaml'));
    expect(problem).toMatchObject({ field: 'outlet' });
    expect(problem?.message).toContain('(found nothing)');
  });

  it('shortens a long value shown as found', () => {
    const long = 'x'.repeat(200);
    const [problem] = problemsOf(() => validateYaml(parseYaml(`n: ${long}\n`, 's.yaml'), z.object({ n: z.number() }), 's.yaml'));
    expect(problem?.message).toMatch(/\(found "x+\.\.\.\)$/);
    expect(problem?.message.length).toBeLessThan(200);
  });
});

describe('what YAML readers disagree on is refused, so a file means one thing to every tool', () => {
  const textSchema = z.object({ title: z.string(), when: z.union([z.date(), z.iso.date()]).optional(), tags: z.array(z.string()).optional() }).strict();

  it.each([
    ['a !!js/function tag', 'title: !!js/function "function () { return 1 }"', '!!js/function', 1],
    ['a custom tag', 'title: ok\ntags: [!shout yes]', '!shout', 2],
    ['a standard tag (!!str)', 'title: !!str 5', '!!str', 1],
    ['a tag on a collection (!!set)', 'title: ok\ntags: !!set\n  ? a\n', '!!set', 2],
  ])('refuses %s, naming the line', (_name, yaml, tag, line) => {
    const found = problemsOf(() => parseYaml(yaml, 'f.md'));
    expect(found).toEqual([expect.objectContaining({ file: 'f.md', line })]);
    expect(found[0]?.message).toContain(`YAML tags (${tag}) are not allowed here`);
  });

  it('refuses an unquoted date where the field is text, telling to quote it', () => {
    const found = problemsOf(() => validateYaml(parseYaml('title: 2025-03-03\n', 'f.md', 1), textSchema, 'f.md'));
    expect(found).toEqual([
      {
        file: 'f.md',
        line: 2,
        field: 'title',
        message: '2025-03-03 is read as a date by other YAML readers (Astro\'s among them), but this field is text; put it in quotes ("2025-03-03").',
      },
    ]);
  });

  it('refuses an unquoted date-time in a list of text too', () => {
    const found = problemsOf(() => validateYaml(parseYaml('title: ok\ntags: [2025-03-03 10:00:00]\n', 'f.md'), textSchema, 'f.md'));
    expect(found).toEqual([expect.objectContaining({ line: 2, field: 'tags.0' })]);
  });

  it('accepts an unquoted date where a date is expected, and a quoted date as text', () => {
    expect(validateYaml(parseYaml('title: "2025-03-03"\nwhen: 2025-03-03\n', 'f.md'), textSchema, 'f.md')).toEqual({ title: '2025-03-03', when: '2025-03-03' });
  });

  it('refuses an unknown tag in a seed sidecar instead of dropping it', () => {
    const found = problemsOf(() => validateYaml(parseYaml(`${VALID}notes: !private secret\n`, 'seeds/a.yaml'), seedMetadataSchema, 'seeds/a.yaml'));
    expect(found).toEqual([expect.objectContaining({ file: 'seeds/a.yaml', line: 5, message: expect.stringContaining('YAML tags (!private)') })]);
  });
});
