/**
 * How every command line reports a failure: content problems one per line (as GitHub
 * Actions annotations when running there), anything else as one line, never a stack trace
 * unless DEBUG is set. Returns the exit code to use.
 */
import { ContentError, formatProblem, type ContentProblem } from '../../src/files/content-error.ts';

function annotation(problem: ContentProblem): string {
  const escape = (value: string) => value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const line = problem.line === undefined ? '' : `,line=${problem.line}`;
  const field = problem.field ? `field "${problem.field}": ` : '';
  return `::error file=${escape(problem.file)}${line}::${escape(field + problem.message)}`;
}

export function reportFailure(error: unknown, consequence = 'nothing was written'): number {
  if (error instanceof ContentError) {
    const inActions = process.env.GITHUB_ACTIONS === 'true';
    for (const problem of error.problems) console.error(inActions ? annotation(problem) : formatProblem(problem));
    console.error(`\n${error.problems.length} problem(s); ${consequence}.`);
    return 1;
  }
  if (process.env.DEBUG) console.error(error);
  else console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
  return 2;
}
