/**
 * Collections in a fixed order (Astro does not promise one), so every build is byte-identical.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { CleaningRecord } from '../schemas/cleaning-record';
import { buildActorIndex, type ActorIndex } from '../actors/actor-index';
import { cachedSourceActorReader } from '../actors/cached-source-actors';
import type { NameMatcher, NamedEntry } from '../actors/name-matcher';
import { MemoNameMatcher } from '../actors/memo-name-matcher';
import { buildOutletCitationIndex, type OutletCitationIndex } from '../outlets/citation-index';
import { parsedSource, type SourceReading } from '../markdown/parsed-source';
import { readEntryBody } from '../files/entry-body';
import { readCleaningRecordFiles } from '../markdown/cleaning-records';
import { CollectionFilesError } from '../files/collection-loader';
import { siteAlignment, type SiteAlignment } from '../compare/site-alignment';
import { actorReader, alignPassages, atThreshold, MATCH_THRESHOLD, summarisePairs, type Alignment } from '../compare/align-passages';
import { heldForReaders } from './held-for-readers';
import { seededSourceKey, seededSourcePageKey } from '../build-cache/page-cache-key';
import { coverageGrid, type CoverageGrid } from '../compare/coverage-grid';
import { overlapMatrix, type OverlapMatrix } from '../compare/overlap-matrix';
import { LIST_LIMITS } from './list-limits';
import { SUGGESTION_ALIGNMENT_THRESHOLD, suggestEvidence, type SuggestedEvidence } from '../questions/evidence-suggestions';
import { quotationStanding, type QuotationStanding, type ShownQuotation } from '../quotations/quotation-standing';
import { copyWording, type CopyWording } from '../quotations/copy-wording';
import { indexQuotationVersions, type QuotationVersion, type QuotationVersionIndex } from '../quotations/quotation-versions';
import { questionOrigins, type QuestionOrigins } from '../origins/claim-origins';
import { placeEvidence } from '../questions/question-evidence';
import { isoDate } from './dates';
import { compareIds, compareNames, compareOutletNames, compareStrings } from './compare-strings';
import dossier from '../../dossier.config';
import { COLLECTIONS, SITE_COLLECTION_NAMES, type CollectionDeclaration } from '../collections/manifest';
import { affiliationIndex, type AffiliationIndex } from '../route-data/actor-page';

export type Source = CollectionEntry<'sources'>;
export type Actor = CollectionEntry<'actors'>;
export type Outlet = CollectionEntry<'outlets'>;
export type Question = CollectionEntry<'questions'>;
export type TimelineEvent = CollectionEntry<'timeline'>;
export type Correction = CollectionEntry<'corrections'>;

/**
 * A value computed once per build from the whole dossier (every page that needs it shares
 * one computation); the dev server recomputes it per request, so edited content shows up.
 */
function oncePerBuild<T>(compute: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | undefined;
  return () => {
    if (import.meta.env.DEV) return compute();
    cached ??= compute();
    return cached;
  };
}

// Sorted once per build: nearly every page asks for the sources, and sorting them again on
// each of thousands of pages made the build quadratic in the number of sources.
const sortedSources = oncePerBuild(async () => {
  const sources = await getCollection('sources');
  return sources.sort((a, b) => a.data.published.getTime() - b.data.published.getTime() || compareIds(a, b));
});

/** Sources, oldest first, then by slug (a fresh array: callers may reorder it). */
export async function getSources(): Promise<Source[]> {
  return [...(await sortedSources())];
}

const sortedActors = oncePerBuild(async () => {
  const actors = await getCollection('actors');
  return actors.sort((a, b) => compareNames(a.data.name, b.data.name) || compareIds(a, b));
});

export async function getActors(): Promise<Actor[]> {
  return [...(await sortedActors())];
}

/** Who each actor is part of and who is part of it (one pass over the actors per build, not one per page). */
export const getAffiliations: () => Promise<AffiliationIndex> = oncePerBuild(async () => affiliationIndex(await getActors()));

// Every source, received copy and outlet page asks for these maps: built once per build, not
// from a fresh `getCollection` (a copy of every entry) or a scan of every source on each page,
// which grew as pages × outlets, pages × actors and outlets × sources.
const outletNamesById = oncePerBuild(async () => {
  const outlets = await getCollection('outlets');
  return new Map(outlets.sort(compareIds).map((outlet) => [outlet.id, outlet.data.name]));
});

/** Outlet names by id, in id order (a fresh map: callers may change it). */
export async function getOutletNames(): Promise<Map<string, string>> {
  return new Map(await outletNamesById());
}

/** Actor names by id, in the order of `getActors()`. */
export const getActorNames: () => Promise<ReadonlyMap<string, string>> = oncePerBuild(
  async () => new Map((await sortedActors()).map((actor) => [actor.id, actor.data.name])),
);

/** Sources by slug. */
export const getSourcesById: () => Promise<ReadonlyMap<string, Source>> = oncePerBuild(
  async () => new Map((await sortedSources()).map((source) => [source.id, source])),
);

/** Each outlet's published sources, in the order of `getSources()`; an outlet that published none is absent. */
export const getSourcesByOutlet: () => Promise<ReadonlyMap<string, readonly Source[]>> = oncePerBuild(async () => {
  const groups = new Map<string, Source[]>();
  for (const source of await sortedSources()) {
    const group = groups.get(source.data.outlet.id);
    if (group) group.push(source);
    else groups.set(source.data.outlet.id, [source]);
  }
  return groups;
});

/**
 * Every cleaning record by source slug, read once per build from content/ (the manifest's
 * `readFromDisk`: kept out of Astro's store); a record that is not valid stops the build
 * with its file and field, as an invalid entry of a content collection does.
 */
const cleaningRecords = oncePerBuild(async () => {
  const { records, problems } = readCleaningRecordFiles(process.cwd(), `${dossier.folders.content}/${COLLECTIONS.cleaning.folder}`);
  if (problems.length > 0) throw new CollectionFilesError(COLLECTIONS.cleaning.folder, problems);
  return records;
});

/**
 * The cleaning record of a seeded source; undefined for a hand-written source, which has
 * none by design. Looked up in the per-build map rather than with `getEntry`, which logs
 * "Entry cleaning → … was not found" for every hand-written source.
 */
export async function getCleaningRecord(slug: string): Promise<CleaningRecord | undefined> {
  return (await cleaningRecords()).get(slug);
}

/** Every source cleaned from a seed, with its cleaning record: the sources that have a changes page and an as-received page. */
export async function getSeededSources(): Promise<Array<{ source: Source; record: CleaningRecord }>> {
  const records = await cleaningRecords();
  return (await getSources()).flatMap((source) => {
    const record = records.get(source.id);
    return record ? [{ source, record }] : [];
  });
}

/**
 * The cache key of a page showing one seeded source's own files (see
 * src/build-cache/page-cache-key.ts), given the page's path below the base, as the corrections
 * log names it. Once per build: a source's own part of the key serves all its pages.
 */
export const getSeededSourcePageKeys: () => Promise<(source: Source, record: CleaningRecord, path: string) => string> = oncePerBuild(async () => {
  const outletNames = await getOutletNames();
  const corrections = await getCorrectionsByPage();
  // A source's own part of the key, once for all its pages.
  const sourceKeys = new Map<string, string>();
  return (source, record, path) => {
    let sourceKey = sourceKeys.get(source.id);
    if (sourceKey === undefined) {
      sourceKey = seededSourceKey({ source, record, outletName: outletNames.get(source.data.outlet.id) ?? source.data.outlet.id });
      sourceKeys.set(source.id, sourceKey);
    }
    return seededSourcePageKey(sourceKey, corrections.get(path));
  };
});

/** What a quotation of a source rests on (see src/quotations/quotation-standing.ts). */
export async function getQuotationStanding(slug: string, quotation: ShownQuotation): Promise<QuotationStanding> {
  return quotationStanding((await cleaningRecords()).get(slug), quotation);
}

/** Whose words each source's text is (see src/quotations/copy-wording.ts). */
export async function getCopyWording(source: Source): Promise<CopyWording> {
  return copyWording(source.data.damage, (await cleaningRecords()).get(source.id));
}

/** Every quotation of every source with the other sources' versions of the same statement. */
export const getQuotationVersions: () => Promise<QuotationVersionIndex> = oncePerBuild(async () => {
  const index = await getActorIndex();
  const records = await cleaningRecords();
  const outletNames = await outletNamesById();
  const all: QuotationVersion[] = [];
  for (const source of await sortedSources()) {
    for (const quotation of index.quotationsIn(source.id)) {
      all.push({
        slug: source.id,
        paragraph: quotation.paragraph,
        start: quotation.start,
        text: quotation.text,
        status: quotationStanding(records.get(source.id), quotation).status,
        via: quotation.via.map((id) => outletNames.get(id) ?? id),
      });
    }
  }
  return indexQuotationVersions(all);
});

const paragraphCache = new Map<string, { digest: Source['digest']; paragraphs: string[] }>();

/**
 * The Markdown body of an entry, read from its file: Astro's store keeps no bodies
 * (src/files/entry-body.ts). Read each time it is asked for; callers that need it more than
 * once per build keep what they derive from it (`paragraphsOf`).
 */
export function bodyOf(entry: { collection: string; id: string; filePath?: string }): string {
  if (entry.filePath === undefined) throw new Error(`${entry.collection} → ${entry.id} has no file to read its body from.`);
  return readEntryBody(process.cwd(), entry.filePath);
}

/** What one parse of a source's body yields, through the parse cache; its paragraphs are kept for `paragraphsOf`. */
function readingOf(source: Source): SourceReading {
  const reading = parsedSource(bodyOf(source));
  paragraphCache.set(source.id, { digest: source.digest, paragraphs: reading.paragraphs });
  return reading;
}

/**
 * Plain-text paragraphs of a source, numbered as on its page. Read once per source and
 * build (through the parse cache, src/markdown/parsed-source.ts): every actor page reads
 * every source, and reading and parsing are the costly part. Kept by id with the digest
 * Astro stored for the file (an edited source in the dev server has another, and is read
 * again).
 */
export function paragraphsOf(source: Source): string[] {
  const cached = paragraphCache.get(source.id);
  if (cached && source.digest !== undefined && cached.digest === source.digest) return cached.paragraphs;
  return readingOf(source).paragraphs;
}

/** Actors and outlets with every name they go by, as the name matcher reads them. */
export async function getRegistry(): Promise<NamedEntry[]> {
  const actors: NamedEntry[] = (await getActors()).map((actor) => ({
    type: 'actor',
    id: actor.id,
    kind: actor.data.kind,
    name: actor.data.name,
    aliases: actor.data.aliases,
    damagedForms: actor.data.damagedForms,
  }));
  const outlets: NamedEntry[] = (await getCollection('outlets')).sort(compareIds).map((outlet) => ({
    type: 'outlet',
    id: outlet.id,
    kind: 'outlet',
    name: outlet.data.name,
    aliases: outlet.data.aliases,
    damagedForms: outlet.data.damagedForms,
  }));
  return [...actors, ...outlets];
}

/**
 * The registry's name matcher, one per build and shared by every index and page that reads
 * names in the sources: each paragraph is matched once, not once per index (the actor
 * index, quotation attribution, outlet citations, alignment and the build report each
 * matched every paragraph of the dossier again).
 */
export const getNameMatcher: () => Promise<NameMatcher> = oncePerBuild(async () => new MemoNameMatcher(await getRegistry()));

async function indexActors(): Promise<ActorIndex> {
  // With each paragraph's italics: attribution reads titles of works from them.
  const sources = (await getSources()).map((source) => {
    const { paragraphs, emphasis } = readingOf(source);
    return { slug: source.id, language: source.data.language, paragraphs, emphasis };
  });
  const registry = await getRegistry();
  const matcher = await getNameMatcher();
  return buildActorIndex(sources, registry, matcher, cachedSourceActorReader(registry, matcher));
}

/** Mentions, quotations and co-occurrences of every actor. */
export const getActorIndex: () => Promise<ActorIndex> = oncePerBuild(indexActors);

/** Key questions in their set order. */
export async function getQuestions(): Promise<Question[]> {
  const questions = await getCollection('questions');
  return questions.sort((a, b) => a.data.order - b.data.order || compareIds(a, b));
}

/** Timeline events by date, then by their order on the same date. */
export async function getTimeline(): Promise<TimelineEvent[]> {
  const events = await getCollection('timeline');
  return events.sort((a, b) => a.data.date.getTime() - b.data.date.getTime() || a.data.order - b.data.order || compareIds(a, b));
}

/** Outlets by name, a leading "The" aside ("The Dispatch" sorts under R), then by id. */
export async function getOutlets(): Promise<Outlet[]> {
  const outlets = await getCollection('outlets');
  return outlets.sort((a, b) => compareOutletNames(a.data.name, b.data.name) || compareIds(a, b));
}

async function indexOutletCitations(): Promise<OutletCitationIndex> {
  const sources = (await getSources()).map((source) => ({
    slug: source.id,
    outlet: source.data.outlet.id,
    language: source.data.language,
    paragraphs: paragraphsOf(source),
  }));
  return buildOutletCitationIndex(sources, await getNameMatcher());
}

/** Which outlets each source cites and for what, every citation of each outlet, and the citation graph. */
export const getOutletCitations: () => Promise<OutletCitationIndex> = oncePerBuild(indexOutletCitations);

/**
 * Every paragraph of every source matched with the closest passages of the others (see
 * src/compare/align-passages.ts), at the evidence suggestions' lower threshold: the compare
 * page's alignment is the same pairs at its own threshold (`atThreshold`), so one alignment
 * serves both (aligning twice cost about a second per thousand sources).
 */
async function alignForSuggestions(): Promise<Alignment> {
  const sources = (await getSources()).map((source) => ({ slug: source.id, paragraphs: paragraphsOf(source) }));
  return alignPassages(sources, { actorsOf: actorReader(await getNameMatcher()), threshold: SUGGESTION_ALIGNMENT_THRESHOLD });
}

/**
 * Held for its two readers, the evidence suggestions and the compare page's alignment below,
 * and let go by the second. The compare page's own (its matches only) is held for its two
 * readers, the compare page and the overlap matrix, and let go by the second: keeping every
 * paragraph's matches held ~30 MiB per 1,000 sources on the heap through all the pages built
 * after them. Holding the suggestions' many more matches through the compare pages instead was
 * tried: peak RSS 2.86 → 3.36 GB in one build of 3,000 sources; here they are let go as soon
 * as the compare page's are drawn from them (the build report and the compare page are built
 * one after the other). The dev server aligns per call.
 */
const heldSuggestionAlignment = heldForReaders(2, alignForSuggestions);
const heldAlignment = heldForReaders(2, async () => atThreshold(await heldSuggestionAlignment(), MATCH_THRESHOLD));
const takeAlignment = (): Promise<Alignment> =>
  import.meta.env.DEV ? alignForSuggestions().then((alignment) => atThreshold(alignment, MATCH_THRESHOLD)) : heldAlignment();
const takeSuggestionAlignment = (): Promise<Alignment> => (import.meta.env.DEV ? alignForSuggestions() : heldSuggestionAlignment());

/** Every paragraph of every source matched with the closest passages of the others, as the compare page shows it. */
export async function getPassageAlignment(): Promise<SiteAlignment> {
  return siteAlignment(await takeAlignment(), await getRegistry());
}

/**
 * What each key question's answers rest on: independent origins and the order the sources
 * carried them (see src/origins/claim-origins.ts), by question id. Once per build: the
 * compare page, every question page and the open data read it.
 */
export const getQuestionOrigins: () => Promise<ReadonlyMap<string, QuestionOrigins>> = oncePerBuild(async () => {
  const sources = await getSourcesById();
  const citations = await getOutletCitations();
  const result = new Map<string, QuestionOrigins>();
  for (const question of await getQuestions()) {
    const answers = question.data.answers.flatMap((answer) => {
      const source = sources.get(answer.source);
      if (!source) return [];
      const paragraphs = paragraphsOf(source);
      return [{
        source: source.id,
        outlet: source.data.outlet.id,
        published: isoDate(source.data.published),
        evidence: placeEvidence(`content/questions/${question.id}.md`, source.id, paragraphs, answer.evidence),
        citations: citations.citationsIn(source.id).map((citation) => {
          // The sentence is a trimmed slice of its paragraph: found there, it gives its offsets.
          const text = paragraphs[citation.paragraph - 1] ?? '';
          const at = text.indexOf(citation.sentence);
          return {
            paragraph: citation.paragraph,
            start: at < 0 ? 0 : at,
            end: at < 0 ? text.length : at + citation.sentence.length,
            outlet: citation.outlet,
            role: citation.role,
            cue: citation.cue,
          };
        }),
      }];
    });
    result.set(question.id, questionOrigins(answers));
  }
  return result;
});

/**
 * Suggested evidence for every key question in every source that does not answer it yet
 * (see src/questions/evidence-suggestions.ts). Computed on each call: the build report is its
 * only reader. It reads the alignment the compare page's is drawn from (`takeSuggestionAlignment`).
 */
export async function getEvidenceSuggestions(perSource = 1): Promise<SuggestedEvidence[]> {
  const sources = (await getSources()).map((source) => ({ slug: source.id, paragraphs: paragraphsOf(source) }));
  const questions = (await getQuestions()).map((question) => ({ id: question.id, question: question.data.question, answers: question.data.answers, noAnswerIn: question.data.noAnswerIn }));
  return suggestEvidence(sources, questions, { actorsOf: actorReader(await getNameMatcher()), perSource, alignment: await takeSuggestionAlignment() });
}

/** Which source answers which key question, for the coverage grid's pages (see src/compare/coverage-grid.ts). */
export async function getCoverageGrid(): Promise<CoverageGrid[]> {
  const outletNames = await outletNamesById();
  const sources = (await getSources()).map((source) => ({
    slug: source.id,
    outlet: source.data.outlet.id,
    outletName: outletNames.get(source.data.outlet.id) ?? source.data.outlet.id,
    published: isoDate(source.data.published),
    title: source.data.title,
  }));
  const questions = (await getQuestions()).map((question) => ({
    id: question.id,
    question: question.data.question,
    relation: question.data.relation,
    answering: question.data.answers.map((answer) => answer.source),
    noAnswerIn: question.data.noAnswerIn,
  }));
  return coverageGrid(sources, questions, { sources: LIST_LIMITS.gridSources, questions: LIST_LIMITS.gridQuestions });
}

/**
 * Which sources share passages with which, for the overlap picture and its table: the
 * aligner's pairs of sources (as the compare page computes them) in grid order. Once per
 * build, keeping only the pairs: the page and the SVG file both read it.
 */
export const getOverlapMatrix: () => Promise<OverlapMatrix> = oncePerBuild(async () => {
  const outletNames = await outletNamesById();
  const sources = await getSources();
  const alignment = await takeAlignment();
  return overlapMatrix(
    sources.map((source) => ({
      slug: source.id,
      outlet: source.data.outlet.id,
      outletName: outletNames.get(source.data.outlet.id) ?? source.data.outlet.id,
      published: isoDate(source.data.published),
      paragraphs: paragraphsOf(source).length,
    })),
    summarisePairs(alignment),
  );
});

const sortedCorrections = oncePerBuild(async () => {
  const corrections = await getCollection('corrections');
  // Newest first, as a log is read; the same day by file name.
  return corrections.sort((a, b) => b.data.date.getTime() - a.data.date.getTime() || compareIds(a, b));
});

/** The corrections log, newest first (a fresh array). */
/**
 * The editors' prose about the events, by file: the entries of every collection whose every
 * sentence must cite (the manifest's `every-sentence`, as the content check holds them),
 * less those that say `factual: false`.
 */
export async function getCitedProse(): Promise<Array<{ file: string; body: string }>> {
  const cited = SITE_COLLECTION_NAMES.filter((name) => (COLLECTIONS[name] as CollectionDeclaration).citations === 'every-sentence');
  const files = await Promise.all(
    cited.map(async (name) =>
      (await getCollection(name))
        .filter((entry) => (entry.data as { factual?: boolean }).factual !== false)
        .map((entry) => ({ file: `${dossier.folders.content}/${COLLECTIONS[name].folder}/${entry.id}.md`, body: bodyOf(entry) })),
    ),
  );
  return files.flat().sort((a, b) => compareStrings(a.file, b.file));
}

export async function getCorrections(): Promise<Correction[]> {
  return [...(await sortedCorrections())];
}

/** Each corrected page's corrections, newest first, by the page's address below the base ("actors/x/"). */
export const getCorrectionsByPage: () => Promise<ReadonlyMap<string, readonly Correction[]>> = oncePerBuild(async () => {
  const byPage = new Map<string, Correction[]>();
  for (const correction of await sortedCorrections()) byPage.set(correction.data.page, [...(byPage.get(correction.data.page) ?? []), correction]);
  return byPage;
});

/** What a reader calls a page the corrections log names: an actor's or outlet's name, a source's title, a question. */
export async function pageTitle(page: string): Promise<string> {
  const fixed: Record<string, string> = {
    '': 'The explainer',
    'about/': 'How this dossier is made',
    'compare/': 'Compare the sources',
    'compare/coverage/': 'Who covers what',
    'compare/overlap/': 'Who covers the same ground',
    'sources/': 'Sources',
    'actors/': 'Actors',
    'outlets/': 'Outlets',
  };
  if (page in fixed) return fixed[page]!;
  const [kind, id = ''] = page.split('/');
  if (kind === 'sources') return (await getSourcesById()).get(id)?.data.title ?? page;
  if (kind === 'actors') return (await getActorNames()).get(id) ?? page;
  if (kind === 'outlets') return (await outletNamesById()).get(id) ?? page;
  if (kind === 'questions') return (await getQuestions()).find((question) => question.id === id)?.data.question ?? page;
  return page;
}
