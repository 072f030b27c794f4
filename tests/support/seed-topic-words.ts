/**
 * The topic words of the seed dossier, derived from its own data rather than typed: what
 * belongs to its event and to no other. The engine (src/, scripts/) must hold none of them,
 * and a second dossier built by the engine must show none of them.
 *
 * From the registry (content/actors, content/outlets): each person's name and the single
 * word a source calls them by (their single-word aliases: "Smith" of "Jo Smith"); each
 * outlet's name and aliases; each agency's single-word aliases (its acronym, its
 * building). From the dossier's data: the places it declares (dossier.config.ts `places`).
 * Titles ("Defense Secretary …"), governments and bodies of general knowledge (a country, a
 * parliament) are left out: words any dossier may use.
 */
import { join } from 'node:path';
import { readRegistry } from '../../src/actors/registry-files.ts';
import { readPlaces } from '../../src/config/dossier-places.ts';
import dossier from '../../dossier.config.ts';
import { PROJECT_ROOT } from '../../src/config/project-root.ts';

const singleWord = (form: string) => !/\s/.test(form.trim());
/** "the Pentagon" → "Pentagon": an article is not part of the name. */
const withoutArticle = (form: string) => form.replace(/^(?:the|The)\s+/, '');

/** The seed dossier's topic words and phrases, sorted, each as it is written (case matters). */
export function seedTopicWords(root: string = PROJECT_ROOT): string[] {
  const registry = readRegistry(join(root, dossier.folders.content));
  const words = new Set<string>();
  for (const entry of registry) {
    if (entry.type === 'outlet') {
      // "The New York Times" → "New York Times", but "The Record" stays whole: alone, its word is common.
      for (const form of [entry.name, ...entry.aliases]) words.add(singleWord(withoutArticle(form)) ? form : withoutArticle(form));
    } else if (entry.kind === 'person') {
      for (const form of entry.aliases.filter(singleWord)) {
        words.add(form);
        if (entry.name.includes(form)) words.add(entry.name);
      }
    } else if (entry.kind === 'agency') {
      for (const form of entry.aliases.map(withoutArticle).filter(singleWord)) words.add(form);
    }
  }
  for (const place of readPlaces(root, dossier.places)) words.add(place);
  return [...words].sort();
}
