/**
 * Check: a source cannot be published, an event happen, or a correction be made after
 * today: such a date is a mistyped year, and it would sort the entry first for ever.
 */
import type { ContentProblem } from '../../../../src/files/content-error.ts';
import type { ContentUnderCheck, ReadEntry } from '../read-content.ts';

function notInFuture(entries: ReadonlyArray<ReadEntry<Readonly<Record<string, unknown>>>>, field: string, today: Date): ContentProblem[] {
  const latest = today.toISOString().slice(0, 10);
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    const value = entry.data[field];
    if (!(value instanceof Date)) continue;
    const date = value.toISOString().slice(0, 10);
    if (date > latest) {
      problems.push({ file: entry.file, line: entry.lineOf([field]), field, message: `${date} is in the future (today is ${latest}); check the year.` });
    }
  }
  return problems;
}

export function checkDatesNotInFuture(content: ContentUnderCheck): ContentProblem[] {
  const { sources, timeline, corrections } = content.collections;
  return [
    ...notInFuture(sources.entries, 'published', content.today),
    ...notInFuture(timeline.entries, 'date', content.today),
    ...notInFuture(corrections.entries, 'date', content.today),
  ];
}
