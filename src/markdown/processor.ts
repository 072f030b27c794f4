/**
 * The Markdown pipeline for every page: contributed Markdown is untrusted, so raw HTML is
 * parsed and then sanitised before anything of ours (anchors, citation classes) is added.
 */
import { unified } from '@astrojs/markdown-remark';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeAlteredQuotations, { type QuotationMark } from './rehype-altered-quotations.ts';
import rehypeParagraphAnchors from './rehype-paragraph-anchors.ts';
import rehypePrefixedFragmentLinks from './rehype-prefixed-fragment-links.ts';
import remarkSourceCitations from './remark-source-citations.ts';
import { CLOBBER_PREFIX, sanitizeSchema } from './sanitize-schema.ts';

export interface DossierMarkdownOptions {
  /** Site base path, ending in `/`. */
  base: string;
  /** Number of paragraphs of each source, by slug, for checking citations. */
  paragraphCounts: ReadonlyMap<string, number>;
  /** Quotations cleaning altered, by source slug, to be marked on the page. */
  alteredQuotations?: ReadonlyMap<string, readonly QuotationMark[]>;
}

const SOURCE_FILE = /[\\/]content[\\/]sources[\\/]([^\\/]+)\.md$/;

export function isSourceFile(path: string): boolean {
  return SOURCE_FILE.test(path);
}

export function sourceSlugOf(path: string): string | undefined {
  return SOURCE_FILE.exec(path)?.[1];
}

export function dossierMarkdown(options: DossierMarkdownOptions) {
  return unified({
    remarkPlugins: [[remarkSourceCitations, options]],
    rehypePlugins: [
      rehypeRaw,
      [rehypeSanitize, sanitizeSchema],
      [rehypePrefixedFragmentLinks, { prefix: CLOBBER_PREFIX }],
      [rehypeParagraphAnchors, { include: isSourceFile }],
      [rehypeAlteredQuotations, { bySlug: options.alteredQuotations ?? new Map(), slugOf: sourceSlugOf }],
    ],
    // Footnote ids are prefixed once, by the sanitiser, not twice.
    remarkRehype: { clobberPrefix: '' },
  });
}
