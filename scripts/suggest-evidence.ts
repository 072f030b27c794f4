/**
 * `npm run suggest-evidence`: where the sources that do not answer a key question yet hold
 * words that would be its evidence (src/questions/evidence-suggestions.ts), and, once a
 * maintainer has chosen one, writes it into the question file as a new answer.
 *
 *   npm run suggest-evidence [-- --question 01-who-ordered] [--source cbs-news-x] [--top 3]
 *   npm run suggest-evidence -- --question 01-who-ordered --source cbs-news-x --accept 1 \
 *     --answer "One sentence in our words." [--evidence "exact words, to trim the suggestion"] [--relation agree]
 *   npm run suggest-evidence -- --question 01-who-ordered --source cbs-news-x --no-answer
 *
 * --no-answer records that the maintainer read the source for the question and found no
 * answer in it (the question's `noAnswerIn`): the site then says "not reported" where it said
 * "not yet read", and suggests nothing more there.
 *
 * The answer sentence is always the maintainer's: on a terminal it is asked for, elsewhere
 * --answer is required. The evidence is checked word for word against the source, as
 * `npm run validate` checks every answer.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { actorReader } from '../src/compare/align-passages.ts';
import { NameMatcher } from '../src/actors/name-matcher.ts';
import { readProjectRegistry } from '../src/actors/registry-files.ts';
import { ContentError } from '../src/files/content-error.ts';
import { readContentFile } from '../src/files/read-content-file.ts';
import { MAX_MARKDOWN_BYTES } from '../src/markdown/input-limits.ts';
import { suggestEvidence } from '../src/questions/evidence-suggestions.ts';
import { questionRelations } from '../src/schemas/question.ts';
import { addAnswer, addNoAnswer } from './content/accept-suggestion.ts';
import { formatSuggestions } from './content/format-suggestions.ts';
import { readDossier } from './content/read-dossier.ts';
import { reportFailure } from './lib/report-failure.ts';

const OPTIONS = '--question --source --top --accept --answer --evidence --relation --no-answer';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      question: { type: 'string' },
      source: { type: 'string' },
      top: { type: 'string' },
      accept: { type: 'string' },
      answer: { type: 'string' },
      evidence: { type: 'string', multiple: true },
      relation: { type: 'string' },
      'no-answer': { type: 'boolean' },
    },
    strict: true,
  });
  const root = process.cwd();
  const dossier = readDossier(root);
  if (dossier.problems.length > 0) throw new ContentError(dossier.problems);
  const registry = readProjectRegistry(root);
  const problem = (field: string, message: string) => new ContentError([{ file: 'npm run suggest-evidence', field, message }]);
  const question = values.question;
  const source = values.source;
  if (question && !dossier.questions.some((entry) => entry.id === question)) {
    throw problem('--question', `no question "${question}" in content/questions/; one of: ${dossier.questions.map((entry) => entry.id).join(', ')}.`);
  }
  if (source && !dossier.sources.some((entry) => entry.slug === source)) throw problem('--source', `no source "${source}" in content/sources/.`);
  const top = Number(values.top ?? 3);
  if (!Number.isInteger(top) || top < 1) throw problem('--top', `must be a whole number from 1 (found "${values.top}").`);

  // Recording a silence reads no suggestions: nothing to compute.
  if (values['no-answer']) {
    if (!question || !source) throw problem('--no-answer', 'needs --question and --source, to say which source has no answer to which question.');
    if (values.accept !== undefined) throw problem('--no-answer', 'cannot go with --accept: a source either answers the question or does not.');
    const entry = dossier.questions.find((candidate) => candidate.id === question)!;
    writeQuestionFile(root, entry.file, (text) => addNoAnswer(text, entry.file, source));
    console.log(`Recorded in ${entry.file} that ${source} was read and has no answer to it: the site now says "not reported" there.`);
    return;
  }

  const suggestions = suggestEvidence(
    dossier.sources,
    // A source asked for by name is read even where an editor found it silent before.
    dossier.questions.map((entry) => ({ id: entry.id, question: entry.data.question, answers: entry.data.answers, noAnswerIn: entry.data.noAnswerIn.filter((slug) => slug !== source) })),
    {
      actorsOf: actorReader(new NameMatcher(registry)),
      perSource: top,
      ...(question ? { questions: [question] } : {}),
      ...(source ? { sources: [source] } : {}),
    },
  );

  if (values.accept === undefined) {
    const names = new Map(registry.map((entry) => [entry.id, entry.name]));
    const byId = new Map(dossier.questions.map((entry) => [entry.id, entry]));
    console.log(
      formatSuggestions(suggestions, {
        question: (id) => byId.get(id)?.data.question ?? id,
        answered: (id) => byId.get(id)?.data.answers.length ?? 0,
        actor: (id) => names.get(id) ?? id,
      }).join('\n'),
    );
    if (suggestions.length > 0) {
      console.log('To accept one: npm run suggest-evidence -- --question <id> --source <slug> --accept <n> --answer "One sentence in our words."');
      console.log('If a source has no answer to a question after all: npm run suggest-evidence -- --question <id> --source <slug> --no-answer');
    }
    return;
  }

  if (!question || !source) throw problem('--accept', 'needs --question and --source, to say which suggestion.');
  const rank = Number(values.accept);
  const chosen = suggestions.find((entry) => entry.rank === rank);
  if (!chosen && values.evidence === undefined) {
    throw problem('--accept', `there is no suggestion ${values.accept} for ${question} in ${source} (${suggestions.length} found); or give the words with --evidence.`);
  }
  if (values.relation !== undefined && !(questionRelations as readonly string[]).includes(values.relation)) {
    throw problem('--relation', `must be one of ${questionRelations.join(', ')} (found "${values.relation}").`);
  }
  let answer = values.answer?.trim() ?? '';
  if (answer === '' && process.stdin.isTTY) {
    const terminal = createInterface({ input: process.stdin, output: process.stdout });
    try {
      console.log(`Evidence: "${values.evidence?.join('" … "') ?? chosen?.text}" (${source} ¶${chosen?.paragraph ?? '?'})`);
      answer = (await terminal.question('The answer, in one sentence of our own words: ')).trim();
    } finally {
      terminal.close();
    }
  }
  const entry = dossier.questions.find((candidate) => candidate.id === question)!;
  const sourceParagraphs = dossier.sources.find((candidate) => candidate.slug === source)?.paragraphs ?? [];
  writeQuestionFile(root, entry.file, (text) =>
    addAnswer(
      text,
      entry.file,
      {
        source,
        answer,
        evidence: values.evidence ?? [chosen?.text ?? ''],
        relation: values.relation as (typeof questionRelations)[number] | undefined,
      },
      sourceParagraphs,
    ),
  );
  console.log(`Added ${source}'s answer to ${entry.file}. Check its relation and relationNote still say how the answers relate, then npm run validate.`);
}

/** Rewrites a question file through `edit`, only if the file has not changed since it was read. */
function writeQuestionFile(root: string, file: string, edit: (text: string) => string): void {
  const path = join(root, file);
  const text = readContentFile(path, file, MAX_MARKDOWN_BYTES);
  const updated = edit(text);
  if (readFileSync(path, 'utf8').replace(/^\uFEFF/, '') !== text) {
    throw new ContentError([{ file: 'npm run suggest-evidence', field: file, message: 'changed while this ran; nothing was written. Run it again.' }]);
  }
  writeFileSync(path, updated);
}

main().catch((error: unknown) => {
  if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
    console.error(`error: ${error.message}. Options: ${OPTIONS}.`);
    process.exitCode = 2;
    return;
  }
  process.exitCode = reportFailure(error, 'nothing was written');
});
