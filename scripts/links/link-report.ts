/**
 * The link check's findings, as the scheduled workflow files them: a Markdown issue body
 * listing each dead address with the source file and field that give it, and the addresses
 * whose sites turned a robot away, to check by hand. Pure.
 */
import type { UrlCheck } from './check-urls.ts';

/** An address a source gives, and where. */
export interface CitedUrl {
  url: string;
  /** The source file, e.g. content/sources/x.md. */
  file: string;
  field: 'url' | 'archiveUrl';
}

export interface LinkReport {
  checked: number;
  dead: (CitedUrl & Pick<UrlCheck, 'status' | 'error'>)[];
  refused: (CitedUrl & Pick<UrlCheck, 'status'>)[];
}

export function linkReport(cited: readonly CitedUrl[], checks: readonly UrlCheck[]): LinkReport {
  const byUrl = new Map(checks.map((check) => [check.url, check]));
  const report: LinkReport = { checked: byUrl.size, dead: [], refused: [] };
  for (const entry of cited) {
    const check = byUrl.get(entry.url);
    if (check?.verdict === 'dead') report.dead.push({ ...entry, status: check.status, error: check.error });
    if (check?.verdict === 'refused') report.refused.push({ ...entry, status: check.status });
  }
  return report;
}

const why = (entry: { status?: number | undefined; error?: string | undefined }) => (entry.status !== undefined ? `HTTP ${entry.status}` : (entry.error ?? 'no answer'));
/** Backticks would end a code span early; an address never needs them. */
const code = (text: string) => `\`${text.replace(/`/g, '%60')}\``;

export function reportMarkdown(report: LinkReport): string {
  const lines = [`Checked ${report.checked} source addresses: ${report.dead.length} dead, ${report.refused.length} refused a robot.`, ''];
  if (report.dead.length > 0) {
    lines.push('## Dead', '', 'Give each source an `archiveUrl` (a web archive’s snapshot of the article), or a new `url` if the article moved.', '');
    for (const entry of report.dead) lines.push(`- ${code(entry.url)} (${why(entry)}): ${entry.field} in ${code(entry.file)}`);
    lines.push('');
  }
  if (report.refused.length > 0) {
    lines.push('## Refused a robot', '', 'These sites turned the check away; open them in a browser to see whether they still work.', '');
    for (const entry of report.refused) lines.push(`- ${code(entry.url)} (${why(entry)}): ${entry.field} in ${code(entry.file)}`);
    lines.push('');
  }
  return lines.join('\n');
}
