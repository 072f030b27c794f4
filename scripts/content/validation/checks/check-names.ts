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
  /** Each entry's damaged forms, by `type:id`: a name claimed twice is named by the field it is in. */
  const damagedFormsOf = new Map<string, readonly string[]>();
  const entries: NamedEntry[] = [];
  const registry = [
    ...content.collections.actors.entries.map((entry) => ({ type: 'actor' as const, kind: entry.data.kind, entry })),
    ...content.collections.outlets.entries.map((entry) => ({ type: 'outlet' as const, kind: 'outlet', entry })),
  ];
  for (const { type, kind, entry } of registry) {
    const { name, aliases, damagedForms } = entry.data;
    files.set(`${type}:${entry.id}`, entry.file);
    damagedFormsOf.set(`${type}:${entry.id}`, damagedForms);
    entries.push({ type, id: entry.id, kind, name, aliases, damagedForms });
    for (const [field, forms] of [['aliases', aliases], ['damagedForms', damagedForms]] as const) {
      for (const form of forms) {
        if (/^[\p{Ll}]+$/u.test(form)) {
          problems.push({
            file: entry.file,
            field,
            message: `${field === 'aliases' ? 'alias' : 'damaged form'} "${form}" is a single lower-case word, which would match ordinary text everywhere; use a longer form ("the ${form} of …") or a capitalised name.`,
          });
        }
      }
    }
    // A form is the entry's own name or a damaged copy's words, never both.
    for (const form of damagedForms.filter((form) => form === name || aliases.includes(form))) {
      problems.push({
        file: entry.file,
        field: 'damagedForms',
        message: `"${form}" is listed as a damaged copy's form and also as a name of this entry; keep it in one place (a form the name really takes belongs in aliases).`,
      });
    }
  }
  for (const conflict of new NameMatcher(entries).conflicts) {
    const first = files.get(`${conflict.first.type}:${conflict.first.id}`) ?? conflict.first.id;
    const secondKey = `${conflict.second.type}:${conflict.second.id}`;
    problems.push({
      file: files.get(secondKey) ?? conflict.second.id,
      field: damagedFormsOf.get(secondKey)?.includes(conflict.name) ? 'damagedForms' : 'aliases',
      message: `the name "${conflict.name}" is also a name of ${first}; a name must point to one actor or outlet, so remove it from one of them.`,
    });
  }
  return problems;
}
