/**
 * The Markdown pipeline for every page: contributed Markdown is untrusted, so raw HTML is
 * parsed and then sanitised before anything of ours (anchors, citation classes) is added.
 */
import { unified } from '@astrojs/markdown-remark';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import { NameMatcher, type NamedEntry } from '../actors/name-matcher.ts';
import rehypeActorMentions from './rehype-actor-mentions.ts';
import remarkInputLimits from './remark-input-limits.ts';
import remarkSmartypantsWhenNeeded from './remark-smartypants-when-needed.ts';
import rehypeCleaningMarks from './rehype-cleaning-marks.ts';
import { changesPagePath } from '../route-data/change-pages.ts';
import rehypeCitationWords from './rehype-citation-words.ts';
import type { CleaningMark } from './cleaning-marks.ts';
import rehypeParagraphAnchors from './rehype-paragraph-anchors.ts';
import rehypePrefixedFragmentLinks from './rehype-prefixed-fragment-links.ts';
import rehypePrefixedHeadingIds from './rehype-prefixed-heading-ids.ts';
import rehypeSameSiteMedia from './rehype-same-site-media.ts';
import remarkSourceCitations from './remark-source-citations.ts';
import remarkDossierFigures from './remark-dossier-figures.ts';
import { CLOBBER_PREFIX, sanitizeSchema } from './sanitize-schema.ts';

/**
 * What the processor reads for the whole dossier. Which of it one entry's rendering reads is
 * written in render-dependencies.ts, for the content store kept between builds: a new
 * option, or a plugin reading more of one, must be written there too.
 */
export interface DossierMarkdownOptions {
  /** Site base path, ending in `/`. */
  base: string;
  /** Number of paragraphs of each source, by slug, for checking citations. */
  paragraphCounts: ReadonlyMap<string, number>;
  /** What each source's page marks in its text (doubtful restorations, damaged passages, quotations' standing), by slug. */
  cleaningMarks?: ReadonlyMap<string, readonly CleaningMark[]>;
  /** Actors and outlets whose mentions in sources link to their pages. */
  registry?: readonly NamedEntry[];
  /** The dossier's figures, for `{{name}}` in the editors' pages (see dossier-figures.ts). */
  figures?: ReadonlyMap<string, number>;
}

const SOURCE_FILE = /[\\/]content[\\/]sources[\\/]([^\\/]+)\.md$/;

const PAGE_FILE = /[\\/]content[\\/]pages[\\/][^\\/]+\.md$/;

/** The editors' prose pages (content/pages/), where the dossier's figures may be written. */
export function isPageFile(path: string): boolean {
  return PAGE_FILE.test(path);
}

export function isSourceFile(path: string): boolean {
  return SOURCE_FILE.test(path);
}

export function sourceSlugOf(path: string): string | undefined {
  return SOURCE_FILE.exec(path)?.[1];
}

export function dossierMarkdown(options: DossierMarkdownOptions) {
  const matcher = new NameMatcher(options.registry ?? []);
  const prefix = options.base.endsWith('/') ? options.base : `${options.base}/`;
  return unified({
    // First: refuses pathological Markdown before the parser can hang on it.
    // Then SmartyPants where Astro would run it (first of the transforms), but only on a
    // document it can change: Astro's own is turned off below.
    remarkPlugins: [
      remarkInputLimits,
      remarkSmartypantsWhenNeeded,
      [remarkSourceCitations, options],
      [remarkDossierFigures, { figures: options.figures ?? new Map(), include: isPageFile }],
    ],
    smartypants: false,
    rehypePlugins: [
      rehypeRaw,
      [rehypeSanitize, sanitizeSchema],
      rehypeSameSiteMedia,
      // Before fragment links, so `[see](#the-background)` finds the prefixed heading id.
      [rehypePrefixedHeadingIds, { prefix: CLOBBER_PREFIX }],
      [rehypePrefixedFragmentLinks, { prefix: CLOBBER_PREFIX }],
      // Citations show the words they rest on.
      rehypeCitationWords,
      // Names are linked on the article's own text, before anything splits it.
      [
        rehypeActorMentions,
        {
          matcher,
          hrefOf: (target: { type: string; id: string }) => `${prefix}${target.type === 'actor' ? 'actors' : 'outlets'}/${target.id}/`,
          include: isSourceFile,
        },
      ],
      // Then the marks of doubt, placed by offsets in that text (links add no text), and
      // before the paragraph anchors, which add each paragraph's number to it.
      [
        rehypeCleaningMarks,
        { bySlug: options.cleaningMarks ?? new Map(), slugOf: sourceSlugOf, changeHref: (slug: string, anchor: string, page: number) => `${prefix}${changesPagePath(slug, page)}#${anchor}` },
      ],
      [rehypeParagraphAnchors, { include: isSourceFile }],
    ],
    // Footnote ids are prefixed once, by the sanitiser, not twice.
    remarkRehype: { clobberPrefix: '' },
  });
}
