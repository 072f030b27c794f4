/** The parts of Pagefind's browser API (`pagefind/pagefind.js`, 1.6) the search page uses. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}

/** An element with an `id` inside the indexed part of a page, and the word it starts at. */
export interface PagefindAnchor {
  element: string;
  id: string;
  text?: string;
  location: number;
}

export interface PagefindWeightedLocation {
  weight: number;
  balanced_score: number;
  location: number;
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The page's indexed text; split on white space, `locations` index into it. */
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  /** Word positions of the matches, in `content`. */
  locations: number[];
  weighted_locations: PagefindWeightedLocation[];
  anchors: PagefindAnchor[];
  sub_results: PagefindSubResult[];
}

export interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}

/** Filter → value → number of pages. */
export type PagefindFilterCounts = Record<string, Record<string, number> | undefined>;

/** Pagefind's filter syntax, as far as the page uses it: each filter matches any of its values. */
export type PagefindFilters = Record<string, { any: string[] }>;

export interface PagefindSearchOptions {
  filters?: PagefindFilters;
}

export interface PagefindSearch {
  results: PagefindResult[];
  /**
   * For each value of each filter whose index is loaded (all of them once `filters()` has
   * run; otherwise only those the search filters by), how many of these results carry it.
   */
  filters?: PagefindFilterCounts;
  /** The same counts for the words alone, every filter ignored. */
  totalFilters?: PagefindFilterCounts;
}

export interface PagefindApi {
  init: () => Promise<void>;
  /** Every filter value in the index with its number of pages; loads the filter index. */
  filters: () => Promise<PagefindFilterCounts>;
  /** `null` as the term lists every page the filters allow. */
  search: (term: string | null, options?: PagefindSearchOptions) => Promise<PagefindSearch>;
  /** Resolves to null when a newer debounced search superseded this one. */
  debouncedSearch: (term: string | null, options?: PagefindSearchOptions, debounceMs?: number) => Promise<PagefindSearch | null>;
}
