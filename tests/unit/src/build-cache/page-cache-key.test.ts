import { describe, expect, it } from 'vitest';
import { pageCacheKey, seededSourceKey, seededSourcePageKey } from '../../../../src/build-cache/page-cache-key.ts';

const source = { data: { title: 'A title', published: new Date('2025-03-03'), outlet: { collection: 'outlets', id: 'bbc-news' } }, body: 'First paragraph.\n\nSecond.' };
const record = { changes: [{ before: 'stated', after: 'said', ruleId: 'spinner' }], unrestoredParagraphs: [] };

describe('pageCacheKey', () => {
  it('is the same for the same inputs, read again', () => {
    expect(pageCacheKey(structuredClone({ source, record }))).toBe(pageCacheKey({ source, record }));
    expect(pageCacheKey({ source, record })).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes with any value, however deep, and with what a map or set holds', () => {
    const base = pageCacheKey({ record });
    expect(pageCacheKey({ record: { ...record, changes: [{ ...record.changes[0], after: 'told' }] } })).not.toBe(base);
    expect(pageCacheKey(new Map([['a', 1]]))).not.toBe(pageCacheKey(new Map([['a', 2]])));
    expect(pageCacheKey(new Set(['a']))).not.toBe(pageCacheKey(new Set(['b'])));
    expect(pageCacheKey(new Map())).not.toBe(pageCacheKey({}));
    expect(pageCacheKey(undefined)).not.toBe(pageCacheKey(null));
  });
});

describe('seededSourceKey and seededSourcePageKey', () => {
  const seeded = { source, record, outletName: 'BBC News' };
  const sourceKey = seededSourceKey(seeded);
  const key = seededSourcePageKey(sourceKey);

  it('cover the source’s front matter, its text, its cleaning record, its outlet’s name and the page’s corrections', () => {
    const variants = [
      { ...seeded, source: { ...source, data: { ...source.data, title: 'Another title' } } },
      { ...seeded, source: { ...source, data: { ...source.data, published: new Date('2025-03-04') } } },
      { ...seeded, source: { ...source, body: 'First paragraph.' } },
      { ...seeded, record: { ...record, unrestoredParagraphs: [{ paragraph: 1 }] } },
      { ...seeded, outletName: 'BBC' },
    ];
    for (const variant of variants) expect(seededSourcePageKey(seededSourceKey(variant))).not.toBe(key);
    expect(seededSourcePageKey(sourceKey, [{ id: 'fix-title', data: { date: '2025-04-01' } }])).not.toBe(key);
  });

  it('leave out what the pages do not show: the rest of a content entry', () => {
    expect(seededSourceKey({ ...seeded, source: { ...source, digest: 'abc', filePath: 'content/sources/x.md' } as typeof source })).toBe(sourceKey);
    expect(seededSourcePageKey(sourceKey, [])).toBe(key);
  });
});
