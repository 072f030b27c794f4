/**
 * The cleaner, read top to bottom as the specification: each `.use` is one named pass,
 * in the order they run. Passes share one tree (`tree.ts`) and record every change they
 * make; `cleanArticle` returns the cleaned text with that record.
 */
import type { Root } from 'mdast';
import { unified, type Plugin } from 'unified';
import { VFile } from 'vfile';
import type { Change } from '../../src/schemas/cleaning-record.ts';
import parseArticle from './parse-article.ts';
import curlQuotes from './passes/curl-quotes.ts';
import extractHeadline from './passes/extract-headline.ts';
import normalisePunctuation from './passes/normalise-punctuation.ts';
import normaliseWhitespace from './passes/normalise-whitespace.ts';
import removeRepeatedParagraphs from './passes/remove-repeated-paragraphs.ts';
import removeWebDebris from './passes/remove-web-debris.ts';
import { blockText, blocksOf, rawParagraphOf } from './tree.ts';

export interface CleanedArticle {
  /** The headline found at the top of the text, cleaned; undefined when the text has none. */
  headline: string | undefined;
  /** Cleaned body paragraphs, in order. */
  paragraphs: string[];
  /** For each body paragraph, the 1-based raw paragraph it came from. */
  paragraphOrigins: number[];
  /** The raw paragraphs (line blocks) as read. */
  rawParagraphs: string[];
  /** Every change, in the order made, located in the cleaned article. */
  changes: Change[];
}

declare module 'unified' {
  interface CompileResultMap {
    /** What the cleaner's compiler returns. */
    CleanedArticle: CleanedArticle;
  }
}

/** unified compiler: the cleaned tree and the file's record → a `CleanedArticle`. */
const compileArticle: Plugin<[], Root, CleanedArticle> = function () {
  this.compiler = (tree, file) => {
    const blocks = blocksOf(tree as Root).filter((block) => blockText(block) !== '');
    const heading = blocks.find((block) => block.type === 'heading');
    const body = blocks.filter((block) => block.type === 'paragraph');
    const paragraphOrigins = body.map(rawParagraphOf);
    const changes = (file.data.changes ?? []).map((change): Change => {
      const index = paragraphOrigins.indexOf(change.rawParagraph);
      const inHeadline = heading !== undefined && rawParagraphOf(heading) === change.rawParagraph;
      return {
        ...change,
        paragraph: index === -1 ? null : index + 1,
        location: index !== -1 ? 'body' : inHeadline ? 'headline' : 'removed',
      };
    });
    return {
      headline: heading ? blockText(heading) : undefined,
      paragraphs: body.map(blockText),
      paragraphOrigins,
      rawParagraphs: file.data.rawParagraphs ?? [],
      changes,
    };
  };
};

export function createCleaner() {
  return (
    unified()
      .use(parseArticle)
      // 0. Spacing first: invisible characters and odd spaces would hide debris,
      //    repeats and headlines from the passes that judge whole paragraphs.
      .use(normaliseWhitespace)
      // 1. Debris: what the web page added around the article.
      .use(removeWebDebris)
      // 2. Structure: the headline, apart from the body.
      .use(extractHeadline)
      // 3. Typography: punctuation and quotation marks.
      .use(normalisePunctuation)
      .use(curlQuotes)
      // 4. Repeats, judged on finished text (a doubled headline, a paragraph pasted twice).
      .use(removeRepeatedParagraphs)
      .use(compileArticle)
  );
}

/** Cleans one raw article. `path` only names the file in messages. */
export function cleanArticle(raw: string, path?: string): CleanedArticle {
  const file = new VFile({ value: raw, path });
  return createCleaner().processSync(file).result;
}
