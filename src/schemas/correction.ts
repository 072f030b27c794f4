/**
 * Front matter of an entry in `content/corrections/`, the dossier's corrections log: a dated
 * correction to the dossier's own prose or to a source (its cleaning, its facts), saying
 * what was wrong and what the page says now. The body explains it in our words and cites the
 * source paragraph the corrected words rest on. News readers trust outlets that publish their
 * corrections; the log lists them, every corrected page says it was corrected, and the feed
 * carries them.
 */
import { z } from 'astro/zod';
import { calendarDate } from './calendar-date.ts';
import { proseText } from './prose-text.ts';

/** What a correction corrects. */
export const correctionSubjects = ['dossier', 'source'] as const;

export const correctionSchema = z
  .object({
    /** The day the correction was made. */
    date: calendarDate,
    /** `dossier`: words the editors wrote (a description, an answer, the explainer); `source`: a source's text or facts. */
    subject: z.enum(correctionSubjects),
    /**
     * The corrected page's address below the site's base, ending in "/": `sources/<slug>/`,
     * `actors/<id>/`, `outlets/<id>/`, `questions/<id>/`, `about/`, or "" for the explainer.
     */
    page: z.string().regex(/^(?:[a-z0-9-]+\/)*$/, 'an address below the site, such as "actors/ilsa-marrow/" (lower case, ending in "/"), or "" for the explainer'),
    /** What the page said, as it was wrong. */
    wrong: proseText,
    /** What the page says now. */
    now: proseText,
  })
  .strict();

export type CorrectionFrontmatter = z.infer<typeof correctionSchema>;
