/**
 * What a change does to the dossier, for a reviewer who has not cloned it: the sources it
 * adds, changes or removes, the names in them no actor covers, their quotations with speaker
 * and standing, the evidence they could give the key questions, and every problem the
 * content check finds. Read from the project as changed (the guarded readers of src/files/
 * and the site's own modules), never from the network.
 */
import { join } from 'node:path';
import { buildActorIndex } from '../../src/actors/actor-index.ts';
import { NameMatcher } from '../../src/actors/name-matcher.ts';
import { readProjectRegistry } from '../../src/actors/registry-files.ts';
import { proposeUnknownNames } from '../../src/names/read-names.ts';
import type { UnknownName } from '../../src/names/name-report.ts';
import { actorReader } from '../../src/compare/align-passages.ts';
import { listContributedFolder } from '../../src/files/contributed-files.ts';
import { ContentError, type ContentProblem } from '../../src/files/content-error.ts';
import { readContentFile } from '../../src/files/read-content-file.ts';
import { MAX_CLEANING_RECORD_BYTES } from '../../src/markdown/input-limits.ts';
import { suggestEvidence, type SuggestedEvidence } from '../../src/questions/evidence-suggestions.ts';
import { quotationStanding } from '../../src/quotations/quotation-standing.ts';
import { cleaningRecordSchema, type CleaningRecord, type QuotationStatus } from '../../src/schemas/cleaning-record.ts';
import { readDossier } from '../content/read-dossier.ts';
import { validateContent } from '../content/validation/content-checks.ts';
import type { ChangeKind, FileChange } from './changed-files.ts';
import { COLLECTIONS } from '../../src/collections/manifest.ts';
import dossier from '../../dossier.config.ts';

export interface SourceChange {
  kind: ChangeKind;
  slug: string;
  file: string;
  /** Absent for a removed source. */
  title?: string | undefined;
  outlet?: string | undefined;
  published?: string | undefined;
  paragraphs?: number | undefined;
}

export interface QuotationFact {
  source: string;
  paragraph: number;
  text: string;
  /** The speaker's name, or undefined when the text does not establish one. */
  speaker?: string | undefined;
  /** A speaker the registry does not know, as the text writes them. */
  speakerAsWritten?: string | undefined;
  /** How the text describes an unestablished speaker ("officials"). */
  speakerPhrase?: string | undefined;
  status: QuotationStatus;
}

export interface ChangeFacts {
  sources: SourceChange[];
  /** Other files of content/, seeds/ and public/ the change touches. */
  otherContent: FileChange[];
  /** Files outside the content (code, tests, workflows). */
  code: FileChange[];
  unknownNames: UnknownName[];
  quotations: QuotationFact[];
  suggestions: SuggestedEvidence[];
  /** Questions by id, for naming them. */
  questions: Map<string, string>;
  /** What `npm run validate` would say. */
  problems: ContentProblem[];
}

const SOURCE_FILE = /^content\/sources\/([^/]+)\.md$/;
const CONTENT = /^(?:content|seeds|public)\//;

/** Cleaning records by slug; a record that cannot be read is left out (validate reports it). */
function cleaningRecords(root: string): Map<string, CleaningRecord> {
  const records = new Map<string, CleaningRecord>();
  for (const { name, path, file } of listContributedFolder(root, join(dossier.folders.content, COLLECTIONS.cleaning.folder), { extensions: ['.json'] }).files) {
    try {
      const parsed = cleaningRecordSchema.safeParse(JSON.parse(readContentFile(path, file, MAX_CLEANING_RECORD_BYTES)));
      if (parsed.success) records.set(name.replace(/\.json$/, ''), parsed.data);
    } catch {
      // Reported by the content check below.
    }
  }
  return records;
}

export function changeFacts(root: string, changes: readonly FileChange[]): ChangeFacts {
  let problems: ContentProblem[] = [];
  try {
    validateContent(root);
  } catch (error) {
    if (error instanceof ContentError) problems = [...error.problems];
    else throw error;
  }
  const dossier = readDossier(root);
  const bySlug = new Map(dossier.sources.map((source) => [source.slug, source]));
  const sources: SourceChange[] = changes.flatMap((change) => {
    const slug = SOURCE_FILE.exec(change.path)?.[1];
    if (!slug) return [];
    const source = change.kind === 'removed' ? undefined : bySlug.get(slug);
    return [{
      kind: change.kind,
      slug,
      file: change.path,
      title: source?.data.title,
      outlet: source?.data.outlet,
      published: source?.data.published.toISOString().slice(0, 10),
      paragraphs: source?.paragraphs.length,
    }];
  });
  const touched = new Set(sources.filter((source) => source.kind !== 'removed' && bySlug.has(source.slug)).map((source) => source.slug));
  const registry = readProjectRegistry(root);
  const matcher = new NameMatcher(registry);
  const names = new Map(registry.map((entry) => [entry.id, entry.name]));
  const changed = dossier.sources.filter((source) => touched.has(source.slug));

  const records = cleaningRecords(root);
  const index = buildActorIndex(changed.map((source) => ({ slug: source.slug, language: source.data.language, paragraphs: source.paragraphs })), registry, matcher);
  const quotations = changed.flatMap((source) =>
    index.quotationsIn(source.slug).map((quotation) => ({
      source: source.slug,
      paragraph: quotation.paragraph,
      text: quotation.text,
      speaker: quotation.speaker ? (names.get(quotation.speaker) ?? quotation.speaker) : undefined,
      speakerAsWritten: quotation.speakerAsWritten,
      speakerPhrase: quotation.speakerPhrase,
      status: quotationStanding(records.get(source.slug), quotation).status,
    })),
  );
  const suggestions =
    touched.size === 0
      ? []
      : suggestEvidence(
          dossier.sources,
          dossier.questions.map((question) => ({ id: question.id, question: question.data.question, answers: question.data.answers })),
          { actorsOf: actorReader(matcher), perSource: 1, sources: [...touched] },
        );
  return {
    sources,
    otherContent: changes.filter((change) => CONTENT.test(change.path) && !SOURCE_FILE.test(change.path)),
    code: changes.filter((change) => !CONTENT.test(change.path)),
    unknownNames: proposeUnknownNames(changed.map((source) => ({ slug: source.slug, language: source.data.language, paragraphs: source.paragraphs })), matcher),
    quotations,
    suggestions,
    questions: new Map(dossier.questions.map((question) => [question.id, question.data.question])),
    problems,
  };
}
