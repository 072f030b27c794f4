/**
 * The sidecar a maintainer edits beside each raw seed (`seeds/<seed>.yaml`).
 * The raw `.txt` is never edited: everything we know or decide about it lives here.
 */
import { z } from 'astro/zod';

/** Kinds of damage a raw article can carry; the cleaner reports which it found. */
export const damageKinds = ['machine-translated', 'spun', 'web-debris', 'lost-headline'] as const;

/** How sure we are of a date: printed in the seed, or estimated from its contents. */
export const dateBases = ['stated', 'estimated'] as const;

export const seedMetadataSchema = z
  .object({
    /** URL path segment of the cleaned source (`/sources/<slug>/`); kebab-case, stable once published. */
    slug: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a kebab-case slug such as "bbc-hegseth-orders-pause"'),
    /** Id of the outlet that published the article (a file in `content/outlets/`). */
    outlet: z.string().min(1),
    /** Headline as published, when the seed's own first line is missing or unusable. */
    headline: z.string().min(1).optional(),
    /** Our own descriptive title, used (and labelled as ours) when the published headline is lost. */
    editorialTitle: z.string().min(1).optional(),
    /** Address of the original article, when known. */
    url: z.url({ protocol: /^https?$/ }).optional(),
    /** Publication date, ISO `YYYY-MM-DD`. */
    published: z.iso.date(),
    /** Whether `published` is printed in the seed or estimated from what the text reports. */
    dateBasis: z.enum(dateBases).default('stated'),
    /** BCP 47 language tag of the text, e.g. `en`. */
    language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, 'a language tag such as "en"'),
    /** How the raw text is damaged, as a maintainer judged it on reading. */
    damage: z.array(z.enum(damageKinds)).default([]),
    /** Provenance notes for readers: how outlet, date or title were established. */
    notes: z.string().optional(),
  })
  .strict()
  .refine((meta) => !(meta.headline && meta.editorialTitle), {
    message: 'give either "headline" (as published) or "editorialTitle" (our own), not both',
    path: ['editorialTitle'],
  });

export type SeedMetadata = z.infer<typeof seedMetadataSchema>;
