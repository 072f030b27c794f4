/**
 * The pull-request summary as Markdown for the job summary (`$GITHUB_STEP_SUMMARY`): what
 * the change does to the dossier, so a reviewer can judge it without cloning it. Text from
 * the change (titles, quotations, names) is a contributor's: it is written inside code spans
 * or escaped, so it cannot become markup, links or mentions in the summary. Pure.
 */
import { formatProblem } from '../../src/files/content-error.ts';
import type { ChangeFacts } from './change-facts.ts';

/** A contributor's words as literal text: Markdown's own characters escaped, no HTML, no @mentions. */
export function literal(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_{}[\]()<>#+!|~^-]/g, (character) => `\\${character}`)
    .replace(/&/g, '&amp;')
    .replace(/@/g, '@\u200b');
}

const code = (text: string) => `\`${text.replace(/`/g, "'")}\``;
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
/** Rows in each list at most: a summary is read, not searched. */
const MAX_ROWS = 50;

function capped<T>(items: readonly T[], line: (item: T) => string): string[] {
  const lines = items.slice(0, MAX_ROWS).map(line);
  if (items.length > MAX_ROWS) lines.push(`- and ${items.length - MAX_ROWS} more`);
  return lines;
}

export interface PreviewFacts {
  /** The workflow run that built the site. */
  runId: string;
  /** owner/name of the repository. */
  repository: string;
  /** Name of the uploaded artifact. */
  artifact: string;
}

export function summaryMarkdown(facts: ChangeFacts, preview?: PreviewFacts): string {
  const lines: string[] = ['## What this change does to the dossier', ''];
  const added = facts.sources.filter((source) => source.kind === 'added').length;
  const modified = facts.sources.filter((source) => source.kind === 'modified').length;
  const removed = facts.sources.filter((source) => source.kind === 'removed').length;
  lines.push(
    facts.problems.length === 0 ? '**The content check passes.**' : `**The content check finds ${plural(facts.problems.length, 'problem')}** (see below).`,
    `Sources: ${added} added, ${modified} changed, ${removed} removed; ${plural(facts.otherContent.length, 'other content file')} and ${plural(facts.code.length, 'other file')} changed.`,
    '',
  );
  if (preview) {
    lines.push(
      '**Preview the built site locally** (needs the GitHub CLI and Python):',
      '',
      '```sh',
      `gh run download ${preview.runId} -R ${preview.repository} -n ${preview.artifact} -D preview/dossier && python3 -m http.server -d preview 8000  # then open http://localhost:8000/dossier/`,
      '```',
      '',
    );
  }
  if (facts.sources.length > 0) {
    lines.push('### Sources', '', '| | Source | Outlet | Published | Paragraphs |', '| --- | --- | --- | --- | --- |');
    lines.push(
      ...capped(facts.sources, (source) =>
        `| ${source.kind} | ${source.title ? literal(source.title) : ''} ${code(source.file)} | ${source.outlet ? code(source.outlet) : ''} | ${source.published ?? ''} | ${source.paragraphs ?? ''} |`,
      ),
      '',
    );
  }
  if (facts.unknownNames.length > 0) {
    lines.push('### Names no actor covers', '', 'Add those that act in the events to `content/actors/`, or the form used here to an actor’s `aliases`.', '');
    lines.push(...capped(facts.unknownNames, (name) => `- ${literal(name.name)} (${name.kind}): ${name.occurrences.slice(0, 5).map((at) => `${code(at.slug)} ¶${at.paragraph}`).join(', ')}`), '');
  }
  if (facts.quotations.length > 0) {
    lines.push('### Quotations', '', '| Source | ¶ | Words | Speaker | Standing |', '| --- | --- | --- | --- | --- |');
    lines.push(
      ...capped(facts.quotations, (quotation) =>
        `| ${code(quotation.source)} | ${quotation.paragraph} | “${literal(quotation.text)}” | ${quotation.speaker ? literal(quotation.speaker) : quotation.speakerAsWritten ? `${literal(quotation.speakerAsWritten)} (as written; not in the registry)` : `no established speaker${quotation.speakerPhrase ? ` (“${literal(quotation.speakerPhrase)}”)` : ''}`} | ${quotation.status} |`,
      ),
      '',
    );
  }
  if (facts.suggestions.length > 0) {
    lines.push('### Suggested evidence', '', 'Where the changed sources could answer key questions they do not answer yet (`npm run suggest-evidence -- --source <slug>` for every candidate):', '');
    lines.push(
      ...capped(facts.suggestions, (suggestion) =>
        `- ${literal(facts.questions.get(suggestion.question) ?? suggestion.question)} ${code(suggestion.question)}: ${code(suggestion.source)} ¶${suggestion.paragraph}, “${literal(suggestion.text)}”`,
      ),
      '',
    );
  }
  if (facts.problems.length > 0) {
    lines.push('### Problems the content check finds', '', ...capped(facts.problems, (problem) => `- ${code(formatProblem(problem))}`), '');
  }
  return `${lines.join('\n')}\n`;
}
