/**
 * cmark's pathological Markdown through the site's real Markdown processor: at 30,000
 * repetitions each is refused before parsing, naming the file and line; the largest
 * instance the limits let through renders. The per-test timeouts are hang guards (micromark
 * takes minutes on some of these), not performance assertions.
 */
import { describe, expect, it } from 'vitest';
import { markdownLimitProblem, MarkdownLimitError } from '../../../../src/markdown/input-limits.ts';
import { PATHOLOGICAL_MARKDOWN } from '../../fixtures/bad-files/pathological-markdown.ts';
import { renderMarkdown, SOURCE_PATH } from '../../support/markdown.ts';

const REPETITIONS = 30_000;
const HANG_GUARD_MS = 10_000;

/** The largest repetition count whose text passes the limits (they only grow with the count). */
function largestAccepted(make: (repetitions: number) => string, most: number): number {
  let low = 0;
  let high = most;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (markdownLimitProblem(make(middle)) === undefined) low = middle;
    else high = middle - 1;
  }
  return low;
}

async function renderFailure(markdown: string): Promise<unknown> {
  try {
    await renderMarkdown(markdown, SOURCE_PATH);
  } catch (error) {
    return error;
  }
  return undefined;
}

describe.each(PATHOLOGICAL_MARKDOWN)('pathological Markdown: $name', ({ make, repetitions: count = REPETITIONS }) => {
  it(`is refused at ${count.toLocaleString('en')} repetitions, naming the file (and line)`, async () => {
    const error = await renderFailure(make(count));
    expect(error).toBeInstanceOf(MarkdownLimitError);
    expect(String((error as Error).message)).toMatch(new RegExp(`^${SOURCE_PATH}(?::\\d+)?: `));
  }, HANG_GUARD_MS);

  it('renders the largest instance the limits accept', async () => {
    const repetitions = largestAccepted(make, count);
    expect(repetitions).toBeLessThan(count);
    const html = await renderMarkdown(make(repetitions), SOURCE_PATH);
    expect(html.length).toBeGreaterThan(0);
  }, HANG_GUARD_MS);
});

describe('U+0000 in Markdown (cmark’s case)', () => {
  it('renders with each NUL replaced, never passed into the page', async () => {
    const html = await renderMarkdown('abc\u0000de\u0000', SOURCE_PATH);
    expect(html).not.toContain('\u0000');
    expect(html).toContain('abc\uFFFDde\uFFFD');
  });
});
