/**
 * Check: the names of actors and outlets drive mention links and quotation speakers, so
 * each must point to one entry, and none may be an ordinary lower-case word that would
 * match text everywhere.
 */
import { NameMatcher, type NamedEntry } from '../../../../src/actors/name-matcher.ts';
import type { ContentProblem } from '../../../../src/files/content-error.ts';
import type { ContentUnderCheck } from '../read-content.ts';

export function checkNames(content: ContentUnderCheck): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const files = new Map<string, string>();
  const entries: NamedEntry[] = [];
  const registry = [
    ...content.collections.actors.entries.map((entry) => ({ type: 'actor' as const, kind: entry.data.kind, entry })),
    ...content.collections.outlets.entries.map((entry) => ({ type: 'outlet' as const, kind: 'outlet', entry })),
  ];
  for (const { type, kind, entry } of registry) {
    const { name, aliases } = entry.data;
    files.set(`${type}:${entry.id}`, entry.file);
    entries.push({ type, id: entry.id, kind, name, aliases });
    for (const alias of aliases) {
      if (/^[\p{Ll}]+$/u.test(alias)) {
        problems.push({
          file: entry.file,
          field: 'aliases',
          message: `alias "${alias}" is a single lower-case word, which would match ordinary text everywhere; use a longer form ("the ${alias} of …") or a capitalised name.`,
        });
      }
    }
  }
  for (const conflict of new NameMatcher(entries).conflicts) {
    const first = files.get(`${conflict.first.type}:${conflict.first.id}`) ?? conflict.first.id;
    const second = files.get(`${conflict.second.type}:${conflict.second.id}`) ?? conflict.second.id;
    problems.push({
      file: second,
      field: 'aliases',
      message: `the name "${conflict.name}" is also a name of ${first}; a name must point to one actor or outlet, so remove it from one of them.`,
    });
  }
  return problems;
}
