/**
 * Failure reports on the command line: content problems as lines (or GitHub annotations),
 * other errors as one line, and the exit code.
 */
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { ContentError } from '../../../../src/files/content-error.ts';
import { reportFailure } from '../../../../scripts/lib/report-failure.ts';

let stderr: MockInstance<typeof console.error>;
const printed = () => stderr.mock.calls.map((call) => call.map(String).join(' ')).join('\n');

beforeEach(() => {
  stderr = vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  stderr.mockRestore();
  vi.unstubAllEnvs();
});

describe('reportFailure', () => {
  it('prints each content problem and says nothing was written; exit code 1', () => {
    vi.stubEnv('GITHUB_ACTIONS', '');
    const code = reportFailure(new ContentError([{ file: 'seeds/a.yaml', line: 4, field: 'published', message: 'bad date' }]));
    expect(code).toBe(1);
    expect(printed()).toContain('seeds/a.yaml:4: field "published": bad date');
    expect(printed()).toContain('1 problem(s); nothing was written.');
  });

  it('prints GitHub Actions annotations in Actions, escaping newlines and percent signs', () => {
    vi.stubEnv('GITHUB_ACTIONS', 'true');
    reportFailure(new ContentError([{ file: 'seeds/a.yaml', line: 2, field: 'slug', message: '100% wrong\nreally' }]));
    expect(printed()).toContain('::error file=seeds/a.yaml,line=2::field "slug": 100%25 wrong%0Areally');
  });

  it('prints any other error as one line, without a stack; exit code 2', () => {
    vi.stubEnv('DEBUG', '');
    expect(reportFailure(new Error('disk full'))).toBe(2);
    expect(printed()).toBe('error: disk full');
    expect(reportFailure('plain string')).toBe(2);
    expect(printed()).toContain('error: plain string');
  });
});
