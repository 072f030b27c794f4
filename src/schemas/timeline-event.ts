/**
 * Front matter of a dated event in `content/timeline/`. The body says what happened, in our
 * words, citing the source paragraphs it rests on. Sources often date events relative to
 * their own publication ("on Friday", "last month"), so each event says in `when` what its
 * date is relative to, and `date` is only as precise as `precision` says.
 */
import { z } from 'astro/zod';
import { calendarDate } from './calendar-date.ts';
import { proseText } from './prose-text.ts';
import { slugSchema } from './slug.ts';

/** The paragraph a heading rests on, with its words: a title states a claim as much as a sentence does. */
export const titleCitationSchema = z
  .object({
    /** Slug of the cited source. */
    source: slugSchema,
    /** 1-based paragraph, as on the source page. */
    paragraph: z.number().int().positive(),
    /** The words of that paragraph the title rests on, copied exactly (the build checks them). */
    words: z.string().min(1),
  })
  .strict();

/** How precisely `date` is known. */
export const datePrecisions = ['day', 'month', 'year', 'before', 'approximate'] as const;

export const timelineEventSchema = z
  .object({
    /** What happened, as a short heading; what the sources only report is titled as reported. */
    title: proseText,
    /** The paragraph and words the title rests on. */
    titleCitation: titleCitationSchema,
    /** Best date for ordering and for the open data: the day, or the latest the event can have happened. */
    date: calendarDate,
    /** day/month/year: known to that precision; before: on or before `date`; approximate: an estimate. */
    precision: z.enum(datePrecisions),
    /** The date as a reader should read it, saying what a relative date is relative to. */
    when: proseText,
    /** Position among events of the same date, 1 first. */
    order: z.number().int().positive().default(1),
  })
  .strict();

export type TimelineEventFrontmatter = z.infer<typeof timelineEventSchema>;
