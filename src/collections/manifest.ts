/**
 * The collections of content/, declared once: the folder each lives in, the kind of file,
 * the schema its front matter (or record) is held to, which fields name another entry, and
 * what its prose must cite. The site's collections (src/content.config.ts) are defined from
 * these declarations, and the content check that runs before Astro
 * (scripts/content/validation/) reads the same folders with the same declarations, so the
 * two cannot disagree on where a collection lives, what its files hold or what they refer to.
 *
 * Plain data, importable outside Astro: a reference is declared here as the collection it
 * points into; the content config turns it into Astro's `reference()`, the content check
 * into a located "no outlet … in content/outlets/" problem.
 */
import type { z } from 'astro/zod';
import { actorSchema } from '../schemas/actor.ts';
import { cleaningRecordSchema } from '../schemas/cleaning-record.ts';
import { correctionSchema } from '../schemas/correction.ts';
import { outletSchema } from '../schemas/outlet.ts';
import { pageSchema } from '../schemas/page.ts';
import { questionSchema } from '../schemas/question.ts';
import { sourceSchema } from '../schemas/source.ts';
import { timelineEventSchema } from '../schemas/timeline-event.ts';

/** A front matter field holding the id of an entry of another (or the same) collection. */
export interface CollectionReference<Name extends string = string> {
  /** The collection whose entry ids the field holds. */
  collection: Name;
  /** True when the field holds a list of ids (empty by default). */
  many?: true;
}

/**
 * How an entry's body is held to the sources: `checked`, every citation in it must name a
 * paragraph that exists and hold the words it gives; `every-sentence`, and every sentence
 * stating a fact about the events must carry one (or be marked as stating none), unless the
 * entry says `factual: false`.
 */
export type CitationRule = 'checked' | 'every-sentence';

/** One collection of content/. */
export interface CollectionDeclaration<Name extends string = string> {
  /** Folder below the content folder (`dossier.folders.content`). */
  folder: string;
  /** `.md`: front matter and a Markdown body (MDX is refused: it runs code); `.json`: a record. */
  extension: '.md' | '.json';
  /** What the front matter, or the record, must hold; ids in references are plain strings here. */
  schema: z.ZodObject;
  /** Fields that name another entry, by field. */
  references: Readonly<Record<string, CollectionReference<Name>>>;
  /** One entry as messages name it ("no outlet …"). */
  entryName: string;
  /** How the content check counts the collection ("3 timeline events"); absent for build output it does not count. */
  countedAs?: string;
  /** How the body cites the sources; absent for a collection without a body. */
  citations?: CitationRule;
  /** Set when each entry must cite at least one paragraph: what an entry is called in that message ("a timeline event"). */
  mustCite?: string;
  /**
   * Set for a collection the site reads from disk rather than as an Astro content collection:
   * large build output that only a few pages read per entry, kept out of the store Astro
   * compiles into its prerender (docs/scale-benchmark.md, "Profile at 10,000 sources").
   */
  readFromDisk?: true;
}

/** Declares the collections, checking at compile time that every reference points to one of them. */
function declareCollections<const Declarations extends { [Name in keyof Declarations]: CollectionDeclaration<Extract<keyof Declarations, string>> }>(
  declarations: Declarations,
): Declarations {
  return declarations;
}

/**
 * The collections, in the order the site defines them and the content check counts them
 * (sources first: nearly everything else refers to them).
 */
export const COLLECTIONS = declareCollections({
  /** News articles, cleaned from seeds or written by maintainers. Markdown only: MDX would run code. */
  sources: {
    folder: 'sources',
    extension: '.md',
    schema: sourceSchema,
    references: { outlet: { collection: 'outlets' } },
    entryName: 'source',
    countedAs: 'sources',
    citations: 'checked',
  },
  /** What the cleaner changed in each generated source, by the source's slug (build output of `npm run build:content`). */
  cleaning: {
    folder: 'cleaning',
    extension: '.json',
    schema: cleaningRecordSchema,
    references: {},
    entryName: 'cleaning record',
    readFromDisk: true,
  },
  /** People, agencies, organisations and governments that act in the events; each bio cites what it says. */
  actors: {
    folder: 'actors',
    extension: '.md',
    schema: actorSchema,
    references: { affiliations: { collection: 'actors', many: true } },
    entryName: 'actor',
    countedAs: 'actors',
    citations: 'every-sentence',
  },
  /** Publications that published sources or that sources cite. */
  outlets: {
    folder: 'outlets',
    extension: '.md',
    schema: outletSchema,
    references: {},
    entryName: 'outlet',
    countedAs: 'outlets',
    citations: 'checked',
  },
  /** Prose pages written by the editors (the explainer, the method), with cited facts. */
  pages: {
    folder: 'pages',
    extension: '.md',
    schema: pageSchema,
    references: {},
    entryName: 'page',
    countedAs: 'pages',
    citations: 'every-sentence',
  },
  /** Key questions and each source's answer, with evidence checked against the source text. */
  questions: {
    folder: 'questions',
    extension: '.md',
    schema: questionSchema,
    references: {},
    entryName: 'question',
    countedAs: 'questions',
    citations: 'checked',
  },
  /** Dated events, each citing the source paragraphs it rests on. */
  timeline: {
    folder: 'timeline',
    extension: '.md',
    schema: timelineEventSchema,
    references: {},
    entryName: 'timeline event',
    countedAs: 'timeline events',
    citations: 'every-sentence',
    mustCite: 'a timeline event',
  },
  /** The corrections log: dated corrections to the dossier's prose and to sources, each citing what it rests on. */
  corrections: {
    folder: 'corrections',
    extension: '.md',
    schema: correctionSchema,
    references: {},
    entryName: 'correction',
    countedAs: 'corrections',
    citations: 'every-sentence',
    mustCite: 'a correction',
  },
});

export type Collections = typeof COLLECTIONS;
export type CollectionName = keyof Collections;

/** The collection names in declaration order. */
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

/** The collections the site defines as Astro content collections (every one not read from disk). */
export type SiteCollectionName = { [Name in CollectionName]: Collections[Name] extends { readFromDisk: true } ? never : Name }[CollectionName];

/** The site's collections in declaration order. */
export const SITE_COLLECTION_NAMES = COLLECTION_NAMES.filter((name): name is SiteCollectionName => !(COLLECTIONS[name] as CollectionDeclaration).readFromDisk);

/** The site's collections of Markdown files. */
export type MarkdownCollectionName = { [Name in SiteCollectionName]: Collections[Name]['extension'] extends '.md' ? Name : never }[SiteCollectionName];

/** An entry's front matter (or record) as its collection's schema outputs it. */
export type CollectionData<Name extends CollectionName> = z.output<Collections[Name]['schema']>;
