/**
 * The files dossier.config.ts names (its own lexicons, its places, its benchmark data),
 * resolved against the project root (`project-root.ts`). A file the configuration names but
 * the project lacks is a mistake in the configuration, reported as one: the field and the path.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ContentError } from '../files/content-error.ts';

/** The absolute path of a file the configuration names in `field`; throws when it is not a file. */
export function namedFile(root: string, path: string, field: string): string {
  const absolute = join(root, path);
  if (!existsSync(absolute) || !statSync(absolute).isFile()) {
    throw new ContentError([{ file: 'dossier.config.ts', field, message: `names "${path}", which is not a file in the project.` }]);
  }
  return absolute;
}

/** The absolute path of a folder the configuration names in `field`; throws when it is not a folder. */
export function namedFolder(root: string, path: string, field: string): string {
  const absolute = join(root, path);
  if (!existsSync(absolute) || !statSync(absolute).isDirectory()) {
    throw new ContentError([{ file: 'dossier.config.ts', field, message: `names "${path}", which is not a folder in the project.` }]);
  }
  return absolute;
}
