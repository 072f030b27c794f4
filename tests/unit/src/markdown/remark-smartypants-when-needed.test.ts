/**
 * SmartyPants run only where it can change something (src/markdown/remark-smartypants-when-needed.ts):
 * the output must be exactly what Astro's remark-smartypants gives, on every document.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkSmartypants from 'remark-smartypants';
import remarkStringify from 'remark-stringify';
import { unified, type Plugin } from 'unified';
import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import remarkSmartypantsWhenNeeded, { MAX_SMARTYPANTS_TEXT, smartypantsMayChange, smartypantsText } from '../../../../src/markdown/remark-smartypants-when-needed.ts';

function render(markdown: string, plugin: Plugin<[], Root>): string {
  return String(unified().use(remarkParse).use(remarkGfm).use(plugin).use(remarkStringify).processSync(markdown));
}

const always = remarkSmartypants as Plugin<[], Root>;
const whenNeeded = remarkSmartypantsWhenNeeded as Plugin<[], Root>;

const SOURCES = join(import.meta.dirname, '../../../../content/sources');

const CASES = [
  'He said "no" and left.',
  "It's the minister's plan.",
  'A dash -- here, and another---there.',
  'Wait... and wait. . . more.',
  'Dots split by emphasis: . *.* . end',
  'Hyphens split by emphasis: -*-*- end',
  '``Backticks\'\' in the old style.',
  'A &quot;reference&quot; and &#39;another&#39;.',
  'Escaped \\"quotes\\" too.',
  'Curly “quotes” and ’apostrophes’ — an em dash – an en dash … an ellipsis.',
  'U.S. officials said the plan was approved. Nothing to change.',
  '`code "with" quotes` only in code.',
  '| a | b |\n| - | - |\n| "x" | y |',
  '# A "heading"\n\nText.',
];

describe('remark-smartypants, only when needed', () => {
  it('renders every case exactly as remark-smartypants does', () => {
    for (const markdown of CASES) expect(render(markdown, whenNeeded), markdown).toBe(render(markdown, always));
  });

  it('renders the seed sources exactly as remark-smartypants does', () => {
    const files = readdirSync(SOURCES).filter((name) => name.endsWith('.md'));
    expect(files.length).toBeGreaterThan(0);
    for (const name of files) {
      const markdown = readFileSync(join(SOURCES, name), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
      expect(render(markdown, whenNeeded), name).toBe(render(markdown, always));
    }
  });

  it('skips text with nothing SmartyPants rewrites', () => {
    expect(smartypantsMayChange('Curly “quotes” and ’apostrophes’ — U.S. officials said.')).toBe(false);
  });

  it('sees what SmartyPants rewrites, even split across inline elements', () => {
    for (const text of ['"', "'", '``', '--', '...', '. . .', '.” .']) expect(smartypantsMayChange(text), text).toBe(true);
    const tree = unified().use(remarkParse).parse('Dots . *.* . and `c"d`');
    expect(smartypantsText(tree)).toBe(' Dots . . . and AAA');
  });
});

describe('remark-smartypants on a document too long for it', () => {
  // The timeout is a hang guard: retext reads the document as one paragraph, with work
  // growing with the square of its sentences.
  it(`leaves the marks of a document over ${MAX_SMARTYPANTS_TEXT.toLocaleString('en')} characters as written`, () => {
    const long = `He said "no". ${'Go. '.repeat(MAX_SMARTYPANTS_TEXT / 4)}`;
    expect(render(long, whenNeeded)).toContain('He said "no".');
    const short = `He said "no". ${'Go. '.repeat(100)}`;
    expect(render(short, whenNeeded)).toBe(render(short, always));
    expect(render(short, whenNeeded)).toContain('He said “no”.');
  }, 10_000);
});
