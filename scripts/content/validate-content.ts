/**
 * Checks every file in content/ before Astro sees it, with the same schemas, so a mistake
 * is reported as `file:line: field "x": what was expected (found …)` and never as a stack
 * trace: front matter, references between entries (outlets, affiliations), cleaning
 * records, and citations of source paragraphs.
 */
import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { visit } from 'unist-util-visit';
import type { z } from 'astro/zod';
import { actorSchema } from '../../src/schemas/actor.ts';
import { cleaningRecordSchema } from '../../src/schemas/cleaning-record.ts';
import { outletSchema } from '../../src/schemas/outlet.ts';
import { pageSchema } from '../../src/schemas/page.ts';
import { SLUG_PATTERN } from '../../src/schemas/slug.ts';
import { questionSchema, type QuestionFrontmatter } from '../../src/schemas/question.ts';
import { timelineEventSchema } from '../../src/schemas/timeline-event.ts';
import { locateEvidence } from '../../src/questions/locate-evidence.ts';
import { sourceSchema } from '../../src/schemas/source.ts';
import { sourceParagraphs } from '../../src/markdown/source-paragraphs.ts';
import { MAX_CLEANING_RECORD_BYTES, MAX_MARKDOWN_BYTES, markdownLimitProblem } from '../../src/markdown/input-limits.ts';
import { NameMatcher, type NamedEntry } from '../../src/actors/name-matcher.ts';
import { ContentError, type ContentProblem } from '../lib/content-error.ts';
import { parseYaml, validateYaml } from '../lib/parse-yaml.ts';
import { readContentFile } from '../lib/read-content-file.ts';
import { checkPublicFiles } from './check-public-files.ts';

interface MarkdownEntry {
  id: string;
  file: string;
  /** Front matter, validated. */
  data: Record<string, unknown>;
  body: string;
  /** Line of the body's first line in the file. */
  bodyLine: number;
  /** Line of a front matter field, e.g. ['answers', 0, 'evidence', 1]. */
  lineOf(path: ReadonlyArray<PropertyKey>): number | undefined;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

function listEntries(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}

/** Reads one Markdown entry; problems are collected, not thrown. */
function readMarkdownEntry(
  path: string,
  file: string,
  schema: z.ZodType,
  problems: ContentProblem[],
): MarkdownEntry | undefined {
  let text: string;
  try {
    // Refuses NUL bytes, bytes that are not UTF-8 and oversized files; drops a BOM.
    text = readContentFile(path, file, MAX_MARKDOWN_BYTES);
  } catch (error) {
    if (error instanceof ContentError) problems.push(...error.problems);
    else throw error;
    return undefined;
  }
  const match = FRONT_MATTER.exec(text);
  // Before the body is parsed: pathological Markdown would hang the parser. (Front matter
  // has a guard of its own, in parseYaml.)
  const bodyStart = match ? match[0].split('\n').length - 1 : 0;
  const limit = markdownLimitProblem(match ? text.slice(match[0].length) : text, Buffer.byteLength(text));
  if (limit) {
    problems.push({ file, ...limit, ...(limit.line === undefined ? {} : { line: limit.line + bodyStart }) });
    return undefined;
  }
  if (!match) {
    problems.push({ file, line: 1, message: 'must start with front matter between two "---" lines.' });
    return undefined;
  }
  try {
    // Front matter starts on line 2, after the opening "---".
    const parsed = parseYaml(match[1] ?? '', file, 1);
    const data = validateYaml(parsed, schema, file) as Record<string, unknown>;
    const bodyLine = match[0].split('\n').length;
    return { id: basename(path, '.md'), file, data, body: text.slice(match[0].length), bodyLine, lineOf: parsed.lineOf };
  } catch (error) {
    if (error instanceof ContentError) problems.push(...error.problems);
    else throw error;
    return undefined;
  }
}

function readCollection(
  root: string,
  folder: string,
  schema: z.ZodType,
  problems: ContentProblem[],
): MarkdownEntry[] {
  const dir = join(root, 'content', folder);
  const entries: MarkdownEntry[] = [];
  const names = listEntries(dir);
  for (const name of names) {
    const file = `content/${folder}/${name}`;
    if (name.endsWith('.mdx')) {
      problems.push({ file, message: 'MDX is not accepted (it runs code at build time); rename it to .md.' });
    } else if (name.endsWith('.md')) {
      // The name is the page's address and the id others refer to: one spelling only, so
      // "Foo.md" and "foo.md" can never both be a page.
      if (!SLUG_PATTERN.test(name.slice(0, -'.md'.length))) {
        const suggestion = name.toLowerCase().replace(/[^a-z0-9.]+/g, '-').replace(/^-+|-+(?=\.md$)/g, '');
        const twins = names.filter((other) => other !== name && other.toLowerCase() === name.toLowerCase());
        problems.push({
          file,
          message:
            twins.length > 0
              ? `differs only by case from ${twins.map((twin) => `content/${folder}/${twin}`).join(' and ')}: on macOS and Windows they are one file, and their addresses collide. Keep one, named "${suggestion}".`
              : `the file name must be lower-case words and digits joined by hyphens (it becomes the address), e.g. "${suggestion}".`,
        });
        continue;
      }
      const entry = readMarkdownEntry(join(dir, name), file, schema, problems);
      if (entry) entries.push(entry);
    }
  }
  return entries;
}

/** Ids of a collection's `.md` files that exist but were refused (their problems are already listed). */
function refusedIds(root: string, folder: string, accepted: readonly MarkdownEntry[]): Set<string> {
  const ids = new Set(accepted.map((entry) => entry.id));
  return new Set(
    listEntries(join(root, 'content', folder))
      .filter((name) => name.endsWith('.md'))
      .map((name) => name.slice(0, -'.md'.length))
      .filter((id) => !ids.has(id)),
  );
}

/** Checks every `source:` citation of an entry; returns how many there are. */
function checkCitations(
  entry: MarkdownEntry,
  paragraphCounts: ReadonlyMap<string, number>,
  problems: ContentProblem[],
  refusedSources: ReadonlySet<string> = new Set(),
): number {
  let citations = 0;
  // A URL can only read "source:…" if the text spells "source" or hides letters in character
  // references ("&#115;ource:"); most sources do neither, and parsing them again cost as much
  // as reading them.
  if (!entry.body.includes('source') && !entry.body.includes('&')) return 0;
  visit(fromMarkdown(entry.body), (node) => {
    if ((node.type !== 'link' && node.type !== 'definition') || !node.url.startsWith('source:')) return;
    citations += 1;
    const line = (node.position?.start.line ?? 1) + entry.bodyLine - 1;
    const match = /^source:([a-z0-9-]+)#p(\d+)$/.exec(node.url);
    const count = match ? paragraphCounts.get(match[1] ?? '') : undefined;
    if (!match) {
      problems.push({ file: entry.file, line, message: `citation "${node.url}" must look like source:<slug>#p<number>.` });
    } else if (count === undefined) {
      // A source that exists but was refused has its own problem; one is enough.
      if (refusedSources.has(match[1] ?? '')) return;
      problems.push({ file: entry.file, line, message: `citation "${node.url}": there is no content/sources/${match[1]}.md.` });
    } else if (Number(match[2]) < 1 || Number(match[2]) > count) {
      problems.push({ file: entry.file, line, message: `citation "${node.url}": that source has paragraphs 1 to ${count}.` });
    }
  });
  return citations;
}

/**
 * Names drive mention links and quotation speakers, so each must point to one entry, and
 * none may be an ordinary lower-case word that would match text everywhere.
 */
function checkNames(actors: readonly MarkdownEntry[], outlets: readonly MarkdownEntry[], problems: ContentProblem[]): void {
  const files = new Map<string, string>();
  const entries: NamedEntry[] = [];
  for (const [type, list] of [['actor', actors], ['outlet', outlets]] as const) {
    for (const entry of list) {
      const name = String(entry.data.name);
      const aliases = (entry.data.aliases as string[] | undefined) ?? [];
      files.set(`${type}:${entry.id}`, entry.file);
      entries.push({ type, id: entry.id, kind: type === 'outlet' ? 'outlet' : String(entry.data.kind), name, aliases });
      for (const alias of aliases) {
        if (/^[\p{Ll}]+$/u.test(alias)) {
          problems.push({
            file: entry.file,
            field: 'aliases',
            message: `alias "${alias}" is a single lower-case word, which would match ordinary text everywhere; use a longer form ("the ${alias} of …") or a capitalised name.`,
          });
        }
      }
    }
  }
  for (const conflict of new NameMatcher(entries).conflicts) {
    const first = files.get(`${conflict.first.type}:${conflict.first.id}`) ?? conflict.first.id;
    const second = files.get(`${conflict.second.type}:${conflict.second.id}`) ?? conflict.second.id;
    problems.push({
      file: second,
      field: 'aliases',
      message: `the name "${conflict.name}" is also a name of ${first}; a name must point to one actor or outlet, so remove it from one of them.`,
    });
  }
}

/**
 * Every evidence quotation of a question must be in its source's cleaned text, exactly:
 * readers check the answer against the source in one click.
 */
function checkEvidence(
  questions: readonly MarkdownEntry[],
  sources: readonly MarkdownEntry[],
  paragraphs: ReadonlyMap<string, readonly string[]>,
  problems: ContentProblem[],
  refusedSources: ReadonlySet<string>,
): void {
  // Looked up by id, not searched: answers grow with the sources, so a search per answer was quadratic.
  const byId = new Map(sources.map((source) => [source.id, source]));
  for (const question of questions) {
    const data = question.data as QuestionFrontmatter;
    data.answers.forEach((answer, index) => {
      const source = byId.get(answer.source);
      if (!source) {
        if (refusedSources.has(answer.source)) return;
        problems.push({
          file: question.file,
          line: question.lineOf(['answers', index, 'source']),
          field: `answers.${index}.source`,
          message: `no source "${answer.source}" in content/sources/.`,
        });
        return;
      }
      answer.evidence.forEach((evidence, at) => {
        const result = locateEvidence(paragraphs.get(source.id) ?? [], evidence);
        if (!result.found) {
          problems.push({
            file: question.file,
            line: question.lineOf(['answers', index, 'evidence', at]),
            field: `answers.${index}.evidence.${at}`,
            message: `evidence "${evidence}" is not in the cleaned text of ${source.file}: ${result.hint}`,
          });
        }
      });
    });
  }
}

/** A source cannot be published, nor an event happen, after today. */
function checkNotInFuture(entries: readonly MarkdownEntry[], field: string, today: Date, problems: ContentProblem[]): void {
  const latest = today.toISOString().slice(0, 10);
  for (const entry of entries) {
    const value = entry.data[field];
    if (!(value instanceof Date)) continue;
    const date = value.toISOString().slice(0, 10);
    if (date > latest) {
      problems.push({ file: entry.file, line: entry.lineOf([field]), field, message: `${date} is in the future (today is ${latest}); check the year.` });
    }
  }
}

/** Validates all of content/; throws a ContentError listing every problem. */
/** What a valid content/ holds: entry counts, and each source's paragraphs as its page numbers them. */
export interface ValidContent {
  counts: Record<string, number>;
  sources: { slug: string; paragraphs: string[] }[];
}

export function validateContent(root: string, today: Date = new Date()): ValidContent {
  const problems: ContentProblem[] = [];
  const outlets = readCollection(root, 'outlets', outletSchema, problems);
  const actors = readCollection(root, 'actors', actorSchema, problems);
  const sources = readCollection(root, 'sources', sourceSchema, problems);
  const pages = readCollection(root, 'pages', pageSchema, problems);
  const questions = readCollection(root, 'questions', questionSchema, problems);
  const timeline = readCollection(root, 'timeline', timelineEventSchema, problems);

  // Entries whose file exists but was refused: references to them are not reported again.
  const refusedSources = refusedIds(root, 'sources', sources);
  const outletIds = new Set([...outlets.map((entry) => entry.id), ...refusedIds(root, 'outlets', outlets)]);
  const actorIds = new Set([...actors.map((entry) => entry.id), ...refusedIds(root, 'actors', actors)]);
  for (const source of sources) {
    if (!outletIds.has(String(source.data.outlet))) {
      problems.push({ file: source.file, field: 'outlet', message: `no outlet "${String(source.data.outlet)}" in content/outlets/.` });
    }
  }
  for (const actor of actors) {
    for (const affiliation of actor.data.affiliations as string[]) {
      if (!actorIds.has(affiliation)) {
        problems.push({ file: actor.file, field: 'affiliations', message: `no actor "${affiliation}" in content/actors/.` });
      }
    }
  }
  checkNames(actors, outlets, problems);
  // Each source is parsed once: citations, evidence and the caller's name report all use it.
  const paragraphs = new Map(sources.map((source) => [source.id, sourceParagraphs(source.body)]));
  const paragraphCounts = new Map([...paragraphs].map(([id, list]) => [id, list.length]));
  for (const entry of [...sources, ...actors, ...pages, ...questions]) checkCitations(entry, paragraphCounts, problems, refusedSources);
  checkEvidence(questions, sources, paragraphs, problems, refusedSources);
  checkNotInFuture(sources, 'published', today, problems);
  checkNotInFuture(timeline, 'date', today, problems);
  for (const event of timeline) {
    if (checkCitations(event, paragraphCounts, problems, refusedSources) === 0) {
      problems.push({ file: event.file, line: event.bodyLine, message: 'a timeline event must cite at least one source paragraph, e.g. [BBC ¶3](source:<slug>#p3).' });
    }
  }

  const cleaningDir = join(root, 'content', 'cleaning');
  // One record per source: a set, not a scan of the sources per record (quadratic).
  const sourceIds = new Set(sources.map((source) => source.id));
  for (const name of listEntries(cleaningDir).filter((file) => file.endsWith('.json'))) {
    const file = `content/cleaning/${name}`;
    let data: unknown;
    try {
      data = JSON.parse(readContentFile(join(cleaningDir, name), file, MAX_CLEANING_RECORD_BYTES));
    } catch (error) {
      if (error instanceof ContentError) problems.push(...error.problems);
      else problems.push({ file, message: `is not valid JSON: ${error instanceof Error ? error.message : String(error)}` });
      continue;
    }
    const result = cleaningRecordSchema.safeParse(data);
    if (!result.success) {
      for (const issue of result.error.issues) problems.push({ file, field: issue.path.join('.'), message: issue.message });
    }
    const slug = name.replace(/\.json$/, '');
    if (!sourceIds.has(slug) && !refusedSources.has(slug)) {
      problems.push({ file, message: 'has no source of the same name in content/sources/; run `npm run build:content`.' });
    }
  }
  // public/ is copied into the site unsanitised: nothing there may run code.
  problems.push(...checkPublicFiles(join(root, 'public')));
  if (problems.length > 0) throw new ContentError(problems);
  return {
    counts: {
      sources: sources.length,
      actors: actors.length,
      outlets: outlets.length,
      pages: pages.length,
      questions: questions.length,
      'timeline events': timeline.length,
    },
    sources: [...paragraphs].map(([slug, list]) => ({ slug, paragraphs: list })),
  };
}
