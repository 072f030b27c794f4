/**
 * Front matter of a source in `content/sources/`: one news article, cleaned from a seed
 * by the content build or written by hand by a maintainer.
 */
import { z } from 'astro/zod';
import { httpUrl } from './http-url.ts';
import { calendarDate } from './calendar-date.ts';
import { dateBases } from './seed-metadata.ts';
import { damageKinds } from './damage-kinds.ts';
import { optionalProseText } from './prose-text.ts';

/** Where a generated source came from; absent on hand-written sources. */
export const seedOriginSchema = z
  .object({
    /** File name of the raw seed in `seeds/`. */
    file: z.string().regex(/^[^/\\]+\.txt$/, 'a file name in seeds/, such as "000_abc.txt"'),
    /** SHA-256 of the raw seed's bytes, hex; lets a test prove the content is fresh. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/, '64 lowercase hex digits'),
  })
  .strict();

export const sourceSchema = z
  .object({
    /** Headline shown for the source. */
    title: z.string().min(1).max(300),
    /** Whether the title is the published headline or our own, written because it was lost. */
    titleBasis: z.enum(['published', 'editorial']).default('published'),
    /** Id of the publishing outlet (a file in `content/outlets/`). */
    outlet: z.string().min(1),
    /** Publication date. */
    published: calendarDate,
    /** Whether `published` is printed in the article or estimated from its contents. */
    dateBasis: z.enum(dateBases).default('stated'),
    /** Address of the original article, when known. */
    url: httpUrl.optional(),
    /** Address of an archived copy of the original (a web archive's snapshot), shown beside it, for when the original moves or dies. */
    archiveUrl: httpUrl.optional(),
    /** BCP 47 language tag of the text. */
    language: z.string().default('en'),
    /** How the raw text was damaged before cleaning. */
    damage: z.array(z.enum(damageKinds)).default([]),
    /** Provenance notes shown to readers. */
    notes: optionalProseText,
    /** The raw seed this source was cleaned from, if any. */
    seed: seedOriginSchema.optional(),
  })
  .strict();

export type SourceFrontmatter = z.infer<typeof sourceSchema>;
