/**
 * The places a dossier declares (dossier.config.ts `places`): names its sources use that the
 * engine's general knowledge of places lacks, such as the towns of the event it covers. The
 * engine's own list is general; whatever belongs to one event is that dossier's data.
 */
import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import dossier from '../../dossier.config.ts';
import { parseYaml, validateYaml } from '../files/parse-yaml.ts';
import { namedFile } from './dossier-files.ts';
import { PROJECT_ROOT } from './project-root.ts';

export const placesFileSchema = z
  .object({
    /** Each place as the sources write it, e.g. "Port Vell"; a spelling of its own is a place of its own. */
    places: z.array(z.string().trim().min(1)).min(1),
  })
  .strict();

/** The places of the files `files` names, read and checked; problems name the file and line. */
export function readPlaces(root: string, files: readonly string[]): string[] {
  return files.flatMap((file, index) => {
    const path = namedFile(root, file, `places.${index}`);
    return validateYaml(parseYaml(readFileSync(path, 'utf8'), file), placesFileSchema, file).places;
  });
}

let declared: string[] | undefined;

/** This dossier's places, read once per process. */
export function dossierPlaces(): readonly string[] {
  declared ??= readPlaces(PROJECT_ROOT, dossier.places);
  return declared;
}
