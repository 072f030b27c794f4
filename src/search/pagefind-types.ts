/** The parts of Pagefind's browser API (`pagefind/pagefind.js`) the search page uses. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: PagefindSubResult[];
}

export interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
}

export interface PagefindApi {
  init: () => Promise<void>;
  debouncedSearch: (query: string, options?: object, debounceMs?: number) => Promise<PagefindSearch | null>;
}
