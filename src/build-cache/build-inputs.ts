/**
 * What a build reads besides content/ and seeds/: the engine (code, configuration, the
 * locked package versions) and this dossier's own configuration, published files and data.
 * Project copies (scripts/lib/project-copy.ts) copy these; the build caches are stamped
 * with them (input-stamp.ts), so a change to any of them makes every cache cold.
 */
import dossier from '../../dossier.config.ts';
import { COLLECTIONS } from '../collections/manifest.ts';

/** The engine: what every dossier builds with, the same for all. */
export const ENGINE_INPUTS: readonly string[] = ['package.json', 'astro.config.mjs', 'tsconfig.json', 'src', 'scripts'];

/** The exact package versions installed (absent from project copies, which link node_modules). */
export const LOCKFILE = 'package-lock.json';

/**
 * The registry's folders of content/: the cleaner repairs the names they declare and the
 * Markdown processor links them, so every source's cleaning and rendering read them.
 */
export const REGISTRY_FOLDERS: readonly string[] = [COLLECTIONS.actors.folder, COLLECTIONS.outlets.folder].map((folder) => `${dossier.folders.content}/${folder}`);

/** This dossier's own inputs apart from content and seeds: its configuration, published files and data. */
export function dossierInputs(): string[] {
  const { lexicons, places, benchmarks, folders } = dossier;
  return [
    'dossier.config.ts',
    folders.public,
    ...lexicons.spinner,
    ...lexicons.machineTranslation,
    ...(lexicons.spinnerProfile === undefined ? [] : [lexicons.spinnerProfile]),
    ...places,
    ...(benchmarks.restorationReferences === undefined ? [] : [benchmarks.restorationReferences]),
  ];
}
