/**
 * How a content problem is printed: `file:line: field "x": message`.
 */
import { describe, expect, it } from 'vitest';
import { ContentError, formatProblem } from '../../../../src/files/content-error.ts';

describe('formatProblem', () => {
  it('puts file, line and field first, as editors and CI read them', () => {
    expect(formatProblem({ file: 'seeds/a.yaml', line: 4, field: 'published', message: 'Invalid ISO date' })).toBe(
      'seeds/a.yaml:4: field "published": Invalid ISO date',
    );
  });

  it('leaves out what is not known', () => {
    expect(formatProblem({ file: 'seeds/a.txt', message: 'is not valid UTF-8' })).toBe('seeds/a.txt: is not valid UTF-8');
    expect(formatProblem({ file: 'seeds/a.yaml', field: 'outlet', message: 'unknown' })).toBe('seeds/a.yaml: field "outlet": unknown');
  });
});

describe('ContentError', () => {
  it('keeps every problem and prints one per line', () => {
    const problems = [
      { file: 'a', line: 1, message: 'one' },
      { file: 'b', message: 'two' },
    ];
    const error = new ContentError(problems);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ContentError');
    expect(error.problems).toEqual(problems);
    expect(error.message).toBe('a:1: one\nb: two');
  });
});
