/**
 * The dossier's Atom feed: new sources and corrections, newest first, so a reader learns
 * when the dossier grows and when it corrects itself without visiting it. Written with the
 * `feed` package. Every date comes from the content (a source's publication date, a
 * correction's date), never from the clock: the feed's `updated` is its newest entry's, and
 * the same content gives the same bytes.
 */
import { Feed } from 'feed';
import { compareStrings } from '../lib/compare-strings.ts';

/** One entry. */
export interface FeedEntry {
  /** Absolute address of the page the entry announces; also its id. */
  url: string;
  title: string;
  /** Day of the entry: a source's publication, a correction's date. */
  date: Date;
  /** One or two sentences of plain text. */
  summary: string;
  /** What the entry is, as an Atom category. */
  category: 'source' | 'correction';
}

export interface FeedFacts {
  title: string;
  description: string;
  /** Absolute address of the site's home page. */
  site: string;
  /** Absolute address of the feed itself. */
  self: string;
  /** Entries at most, the newest. */
  limit: number;
}

/**
 * The `feed` package writes titles and summaries as `type="html"` in CDATA sections: a reader
 * takes them for HTML, and "]]>" in them would end the section early. Text from the sources
 * (a title is a contributor's words) is escaped as HTML first, so it stays text in every
 * reader, and no "]]>" survives to break the XML.
 */
export function htmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const byDateThenUrl = (a: FeedEntry, b: FeedEntry) => b.date.getTime() - a.date.getTime() || compareStrings(a.url, b.url);

export function atomFeed(facts: FeedFacts, entries: readonly FeedEntry[]): string {
  const shown = [...entries].sort(byDateThenUrl).slice(0, facts.limit);
  const feed = new Feed({
    id: facts.site,
    title: facts.title,
    // Written as plain text by the package (escaped for XML), unlike entries' titles and summaries.
    description: facts.description,
    link: facts.site,
    // The newest entry's day; the epoch for a dossier with nothing in it, never the clock.
    updated: shown[0]?.date ?? new Date(0),
    generator: false,
    feedLinks: { atom: facts.self },
    author: { name: facts.title, link: facts.site },
  });
  for (const entry of shown) {
    feed.addItem({
      id: entry.url,
      link: entry.url,
      title: htmlText(entry.title),
      date: entry.date,
      published: entry.date,
      description: htmlText(entry.summary),
      category: [{ name: entry.category, term: entry.category }],
    });
  }
  return feed.atom1();
}
