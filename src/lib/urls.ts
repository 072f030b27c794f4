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
export const actorHref = (id: string) => withBase(`actors/${id}/`);
