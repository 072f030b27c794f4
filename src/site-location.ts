/**
 * The site's public origin and base path, and the repository corrections go to: from
 * dossier.config.ts, overridden by the environment where a build machine knows better (the
 * GitHub Pages workflow passes the Pages origin and base path; GitHub Actions names the
 * repository it runs for).
 */
import dossier from '../dossier.config.ts';
import { readEnvironment } from './config/environment.ts';

export interface SiteLocation {
  /** Origin, e.g. `https://example.github.io`. */
  site: string;
  /** Base path, always starting and ending with `/`, e.g. `/dossier/`. */
  base: string;
  /** The repository's web address, for "edit this page" links, e.g. `https://github.com/owner/dossier`. */
  repository: string;
  /** The branch pull requests go to. */
  branch: string;
}

export const DEFAULT_SITE = dossier.site;
export const DEFAULT_BASE = dossier.base;
export const DEFAULT_REPOSITORY = dossier.repository.url;

export function normaliseBase(value: string): string {
  const trimmed = value.trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

export function siteLocation(variables: Record<string, string | undefined>): SiteLocation {
  const env = readEnvironment(variables);
  return {
    site: env.SITE_URL ?? DEFAULT_SITE,
    base: normaliseBase(env.BASE_PATH ?? DEFAULT_BASE),
    repository: (env.REPOSITORY_URL ?? (env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}` : DEFAULT_REPOSITORY)).replace(/\/+$/, ''),
    branch: env.REPOSITORY_BRANCH ?? dossier.repository.branch,
  };
}
