/**
 * What pages tell Pagefind: every value captured from its own attribute.
 */
import { describe, expect, it } from 'vitest';
import { pagefindAttributes } from '../../../../src/search/index-attributes.ts';

describe('pagefindAttributes', () => {
  it('captures each filter value from an attribute of its own, several values per filter allowed', () => {
    expect(pagefindAttributes({ kind: 'source', actor: ['Pete Hegseth', 'Donald Trump', 'Pete Hegseth', ' '] }, { date: '2025-03-03' })).toEqual({
      'data-pf-filter-kind-0': 'source',
      'data-pf-filter-actor-0': 'Pete Hegseth',
      'data-pf-filter-actor-1': 'Donald Trump',
      'data-pagefind-filter': 'kind[data-pf-filter-kind-0], actor[data-pf-filter-actor-0], actor[data-pf-filter-actor-1]',
      'data-pf-meta-date': '2025-03-03',
      'data-pagefind-meta': 'date[data-pf-meta-date]',
    });
  });

  it('turns keys with spaces into attribute names, and refuses keys Pagefind would misread', () => {
    expect(pagefindAttributes({ 'actor kind': 'person' })).toMatchObject({ 'data-pf-filter-actor-kind-0': 'person', 'data-pagefind-filter': 'actor kind[data-pf-filter-actor-kind-0]' });
    expect(() => pagefindAttributes({ 'a:b': 'x' })).toThrow(/cannot be a Pagefind filter or metadata key/);
  });

  it('writes nothing for empty values, so a value with commas or colons stays one value', () => {
    expect(pagefindAttributes({ outlet: undefined, kind: [] })).toEqual({});
    expect(pagefindAttributes({ outlet: 'Reuters, Inc: Wire' })['data-pf-filter-outlet-0']).toBe('Reuters, Inc: Wire');
  });
});
