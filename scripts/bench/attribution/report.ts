/**
 * The attribution benchmark's tables, as Markdown, and where they go in
 * docs/attribution-benchmark.md: between its markers, so a rerun replaces them and leaves the
 * prose around them.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, scoreByShape, type ScoredQuotation, type ShapeScore } from './score.ts';

export const START = '<!-- bench:attribution:start -->';
export const END = '<!-- bench:attribution:end -->';

function percent(value: number): string {
  return `${(value * 100).toFixed(1)} %`;
}

function table(scores: readonly ShapeScore[]): string {
  const rows = scores.map((score) => {
    const name = score.shape === 'overall' ? '**overall**' : `\`${score.shape}\``;
    const titles = score.titles === 0 ? '–' : `${score.titlesSetAside} of ${score.titles}`;
    return `| ${name} | ${score.quotations} | ${score.withSpeaker} | ${score.attributed} | ${score.correct} | ${percent(score.precision)} | ${percent(score.recall)} | ${titles} | ${score.lostAsTitles} |`;
  });
  return [
    '| Shape | Quotations | With a speaker to find | Attributed | Correct | Precision | Recall | Titles set aside | Quotations lost as titles |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n');
}

function misses(scored: readonly ScoredQuotation[]): string {
  const wrong = scored.filter((item) => !item.correct && (item.attributed || item.label.kind === 'actor' || item.label.kind === 'as-written' || (item.label.kind === 'title') !== (item.given.kind === 'title')));
  if (wrong.length === 0) return 'None.';
  return wrong
    .map((item) => `- \`${item.file}\` line ${item.line}: “${item.words}”: labelled ${describe(item.label)}, given ${describe(item.given)}${item.attributed ? ' (**wrong**)' : ''}`)
    .join('\n');
}

/** The section written between the markers. */
export function renderSection(tuning: readonly ScoredQuotation[], heldOut: readonly ScoredQuotation[]): string {
  return [
    START,
    '',
    '### Tuning set (`tests/fixtures/attribution/tuning/`)',
    '',
    table(scoreByShape(tuning)),
    '',
    'Not attributed as labelled, or titles not set aside:',
    '',
    misses(tuning),
    '',
    '### Held-out set (`tests/fixtures/attribution/held-out/`)',
    '',
    table(scoreByShape(heldOut)),
    '',
    'Not attributed as labelled, or titles not set aside:',
    '',
    misses(heldOut),
    '',
    END,
  ].join('\n');
}

/** Writes the section into `path`, between its markers. */
export function writeSection(path: string, section: string): void {
  const current = existsSync(path) ? readFileSync(path, 'utf8') : `# Attribution benchmark\n\n${START}\n${END}\n`;
  const start = current.indexOf(START);
  const end = current.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${path} has no ${START} … ${END} markers to write the results between`);
  writeFileSync(path, `${current.slice(0, start)}${section}${current.slice(end + END.length)}`);
}

/** The overall recall a report states for a set ("Tuning set" or "Held-out set"), as a fraction; undefined when it states none. */
export function statedRecall(report: string, set: 'Tuning set' | 'Held-out set'): number | undefined {
  const from = report.indexOf(`### ${set}`);
  if (from < 0) return undefined;
  const overall = /\| \*\*overall\*\* \|(?: [^|]* \|){5} ([\d.]+) % \|/u.exec(report.slice(from));
  return overall ? Number(overall[1]) / 100 : undefined;
}
