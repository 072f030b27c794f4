/** The Atom feed of new sources and corrections: see src/feeds/atom-feed.ts. */
import type { APIRoute } from 'astro';
import { getEntry } from 'astro:content';
import dossier from '../../dossier.config.ts';
import { atomFeed } from '../feeds/atom-feed';
import { getCorrections, getOutletNames, getSources, pageTitle, paragraphsOf } from '../lib/collections';
import { LIST_LIMITS } from '../lib/list-limits';
import { sourceHref, withBase } from '../lib/urls';

const excerpt = (text: string, words: number) => {
  const all = text.split(/\s+/).filter(Boolean);
  return all.length > words ? `${all.slice(0, words).join(' ')}…` : all.join(' ');
};

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('astro.config.mjs must set `site` for the feed’s absolute addresses.');
  const absolute = (path: string) => new URL(path, site).href;
  const home = await getEntry('pages', 'home');
  const outletNames = await getOutletNames();
  const sources = (await getSources()).map((source) => ({
    url: absolute(sourceHref(source.id)),
    title: `New source: ${outletNames.get(source.data.outlet.id) ?? source.data.outlet.id}, “${source.data.title}”`,
    date: source.data.published,
    summary: excerpt(paragraphsOf(source)[0] ?? '', 40),
    category: 'source' as const,
  }));
  const corrections = await Promise.all(
    (await getCorrections()).map(async (correction) => ({
      url: absolute(withBase(`corrections/#correction-${correction.id}`)),
      title: `Correction: ${await pageTitle(correction.data.page)}`,
      date: correction.data.date,
      summary: `It said “${correction.data.wrong}”; it says now “${correction.data.now}”.`,
      category: 'correction' as const,
    })),
  );
  const xml = atomFeed(
    {
      title: dossier.title,
      description: home?.data.description ?? '',
      site: absolute(withBase('')),
      self: absolute(withBase('feed.xml')),
      limit: LIST_LIMITS.feedEntries,
    },
    [...sources, ...corrections],
  );
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml' } });
};
