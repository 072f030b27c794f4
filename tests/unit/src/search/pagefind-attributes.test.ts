/**
 * Values written into Pagefind's `data-pagefind-filter` / `data-pagefind-meta` attributes.
 * The escaping is checked against its stated contract, and then against what Pagefind
 * itself (the real indexer from node_modules) makes of the attribute the source page writes.
 */
import { gunzipSync } from 'node:zlib';
import fc from 'fast-check';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { pagefindValue } from '../../../../src/search/pagefind-attributes.ts';

/** The reading `pagefindValue` is written for: pairs split on unescaped commas, `\` escapes. */
function splitPairs(attribute: string): string[] {
  const pairs: string[] = [];
  let current = '';
  for (let index = 0; index < attribute.length; index += 1) {
    const character = attribute[index];
    if (character === '\\' && index + 1 < attribute.length) {
      current += attribute[index + 1];
      index += 1;
    } else if (character === ',') {
      pairs.push(current.trim());
      current = '';
    } else {
      current += character;
    }
  }
  pairs.push(current.trim());
  return pairs;
}

describe('pagefindValue', () => {
  it('escapes commas and backslashes, and nothing else', () => {
    expect(pagefindValue('BBC News')).toBe('BBC News');
    expect(pagefindValue('Smith, Jones & Co')).toBe('Smith\\, Jones & Co');
    expect(pagefindValue('a\\b')).toBe('a\\\\b');
    expect(pagefindValue('a\\,b')).toBe('a\\\\\\,b');
    expect(pagefindValue('key:value')).toBe('key:value');
  });

  it('keeps any value one pair, read back unchanged (under its own escaping rule)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }).map((value) => value.trim()), (value) => {
        expect(splitPairs(`kind:source, outlet:${pagefindValue(value)}`)).toEqual(['kind:source', `outlet:${value}`]);
      }),
      { numRuns: 2000 },
    );
  });
});

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

  // BUG (src/search/pagefind-attributes.ts, used by src/pages/sources/[slug].astro and
  // src/pages/actors/[id].astro): Pagefind does not read `key:value, key:value`. Its parser
  // (pagefind/src/fossick/parser.rs, parse_attr_string) splits at the first ':' and takes
  // everything after it, commas and backslashes included, as one inline value; only the
  // last item of a list may be inline. So `kind:source, outlet:…` gives ONE filter `kind`
  // = "source, outlet:…" and no `outlet` filter (the built dist/ index shows exactly this),
  // and the search page shows "source, outlet:BBC News, date:…" as the kind.
  // Fix: capture values from attributes, which may be comma-separated, e.g.
  // data-pagefind-filter="kind[data-kind], outlet[data-outlet]" data-kind="source"
  // data-outlet={outletName} (no escaping needed), or one element per inline pair.
  it.fails('gives separate kind and outlet filters for the attribute the source page writes', async () => {
    const { filters, meta } = await indexPage(
      `data-pagefind-filter="kind:source, outlet:${pagefindValue(outlet)}" data-pagefind-meta="kind:source, outlet:${pagefindValue(outlet)}, date:2025-03-03"`,
    );
    expect(filters).toEqual({ kind: ['source'], outlet: [outlet] });
    expect(meta).toMatchObject({ kind: 'source', outlet, date: '2025-03-03' });
  }, 30_000);

  it('reads comma-separated values captured from attributes, commas in values included (the fix)', async () => {
    const { filters, meta } = await indexPage(
      `data-pagefind-filter="kind[data-kind], outlet[data-outlet]" data-pagefind-meta="kind[data-kind], outlet[data-outlet], date[data-date]" data-kind="source" data-outlet="${outlet.replace(/&/g, '&amp;')}" data-date="2025-03-03"`,
    );
    expect(filters).toEqual({ kind: ['source'], outlet: [outlet] });
    expect(meta).toMatchObject({ kind: 'source', outlet, date: '2025-03-03' });
  }, 30_000);
});
