/**
 * Pass: make spacing plain. Invisible and control characters are removed (bidi controls
 * can make text display differently from what it says), exotic spaces become plain
 * spaces, runs of spaces collapse, and paragraphs are trimmed.
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { INVISIBLE_OR_MORE } from '../../../src/language/letter-classes.ts';
import { rewriteBlocks } from '../tree.ts';

const normaliseWhitespace: Plugin<[], Root> = function () {
  return (tree, file) => {
    rewriteBlocks(tree, file, {
      ruleId: 'whitespace/invisible-character',
      kind: 'typographic',
      // C0/C1 controls (tab excepted), zero-width characters, every bidi control.
      pattern: /(?:[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200D\u2060-\u2064\uFEFF]|\p{Bidi_Control})+/gu,
      // The same characters as plain ranges (src/language/letter-classes.ts): most paragraphs have none.
      mayMatch: new RegExp(`[${INVISIBLE_OR_MORE}]`),
      replace: () => '',
      reason: 'An invisible or control character that is not part of the text.',
    });
    rewriteBlocks(tree, file, {
      ruleId: 'whitespace/unusual-space',
      kind: 'typographic',
      pattern: /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g,
      replace: () => ' ',
      reason: 'A tab or special space, made a plain space.',
    });
    rewriteBlocks(tree, file, {
      ruleId: 'whitespace/repeated-space',
      kind: 'typographic',
      pattern: / {2,}/g,
      replace: () => ' ',
      reason: 'Several spaces in a row, made one.',
    });
    rewriteBlocks(tree, file, {
      ruleId: 'whitespace/edge-space',
      kind: 'typographic',
      pattern: /^ +| +$/g,
      mayMatch: /^ | $/,
      replace: () => '',
      reason: 'Space at the start or end of a paragraph.',
    });
  };
};

export default normaliseWhitespace;
