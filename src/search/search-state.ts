/**
 * A search as an address: `?q=Marrow&kind=source&outlet=Daily%20Courant`. The query and every
 * chosen filter value live in the URL, so a search can be shared, reloaded or bookmarked.
 * A filter given more than once matches any of its values; different filters must all match.
 */
import type { PagefindFilters } from './pagefind-types';

/**
 * The filters the search page offers, in the order it shows them; `key` is both Pagefind's
 * filter and the URL parameter, `noun` names one of its values (a long list's finder says
 * "Find among the 21 actors").
 */
export const FILTER_GROUPS = [
  { key: 'kind', legend: 'Kind of page', noun: 'kind' },
  { key: 'outlet', legend: 'Outlet', noun: 'outlet' },
  { key: 'year', legend: 'Year published', noun: 'year' },
  { key: 'actor', legend: 'Actor named', noun: 'actor' },
] as const;

export type FilterKey = (typeof FILTER_GROUPS)[number]['key'];
export type Selection = Record<FilterKey, string[]>;

export interface SearchState {
  query: string;
  selection: Selection;
}

export function emptySelection(): Selection {
  return { kind: [], outlet: [], year: [], actor: [] };
}

export function hasSelection(selection: Selection): boolean {
  return FILTER_GROUPS.some((group) => selection[group.key].length > 0);
}

export function readState(params: URLSearchParams): SearchState {
  const selection = emptySelection();
  for (const group of FILTER_GROUPS) {
    selection[group.key] = [...new Set(params.getAll(group.key).map((value) => value.trim()).filter((value) => value !== ''))];
  }
  return { query: params.get('q') ?? '', selection };
}

/** The address of a search: `url` with its query and filter parameters replaced, other parameters kept. */
export function addressOf(url: URL, state: SearchState): URL {
  const next = new URL(url);
  next.searchParams.delete('q');
  for (const group of FILTER_GROUPS) next.searchParams.delete(group.key);
  const query = state.query.trim();
  if (query !== '') next.searchParams.set('q', query);
  for (const group of FILTER_GROUPS) {
    for (const value of state.selection[group.key]) next.searchParams.append(group.key, value);
  }
  return next;
}

/** The selection as Pagefind filters. */
export function pagefindFilters(selection: Selection): PagefindFilters {
  const filters: PagefindFilters = {};
  for (const group of FILTER_GROUPS) {
    if (selection[group.key].length === 0) continue;
    filters[group.key] = { any: [...selection[group.key]] };
  }
  return filters;
}

/**
 * The term to give Pagefind: curly quotes straightened, since Pagefind runs an exact-phrase
 * search only when the whole term is in straight double quotes, and phones type curly ones.
 */
export function pagefindTerm(query: string): string {
  return query.trim().replace(/[“”„‟″]/g, '"');
}

/** Whether Pagefind will search the query as one exact phrase. */
export function isExactPhrase(query: string): boolean {
  return /^\s*".+"\s*$/.test(pagefindTerm(query));
}

/** Quotes that do not enclose the whole query: Pagefind reads such a query as separate words. */
export function hasPartialQuotes(query: string): boolean {
  return pagefindTerm(query).includes('"') && !isExactPhrase(query);
}
