/**
 * The sources and key questions of a project's content/, as command lines other than the
 * build read them (`npm run suggest-evidence`, the pull-request summary): through the
 * guarded readers of src/files/ (regular files only, never through a link, the one YAML
 * reader, the schemas the build uses), each source's paragraphs numbered as its page numbers
 * them. Files that are refused are reported with the rest by `npm run validate`; here they
 * are listed in `problems` and left out, so a summary can still say what it could read.
 */
import { join } from 'node:path';
import dossier from '../../dossier.config.ts';
import { COLLECTIONS, type CollectionName } from '../../src/collections/manifest.ts';
import { listContributedFolder } from '../../src/files/contributed-files.ts';
import { ContentError, type ContentProblem } from '../../src/files/content-error.ts';
import { readMarkdownFile } from '../../src/files/front-matter.ts';
import { parsedSource } from '../../src/markdown/parsed-source.ts';
import type { QuestionFrontmatter } from '../../src/schemas/question.ts';
import type { SourceFrontmatter } from '../../src/schemas/source.ts';
import { compareIds, compareStrings } from '../../src/lib/compare-strings.ts';

/** A source as read. */
export interface ReadSource {
  slug: string;
  /** Path from the project root, e.g. content/sources/x.md. */
  file: string;
  data: SourceFrontmatter;
  paragraphs: string[];
}

/** A key question as read. */
export interface ReadQuestion {
  id: string;
  file: string;
  data: QuestionFrontmatter;
}

export interface ReadDossier {
  sources: ReadSource[];
  questions: ReadQuestion[];
  /** Files that could not be read, with why. */
  problems: ContentProblem[];
}

/** A declared collection's Markdown files, each read by `read`; refused files go to `problems`. */
function readFolder<T>(root: string, name: CollectionName, read: (path: string, file: string, id: string) => T, problems: ContentProblem[]): T[] {
  const listing = listContributedFolder(root, join(dossier.folders.content, COLLECTIONS[name].folder), { extensions: ['.md'] });
  problems.push(...listing.problems);
  const entries: T[] = [];
  for (const { name, path, file } of listing.files) {
    try {
      entries.push(read(path, file, name.slice(0, -'.md'.length)));
    } catch (error) {
      if (error instanceof ContentError) problems.push(...error.problems);
      else throw error;
    }
  }
  return entries;
}

export function readDossier(root: string): ReadDossier {
  const problems: ContentProblem[] = [];
  const sources = readFolder(
    root,
    'sources',
    (path, file, slug) => {
      const markdown = readMarkdownFile(path, file, COLLECTIONS.sources.schema);
      return { slug, file, data: markdown.data, paragraphs: parsedSource(markdown.body, root).paragraphs };
    },
    problems,
  );
  const questions = readFolder(root, 'questions', (path, file, id) => ({ id, file, data: readMarkdownFile(path, file, COLLECTIONS.questions.schema).data }), problems);
  // Files are listed in name order; sources are wanted oldest first, as the site lists them.
  sources.sort((a, b) => a.data.published.getTime() - b.data.published.getTime() || compareStrings(a.slug, b.slug));
  questions.sort((a, b) => a.data.order - b.data.order || compareIds(a, b));
  return { sources, questions, problems };
}
