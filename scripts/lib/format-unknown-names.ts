/**
 * The report of unknown names as lines of text for the command line (`npm run validate`,
 * `npm run new-source`): a heading and one line per name with the paragraphs it appears in,
 * or one line saying every name is covered.
 */
import type { UnknownName } from '../../src/names/unknown-name.ts';

export function formatUnknownNames(names: readonly UnknownName[]): string[] {
  if (names.length === 0) return ['Every name in the sources is covered by an actor or outlet.'];
  return [
    'Names no actor covers (add them to content/actors/ if they act in the events):',
    ...names.map((name) => {
      const bySource = new Map<string, number[]>();
      for (const { slug, paragraph } of name.occurrences) {
        const list = bySource.get(slug);
        if (list) list.push(paragraph);
        else bySource.set(slug, [paragraph]);
      }
      const where = [...bySource.entries()].map(([slug, paragraphs]) => `${slug} ${paragraphs.map((p) => `¶${p}`).join(', ')}`);
      return `  ${name.name} (${name.kind}) — ${where.join('; ')}`;
    }),
  ];
}
