/**
 * The site's public origin and base path, from the environment (set by the GitHub Pages
 * workflow) with defaults that mirror a project site, so every link is tested under a base.
 */
export interface SiteLocation {
  /** Origin, e.g. `https://example.github.io`. */
  site: string;
  /** Base path, always starting and ending with `/`, e.g. `/dossier/`. */
  base: string;
}

export const DEFAULT_SITE = 'https://example.github.io';
export const DEFAULT_BASE = '/dossier/';

export function normaliseBase(value: string): string {
  const trimmed = value.trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

export function siteLocation(env: Record<string, string | undefined>): SiteLocation {
  return {
    site: env.SITE_URL?.trim() || DEFAULT_SITE,
    base: normaliseBase(env.BASE_PATH ?? DEFAULT_BASE),
  };
}
