/**
 * The search page: Pagefind's browser API behind an accessible form. The query lives in
 * the address (`?q=`), so a search can be shared and the header form lands here.
 */
import { excerptParts } from './excerpt';
import type { PagefindApi, PagefindResultData } from './pagefind-types';

const MAX_RESULTS = 30;

function renderResult(data: PagefindResultData, document: Document, parse: (html: string) => Document): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  item.append(heading);
  const details = [data.meta['actor kind'] ?? data.meta.kind, data.meta.outlet, data.meta.date].filter(
    (value): value is string => Boolean(value),
  );
  if (details.length > 0) {
    const meta = document.createElement('p');
    meta.className = 'meta';
    meta.textContent = details.join(' · ');
    item.append(meta);
  }
  const excerpt = document.createElement('p');
  for (const part of excerptParts(data.excerpt, parse)) {
    if (part.marked) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      excerpt.append(mark);
    } else {
      excerpt.append(part.text);
    }
  }
  item.append(excerpt);
  return item;
}

export async function startSearch(form: HTMLFormElement): Promise<void> {
  const input = form.querySelector<HTMLInputElement>('input[type="search"]');
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  const bundle = form.dataset.bundle;
  if (!input || !status || !list || !bundle) return;

  const parser = new DOMParser();
  const parse = (html: string) => parser.parseFromString(html, 'text/html');
  const pagefind = (await import(/* @vite-ignore */ bundle)) as PagefindApi;
  await pagefind.init();

  const run = async (query: string) => {
    const trimmed = query.trim();
    const url = new URL(window.location.href);
    if (trimmed === '') url.searchParams.delete('q');
    else url.searchParams.set('q', trimmed);
    window.history.replaceState(null, '', url);
    if (trimmed === '') {
      list.replaceChildren();
      status.textContent = 'Type to search sources, actors and the explainer.';
      return;
    }
    const search = await pagefind.debouncedSearch(trimmed, {}, 200);
    if (search === null) return; // superseded by a newer keystroke
    const results = await Promise.all(search.results.slice(0, MAX_RESULTS).map((result) => result.data()));
    list.replaceChildren(...results.map((data) => renderResult(data, document, parse)));
    const shown = results.length < search.results.length ? ` (showing ${results.length})` : '';
    status.textContent =
      search.results.length === 0
        ? `No results for “${trimmed}”.`
        : `${search.results.length} ${search.results.length === 1 ? 'result' : 'results'} for “${trimmed}”${shown}.`;
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(input.value);
  });
  input.addEventListener('input', () => void run(input.value));
  const initial = new URLSearchParams(window.location.search).get('q') ?? '';
  input.value = initial;
  await run(initial);
}
