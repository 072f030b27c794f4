/**
 * Pass: recognise the headline. When the first paragraph reads as a headline (short,
 * no closing punctuation) and more text follows, it becomes the level-1 heading; the
 * content build takes it as the title. A seed whose first line is already body text
 * has lost its headline, and the content build then needs one from the seed's metadata.
 */
import type { Heading, Root } from 'mdast';
import type { Plugin } from 'unified';
import { blockText, comparable } from '../tree.ts';

const MAX_HEADLINE_WORDS = 30;
const MAX_HEADLINE_CHARACTERS = 250;

export function looksLikeHeadline(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.length > MAX_HEADLINE_CHARACTERS) return false;
  // Words, not space-separated tokens: a stray comma is not a word.
  if ((trimmed.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? []).length > MAX_HEADLINE_WORDS) return false;
  // Closing punctuation or any quotation mark (straight or curled alike) ends body text;
  // a question mark does not (headlines ask questions).
  return !/[.,;:!"“”'‘’]$/.test(trimmed);
}

const extractHeadline: Plugin<[], Root> = function () {
  return (tree) => {
    const [first, ...rest] = tree.children;
    // Judged again each round: a later pass (splitting fused words) can lengthen a headline
    // past what a headline is, and then it is body text after all.
    if (first?.type === 'heading' && !looksLikeHeadline(blockText(first))) {
      tree.children[0] = { type: 'paragraph', children: first.children, data: first.data };
      return;
    }
    if (first?.type !== 'paragraph' || !looksLikeHeadline(blockText(first))) return;
    // A headline heads something: body text other than copies of itself.
    const key = comparable(blockText(first));
    if (!rest.some((block) => block.type === 'paragraph' && comparable(blockText(block)) !== key)) return;
    const heading: Heading = { type: 'heading', depth: 1, children: first.children, data: first.data };
    tree.children[0] = heading;
  };
};

export default extractHeadline;
