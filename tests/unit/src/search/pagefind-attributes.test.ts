/**
 * How Pagefind 1.6 (the real indexer from node_modules) reads the filter and metadata
 * attributes our pages write: values captured from other attributes (`outlet[data-outlet]`),
 * so no value needs escaping, commas included.
 */
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';

/** Indexes one page with the real Pagefind and returns the filters and metadata it recorded. */
async function indexPage(attributes: string): Promise<{ filters: Record<string, string[]>; meta: Record<string, string> }> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  const added = await index.addHTMLFile({
    url: '/sources/x/',
    content: `<html lang="en"><body><article data-pagefind-body ${attributes}><h1>Title</h1><p>Article text.</p></article></body></html>`,
  });
  if (added.errors.length > 0) throw new Error(`pagefind: ${added.errors.join('; ')}`);
  const { files } = await index.getFiles();
  const fragment = files.find((file) => file.path.includes('fragment/'));
  if (!fragment) throw new Error('pagefind wrote no fragment');
  const text = gunzipSync(Buffer.from(fragment.content)).toString('utf8');
  const record: unknown = JSON.parse(text.slice(text.indexOf('{')));
  if (typeof record !== 'object' || record === null || !('filters' in record) || !('meta' in record)) throw new Error('unexpected fragment');
  return { filters: record.filters as Record<string, string[]>, meta: record.meta as Record<string, string> };
}

describe('the attributes as Pagefind 1.6 reads them', () => {
  afterAll(async () => {
    await pagefind.close();
  });

  const outlet = 'Smith, Jones & Co';

  // Pagefind splits an inline `key:value` at the first ':' and takes the rest, commas
  // included, as one value; so pages capture values from attributes instead.
  it('keeps an inline list as one value, which is why pages do not write one', async () => {
    const { filters } = await indexPage('data-pagefind-filter="kind:source, outlet:BBC News"');
    expect(filters).toEqual({ kind: ['source, outlet:BBC News'] });
  }, 30_000);

  it('reads comma-separated values captured from attributes, commas in values included', async () => {
    const { filters, meta } = await indexPage(
      `data-pagefind-filter="kind[data-kind], outlet[data-outlet]" data-pagefind-meta="kind[data-kind], outlet[data-outlet], date[data-date]" data-kind="source" data-outlet="${outlet.replace(/&/g, '&amp;')}" data-date="2025-03-03"`,
    );
    expect(filters).toEqual({ kind: ['source'], outlet: [outlet] });
    expect(meta).toMatchObject({ kind: 'source', outlet, date: '2025-03-03' });
  }, 30_000);
});
