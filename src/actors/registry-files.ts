/**
 * Reads the registry of names from content/: every actor (`content/actors/*.md`) and outlet
 * (`content/outlets/*.md`) with the names it goes by, for the name matcher.
 *
 * Files are read by the one front matter reader (`src/files/front-matter.ts`); files that
 * it refuses (a link, no front matter, YAML or schema problems) are skipped, not reported:
 * `npm run validate` reports them with located messages, and a build that uses this
 * registry stops there first. Files are read in name order, so the registry (and which of
 * two entries claiming one name wins) is the same on every machine.
 */
import { join, resolve } from 'node:path';
import type { z } from 'astro/zod';
import type { NamedEntry } from './name-matcher.ts';
import { COLLECTIONS } from '../collections/manifest.ts';
import { listContributedFolder } from '../files/contributed-files.ts';
import { readMarkdownFile } from '../files/front-matter.ts';
import dossier from '../../dossier.config.ts';

/** The valid entries of one folder, by id, in file-name order. */
function validEntries<Schema extends z.ZodType>(contentDir: string, { folder, schema }: { folder: string; schema: Schema }): Array<[string, z.output<Schema>]> {
  const root = resolve(contentDir);
  const entries: Array<[string, z.output<Schema>]> = [];
  for (const { name, path, file } of listContributedFolder(root, folder, { extensions: ['.md'] }).files) {
    try {
      entries.push([name.slice(0, -'.md'.length), readMarkdownFile(path, join(dossier.folders.content, file), schema).data]);
    } catch {
      // Reported by `npm run validate`, with the file and the line.
    }
  }
  return entries;
}

/** The registry of the project at `root`, read from its content folder (`folders.content` in dossier.config.ts). */
export function readProjectRegistry(root: string): NamedEntry[] {
  return readRegistry(join(root, dossier.folders.content));
}

/** Every valid actor, then every valid outlet, of a content folder, each in file-name order. */
export function readRegistry(contentDir: string): NamedEntry[] {
  return readRegistryWithAffiliations(contentDir).map(({ affiliations: _affiliations, ...entry }) => entry);
}

/** A registry entry with what it belongs to: the actor's affiliations (outlets have none). */
export interface RegistryEntry extends NamedEntry {
  affiliations: readonly string[];
}

/** `readRegistry`, with each actor's affiliations: for judging whether a name belongs in a text's company. */
export function readRegistryWithAffiliations(contentDir: string): RegistryEntry[] {
  return [
    ...validEntries(contentDir, COLLECTIONS.actors).map(
      ([id, { name, aliases, damagedForms, kind, affiliations }]): RegistryEntry => ({ type: 'actor', id, kind, name, aliases, damagedForms, affiliations }),
    ),
    ...validEntries(contentDir, COLLECTIONS.outlets).map(
      ([id, { name, aliases, damagedForms }]): RegistryEntry => ({ type: 'outlet', id, kind: 'outlet', name, aliases, damagedForms, affiliations: [] }),
    ),
  ];
}
