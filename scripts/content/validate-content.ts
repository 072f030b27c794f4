/**
 * Checks every file in content/ before Astro sees it, with the same schemas, so a mistake
 * is reported as `file:line: field "x": what was expected (found …)` and never as a stack
 * trace: front matter, references between entries (outlets, affiliations), cleaning
 * records, and citations of source paragraphs.
 */
import { basename, join } from 'node:path';
import dossier from '../../dossier.config.ts';
import type { z } from 'astro/zod';
import { actorSchema } from '../../src/schemas/actor.ts';
import { cleaningRecordSchema } from '../../src/schemas/cleaning-record.ts';
import { outletSchema } from '../../src/schemas/outlet.ts';
import { pageSchema } from '../../src/schemas/page.ts';
import { slugProblem } from '../../src/schemas/slug.ts';
import { questionSchema, type QuestionFrontmatter } from '../../src/schemas/question.ts';
import { timelineEventSchema } from '../../src/schemas/timeline-event.ts';
import { correctionSchema } from '../../src/schemas/correction.ts';
import { correctionPageProblem } from '../../src/corrections/correction-pages.ts';
import { locateEvidence } from '../../src/questions/locate-evidence.ts';
import { readProse, uncitedSentences, type ProseReading } from '../../src/citations/prose-citations.ts';
import { sourceSchema } from '../../src/schemas/source.ts';
import { sourceParagraphs } from '../../src/markdown/source-paragraphs.ts';
import { MAX_CLEANING_RECORD_BYTES } from '../../src/markdown/input-limits.ts';
import { readMarkdownFile } from '../../src/files/front-matter.ts';
import { FIGURE_NAMES } from '../../src/markdown/dossier-figures.ts';
import { FIGURE } from '../../src/markdown/remark-dossier-figures.ts';
import { NameMatcher, type NamedEntry } from '../../src/actors/name-matcher.ts';
import { ContentError, type ContentProblem } from '../../src/files/content-error.ts';
import { readContentFile } from '../../src/files/read-content-file.ts';
import { listContributedFolder } from '../../src/files/contributed-files.ts';
import { checkPublicFiles } from '../../src/files/public-files.ts';


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

/** Reads one Markdown entry; problems are collected, not thrown. */
function readMarkdownEntry(
  path: string,
  file: string,
  schema: z.ZodType,
  problems: ContentProblem[],
): MarkdownEntry | undefined {
  try {
    const { data, body, bodyLine, lineOf } = readMarkdownFile(path, file, schema);
    return { id: basename(path, '.md'), file, data: data as Record<string, unknown>, body, bodyLine, lineOf };
  } catch (error) {
    if (error instanceof ContentError) problems.push(...error.problems);
    else throw error;
    return undefined;
  }
}

/** A collection's valid entries, and the ids of its `.md` files that were refused (their problems are listed). */
interface Collection {
  entries: MarkdownEntry[];
  refused: Set<string>;
}

function readCollection(
  root: string,
  folder: string,
  schema: z.ZodType,
  problems: ContentProblem[],
): Collection {
  const listing = listContributedFolder(root, join(dossier.folders.content, folder), { extensions: ['.md', '.mdx'] });
  problems.push(...listing.problems);
  // MDX is listed to be refused by name, never read.
  for (const entry of listing.files.filter((candidate) => candidate.name.endsWith('.mdx'))) {
    problems.push({ file: entry.file, message: 'MDX is not accepted (it runs code at build time); rename it to .md.' });
  }
  const markdown = listing.files.filter((candidate) => candidate.name.endsWith('.md'));
  const names = markdown.map((entry) => entry.name);
  const entries: MarkdownEntry[] = [];
  const refused = new Set<string>();
  for (const { name, path, file } of markdown) {
    const id = name.slice(0, -'.md'.length);
    // The name is the page's address and the id others refer to: one spelling only, so
    // "Foo.md" and "foo.md" can never both be a page.
    const fault = slugProblem(id);
    if (fault) {
      const suggestion = name.toLowerCase().replace(/[^a-z0-9.]+/g, '-').replace(/^-+|-+(?=\.md$)/g, '');
      const twins = names.filter((other) => other !== name && other.toLowerCase() === name.toLowerCase());
      problems.push({
        file,
        message:
          twins.length > 0
            ? `differs only by case from ${twins.map((twin) => `content/${folder}/${twin}`).join(' and ')}: on macOS and Windows they are one file, and their addresses collide. Keep one, named "${suggestion}".`
            : fault.startsWith('must')
              ? `the file name must be lower-case words and digits joined by hyphens (it becomes the address), e.g. "${suggestion}".`
              : `the file name (it becomes the address) ${fault}`,
      });
      refused.add(id);
      continue;
    }
    const entry = readMarkdownEntry(path, file, schema, problems);
    if (entry) entries.push(entry);
    else refused.add(id);
  }
  return { entries, refused };
}

/** How much of an entry's prose carries a citation (see src/citations/prose-citations.ts). */
export interface CitationCoverage {
  file: string;
  sentences: number;
  cited: number;
  exempt: number;
}

/**
 * Checks every `source:` citation of an entry: the address, the source and paragraph it
 * names, and the words it says it rests on (its title), which must be in that paragraph as
 * a reader would find them. Returns the entry's reading, for the coverage checks.
 */
function checkCitations(
  entry: MarkdownEntry,
  paragraphs: ReadonlyMap<string, readonly string[]>,
  problems: ContentProblem[],
  refusedSources: ReadonlySet<string> = new Set(),
): ProseReading {
  const reading = readProse(entry.body, entry.bodyLine - 1);
  for (const citation of reading.citations) {
    const at = { file: entry.file, line: citation.line };
    const list = citation.source === undefined ? undefined : paragraphs.get(citation.source);
    if (citation.source === undefined || citation.paragraph === undefined) {
      problems.push({ ...at, message: `citation "${citation.url}" must look like source:<slug>#p<number>.` });
    } else if (!list) {
      // A source that exists but was refused has its own problem; one is enough.
      if (refusedSources.has(citation.source)) continue;
      problems.push({ ...at, message: `citation "${citation.url}": there is no content/sources/${citation.source}.md.` });
    } else if (citation.paragraph < 1 || citation.paragraph > list.length) {
      problems.push({ ...at, message: `citation "${citation.url}": that source has paragraphs 1 to ${list.length}.` });
    } else if (citation.words !== undefined) {
      const located = locateEvidence([list[citation.paragraph - 1] ?? ''], citation.words);
      if (!located.found) {
        problems.push({ ...at, message: `citation "${citation.url}" rests on "${citation.words}", which is not in ¶${citation.paragraph} of content/sources/${citation.source}.md: ${located.hint}` });
      }
    }
  }
  return reading;
}

/**
 * Every sentence of prose that states facts about the events must cite a paragraph, or be
 * marked `<!-- not a claim -->`; returns the coverage, and adds a problem per uncited sentence.
 */
function checkCoverage(entry: MarkdownEntry, reading: ProseReading, problems: ContentProblem[]): CitationCoverage {
  const uncited = uncitedSentences(reading);
  for (const sentence of uncited) {
    const shown = sentence.text.length > 90 ? `${sentence.text.slice(0, 87)}...` : sentence.text;
    problems.push({
      file: entry.file,
      line: sentence.line,
      message: `the sentence "${shown}" cites no source paragraph; cite the paragraph it rests on, with its words ([Outlet ¶3](source:<slug>#p3 "the words")), or mark it <!-- not a claim --> if it states no fact about the events.`,
    });
  }
  // The words make a citation checkable at a glance; the build checks them (checkCitations).
  for (const citation of reading.citations.filter((candidate) => candidate.words === undefined)) {
    problems.push({
      file: entry.file,
      line: citation.line,
      message: `citation "${citation.url}" does not give the words it rests on; write them as its title: [${citation.label || `¶${citation.paragraph ?? 1}`}](${citation.url} "the words of that paragraph").`,
    });
  }
  const exempt = reading.sentences.filter((sentence) => sentence.exempt).length;
  return { file: entry.file, sentences: reading.sentences.length, cited: reading.sentences.length - uncited.length - exempt, exempt };
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

/** A timeline title's citation: its source, paragraph and words, checked as evidence is. */
function checkTitleCitations(
  timeline: readonly MarkdownEntry[],
  paragraphs: ReadonlyMap<string, readonly string[]>,
  problems: ContentProblem[],
  refusedSources: ReadonlySet<string>,
): void {
  for (const event of timeline) {
    const citation = event.data.titleCitation as { source: string; paragraph: number; words: string };
    const list = paragraphs.get(citation.source);
    const at = (field: string, message: string) => problems.push({ file: event.file, line: event.lineOf(['titleCitation', field]), field: `titleCitation.${field}`, message });
    if (!list) {
      if (!refusedSources.has(citation.source)) at('source', `no source "${citation.source}" in content/sources/.`);
    } else if (citation.paragraph > list.length) {
      at('paragraph', `content/sources/${citation.source}.md has paragraphs 1 to ${list.length}.`);
    } else {
      const located = locateEvidence([list[citation.paragraph - 1] ?? ''], citation.words);
      if (!located.found) at('words', `"${citation.words}" is not in ¶${citation.paragraph} of content/sources/${citation.source}.md: ${located.hint}`);
    }
  }
}

/** The editors' `{{figure}}` names must be figures the build counts (see src/markdown/dossier-figures.ts). */
function checkFigures(pages: readonly MarkdownEntry[], problems: ContentProblem[]): void {
  const known = new Set(FIGURE_NAMES);
  for (const page of pages) {
    page.body.split('\n').forEach((line, index) => {
      for (const match of line.matchAll(FIGURE)) {
        if (!known.has(match[1] ?? '')) {
          problems.push({ file: page.file, line: page.bodyLine + index, message: `"${match[0]}" names no figure; the figures are: ${FIGURE_NAMES.join(', ')}.` });
        }
      }
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
  /** How much of each file of the editors' prose about the events cites a paragraph. */
  coverage: CitationCoverage[];
  sources: { slug: string; language: string; paragraphs: string[] }[];
}

export function validateContent(root: string, today: Date = new Date()): ValidContent {
  const problems: ContentProblem[] = [];
  const outletCollection = readCollection(root, 'outlets', outletSchema, problems);
  const actorCollection = readCollection(root, 'actors', actorSchema, problems);
  const sourceCollection = readCollection(root, 'sources', sourceSchema, problems);
  const outlets = outletCollection.entries;
  const actors = actorCollection.entries;
  const sources = sourceCollection.entries;
  const pages = readCollection(root, 'pages', pageSchema, problems).entries;
  const questions = readCollection(root, 'questions', questionSchema, problems).entries;
  const timeline = readCollection(root, 'timeline', timelineEventSchema, problems).entries;
  const corrections = readCollection(root, 'corrections', correctionSchema, problems).entries;

  // Entries whose file exists but was refused: references to them are not reported again.
  const refusedSources = sourceCollection.refused;
  const outletIds = new Set([...outlets.map((entry) => entry.id), ...outletCollection.refused]);
  const actorIds = new Set([...actors.map((entry) => entry.id), ...actorCollection.refused]);
  for (const source of sources) {
    // A hand-written source is shown as the outlet's words; a damaged copy must come in as a
    // seed, so its cleaning, and what its quotations rest on, are on the record.
    const damage = (source.data.damage as string[] | undefined) ?? [];
    if (source.data.seed === undefined && (damage.includes('spun') || damage.includes('machine-translated'))) {
      problems.push({
        file: source.file,
        line: source.lineOf(['damage']),
        field: 'damage',
        message: 'a copy damaged by a spinner or a translation must be added as a seed (seeds/<id>.txt with a sidecar, see CONTRIBUTING.md), so its cleaning and its quotations are on the record; a hand-written source is shown as the outlet’s own words.',
      });
    }
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
  for (const entry of [...sources, ...questions]) {
    // A URL can only read "source:…" if the text spells "source" or hides letters in character
    // references ("&#115;ource:"); most sources do neither, and parsing them again cost as much
    // as reading them. (Our prose is always read: its sentences are counted even uncited.)
    if (entry.body.includes('source') || entry.body.includes('&')) checkCitations(entry, paragraphs, problems, refusedSources);
  }
  // The editors' prose about the events: every sentence cites, or says it states no fact.
  const coverage: CitationCoverage[] = [];
  const mustCite = new Map<MarkdownEntry, string>([
    ...timeline.map((entry) => [entry, 'a timeline event'] as const),
    ...corrections.map((entry) => [entry, 'a correction'] as const),
  ]);
  for (const entry of [...actors, ...pages, ...timeline, ...corrections]) {
    const reading = checkCitations(entry, paragraphs, problems, refusedSources);
    if (entry.data.factual === false) continue;
    coverage.push(checkCoverage(entry, reading, problems));
    const kind = mustCite.get(entry);
    if (kind && reading.citations.length === 0) {
      problems.push({ file: entry.file, line: entry.bodyLine, message: `${kind} must cite at least one source paragraph, e.g. [Outlet ¶3](source:<slug>#p3 "the words").` });
    }
  }
  checkEvidence(questions, sources, paragraphs, problems, refusedSources);
  checkTitleCitations(timeline, paragraphs, problems, refusedSources);
  checkFigures(pages, problems);
  checkNotInFuture(sources, 'published', today, problems);
  checkNotInFuture(timeline, 'date', today, problems);
  checkNotInFuture(corrections, 'date', today, problems);
  const known = {
    sources: new Set([...sources.map((entry) => entry.id), ...refusedSources]),
    actors: actorIds,
    outlets: outletIds,
    questions: new Set(questions.map((entry) => entry.id)),
  };
  for (const correction of corrections) {
    const fault = correctionPageProblem(String(correction.data.page), known);
    if (fault) problems.push({ file: correction.file, line: correction.lineOf(['page']), field: 'page', message: fault });
  }

  // One record per source: a set, not a scan of the sources per record (quadratic).
  const sourceIds = new Set(sources.map((source) => source.id));
  const cleaning = listContributedFolder(root, join(dossier.folders.content, 'cleaning'), { extensions: ['.json'] });
  problems.push(...cleaning.problems);
  for (const { name, path, file } of cleaning.files) {
    let data: unknown;
    try {
      data = JSON.parse(readContentFile(path, file, MAX_CLEANING_RECORD_BYTES));
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
  problems.push(...checkPublicFiles(root, dossier.folders.public));
  if (problems.length > 0) throw new ContentError(problems);
  return {
    coverage,
    counts: {
      sources: sources.length,
      actors: actors.length,
      outlets: outlets.length,
      pages: pages.length,
      questions: questions.length,
      'timeline events': timeline.length,
      corrections: corrections.length,
    },
    // The schema gives every source a language (default "en").
    sources: sources.map((source) => ({ slug: source.id, language: source.data.language as string, paragraphs: paragraphs.get(source.id) ?? [] })),
  };
}
