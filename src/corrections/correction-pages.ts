/**
 * Which page a correction may name: a page the site builds. Checked by `npm run validate`
 * (a correction naming no page would put its "corrected on" line nowhere), and used by the
 * layout to find the corrections of the page it lays out.
 */

/** Pages with a fixed address that a correction may concern. */
export const CORRECTABLE_FIXED_PAGES: readonly string[] = ['', 'about/', 'compare/', 'compare/coverage/', 'compare/overlap/', 'sources/', 'actors/', 'outlets/'];

/** The entries of each kind that have a page. */
export interface KnownPages {
  sources: ReadonlySet<string>;
  actors: ReadonlySet<string>;
  outlets: ReadonlySet<string>;
  questions: ReadonlySet<string>;
}

/** Why `page` is no page of the site, ending a sentence; undefined when it is one. */
export function correctionPageProblem(page: string, known: KnownPages): string | undefined {
  if (CORRECTABLE_FIXED_PAGES.includes(page)) return undefined;
  const match = /^(sources|actors|outlets|questions)\/([a-z0-9-]+)\/$/.exec(page);
  if (!match) {
    return `"${page}" is no page a correction can concern: use sources/<slug>/, actors/<id>/, outlets/<id>/, questions/<id>/ or one of ${CORRECTABLE_FIXED_PAGES.map((fixed) => `"${fixed}"`).join(', ')}.`;
  }
  const [, kind, id] = match as unknown as [string, keyof KnownPages, string];
  if (!known[kind].has(id)) return `there is no content/${kind}/${id}.md, so no page "${page}".`;
  return undefined;
}
