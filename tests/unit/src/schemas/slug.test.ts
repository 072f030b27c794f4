/** Slugs, and the one name a source may not take because the sources index's pages live there. */
import { describe, expect, it } from 'vitest';
import { slugProblem, sourceSlugProblem, sourceSlugSchema } from '../../../../src/schemas/slug.ts';

describe('source slugs', () => {
  it('refuses "page", the sources index pages’ segment, with a message saying why', () => {
    expect(slugProblem('page')).toBeUndefined();
    expect(sourceSlugProblem('page')).toBe('is reserved: "/sources/page/" is where the sources index\'s later pages live; choose another.');
    const result = sourceSlugSchema.safeParse('page');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/^a source slug is reserved/);
  });

  it('accepts other slugs, "page" within them included, and still refuses a malformed one', () => {
    expect(sourceSlugProblem('harbour-gazette-page-one')).toBeUndefined();
    expect(sourceSlugProblem('pages')).toBeUndefined();
    expect(sourceSlugProblem('Page')).toMatch(/^must be lower-case/);
    expect(sourceSlugSchema.safeParse('tarn-post-reports').success).toBe(true);
  });
});
