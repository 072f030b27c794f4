/**
 * Doubt marked where the reader reads: which words of a cleaned source are marked, from its
 * record, and how the marks are placed in the rendered paragraph (rehype-cleaning-marks).
 */
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'hast';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../../scripts/clean/pipeline.ts';
import { cleaningMarks, type CleaningMark } from '../../../../src/markdown/cleaning-marks.ts';
import rehypeCleaningMarks, { MAX_MARKS_ON_WORDS } from '../../../../src/markdown/rehype-cleaning-marks.ts';
import type { Change, QuotationRecord } from '../../../../src/schemas/cleaning-record.ts';

const change = (fields: Partial<Change>): Change => ({
  ruleId: 'spinner/x',
  before: 'b',
  after: 'a',
  rawParagraph: 1,
  paragraph: 1,
  location: 'body',
  offset: 0,
  inQuotation: false,
  reason: 'r',
  confidence: 'certain',
  meaning: [],
  span: [0, 1],
  ...fields,
});
const quotation = (fields: Partial<QuotationRecord>): QuotationRecord => ({ paragraph: 1, span: [0, 1], text: 'a', status: 'unverified', evidence: [], altered: [], ...fields });

describe('cleaningMarks', () => {
  it('marks every restoration short of certain, every damaged passage and every quotation not as published; nothing certain outside quotations', () => {
    const marks = cleaningMarks({
      changes: [
        change({ confidence: 'certain', span: [0, 4] }),
        change({ confidence: 'probable', span: [5, 9] }),
        change({ confidence: 'guess', span: [10, 14] }),
        change({ ruleId: 'editorial/uncertain', before: 'odd', after: 'odd', confidence: 'guess', span: [15, 18] }),
        change({ confidence: 'probable', span: [0, 0], location: 'removed', paragraph: null }),
      ],
      quotations: [quotation({ span: [30, 40], text: 'ten chars!', status: 'unverified' }), quotation({ span: [50, 55], status: 'verbatim' })],
      unrestoredParagraphs: [],
    });
    expect(marks.map((mark) => [mark.kind, mark.start, mark.end, mark.target])).toEqual([
      ['probable', 5, 9, 'change-2'],
      ['guess', 10, 14, 'change-3'],
      ['damaged', 15, 18, 'change-4'],
      ['quotation', 30, 40, 'quotation-1-1'],
    ]);
    expect(marks.find((mark) => mark.kind === 'quotation')?.label).toBe('unverified wording: what this quotation rests on');
  });

  it('marks a certain change of words inside a quotation as altered, and leaves a change of form alone', () => {
    const marks = cleaningMarks({
      changes: [
        change({ before: 'World Warfare', after: 'World War', span: [12, 21], inQuotation: true }),
        change({ before: '"', after: '“', span: [10, 11], inQuotation: true }),
      ],
      quotations: [quotation({ span: [11, 30], status: 'verbatim' })],
      unrestoredParagraphs: [],
    });
    expect(marks.map((mark) => [mark.kind, mark.start, mark.end])).toEqual([['altered', 12, 21]]);
  });

  it('marks a paragraph whose damage cleaning did not undo as a whole, before any mark on its words, with its reason in the label', () => {
    const marks = cleaningMarks({
      changes: [change({ confidence: 'probable', paragraph: 2, span: [3, 9] })],
      quotations: [],
      unrestoredParagraphs: [{ paragraph: 2, evidence: ['left-as-received'], words: ['odd'], reason: 'Its wording is still the damaged copy’s, not the outlet’s: x.' }],
    });
    expect(marks.map((mark) => [mark.kind, mark.paragraph, mark.target])).toEqual([
      ['unrestored', 2, 'unrestored-2'],
      ['probable', 2, 'change-1'],
    ]);
    expect(marks[0]?.label).toBe('Paragraph 2, wording in doubt. Its wording is still the damaged copy’s, not the outlet’s: x.');
  });

  it('marks one place once, with the weakest of the changes there', () => {
    const marks = cleaningMarks({ changes: [change({ confidence: 'probable', span: [3, 9] }), change({ confidence: 'guess', span: [3, 9] })], quotations: [], unrestoredParagraphs: [] });
    expect(marks).toEqual([expect.objectContaining({ kind: 'guess', target: 'change-2' })]);
  });
});

function render(html: string, marks: readonly CleaningMark[]): string {
  const processor = unified().use(rehypeCleaningMarks, {
    bySlug: new Map([['s', marks]]),
    slugOf: () => 's',
    changeHref: (slug: string, anchor: string) => `/sources/${slug}/changes/#${anchor}`,
  });
  const tree = fromHtml(html, { fragment: true }) as Root;
  return toHtml(processor.runSync(tree, new VFile({ path: 'content/sources/s.md' })) as Root);
}

describe('rehype-cleaning-marks', () => {
  it('wraps the marked words and follows them with a link to the reason, adding no text (the stylesheet draws its symbol)', () => {
    const html = render('<p>The order was signed.</p>', [{ paragraph: 1, start: 4, end: 9, text: 'order', kind: 'probable', target: 'change-3', label: 'Probable restoration (change 3): see why' }]);
    expect(html).toBe(
      '<p>The <span class="marked marked-probable">order</span><a class="mark-note mark-probable" href="/sources/s/changes/#change-3" aria-label="Probable restoration (change 3): see why" data-pagefind-ignore=""></a> was signed.</p>',
    );
  });

  it('opens an unrestored paragraph with a note linking to its reason, and places the marks on its words as if it were not there', () => {
    const html = render('<p>The order was signed.</p>', [
      { paragraph: 1, start: 0, end: 0, kind: 'unrestored', target: 'unrestored-1', label: 'Paragraph 1, wording in doubt. Why.' },
      { paragraph: 1, start: 4, end: 9, text: 'order', kind: 'probable', target: 'change-3', label: 'p' },
    ]);
    expect(html).toBe(
      '<p class="unrestored"><a class="mark-note paragraph-note" href="/sources/s/changes/#unrestored-1" aria-label="Paragraph 1, wording in doubt. Why." data-pagefind-ignore=""></a>The <span class="marked marked-probable">order</span><a class="mark-note mark-probable" href="/sources/s/changes/#change-3" aria-label="p" data-pagefind-ignore=""></a> was signed.</p>',
    );
  });

  it('nests a mark inside a quotation’s, and puts the quotation’s label after its closing mark', () => {
    const html = render('<p>He said “the war is over” today.</p>', [
      { paragraph: 1, start: 9, end: 25, text: 'the war is over', kind: 'quotation', status: 'unverified', target: 'quotation-1-1', label: 'unverified wording: what this quotation rests on' },
      { paragraph: 1, start: 13, end: 16, text: 'war', kind: 'altered', target: 'change-1', label: 'Words of a quotation changed by cleaning (change 1): see why' },
    ]);
    expect(html).toContain('<span class="quoted quoted-unverified">“the <span class="marked marked-altered">war</span>');
    expect(html).toContain('is over”</span><a class="mark-note quotation-note quotation-note-unverified" href="#quotation-1-1" aria-label="unverified wording: what this quotation rests on" data-pagefind-ignore=""></a> today.');
  });

  it('finds the words near their offset when the page’s text moved them, and never drops a mark it cannot place', () => {
    const moved = render('<p>Well, the order was signed.</p>', [{ paragraph: 1, start: 4, end: 9, text: 'order', kind: 'probable', target: 'change-1', label: 'l' }]);
    expect(moved).toContain('the <span class="marked marked-probable">order</span>');
    const lost = render('<p>Nothing here.</p>', [{ paragraph: 1, start: 0, end: 5, text: 'gone!', kind: 'guess', target: 'change-1', label: 'l' }]);
    expect(lost).toBe('<p>Nothing here. <a class="mark-note mark-guess" href="/sources/s/changes/#change-1" aria-label="l" data-pagefind-ignore=""></a></p>');
  });

  it('counts the article’s text only: a note already added does not shift the next mark', () => {
    const html = render('<p>one two three</p>', [
      { paragraph: 1, start: 0, end: 3, text: 'one', kind: 'probable', target: 'change-1', label: 'a' },
      { paragraph: 1, start: 8, end: 13, text: 'three', kind: 'guess', target: 'change-2', label: 'b' },
    ]);
    expect(html).toContain('two <span class="marked marked-guess">three</span>');
  });
});

describe('rehype-cleaning-marks on a paragraph with more marks than it draws', () => {
  it('draws the first MAX_MARKS_ON_WORDS on their words and ends the paragraph with one note counting the rest, linked to the first of them', () => {
    const words = Array.from({ length: MAX_MARKS_ON_WORDS + 3 }, (_, index) => `w${index}`);
    let offset = 0;
    const marks: CleaningMark[] = words.map((word, index) => {
      const start = offset;
      offset += word.length + 1;
      return { paragraph: 1, start, end: start + word.length, text: word, kind: 'probable', target: `change-${index + 1}`, label: `l${index + 1}` };
    });
    const html = render(`<p>${words.join(' ')}</p>`, marks);
    expect(html.match(/class="marked marked-probable"/g)).toHaveLength(MAX_MARKS_ON_WORDS);
    expect(html).toContain(`<span class="marked marked-probable">w${MAX_MARKS_ON_WORDS - 1}</span>`);
    expect(html).not.toContain(`<span class="marked marked-probable">w${MAX_MARKS_ON_WORDS}</span>`);
    expect(html).toMatch(
      new RegExp(`<a class="mark-note mark-more" href="/sources/s/changes/#change-${MAX_MARKS_ON_WORDS + 1}" aria-label="3 more marks of doubt in this paragraph, not drawn on its words[^"]*" data-pagefind-ignore=""></a></p>$`),
    );
  });
});

describe('marks for a real cleaning', () => {
  it('land on the words each change left in the final text', () => {
    const cleaned = cleanArticle('Headline of a spun copy\n\nThe officers instructed the BBC that the White Home was quiet on the similar time.\n', undefined, { declaredDamage: ['spun'] });
    const marks = cleaningMarks({ changes: cleaned.changes, quotations: cleaned.quotations, unrestoredParagraphs: cleaned.unrestored });
    const text = cleaned.paragraphs[0] ?? '';
    for (const mark of marks) expect(text.slice(mark.start, mark.end), JSON.stringify(mark)).toBe(mark.text ?? text.slice(mark.start, mark.end));
    expect(marks.map((mark) => text.slice(mark.start, mark.end))).toEqual(expect.arrayContaining(['officials', 'told']));
  });
});

describe('rehype-cleaning-marks beside mention links', () => {
  it('marks words inside a link, and puts the note after the link, never inside it', () => {
    const html = render('<p>The <a class="mention" href="/actors/x/">National Security Adviser</a> spoke.</p>', [
      { paragraph: 1, start: 4, end: 21, text: 'National Security', kind: 'probable', target: 'change-1', label: 'l' },
    ]);
    expect(html).toBe(
      '<p>The <a class="mention" href="/actors/x/"><span class="marked marked-probable">National Security</span> Adviser</a><a class="mark-note mark-probable" href="/sources/s/changes/#change-1" aria-label="l" data-pagefind-ignore=""></a> spoke.</p>',
    );
  });
});
