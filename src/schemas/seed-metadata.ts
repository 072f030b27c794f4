/**
 * The sidecar a maintainer edits beside each raw seed (`seeds/<seed>.yaml`).
 * The raw `.txt` is never edited: everything we know or decide about it lives here.
 */
import { z } from 'astro/zod';
import { calendarDay } from './calendar-date.ts';
import { httpUrl } from './http-url.ts';
import { slugSchema, sourceSlugSchema } from './slug.ts';
import { confidences } from './cleaning-record.ts';
import { damageKinds } from './damage-kinds.ts';

/** How sure we are of a date: printed in the seed, or estimated from its contents. */
export const dateBases = ['stated', 'estimated'] as const;

/** Evidence for a correction: words of a paragraph, of another source or of this copy itself. */
export const correctionEvidenceSchema = z
  .object({
    /** Slug of the source whose paragraph holds the evidence; leave out for this copy's own words. */
    source: slugSchema.optional(),
    /** 1-based paragraph (of this copy: its cleaned paragraph, as numbered on its page). */
    paragraph: z.number().int().positive(),
    /** The words of that paragraph the correction rests on, copied exactly; they must include every word the correction adds. */
    text: z.string().min(1),
  })
  .strict();

export const correctionSchema = z
  .object({
    /** Exact text in the article after the general cleaning rules. */
    find: z.string().min(1),
    /** What it is corrected to. */
    replace: z.string(),
    /** Why, in one line a reader can check (shown on the source page). */
    reason: z.string().min(1),
    /**
     * How sure the correction is: `certain` only with `evidence` the build checks; otherwise
     * `probable` or `guess`, marked on the words for readers.
     */
    certainty: z.enum(confidences, { message: 'say how sure the correction is: certain (with evidence), probable or guess' }),
    /** What the correction rests on, checked by the build; required for `certain`. */
    evidence: correctionEvidenceSchema.optional(),
    /** Correct every occurrence, not only the first. */
    everywhere: z.boolean().default(false),
  })
  .strict();

export const uncertainPassageSchema = z
  .object({
    /** Exact text in the cleaned article that stays as received. */
    text: z.string().min(1),
    /** Why it is doubtful, shown to readers. */
    note: z.string().min(1),
  })
  .strict();

export type Correction = z.infer<typeof correctionSchema>;
export type UncertainPassage = z.infer<typeof uncertainPassageSchema>;

export const seedMetadataSchema = z
  .object({
    /** URL path segment of the cleaned source (`/sources/<slug>/`); kebab-case, stable once published. */
    slug: sourceSlugSchema,
    /** Id of the outlet that published the article (a file in `content/outlets/`). */
    outlet: z.string().min(1),
    /** Headline as published, when the seed's own first line is missing or unusable. */
    headline: z.string().min(1).optional(),
    /** Our own descriptive title, used (and labelled as ours) when the published headline is lost. */
    editorialTitle: z.string().min(1).optional(),
    /** Address of the original article, when known. */
    url: httpUrl.optional(),
    /** Address of an archived copy of the original (a web archive's snapshot), when there is one. */
    archiveUrl: httpUrl.optional(),
    /** Publication date, ISO `YYYY-MM-DD`. */
    published: calendarDay,
    /** Whether `published` is printed in the seed or estimated from what the text reports. */
    dateBasis: z.enum(dateBases).default('stated'),
    /** BCP 47 language tag of the text, e.g. `en`. */
    language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, 'a language tag such as "en"'),
    /** How the raw text is damaged, as a maintainer judged it on reading. */
    damage: z.array(z.enum(damageKinds)).default([]),
    /** Provenance notes for readers: how outlet, date or title were established. */
    notes: z.string().optional(),
    /** Fixes only this article needs, applied after the general rules, each with its reason. */
    corrections: z.array(correctionSchema).default([]),
    /** Passages left as received because no restoration is certain; flagged to readers. */
    uncertain: z.array(uncertainPassageSchema).default([]),
  })
  .strict()
  .refine((meta) => !(meta.headline && meta.editorialTitle), {
    message: 'give either "headline" (as published) or "editorialTitle" (our own), not both',
    path: ['editorialTitle'],
  });

export type SeedMetadata = z.infer<typeof seedMetadataSchema>;
