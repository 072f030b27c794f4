/**
 * Content collections: everything the site shows comes from content/, checked against
 * the schemas in src/schemas/ (shared with the content build), and read by the same reader
 * as the content check (`src/files/collection-loader.ts`): never through a link, front
 * matter by the hardened YAML reader. An invalid entry fails the build with the file and
 * the line.
 */
import { defineCollection, reference } from 'astro:content';
import { z } from 'astro/zod';
import { jsonCollection, markdownCollection } from './files/collection-loader.ts';
import { actorSchema } from './schemas/actor.ts';
import { cleaningRecordSchema } from './schemas/cleaning-record.ts';
import { correctionSchema } from './schemas/correction.ts';
import { outletSchema } from './schemas/outlet.ts';
import { pageSchema } from './schemas/page.ts';
import { questionSchema } from './schemas/question.ts';
import { timelineEventSchema } from './schemas/timeline-event.ts';
import { sourceSchema } from './schemas/source.ts';

/** News articles, cleaned from seeds or written by maintainers. Markdown only: MDX would run code. */
const sources = defineCollection({
  loader: markdownCollection('sources', sourceSchema),
  schema: sourceSchema.extend({
    /** The publishing outlet, a file in content/outlets/. */
    outlet: reference('outlets'),
  }),
});

/** What the cleaner changed in each generated source, by the source's slug. */
const cleaning = defineCollection({
  loader: jsonCollection('cleaning'),
  schema: cleaningRecordSchema,
});

/** People, agencies, organisations and governments that act in the events. */
const actors = defineCollection({
  loader: markdownCollection('actors', actorSchema),
  schema: actorSchema.extend({
    /** Actors this one belongs to or reports to. */
    affiliations: z.array(reference('actors')).default([]),
  }),
});

/** Publications that published sources or that sources cite. */
const outlets = defineCollection({
  loader: markdownCollection('outlets', outletSchema),
  schema: outletSchema,
});

/** Prose pages written by the editors (the explainer, the method), with cited facts. */
const pages = defineCollection({
  loader: markdownCollection('pages', pageSchema),
  schema: pageSchema,
});

/** Key questions and each source's answer, with evidence checked against the source text. */
const questions = defineCollection({
  loader: markdownCollection('questions', questionSchema),
  schema: questionSchema,
});

/** Dated events, each citing the source paragraphs it rests on. */
const timeline = defineCollection({
  loader: markdownCollection('timeline', timelineEventSchema),
  schema: timelineEventSchema,
});

/** The corrections log: dated corrections to the dossier's prose and to sources, each citing what it rests on. */
const corrections = defineCollection({
  loader: markdownCollection('corrections', correctionSchema),
  schema: correctionSchema,
});

export const collections = { sources, cleaning, actors, outlets, pages, questions, timeline, corrections };
