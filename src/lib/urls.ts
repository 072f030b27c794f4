/**
 * Every internal link goes through here, so the site works under any base path
 * (a GitHub Pages project site lives at `/<repo>/`).
 */

export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return prefix + path.replace(/^\/+/, '');
}

export const sourceHref = (slug: string) => withBase(`sources/${slug}/`);
export const paragraphHref = (slug: string, paragraph: number) => `${sourceHref(slug)}#p${paragraph}`;
/** The copy of a seeded source as received, set against the cleaned text: its path below the base (as the corrections log names pages), … */
export const receivedPath = (slug: string) => `sources/${slug}/received/`;
/** … and its link. */
export const receivedHref = (slug: string) => withBase(receivedPath(slug));
/** Every change the cleaning made to a seeded source, with its reason: where the marks in its text link. */
export const changesHref = (slug: string) => `${sourceHref(slug)}changes/`;
export const actorHref = (id: string) => withBase(`actors/${id}/`);

/**
 * A link to a paragraph that also highlights the given words on arrival, with a text
 * fragment (`#p3:~:text=…`): browsers that support it scroll to and mark the words; others
 * land on the paragraph. Long passages are given by their first and last words.
 */
export function evidenceHref(slug: string, paragraph: number, text: string): string {
  const encode = (value: string) => encodeURIComponent(value).replace(/-/g, '%2D');
  const words = text.trim().split(/\s+/);
  const directive =
    words.length > 12 ? `${encode(words.slice(0, 5).join(' '))},${encode(words.slice(-5).join(' '))}` : encode(words.join(' '));
  return `${paragraphHref(slug, paragraph)}:~:text=${directive}`;
}

export const outletHref = (id: string) => withBase(`outlets/${id}/`);

/**
 * Where a reader or maintainer corrects a page: the file behind it, opened for editing on
 * the repository's site (a pull request), or a new issue when no one file is behind it.
 */
export function editHref(path: string, location: { repository: string; branch: string }): string {
  return `${location.repository}/edit/${location.branch}/${path.split('/').map(encodeURIComponent).join('/')}`;
}

export function issueHref(title: string, location: { repository: string }): string {
  return `${location.repository}/issues/new?title=${encodeURIComponent(title)}`;
}
export const questionHref = (id: string) => withBase(`questions/${id}/`);
