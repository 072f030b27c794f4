/**
 * One page of each kind the site has, for checks that hold per kind (Lighthouse scores,
 * weight budgets). The first source, actor, outlet and question stand for all of their kind.
 */
import { actors, outlets, questionIds, sources } from './site-content.ts';

export interface PageKind {
  /** What a reader would call the page. */
  kind: string;
  /** Path relative to the base path; may carry a query. */
  path: string;
  /**
   * The page is for maintainers and marked noindex on purpose (the build report), so
   * Lighthouse's SEO category, which counts noindex against a page, does not apply.
   */
  noindex?: boolean;
}

function first<T>(items: readonly T[], what: string): T {
  const item = items[0];
  if (item === undefined) throw new Error(`content/ has no ${what} to stand for its kind`);
  return item;
}

export function pageKinds(): PageKind[] {
  const seeded = first(sources().filter((source) => source.changeCount !== undefined), 'seeded source');
  return [
    { kind: 'Home (explainer)', path: '' },
    { kind: 'Sources index', path: 'sources/' },
    { kind: 'Source', path: `sources/${seeded.slug}/` },
    { kind: 'Source as received', path: `sources/${seeded.slug}/received/` },
    { kind: 'Source, every change', path: `sources/${seeded.slug}/changes/` },
    { kind: 'Actors index', path: 'actors/' },
    { kind: 'Actor', path: `actors/${first(actors(), 'actor').id}/` },
    { kind: 'Outlets index', path: 'outlets/' },
    { kind: 'Outlet', path: `outlets/${first(outlets(), 'outlet').id}/` },
    { kind: 'Key questions index', path: 'questions/' },
    { kind: 'Key question', path: `questions/${first(questionIds(), 'key question')}/` },
    { kind: 'Compare', path: 'compare/' },
    { kind: 'Coverage grid', path: 'compare/coverage/' },
    { kind: 'Overlap picture', path: 'compare/overlap/' },
    { kind: 'Search (with a query)', path: 'search/?q=hegseth' },
    { kind: 'Method', path: 'about/' },
    { kind: 'Corrections log', path: 'corrections/' },
    // Lighthouse will not audit a response with status 404, so the page itself is fetched.
    { kind: 'Not found (404)', path: '404.html' },
    { kind: 'Build report (maintainers)', path: 'build-report/', noindex: true },
  ];
}
