/**
 * A problem in a file a maintainer wrote, located well enough to fix it without a stack trace.
 */
export interface ContentProblem {
  /** Path of the file, relative to the project root. */
  file: string;
  /** 1-based line, when known. */
  line?: number;
  /** Dotted path of the field at fault, when the problem is in one field. */
  field?: string;
  /** What is wrong and, where it helps, how to fix it. */
  message: string;
}

/** Thrown by library code with every problem found; the command line prints and exits. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** `file:line: field "x": message`, the shape editors and CI annotations understand. */
export function formatProblem(problem: ContentProblem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  const field = problem.field ? ` field "${problem.field}":` : '';
  return `${where}:${field} ${problem.message}`;
}
