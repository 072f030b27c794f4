/**
 * The Atom feed and the sitemap (issue 17, item 6): dates from the content only, entries
 * newest first, a contributor's words kept as text in every reader, the same bytes for the
 * same content.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromXml } from '../../../support/xml.ts';
import { atomFeed, type FeedEntry } from '../../../../src/feeds/atom-feed.ts';
import { listedPages, sitemapXml } from '../../../../src/feeds/sitemap.ts';

const facts = { title: 'The Dossier', description: 'Tests & "quotes"', site: 'https://example.org/d/', self: 'https://example.org/d/feed.xml', limit: 2 };
const entry = (url: string, date: string, title = 'A title'): FeedEntry => ({ url, title, date: new Date(`${date}T00:00:00Z`), summary: 'Summary.', category: 'source' });

describe('atomFeed', () => {
  it('lists the newest entries first, up to the limit, and is updated when its newest entry is', () => {
    const xml = atomFeed(facts, [entry('https://example.org/d/a/', '2025-03-01'), entry('https://example.org/d/c/', '2025-03-05'), entry('https://example.org/d/b/', '2025-03-03')]);
    const feed = fromXml(xml);
    expect(feed.text('feed > updated')).toBe('2025-03-05T00:00:00.000Z');
    expect(feed.all('entry > id')).toEqual(['https://example.org/d/c/', 'https://example.org/d/b/']);
    expect(feed.text('feed > subtitle')).toBe('Tests & "quotes"');
  });

  it('gives the same bytes for the same content, whatever the day it is built', () => {
    const entries = [entry('https://example.org/d/a/', '2025-03-01')];
    expect(atomFeed(facts, entries)).toBe(atomFeed(facts, [...entries]));
    expect(atomFeed(facts, [])).toContain('<updated>1970-01-01T00:00:00.000Z</updated>');
  });

  it('keeps a hostile title text: no markup for a reader, and no way out of its CDATA section', () => {
    const hostile = 'Pause ]]><script>alert(1)</script> & <b>bold</b>';
    const xml = atomFeed(facts, [entry('https://example.org/d/a/', '2025-03-01', hostile)]);
    const feed = fromXml(xml);
    // The reader gets HTML whose text is the title as written: no element in it.
    expect(feed.text('entry > title')).toBe('Pause ]]&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;');
    expect(xml).not.toContain('<script>');
  });
});

describe('the sitemap', () => {
  it('lists every built page with a canonical link, sorted, and no other', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-sitemap-'));
    try {
      const page = (path: string, head: string) => {
        mkdirSync(join(dir, path), { recursive: true });
        writeFileSync(join(dir, path, 'index.html'), `<!doctype html><html><head>${head}</head><body></body></html>`);
      };
      page('b', '<link rel="canonical" href="https://example.org/d/b/">');
      page('a', '<link rel="canonical" href="https://example.org/d/a/?x=1&amp;y=2">');
      page('build-report', '<meta name="robots" content="noindex">');
      writeFileSync(join(dir, '404.html'), '<html><head></head></html>');
      const xml = sitemapXml(listedPages(dir));
      expect(fromXml(xml).all('url > loc')).toEqual(['https://example.org/d/a/?x=1&y=2', 'https://example.org/d/b/']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
