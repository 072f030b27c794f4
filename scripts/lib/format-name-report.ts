/**
 * The report of names as lines of text for the command line (`npm run validate`, `npm run
 * new-source`): the names no actor covers, one line each with the paragraphs they appear in
 * (or one line saying every name is covered), then the registry entries the sources write
 * in forms the registry does not list.
 */
import type { NameReport, UnknownName, UnknownNameOccurrence } from '../../src/names/name-report.ts';

/** "slug ¶1, ¶3; other ¶2". */
function where(occurrences: readonly UnknownNameOccurrence[]): string {
  const bySource = new Map<string, number[]>();
  for (const { slug, paragraph } of occurrences) {
    const list = bySource.get(slug);
    if (list) list.push(paragraph);
    else bySource.set(slug, [paragraph]);
  }
  return [...bySource.entries()].map(([slug, paragraphs]) => `${slug} ${paragraphs.map((p) => `¶${p}`).join(', ')}`).join('; ');
}

export function formatUnknownNames(names: readonly UnknownName[]): string[] {
  if (names.length === 0) return ['Every name in the sources is covered by an actor or outlet.'];
  return [
    'Names no actor covers (add them to content/actors/ if they act in the events):',
    ...names.map((name) => `  ${name.name} (${name.kind}) — ${where(name.occurrences)}`),
  ];
}

export function formatNameReport(report: NameReport): string[] {
  const lines = formatUnknownNames(report.unknown);
  if (report.variants.length === 0) return lines;
  return [
    ...lines,
    '',
    'Registry names written another way (add the forms to the entry’s aliases if they are the same):',
    ...report.variants.map((variant) => `  content/${variant.type}s/${variant.id}.md: ${variant.forms.map((form) => `“${form}”`).join(', ')} — ${where(variant.occurrences)}`),
  ];
}
