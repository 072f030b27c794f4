/**
 * The environment variables the engine reads, in one place, each with what it does. Most
 * override dossier.config.ts where a build machine knows better (the GitHub Pages workflow
 * knows the site's origin and base path); the rest direct one build (where to write, a test's
 * own cache). Anything else in the environment is ignored.
 */
import { z } from 'astro/zod';

const optionalText = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === '' ? undefined : value.trim()));

export const environmentSchema = z.object({
  /** Origin the site is published at; overrides `site` (the Pages workflow sets it). */
  SITE_URL: optionalText,
  /** Base path; overrides `base` (the Pages workflow sets it from the repository's name). */
  BASE_PATH: z.string().optional(),
  /** Repository web address for "suggest a correction"; overrides `repository.url`. */
  REPOSITORY_URL: optionalText,
  /** Branch pull requests go to; overrides `repository.branch`. */
  REPOSITORY_BRANCH: optionalText,
  /** Set by GitHub Actions: its server and the repository it runs for, used when REPOSITORY_URL is not. */
  GITHUB_SERVER_URL: optionalText,
  GITHUB_REPOSITORY: optionalText,
  /** "true" in GitHub Actions: problems are printed as annotations on the files. */
  GITHUB_ACTIONS: optionalText,
  /** Where Astro writes the site (the build's staging folder, a test's own folder); default dist/. */
  DOSSIER_OUT_DIR: optionalText,
  /** Astro's content store for this build; builds side by side each need their own. */
  DOSSIER_CACHE_DIR: optionalText,
  /** "off": Astro does not index the site; the scale benchmark times Pagefind as a stage of its own. */
  DOSSIER_SEARCH_INDEX: optionalText,
  /** Set by `npm run build` for its stages: an orphaned stage stops itself (src/integrations/build-supervision.ts). */
  DOSSIER_BUILD_SUPERVISOR: optionalText,
  /** Any value: command lines print stack traces with their errors. */
  DEBUG: optionalText,
});

export type Environment = z.output<typeof environmentSchema>;

/** The engine's variables from an environment (process.env, or a test's own). */
export function readEnvironment(env: Record<string, string | undefined>): Environment {
  return environmentSchema.parse(env);
}
