/**
 * The project's root: the folder of dossier.config.ts, against which the configuration names
 * its files. Found from this module's own place in the project (src/config/), so a command
 * run from another folder (`npm run clean` on a file elsewhere, a test's throwaway copy of
 * content/) still reads the dossier's data. Inside Astro's build this module is bundled into
 * the output folder, where its place says nothing; there the root is the folder Astro builds
 * in, the working directory, as it is for the configuration's content folder.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(): string {
  const here = fileURLToPath(new URL('../../', import.meta.url));
  return existsSync(join(here, 'dossier.config.ts')) ? here : process.cwd();
}

export const PROJECT_ROOT = findRoot();
