/**
 * Runs one pathological input (pathological-inputs.ts) through the library-level stages a
 * pull request adding it would hit, each timed with `performance.now()`: the content build
 * (cleaning a seed into a source and its record), content validation, the unknown-names
 * report, the Markdown processor (Astro's own renderer with the site's plugins), the
 * per-build indexes (actors with quotation attribution, outlet citations, passage
 * alignment) and the word diffs of the received-copy page. A full Astro build per input is
 * left to `npm run bench:pathological -- --build <input>`: it takes tens of seconds even
 * for a small dossier.
 *
 * Everything is written into `work` (a folder the caller owns): the content and seeds of
 * `project`, with the input added as a seed or a source. A stage that refuses
 * the input (a located ContentError or MarkdownLimitError) ends the run as `refused`, as a
 * build would stop there.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import dossier from '../../dossier.config.ts';
import { buildActorIndex } from '../../src/actors/actor-index.ts';
import { MemoNameMatcher } from '../../src/actors/memo-name-matcher.ts';
import { NameMatcher } from '../../src/actors/name-matcher.ts';
import { readProjectRegistry } from '../../src/actors/registry-files.ts';
import { proposeUnknownNames } from '../../src/names/read-names.ts';
import { alignSources } from '../../src/compare/site-alignment.ts';
import { readableDiff, wordDiff } from '../../src/lib/word-diff.ts';
import { cleaningMarksBySlug, readCleaningRecords } from '../../src/markdown/cleaning-records.ts';
import { MarkdownLimitError } from '../../src/markdown/input-limits.ts';
import { dossierMarkdown } from '../../src/markdown/processor.ts';
import { buildOutletCitationIndex } from '../../src/outlets/citation-index.ts';
import { cleaningRecordSchema } from '../../src/schemas/cleaning-record.ts';
import { planContent, projectPaths } from '../content/plan-content.ts';
import { writeContent } from '../content/write-content.ts';
import { validateContent } from '../content/validation/content-checks.ts';
import { ContentError, formatProblem } from '../../src/files/content-error.ts';
import type { PathologicalInput, PathologicalText } from './pathological-inputs.ts';

/**
 * An invented outlet and person the bench adds to the copy's registry: the inputs cite and
 * name them (pathological-inputs.ts), so that they stress the registry's names without
 * naming anything of the dossier they run in. Every pathological source is published by the outlet.
 */
const OUTLET = 'pathological-dispatch';
const REGISTRY_ADDITIONS: Record<string, string> = {
  [`outlets/${OUTLET}.md`]: ['---', 'name: The Dispatch', 'description: An invented outlet the pathological inputs cite.', '---', ''].join('\n'),
  'actors/pathological-person.md': ['---', 'name: Ilsa Marrow', 'aliases: [Marrow]', 'kind: person', 'role: An invented person the pathological inputs name.', '---', ''].join('\n'),
};
const BASE = dossier.base;

export interface StageTiming {
  stage: string;
  seconds: number;
}

export interface InputRun {
  /** `refused` when a stage stopped the input with a located message, as the build would. */
  outcome: 'built' | 'refused';
  /** The message a maintainer would read, when refused. */
  refusal?: string;
  /** UTF-8 bytes of the file a contributor would add (the seed, the source, or both texts of a pair). */
  bytes: number;
  stages: StageTiming[];
}

function sourceFile(name: string, body: string): string {
  return ['---', `title: "Pathological input: ${name}"`, `outlet: ${OUTLET}`, 'published: 2025-03-03', '---', '', body, ''].join('\n');
}

function seedSidecar(name: string, text: Extract<PathologicalText, { form: 'seed' }>): string {
  return `${JSON.stringify(
    {
      slug: name,
      outlet: OUTLET,
      editorialTitle: `Pathological input: ${name}`,
      published: '2025-03-03',
      dateBasis: 'estimated',
      language: 'en',
      damage: text.sidecar.damage,
      corrections: text.sidecar.corrections ?? [],
    },
    null,
    2,
  )}\n`;
}

/**
 * Writes the project's content and seeds into `work` (actors cite the seed sources, so the
 * dossier goes along whole), an empty public/, and the input.
 */
export function prepareProject(project: string, work: string, name: string, text: PathologicalText): number {
  for (const folder of ['content', 'seeds']) cpSync(join(project, folder), join(work, folder), { recursive: true });
  for (const [path, text] of Object.entries(REGISTRY_ADDITIONS)) writeFileSync(join(work, 'content', path), text);
  mkdirSync(join(work, 'public'), { recursive: true });
  if (text.form === 'seed') {
    writeFileSync(join(work, 'seeds', `${name}.txt`), text.raw);
    // JSON is YAML: the sidecar is written without a YAML library.
    writeFileSync(join(work, 'seeds', `${name}.yaml`), seedSidecar(name, text));
    return Buffer.byteLength(text.raw);
  }
  if (text.form === 'source') {
    const file = sourceFile(name, text.body);
    writeFileSync(join(work, 'content', 'sources', `${name}.md`), file);
    return Buffer.byteLength(file);
  }
  return Buffer.byteLength(text.before) + Buffer.byteLength(text.after);
}

/** A refusal's message, when `error` is one a contributor is shown with its file and line. */
function refusalOf(error: unknown): string | undefined {
  if (error instanceof ContentError) return error.problems.map(formatProblem).join('\n');
  if (error instanceof MarkdownLimitError) return error.message;
  return undefined;
}

/**
 * Runs `input` at `scale` through every stage that applies to its form, in build order,
 * calling `onStart` and `onStage` as each starts and ends (a caller that may be stopped
 * keeps what finished, and knows what it stopped).
 */
export async function runStages(
  input: PathologicalInput,
  scale: number,
  options: { project: string; work: string; onStart?: (stage: string) => void; onStage?: (timing: StageTiming) => void },
): Promise<InputRun> {
  const text = input.make(scale);
  const { work } = options;
  const bytes = prepareProject(options.project, work, input.name, text);
  const stages: StageTiming[] = [];
  // A stage that refuses the input is timed too: refusing is part of what a pull request waits for.
  const timed = async <T>(stage: string, run: () => T | Promise<T>): Promise<T> => {
    options.onStart?.(stage);
    const started = performance.now();
    try {
      return await run();
    } finally {
      const timing = { stage, seconds: (performance.now() - started) / 1000 };
      stages.push(timing);
      options.onStage?.(timing);
    }
  };

  if (text.form === 'pair') {
    // As a page shows it: the diff, then its spaces set outside the marks.
    await timed('word diff', () => readableDiff(wordDiff(text.before, text.after)));
    return { outcome: 'built', bytes, stages };
  }

  try {
    if (text.form === 'seed') await timed('content build (cleaner)', () => writeContent(planContent(projectPaths(work))));
    const valid = await timed('validate', () => validateContent(work));
    const registry = readProjectRegistry(work);
    await timed('unknown names', () => proposeUnknownNames(valid.sources, new NameMatcher(registry)));
    const body = readFileSync(join(work, 'content', 'sources', `${input.name}.md`), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
    await timed('markdown', async () => {
      const processor = dossierMarkdown({
        base: BASE,
        paragraphCounts: new Map(valid.sources.map((source) => [source.slug, source.paragraphs.length])),
        cleaningMarks: cleaningMarksBySlug(readCleaningRecords(join(work, 'content', 'cleaning'))),
        registry,
      });
      const renderer = await processor.createRenderer({ syntaxHighlight: false });
      const fileURL = pathToFileURL(join(work, 'content', 'sources', `${input.name}.md`));
      return renderer.render(body, { fileURL });
    });
    // One matcher shared by every index, as the build shares it (src/lib/collections.ts).
    const matcher = new MemoNameMatcher(registry);
    await timed('actor index and attribution', () => buildActorIndex(valid.sources, registry, matcher));
    await timed('outlet citations', () =>
      buildOutletCitationIndex(valid.sources.map((source) => ({ ...source, outlet: OUTLET })), matcher),
    );
    await timed('alignment', () => alignSources(valid.sources, registry, matcher));
    if (text.form === 'seed') {
      const record = cleaningRecordSchema.parse(JSON.parse(readFileSync(join(work, 'content', 'cleaning', `${input.name}.json`), 'utf8')));
      const paragraphs = valid.sources.find((source) => source.slug === input.name)?.paragraphs ?? [];
      await timed('word diff', () => {
        // As the received-copy page diffs them: each raw paragraph with what it became, and
        // each altered quotation with its original.
        const cleanIndex = new Map(record.paragraphOrigins.map((origin, index) => [origin, index]));
        const changesIn = Map.groupBy(record.changes, (change) => change.rawParagraph);
        record.rawParagraphs.forEach((raw, index) => {
          const clean = paragraphs[cleanIndex.get(index + 1) ?? -1];
          if (clean !== undefined) readableDiff(wordDiff(raw, clean), changesIn.get(index + 1));
        });
        for (const quotation of record.alteredQuotations) readableDiff(wordDiff(quotation.original, quotation.text));
      });
    }
  } catch (error) {
    const refusal = refusalOf(error);
    if (refusal === undefined) throw error;
    return { outcome: 'refused', refusal, bytes, stages };
  }
  return { outcome: 'built', bytes, stages };
}
