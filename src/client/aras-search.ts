/**
 * `<aras-search>`: the search page's form over Pagefind's JavaScript API. The page works without
 * it (it offers the timeline, places and actors lists); this element hides that fallback, shows
 * the form, and loads Pagefind's bundle from `data-bundle` only once it is on the page, so no
 * other page ever fetches search code.
 */
import { excerptRuns } from '../lib/site/searchExcerpt.ts';
import { SEARCH_FILTERS } from '../lib/site/searchFacts.ts';
import type { SearchParts } from '../lib/site/searchBundle.ts';
import type { SearchWords } from '../lib/i18n/searchWords.ts';
import { formatNumber, readSearchWords, searchStatus } from './search-words.ts';

/** The part of Pagefind's API this page uses. */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface Pagefind {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  mergeIndex(path: string, options?: { baseUrl?: string }): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    query: string,
    options?: { filters?: Record<string, string> },
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

/**
 * Results are shown ten at a time: each one shown is one more file to fetch, and a first search
 * should stay light (see docs/benchmarks.md).
 */
const SHOWN = 10;

class ArasSearch extends HTMLElement {
  #pagefind: Promise<Pagefind> | undefined;
  #asked = 0;
  /** The current search's results, to show more of. */
  #found: { data(): Promise<PagefindResultData> }[] | undefined;
  #words: SearchWords | undefined;

  connectedCallback() {
    const form = this.querySelector<HTMLFormElement>('[data-search-form]');
    const input = this.querySelector<HTMLInputElement>('[data-search-input]');
    const bundle = this.dataset['bundle'];
    const parts = this.dataset['parts'];
    this.#words = readSearchWords(this.dataset['words']);
    if (!form || !input || !bundle || !parts || !this.#words) return;
    this.querySelector<HTMLElement>('[data-search-fallback]')?.setAttribute('hidden', '');
    form.hidden = false;

    let timer: number | undefined;
    const later = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => void this.#run(form, input), 200);
    };
    input.addEventListener('input', later);
    form.addEventListener('change', later);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#run(form, input);
    });

    const asked = new URLSearchParams(window.location.search).get('q');
    if (asked) input.value = asked;
    const more = this.querySelector<HTMLButtonElement>('[data-search-more]');
    more?.addEventListener('click', () => void this.#showMore());
    // The filters' values are fetched only when the reader opens them, keeping a first search light.
    const narrow = form.querySelector<HTMLDetailsElement>('[data-search-narrow]');
    narrow?.addEventListener('toggle', () => {
      if (narrow.open && this.#pagefind) void this.#pagefind.then((pagefind) => this.#offerFilters(form, pagefind));
    });
    void this.#load(bundle, parts).then(
      () => (input.value ? this.#run(form, input) : undefined),
      () => this.#failed(),
    );
  }

  /** Pagefind, opened once however often it is asked for. */
  #load(bundle: string, parts: string): Promise<Pagefind> {
    this.#pagefind ??= this.#open(bundle, parts);
    return this.#pagefind;
  }

  /**
   * Pagefind's bundle, with the index's further parts merged in: a large archive's index is made
   * in parts (scripts/lib/search-index.ts), listed in `parts`, each a folder beside the first.
   * The list is asked for beside the bundle, not after it, so it adds no wait.
   */
  async #open(bundle: string, parts: string): Promise<Pagefind> {
    const baseUrl = this.dataset['base'] ?? '/';
    const listed = fetch(parts).then(async (response) => {
      if (!response.ok) throw new Error(`${parts}: ${response.status}`);
      return ((await response.json()) as SearchParts).parts;
    });
    const [pagefind, further] = await Promise.all([import(/* @vite-ignore */ bundle) as Promise<Pagefind>, listed]);
    await pagefind.options({ baseUrl, excerptLength: 24 });
    const folder = new URL(parts, window.location.href);
    for (const part of further) await pagefind.mergeIndex(new URL(part, folder).pathname, { baseUrl });
    return pagefind;
  }

  /** One select per filter, with the values the index knows, each with its number of pages. */
  async #offerFilters(form: HTMLFormElement, pagefind: Pagefind) {
    const box = form.querySelector<HTMLElement>('[data-search-filters]');
    const words = this.#words;
    if (!box || !words || box.dataset['filled']) return;
    box.dataset['filled'] = 'yes';
    const known = await pagefind.filters();
    const collator = new Intl.Collator(words.intl);
    for (const name of SEARCH_FILTERS) {
      const values = Object.entries(known[name] ?? {}).sort(([a], [b]) => collator.compare(a, b));
      if (values.length === 0) continue;
      const field = document.createElement('div');
      field.className = 'search-filter';
      const label = document.createElement('label');
      label.htmlFor = `search-filter-${name}`;
      label.textContent = words.filters[name];
      const select = document.createElement('select');
      select.id = `search-filter-${name}`;
      select.name = name;
      select.add(new Option(words.any, ''));
      for (const [value, pages] of values) select.add(new Option(`${value} (${formatNumber(words, pages)})`, value));
      field.append(label, select);
      box.append(field);
    }
    box.setAttribute('aria-busy', 'false');
  }

  /** The next results of the current search, appended. */
  async #showMore() {
    const list = this.querySelector<HTMLOListElement>('[data-search-results]');
    const found = this.#found;
    if (!list || !found) return;
    const asked = this.#asked;
    const next = found.slice(list.childElementCount, list.childElementCount + SHOWN);
    const data = await Promise.all(next.map((result) => result.data()));
    if (asked !== this.#asked) return;
    list.append(...data.map(resultItem));
    this.#updateMore(found.length, list.childElementCount);
  }

  #updateMore(total: number, shown: number) {
    const more = this.querySelector<HTMLButtonElement>('[data-search-more]');
    if (more) more.hidden = shown >= total;
  }

  async #run(form: HTMLFormElement, input: HTMLInputElement) {
    const status = this.querySelector<HTMLElement>('[data-search-status]');
    const list = this.querySelector<HTMLOListElement>('[data-search-results]');
    const words = this.#words;
    if (!status || !list || !words || !this.#pagefind) return;
    const query = input.value.trim();
    const asked = ++this.#asked;
    const url = new URL(window.location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    window.history.replaceState(null, '', url);
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      this.#found = undefined;
      this.#updateMore(0, 0);
      return;
    }
    const filters: Record<string, string> = {};
    for (const name of SEARCH_FILTERS) {
      const value = (form.elements.namedItem(name) as HTMLSelectElement | null)?.value;
      if (value) filters[name] = value;
    }
    let pagefind: Pagefind;
    try {
      pagefind = await this.#pagefind;
    } catch {
      return;
    }
    const found = await pagefind.search(query, { filters });
    // A newer query was typed while this one ran: its answer is the one to show.
    if (!found || asked !== this.#asked) return;
    const data = await Promise.all(found.results.slice(0, SHOWN).map((result) => result.data()));
    if (asked !== this.#asked) return;
    list.replaceChildren(...data.map(resultItem));
    this.#found = found.results;
    const total = found.results.length;
    this.#updateMore(total, data.length);
    status.textContent = searchStatus(words, query, total, SHOWN);
  }

  #failed() {
    this.dataset['failed'] = '';
    this.querySelector<HTMLElement>('[data-search-fallback]')?.removeAttribute('hidden');
    const form = this.querySelector<HTMLFormElement>('[data-search-form]');
    if (form) form.hidden = true;
  }
}

function resultItem(result: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.meta['title'] ?? result.url;
  heading.append(link);
  const facts = document.createElement('p');
  facts.className = 'search-result-meta';
  facts.textContent = [result.meta['kind'], result.meta['date'], result.meta['place']].filter(Boolean).join(' · ');
  const excerpt = document.createElement('p');
  for (const run of excerptRuns(result.excerpt)) {
    if (run.marked) {
      const mark = document.createElement('mark');
      mark.textContent = run.text;
      excerpt.append(mark);
    } else excerpt.append(run.text);
  }
  item.append(heading, facts, excerpt);
  return item;
}

customElements.define('aras-search', ArasSearch);
