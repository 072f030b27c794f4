/**
 * The search page: Pagefind's browser API behind an accessible form. The query and the
 * chosen filters live in the address (`?q=…&kind=source&outlet=Daily%20Courant`), so a search
 * can be shared and the header form lands here. Filters are native checkboxes in fieldsets
 * (any value within a filter, every filter at once), each value with the number of the
 * search's results that carry it; with filters and no words, the page browses. The filters
 * fold away and load Pagefind's filter index only when opened (or when the address chooses
 * one), so a first search downloads only the index chunks for its words, and the fragments
 * of the ten results it shows first. A long list of values (every actor) has a box that finds
 * values by part of their name. Each result names its kind,
 * outlet and date, and links to the passages that matched (a source's numbered paragraph,
 * or a heading), which the browser highlights on arrival.
 */
import { excerptParts, type ExcerptPart } from './excerpt';
import type { PagefindApi, PagefindFilterCounts, PagefindResultData, PagefindSearch } from './pagefind-types';
import { openingText, passagesOf, type Passage } from './passages';
import { plural } from '../lib/plural';
import { findingStatus, findsValue } from './value-finder';
import {
  FILTER_GROUPS,
  addressOf,
  emptySelection,
  hasPartialQuotes,
  hasSelection,
  isExactPhrase,
  pagefindFilters,
  pagefindTerm,
  readState,
  type FilterKey,
  type SearchState,
  type Selection,
} from './search-state';

/**
 * Results shown at once. Each needs its Pagefind fragment (the page's whole indexed text,
 * 2–3 kB as sent), fetched before any result is on screen, so a first search fetches ten
 * rather than thirty (docs/budgets.md); "Show more results" fetches the next ten.
 */
const PAGE_SIZE = 10;
/** A filter with more values than this shows them folded away. */
const LONG_LIST = 10;
const DEBOUNCE_MS = 200;
const PROMPT = 'Type to search sources, key questions, actors, outlets and the explainer, or choose a filter to browse.';

/** Kinds of page, as the index names them, in the order the filter lists them. */
const KINDS: Record<string, { one: string; many: string }> = {
  source: { one: 'Source', many: 'Sources' },
  question: { one: 'Key question', many: 'Key questions' },
  actor: { one: 'Actor', many: 'Actors' },
  outlet: { one: 'Outlet', many: 'Outlets' },
  explainer: { one: 'Explainer', many: 'The explainer' },
  method: { one: 'Method', many: 'The method' },
};
const KIND_ORDER = Object.keys(KINDS);

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function valueLabel(key: FilterKey, value: string): string {
  return key === 'kind' ? (KINDS[value]?.many ?? capitalise(value)) : value;
}

function orderValues(key: FilterKey, values: string[]): string[] {
  const rank = (value: string) => {
    const index = KIND_ORDER.indexOf(value);
    return index < 0 ? KIND_ORDER.length : index;
  };
  return [...values].sort((a, b) => {
    if (key === 'kind') return rank(a) - rank(b) || a.localeCompare(b, 'en');
    if (key === 'year') return b.localeCompare(a, 'en', { numeric: true });
    return a.localeCompare(b, 'en');
  });
}

interface FilterControl {
  key: FilterKey;
  value: string;
  input: HTMLInputElement;
  count: HTMLElement;
}

/** One fieldset per filter, a checkbox per value; values named in the address but absent from the index are kept, so they can be unticked. */
function buildFilters(totals: PagefindFilterCounts, selection: Selection): { fieldsets: HTMLFieldSetElement[]; controls: FilterControl[] } {
  const controls: FilterControl[] = [];
  const fieldsets = FILTER_GROUPS.flatMap((group) => {
    const values = orderValues(group.key, [...new Set([...Object.keys(totals[group.key] ?? {}), ...selection[group.key]])]);
    if (values.length === 0) return [];
    const fieldset = document.createElement('fieldset');
    fieldset.className = `search-filter search-filter-${group.key}`;
    const legend = document.createElement('legend');
    legend.textContent = group.legend;
    const list = document.createElement('ul');
    const groupControls: FilterControl[] = [];
    values.forEach((value, index) => {
      const item = document.createElement('li');
      const input = document.createElement('input');
      input.type = 'checkbox';
      input.id = `filter-${group.key}-${index}`;
      input.name = group.key;
      input.value = value;
      input.checked = selection[group.key].includes(value);
      const label = document.createElement('label');
      label.htmlFor = input.id;
      const count = document.createElement('span');
      count.className = 'filter-count';
      label.append(valueLabel(group.key, value), ' ', count);
      item.append(input, label);
      list.append(item);
      groupControls.push({ key: group.key, value, input, count });
    });
    controls.push(...groupControls);
    if (values.length <= LONG_LIST) {
      fieldset.append(legend, list);
      return [fieldset];
    }
    // A long list (every actor) folds away, so the keyboard reaches the results sooner;
    // it is open when the address ticks one of its values. Opened, a box above it finds
    // values by part of their name: hundreds of checkboxes are no list to scroll through.
    const fold = document.createElement('details');
    fold.open = selection[group.key].length > 0;
    const summary = document.createElement('summary');
    summary.textContent = `Show all ${values.length}`;
    list.id = `filter-${group.key}-values`;
    fold.append(summary, valueFinder(group.key, group.noun, list, groupControls), list);
    fieldset.append(legend, fold);
    return [fieldset];
  });
  return { fieldsets, controls };
}

/**
 * The finder of a long filter list: a labelled box whose words narrow the list to the values
 * holding them (value-finder.ts), ticked values staying shown, and a status line saying how
 * many match. Typing in it never searches and never changes the address.
 */
function valueFinder(key: FilterKey, noun: string, list: HTMLUListElement, controls: readonly FilterControl[]): HTMLDivElement {
  const finder = document.createElement('div');
  finder.className = 'filter-finder';
  const box = document.createElement('input');
  box.type = 'search';
  box.id = `filter-${key}-find`;
  box.autocomplete = 'off';
  box.spellcheck = false;
  box.setAttribute('aria-controls', list.id);
  const label = document.createElement('label');
  label.htmlFor = box.id;
  label.textContent = `Find among the ${plural(controls.length, noun)}`;
  const found = document.createElement('p');
  found.id = `filter-${key}-found`;
  found.className = 'meta filter-found';
  found.setAttribute('role', 'status');
  box.setAttribute('aria-describedby', found.id);
  // `kept`: a value the reader has just unticked, left in view (and focus on it) until they type again.
  const narrow = (kept?: FilterControl) => {
    let matching = 0;
    let tickedNotMatching = 0;
    for (const control of controls) {
      const matches = findsValue(box.value, valueLabel(key, control.value));
      const item = control.input.closest('li');
      if (item) item.hidden = !matches && !control.input.checked && control !== kept;
      if (matches) matching += 1;
      else if (control.input.checked) tickedNotMatching += 1;
    }
    found.textContent = findingStatus(box.value, matching, controls.length, noun, tickedNotMatching);
  };
  box.addEventListener('input', () => narrow());
  // A tick or untick changes what the status line counts as ticked.
  for (const control of controls) control.input.addEventListener('change', () => narrow(control));
  // Enter in the finder would submit the search form: it only finds.
  box.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') event.preventDefault();
  });
  finder.append(label, box, found);
  return finder;
}

function selectionOf(controls: readonly FilterControl[]): Selection {
  const selection = emptySelection();
  for (const control of controls) if (control.input.checked) selection[control.key].push(control.value);
  return selection;
}

function showCounts(controls: readonly FilterControl[], counts: PagefindFilterCounts): void {
  for (const control of controls) control.count.textContent = `(${counts[control.key]?.[control.value] ?? 0})`;
}

/** Browsing (no words) loads at most this many pages to put them in order; more keep Pagefind's order. */
const MAX_SORTED = 200;

/**
 * With no words there is no relevance to rank by, so a browse lists pages by kind (as the
 * kind filter does), the newest source first, and otherwise by address, which follows the
 * key questions' numbering and actors' and outlets' names.
 */
async function browseOrder(search: PagefindSearch): Promise<(() => Promise<PagefindResultData>)[]> {
  if (search.results.length > MAX_SORTED) return search.results.map((result) => () => result.data());
  const pages = await Promise.all(search.results.map((result) => result.data()));
  const rank = (data: PagefindResultData) => {
    const index = KIND_ORDER.indexOf(data.meta.kind ?? '');
    return index < 0 ? KIND_ORDER.length : index;
  };
  pages.sort((a, b) => rank(a) - rank(b) || (b.meta.date ?? '').localeCompare(a.meta.date ?? '') || a.url.localeCompare(b.url, 'en'));
  return pages.map((data) => () => Promise.resolve(data));
}

function describeSelection(selection: Selection): string {
  return FILTER_GROUPS.filter((group) => selection[group.key].length > 0)
    .map((group) => `${group.legend}: ${selection[group.key].map((value) => valueLabel(group.key, value)).join(' or ')}`)
    .join('; ');
}

/** The status line, read out by screen readers as it changes. */
function describe(state: SearchState, total: number, shown: number): string {
  const query = state.query.trim();
  const filters = describeSelection(state.selection);
  const counted = total === 0 ? 'No results' : plural(total, 'result');
  let text = query === '' ? `${counted} filtered by ${filters}` : `${counted} for “${query}”${filters ? `, filtered by ${filters}` : ''}`;
  if (query !== '' && isExactPhrase(query)) text += ' (exact phrase)';
  if (shown < total) text += ` (showing ${shown})`;
  text += '.';
  if (hasPartialQuotes(query)) text += ' Quotation marks find an exact phrase only when they enclose the whole search.';
  return text;
}

function appendParts(element: HTMLElement, parts: readonly ExcerptPart[]): void {
  for (const part of parts) {
    if (part.marked) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      element.append(mark);
    } else {
      element.append(part.text);
    }
  }
}

function detailsOf(meta: PagefindResultData['meta']): string[] {
  const kind = meta.kind ? (KINDS[meta.kind]?.one ?? capitalise(meta.kind)) : undefined;
  return [kind, meta['actor kind'], meta.role, meta.outlet, meta.answered ? `answered by ${meta.answered}` : undefined, meta.published ?? meta.date].filter(
    (value): value is string => Boolean(value),
  );
}

function passageLink(passage: Passage): HTMLAnchorElement {
  const link = document.createElement('a');
  link.href = passage.href;
  if (passage.paragraph !== undefined) {
    // Shown "In ¶14", read out "In paragraph 14".
    const sign = document.createElement('span');
    sign.setAttribute('aria-hidden', 'true');
    sign.textContent = '¶';
    const word = document.createElement('span');
    word.className = 'visually-hidden';
    word.textContent = 'paragraph ';
    link.append('In ', sign, word, String(passage.paragraph));
  } else if (passage.heading !== undefined) {
    link.append(`In “${passage.heading}”`);
  } else {
    link.append('Near the top');
  }
  return link;
}

function renderResult(data: PagefindResultData, parse: (html: string) => Document): HTMLLIElement {
  const item = document.createElement('li');
  const title = data.meta.title ?? data.url;
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = title;
  heading.append(link);
  item.append(heading);
  const details = detailsOf(data.meta);
  if (details.length > 0) {
    const meta = document.createElement('p');
    meta.className = 'meta';
    meta.textContent = details.join(' · ');
    item.append(meta);
  }
  // A damaged copy's passages are our cleaning of it: the result says so beside them.
  if (data.meta.wording) {
    const wording = document.createElement('p');
    wording.className = 'meta search-wording';
    wording.textContent = data.meta.wording;
    item.append(wording);
  }
  const passages = passagesOf(data);
  if (passages.length === 0) {
    const excerpt = document.createElement('p');
    if (data.locations.length === 0) excerpt.textContent = openingText(data);
    else appendParts(excerpt, excerptParts(data.excerpt, parse));
    item.append(excerpt);
    return item;
  }
  const list = document.createElement('ul');
  list.className = 'search-passages';
  list.setAttribute('aria-label', `Matches in ${title}`);
  for (const passage of passages) {
    const entry = document.createElement('li');
    entry.append(passageLink(passage), ': ');
    appendParts(entry, passage.excerpt);
    list.append(entry);
  }
  item.append(list);
  return item;
}

export async function startSearch(form: HTMLFormElement): Promise<void> {
  const input = form.querySelector<HTMLInputElement>('input[type="search"]');
  const filtersBox = document.getElementById('search-filters');
  const panel = document.getElementById('search-filters-panel');
  const clear = document.getElementById('search-clear');
  const skip = document.getElementById('search-skip');
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  const more = document.getElementById('search-more');
  const bundle = form.dataset.bundle;
  if (!input || !filtersBox || !(panel instanceof HTMLDetailsElement) || !clear || !skip || !status || !list || !more || !bundle) return;

  // The words in the address show at once; Pagefind loads behind them, and anything typed
  // meanwhile is kept.
  const initial = readState(new URLSearchParams(window.location.search));
  if (initial.query !== '') input.value = initial.query;

  const parser = new DOMParser();
  const parse = (html: string) => parser.parseFromString(html, 'text/html');
  const pagefind = (await import(/* @vite-ignore */ bundle)) as PagefindApi;
  await pagefind.init();

  // The filter index (every value of every filter, with the pages carrying it) loads when the
  // reader opens the filters, or at once when the address chooses one; until then a search
  // fetches only the index chunks of its words. Once loaded, every search returns the counts
  // of every filter with its results, so no extra search runs to count.
  let controls: FilterControl[] = [];
  let totals: PagefindFilterCounts = {};
  let filtersLoaded: Promise<void> | undefined;
  const loadFilters = () =>
    (filtersLoaded ??= (async () => {
      totals = await pagefind.filters();
      const built = buildFilters(totals, initial.selection);
      controls = built.controls;
      clear.before(...built.fieldsets);
      panel.hidden = controls.length === 0;
    })());
  panel.hidden = false;
  // `data-ready` on the filters says their values and counts are on screen, for scripts and tests to wait on.
  const filtersReady = () => {
    filtersBox.dataset.ready = 'true';
  };
  panel.addEventListener('toggle', () => {
    if (panel.open && filtersLoaded === undefined) void loadFilters().then(() => update(false)).then(filtersReady);
  });
  if (hasSelection(initial.selection)) {
    panel.open = true;
    await loadFilters();
  }

  let generation = 0;
  let current: { state: SearchState; pages: (() => Promise<PagefindResultData>)[]; shown: number } | undefined;

  const update = async (debounce: boolean) => {
    const state: SearchState = { query: input.value, selection: selectionOf(controls) };
    const address = addressOf(new URL(window.location.href), state);
    // The address changes with the results, once a pause in typing lets the search run: one
    // history update per keystroke would run into browsers' limits (Safari refuses more
    // than 100 in 30 seconds), and the address would name a search no one saw.
    // A choice (a filter, the button, Enter) changes it at once.
    const share = () => window.history.replaceState(null, '', address);
    if (!debounce) share();
    const run = ++generation;
    const query = state.query.trim();
    // Which address the results on screen answer (`?q=…`), for scripts and tests to wait on.
    const settle = () => {
      list.dataset.address = address.search;
    };
    if (query === '' && !hasSelection(state.selection)) {
      if (debounce) share();
      current = undefined;
      list.replaceChildren();
      more.hidden = true;
      showCounts(controls, totals);
      status.textContent = PROMPT;
      settle();
      return;
    }
    const term = query === '' ? null : pagefindTerm(query);
    const options = { filters: pagefindFilters(state.selection) };
    const search = debounce ? await pagefind.debouncedSearch(term, options, DEBOUNCE_MS) : await pagefind.search(term, options);
    if (search === null || run !== generation) return; // superseded by a newer keystroke or choice
    if (debounce) share();
    const pages = term === null ? await browseOrder(search) : search.results.map((result) => () => result.data());
    const results = await Promise.all(pages.slice(0, PAGE_SIZE).map((load) => load()));
    if (run !== generation) return;
    list.replaceChildren(...results.map((data) => renderResult(data, parse)));
    // How many of these results carry each value (Pagefind counts them with the search).
    showCounts(controls, search.filters ?? {});
    current = { state, pages, shown: results.length };
    more.hidden = results.length >= pages.length;
    status.textContent = describe(state, pages.length, results.length);
    settle();
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void update(false);
  });
  input.addEventListener('input', () => void update(true));
  filtersBox.addEventListener('change', (event) => {
    if (event.target instanceof HTMLInputElement && event.target.type === 'checkbox') void update(false);
  });
  // Past the filters to the results, without putting `#search-results` into the address.
  skip.addEventListener('click', (event) => {
    event.preventDefault();
    list.focus();
  });
  clear.addEventListener('click', () => {
    for (const control of controls) control.input.checked = false;
    void update(false);
  });
  more.addEventListener('click', async () => {
    const shown = current;
    if (!shown) return;
    const run = generation;
    const next = await Promise.all(shown.pages.slice(shown.shown, shown.shown + PAGE_SIZE).map((load) => load()));
    if (run !== generation) return;
    const items = next.map((data) => renderResult(data, parse));
    list.append(...items);
    shown.shown += next.length;
    more.hidden = shown.shown >= shown.pages.length;
    status.textContent = describe(shown.state, shown.pages.length, shown.shown);
    // The button may have gone: keep the reader's place on the first new result.
    items[0]?.querySelector('a')?.focus();
  });

  await update(false);
  if (filtersLoaded) filtersReady();
  form.dataset.ready = 'true';
}
