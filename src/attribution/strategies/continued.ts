/**
 * A quotation that runs over several paragraphs: news style leaves the mark open at the end
 * of a paragraph and opens it again at the start of the next. A paragraph that opens with a
 * quotation, after a paragraph whose last quotation was left open, continues that quotation:
 * its speaker goes on.
 */
import type { Finding, Strategy } from '../types.ts';

export const continued: Strategy = {
  name: 'continued',
  find({ reading, position }, context): Finding | undefined {
    const previous = context.previous;
    if (position !== 0 || reading.view.quotations[0]?.outer.start !== 0 || !previous) return undefined;
    // The last quotation of the paragraph before that is not a title.
    let last = previous.settled.length - 1;
    while (last >= 0 && previous.settled[last]!.title !== undefined) last -= 1;
    const open = previous.reading.view.quotations[last];
    const speaker = previous.settled[last]?.speaker;
    if (!open?.open || !speaker) return undefined;
    return { strategy: 'continued', basis: 'continued', speaker, via: [] };
  },
};
