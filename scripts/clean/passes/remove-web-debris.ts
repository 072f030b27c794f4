/**
 * Pass: drop web-page furniture that scrapers carry into article text: comment forms,
 * share and subscribe prompts (a spinner's "Share this text" too: it spins furniture with the
 * rest), links to related stories with their headlines. A paragraph is removed only when
 * the whole of it is furniture, so prose that mentions "leave a reply" is never touched.
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { blockText, blocksOf, removeBlock } from '../tree.ts';

interface DebrisRule {
  id: string;
  pattern: RegExp;
  reason: string;
}

/** Whole-paragraph patterns, matched case-insensitively after trimming. */
export const debrisRules: readonly DebrisRule[] = [
  {
    id: 'comment-form',
    pattern:
      /^(?:leave a (?:reply|comment)|cancel reply|post comment|your email address will not be published\.?(?:\s*required fields are marked \*)?|required fields are marked \*|save my name, email, and website in this browser for the next time I comment\.?|comments? \(\d+\)|\d+ comments?|you must be logged in to post a comment\.?)$/i,
    reason: 'Comment-form text from the web page, not part of the article.',
  },
  {
    id: 'share-prompt',
    pattern:
      /^(?:share(?: this(?: [a-z]+)?)?(?: on (?:facebook|twitter|x|linkedin|whatsapp|email))?:?|click to share on \w+(?: \(opens in new window\))?|tweet|pin it|copy link|print this (?:article|page))$/i,
    reason: 'Share button text from the web page, not part of the article.',
  },
  {
    id: 'subscribe-prompt',
    pattern:
      /^(?:subscribe(?: to our newsletter)?|sign up for (?:our|the) [\w\s]{0,40}newsletter\.?|advertisement|skip advertisement|continue reading(?: the main story)?|read more:?|related(?: articles| stories| posts)?:?)$/i,
    reason: 'Advertising or newsletter prompt from the web page, not part of the article.',
  },
  {
    // A link to another story, with its headline: "Read more: Harbour talks resume …". The label
    // and its colon or dash begin the line; prose never opens a paragraph that way.
    id: 'related-link',
    pattern: /^(?:read more|related(?: articles?| stories| story| posts?| coverage| content| reading)?|see also|also read|more on this(?: story)?|recommended|you may also like)\s*(?::|–|—|-|\|)\s*\S.{0,150}$/i,
    reason: 'A link to another story from the web page, not part of the article.',
  },
];

const removeWebDebris: Plugin<[], Root> = function () {
  return (tree, file) => {
    for (const block of blocksOf(tree)) {
      const text = blockText(block).trim();
      const rule = debrisRules.find((candidate) => candidate.pattern.test(text));
      if (rule) removeBlock(tree, file, block, { ruleId: `debris/${rule.id}`, reason: rule.reason });
    }
  };
};

export default removeWebDebris;
