/**
 * The content check's reading of content/: every collection the manifest declares
 * (src/collections/manifest.ts), read file by file with the readers the site's loaders use,
 * before any check runs. A file that cannot be read, or whose front matter breaks its schema,
 * is refused here with its located problems; the checks then run on the entries that were
 * read, and know which ids were refused, so a reference to a refused file is not reported
 * a second time.
 */
import { join } from 'node:path';
import dossier from '../../../dossier.config.ts';
import { COLLECTION_NAMES, COLLECTIONS, type CollectionData, type CollectionDeclaration, type CollectionName } from '../../../src/collections/manifest.ts';
import { readProse, type ProseReading } from '../../../src/citations/prose-citations.ts';
import { ContentError, type ContentProblem } from '../../../src/files/content-error.ts';
import { listContributedFolder, type ContributedFile } from '../../../src/files/contributed-files.ts';
import { readMarkdownFile } from '../../../src/files/front-matter.ts';
import { readJsonRecord } from '../../../src/files/json-record.ts';
import { parsedSource } from '../../../src/markdown/parsed-source.ts';
import { questionIdProblem, slugProblem, sourceSlugProblem } from '../../../src/schemas/slug.ts';

/** One entry read and held to its schema. */
export interface ReadEntry<Data = unknown> {
  id: string;
  /** Path from the project root, for messages. */
  file: string;
  /** Front matter (or the record), as the schema outputs it. */
  data: Data;
  /** The Markdown body; empty for a record. */
  body: string;
  /** Line of the body's first line in the file. */
  bodyLine: number;
  /** Line of a front matter field, e.g. ['answers', 0, 'evidence', 1]; undefined for a record. */
  lineOf(path: ReadonlyArray<PropertyKey>): number | undefined;
}

/** A collection's entries as read, and the ids of its files that were refused (their problems are listed). */
export interface ReadCollection<Name extends CollectionName = CollectionName> {
  name: Name;
  declaration: CollectionDeclaration<CollectionName>;
  entries: Array<ReadEntry<CollectionData<Name>>>;
  refused: ReadonlySet<string>;
}

/** What the checks run on. */
export interface ContentUnderCheck {
  /** The project root. */
  root: string;
  /** The day it is, for dates that may not be in the future. */
  today: Date;
  collections: { [Name in CollectionName]: ReadCollection<Name> };
  /**
   * Each source read, its paragraphs as its page numbers them, by slug, in file-name order:
   * parsed once, for the citations, the evidence and the caller's report of names.
   */
  paragraphs: ReadonlyMap<string, readonly string[]>;
  /** The ids of a collection's files: entries read and files refused. */
  ids(name: CollectionName): ReadonlySet<string>;
  /** An entry's sentences and citations, read once for every check that needs them. */
  prose(entry: ReadEntry): ProseReading;
}

/** The file name with which a collection's file would be a valid address, for the message. */
function suggestedName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9.]+/g, '-').replace(/^-+|-+(?=\.md$)/g, '');
}

/**
 * The name is the page's address and the id others refer to: one spelling only, so
 * "Foo.md" and "foo.md" can never both be a page. Undefined when the name is one.
 */
function fileNameProblem(file: ContributedFile, names: readonly string[], folder: string, problemOf: (slug: string) => string | undefined): ContentProblem | undefined {
  const fault = problemOf(file.name.slice(0, -'.md'.length));
  if (!fault) return undefined;
  const suggestion = suggestedName(file.name);
  const twins = names.filter((other) => other !== file.name && other.toLowerCase() === file.name.toLowerCase());
  return {
    file: file.file,
    message:
      twins.length > 0
        ? `differs only by case from ${twins.map((twin) => `content/${folder}/${twin}`).join(' and ')}: on macOS and Windows they are one file, and their addresses collide. Keep one, named "${suggestion}".`
        : fault.startsWith('must')
          ? `the file name must be lower-case words and digits joined by hyphens (it becomes the address), e.g. "${suggestion}".`
          : `the file name (it becomes the address) ${fault}`,
  };
}

/** Reads one Markdown file; undefined, with its problems collected, when it is refused. */
function readMarkdownEntry<Name extends CollectionName>(name: Name, file: ContributedFile, problems: ContentProblem[]): ReadEntry<CollectionData<Name>> | undefined {
  try {
    const { data, body, bodyLine, lineOf } = readMarkdownFile(file.path, file.file, COLLECTIONS[name].schema);
    return { id: file.name.slice(0, -'.md'.length), file: file.file, data: data as CollectionData<Name>, body, bodyLine, lineOf };
  } catch (error) {
    if (error instanceof ContentError) problems.push(...error.problems);
    else throw error;
    return undefined;
  }
}

/** Reads one JSON record; undefined, with its problems collected, when it is refused. */
function readJsonEntry<Name extends CollectionName>(name: Name, file: ContributedFile, problems: ContentProblem[]): ReadEntry<CollectionData<Name>> | undefined {
  const reading = readJsonRecord(file, COLLECTIONS[name].schema);
  if (reading.problems) {
    problems.push(...reading.problems);
    return undefined;
  }
  return { id: file.name.slice(0, -'.json'.length), file: file.file, data: reading.data as CollectionData<Name>, body: '', bodyLine: 1, lineOf: () => undefined };
}

/** Lists and reads one collection's folder. */
function readCollection<Name extends CollectionName>(root: string, name: Name, problems: ContentProblem[]): ReadCollection<Name> {
  const declaration: CollectionDeclaration<CollectionName> = COLLECTIONS[name];
  const markdown = declaration.extension === '.md';
  // MDX is listed to be refused by name, never read.
  const listing = listContributedFolder(root, join(dossier.folders.content, declaration.folder), { extensions: markdown ? ['.md', '.mdx'] : ['.json'] });
  problems.push(...listing.problems);
  for (const entry of listing.files.filter((candidate) => candidate.name.endsWith('.mdx'))) {
    problems.push({ file: entry.file, message: 'MDX is not accepted (it runs code at build time); rename it to .md.' });
  }
  const files = listing.files.filter((candidate) => candidate.name.endsWith(declaration.extension));
  const names = files.map((file) => file.name);
  const entries: Array<ReadEntry<CollectionData<Name>>> = [];
  const refused = new Set<string>();
  for (const file of files) {
    const id = file.name.slice(0, -declaration.extension.length);
    // A source's or a key question's name is also its address under /sources/ or /questions/, where one name is reserved.
    const nameProblem = name === 'sources' ? sourceSlugProblem : name === 'questions' ? questionIdProblem : slugProblem;
    const fault = markdown ? fileNameProblem(file, names, declaration.folder, nameProblem) : undefined;
    if (fault) {
      problems.push(fault);
      refused.add(id);
      continue;
    }
    const entry = markdown ? readMarkdownEntry(name, file, problems) : readJsonEntry(name, file, problems);
    if (entry) entries.push(entry);
    else refused.add(id);
  }
  return { name, declaration, entries, refused };
}

/** Reads every declared collection, in the manifest's order; `problems` collects what was refused. */
export function readContent(root: string, today: Date, problems: ContentProblem[]): ContentUnderCheck {
  const collections = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, readCollection(root, name, problems)])) as ContentUnderCheck['collections'];
  const paragraphs = new Map(collections.sources.entries.map((source) => [source.id, parsedSource(source.body, root).paragraphs]));
  const ids = new Map(
    COLLECTION_NAMES.map((name) => {
      const collection: ReadCollection = collections[name];
      return [name, new Set([...collection.entries.map((entry) => entry.id), ...collection.refused])] as const;
    }),
  );
  const readings = new Map<ReadEntry, ProseReading>();
  return {
    root,
    today,
    collections,
    paragraphs,
    ids: (name) => ids.get(name) ?? new Set(),
    prose: (entry) => {
      let reading = readings.get(entry);
      if (!reading) {
        reading = readProse(entry.body, entry.bodyLine - 1);
        readings.set(entry, reading);
      }
      return reading;
    },
  };
}
