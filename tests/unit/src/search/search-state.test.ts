/**
 * A search as an address, and what Pagefind is asked.
 */
import { describe, expect, it } from 'vitest';
import { addressOf, emptySelection, hasPartialQuotes, isExactPhrase, pagefindFilters, pagefindTerm, readState } from '../../../../src/search/search-state.ts';

describe('search state in the address', () => {
  it('round-trips the query and every chosen value, keeping other parameters', () => {
    const state = { query: 'Hegseth order', selection: { ...emptySelection(), kind: ['source', 'actor'], outlet: ['BBC News'] } };
    const url = addressOf(new URL('https://e.org/dossier/search/?lang=en&q=old&kind=outlet'), state);
    expect(url.search).toBe('?lang=en&q=Hegseth+order&kind=source&kind=actor&outlet=BBC+News');
    expect(readState(url.searchParams)).toEqual(state);
  });

  it('reads blanks and repeats as nothing, and leaves out an empty query', () => {
    const state = readState(new URLSearchParams('q=&kind=source&kind=source&kind=%20&year='));
    expect(state).toEqual({ query: '', selection: { ...emptySelection(), kind: ['source'] } });
    expect(addressOf(new URL('https://e.org/s/'), state).search).toBe('?kind=source');
  });
});

describe('Pagefind filters', () => {
  const selection = { ...emptySelection(), kind: ['source'], actor: ['Chuck Schumer', 'Marco Rubio'] };

  it('match any value within a filter and every filter chosen', () => {
    expect(pagefindFilters(selection)).toEqual({ kind: { any: ['source'] }, actor: { any: ['Chuck Schumer', 'Marco Rubio'] } });
  });
});

describe('exact phrases', () => {
  it('are a query wholly in double quotes, curly or straight', () => {
    expect(isExactPhrase('"critical strategic mistake"')).toBe(true);
    expect(isExactPhrase('“critical strategic mistake”')).toBe(true);
    expect(pagefindTerm(' “critical mistake” ')).toBe('"critical mistake"');
    expect(isExactPhrase('critical strategic mistake')).toBe(false);
  });

  it('are noticed when the quotes cover only part of the query', () => {
    expect(hasPartialQuotes('Schumer "strategic mistake"')).toBe(true);
    expect(hasPartialQuotes('"strategic mistake"')).toBe(false);
    expect(hasPartialQuotes('no quotes')).toBe(false);
  });
});
