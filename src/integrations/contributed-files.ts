/**
 * Astro integration: before Astro copies public/ into the site, the same check as
 * `npm run validate` (src/files/public-files.ts): only the kinds of file the site needs, no
 * links, nothing that can run script. `npm run build` has already run that check; this one
 * covers `astro dev` and `astro build` run directly, which skip it. content/ needs no hook:
 * its collections read through the same guarded reader (src/files/collection-loader.ts).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatProblem } from '../files/content-error.ts';
import { checkPublicFiles } from '../files/public-files.ts';
import dossier from '../../dossier.config.ts';

export default function contributedFiles(): AstroIntegration {
  return {
    name: 'dossier:contributed-files',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const problems = checkPublicFiles(fileURLToPath(config.root), dossier.folders.public);
        if (problems.length > 0) {
          const error = new Error(`public/ has ${problems.length} problem(s):\n${problems.map(formatProblem).join('\n')}`);
          // A problem in a contributed file, not in the code: the frames would only bury it.
          error.stack = error.message;
          throw error;
        }
      },
    },
  };
}
