/**
 * `--outlet` as a maintainer types it (issue 17): the file name, the outlet's name or an
 * alias, in any case; and the file for an outlet the dossier does not have yet.
 */
import { describe, expect, it } from 'vitest';
import { findOutlet, scaffoldOutlet } from '../../../../scripts/content/resolve-outlet.ts';
import { ContentError } from '../../../../src/files/content-error.ts';
import { parseMarkdownFile } from '../../../../src/files/front-matter.ts';
import { outletSchema } from '../../../../src/schemas/outlet.ts';

const outlets = [
  { id: 'cbs-news', name: 'CBS News', aliases: ['CBS'] },
  { id: 'the-record', name: 'The Record', aliases: ['The Record by Recorded Future'] },
];

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ContentError) return error.problems.map((problem) => `${problem.field ?? problem.file}: ${problem.message}`);
    throw error;
  }
  return [];
}

describe('findOutlet', () => {
  it('accepts the file name, the name and an alias, in any case and spacing', () => {
    expect(findOutlet('cbs-news', outlets)?.id).toBe('cbs-news');
    expect(findOutlet('CBS News', outlets)?.id).toBe('cbs-news');
    expect(findOutlet('  cbs   news ', outlets)?.id).toBe('cbs-news');
    expect(findOutlet('CBS', outlets)?.id).toBe('cbs-news');
    expect(findOutlet('the record by recorded future', outlets)?.id).toBe('the-record');
    expect(findOutlet('the-record.md', outlets)?.id).toBe('the-record');
  });

  it('finds nothing for an outlet no file names', () => {
    expect(findOutlet('Reuters', outlets)).toBeUndefined();
    expect(findOutlet('', outlets)).toBeUndefined();
  });
});

describe('scaffoldOutlet', () => {
  it('writes a file the outlet schema accepts, named from the outlet’s name', () => {
    const outlet = scaffoldOutlet({ name: 'Reuters', description: 'International news agency.', homepage: 'https://www.reuters.com/' }, outlets);
    expect(outlet.id).toBe('reuters');
    expect(outlet.text).toBe('---\nname: "Reuters"\ndescription: "International news agency."\nhomepage: "https://www.reuters.com/"\n---\n');
    expect(parseMarkdownFile(outlet.text, 'content/outlets/reuters.md', outletSchema).data).toEqual({
      name: 'Reuters',
      aliases: [],
      damagedForms: [],
      description: 'International news agency.',
      homepage: 'https://www.reuters.com/',
    });
  });

  it('refuses, naming each option, a missing name or description, a bad home page and an outlet that exists', () => {
    expect(problemsOf(() => scaffoldOutlet({ name: '', description: '' }, outlets))).toEqual([
      expect.stringMatching(/^--new-outlet-name: is required/),
      expect.stringMatching(/^--new-outlet-description: is required/),
    ]);
    expect(problemsOf(() => scaffoldOutlet({ name: 'Reuters', description: 'x', homepage: 'javascript:alert(1)' }, outlets))).toEqual([
      expect.stringMatching(/^--new-outlet-homepage: /),
    ]);
    expect(problemsOf(() => scaffoldOutlet({ name: 'CBS', description: 'x' }, outlets))).toEqual([
      '--new-outlet-name: "CBS" is already content/outlets/cbs-news.md; use --outlet cbs-news.',
    ]);
  });
});
