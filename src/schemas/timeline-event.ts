/**
 * Front matter of a dated event in `content/timeline/`. The body says what happened, in our
 * words, citing the source paragraphs it rests on. Sources often date events relative to
 * their own publication ("on Friday", "last month"), so each event says in `when` what its
 * date is relative to, and `date` is only as precise as `precision` says.
 */
import { z } from 'astro/zod';
import { calendarDate } from './calendar-date.ts';

/** How precisely `date` is known. */
export const datePrecisions = ['day', 'month', 'year', 'before', 'approximate'] as const;

export const timelineEventSchema = z
  .object({
    /** What happened, as a short heading. */
    title: z.string().min(1),
    /** Best date for ordering and for the open data: the day, or the latest the event can have happened. */
    date: calendarDate,
    /** day/month/year: known to that precision; before: on or before `date`; approximate: an estimate. */
    precision: z.enum(datePrecisions),
    /** The date as a reader should read it, saying what a relative date is relative to. */
    when: z.string().min(1),
    /** Position among events of the same date, 1 first. */
    order: z.number().int().positive().default(1),
  })
  .strict();

export type TimelineEventFrontmatter = z.infer<typeof timelineEventSchema>;
