/**
 * remark plugin: Astro's SmartyPants (curly quotes, dashes, ellipses), run only on a
 * document it could change. remark-smartypants runs every document through a natural-language
 * parser (retext) twice, which cost the build about 4.6 s per 1,000 sources; cleaned sources
 * already have curly quotation marks and dashes, so for nearly all of them it changed nothing.
 *
 * The check reads the same text the plugin reads (text nodes joined, inline code as
 * placeholders, a space at each block) and looks for what SmartyPants rewrites: straight
 * quotation marks and backticks, runs of hyphens, and dots with nothing but spacing or
 * punctuation between them (spaced ellipses). When none is there, the plugin's output would
 * equal its input, so skipping it changes nothing; otherwise the plugin runs as before.
 *
 * Nor does it run on a document of more than MAX_SMARTYPANTS_TEXT characters of text: the
 * plugin hands retext the whole document as one paragraph, and retext's parser (parse-latin)
 * splices its node lists once per sentence, so the time grows with the square of the
 * document's sentences: 480 KB of short sentences with one straight quote took 27 s. No
 * article comes near the limit (the longest news articles are a tenth of it); past it the
 * marks are left as written, which costs typography, not meaning.
 */
import type { Root } from 'mdast';
import remarkSmartypants from 'remark-smartypants';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

/** remark-smartypants' own options (those of retext-smartypants). */
type Options = NonNullable<Parameters<typeof remarkSmartypants>[0]>;

/** Anything SmartyPants (quotes, backticks, dashes, ellipses) could rewrite. Deliberately broad. */
const REWRITABLE = /["'`]|--|\.[^\p{L}\p{N}]*\./u;

/** The node types remark-smartypants reads, and those that start a block (it adds a space there). */
const VISITED = new Set(['text', 'inlineCode', 'paragraph', 'heading', 'tableCell']);
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

/** The text remark-smartypants would hand to retext, inline code masked as it masks it. */
export function smartypantsText(tree: Root): string {
  let text = '';
  visit(tree, (node, _index, parent) => {
    if (!parent || !VISITED.has(node.type)) return;
    if (node.type === 'text') text += node.value;
    else if (node.type === 'inlineCode') text += 'A'.repeat(node.value.length);
    else if (BLOCKS.has(node.type)) text += ' ';
  });
  return text;
}

/** Characters of text (as `smartypantsText` reads them) SmartyPants runs on at most. */
export const MAX_SMARTYPANTS_TEXT = 100_000;

/** Whether SmartyPants could change anything in this text. */
export function smartypantsMayChange(text: string): boolean {
  return REWRITABLE.test(text);
}

const remarkSmartypantsWhenNeeded: Plugin<[Options?], Root> = function (options) {
  const transform = remarkSmartypants.call(this, options);
  // remark-smartypants transforms synchronously, in place, and never calls back.
  return (tree, file) => {
    const text = smartypantsText(tree);
    if (transform && text.length <= MAX_SMARTYPANTS_TEXT && smartypantsMayChange(text)) void transform(tree, file, () => undefined);
  };
};

export default remarkSmartypantsWhenNeeded;
