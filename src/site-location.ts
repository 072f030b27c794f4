/**
 * The site's public origin and base path, from the environment (set by the GitHub Pages
 * workflow) with defaults that mirror a project site, so every link is tested under a base.
 */
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

export const DEFAULT_SITE = 'https://example.github.io';
export const DEFAULT_BASE = '/dossier/';
export const DEFAULT_REPOSITORY = 'https://github.com/example/dossier';

export function normaliseBase(value: string): string {
  const trimmed = value.trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

export function siteLocation(env: Record<string, string | undefined>): SiteLocation {
  return {
    site: env.SITE_URL?.trim() || DEFAULT_SITE,
    base: normaliseBase(env.BASE_PATH ?? DEFAULT_BASE),
    // GitHub Actions names the repository it runs for; elsewhere REPOSITORY_URL can.
    repository: (
      env.REPOSITORY_URL?.trim() ||
      (env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}` : DEFAULT_REPOSITORY)
    ).replace(/\/+$/, ''),
    branch: env.REPOSITORY_BRANCH?.trim() || 'main',
  };
}
