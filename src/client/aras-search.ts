/**
 * `<aras-search>`: the search page's form over Pagefind's JavaScript API. The page works without
 * it (it offers the timeline, places and actors lists); this element hides that fallback, shows
 * the form, and loads Pagefind's bundle from `data-bundle` only once it is on the page, so no
 * other page ever fetches search code.
 */
import { excerptRuns } from '../lib/site/searchExcerpt.ts';
import { SEARCH_FILTERS } from '../lib/site/searchFacts.ts';
import type { SearchPart, SearchParts } from '../lib/site/searchBundle.ts';
import type { SearchWords } from '../lib/i18n/searchWords.ts';
import { formatNumber, readSearchWords, searchStatus } from './search-words.ts';

/** The part of Pagefind's API this page uses. */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  /** The page's hash in the index: the same page keeps it in every search. */
  id: string;
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  mergeIndex(path: string, options?: { baseUrl?: string }): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(query: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}

/** A search as asked: its words and the filters chosen. */
interface Asked {
  query: string;
  filters: Record<string, string>;
}

/**
 * Results are shown ten at a time: each one shown is one more file to fetch, and a first search
 * should stay light (see docs/benchmarks.md).
 */
const SHOWN = 10;

class ArasSearch extends HTMLElement {
  #pagefind: Promise<Pagefind> | undefined;
  #asked = 0;
  /** The current search, its results so far and those shown, to show more of. */
  #current: { asked: Asked; shown: Set<string> } | undefined;
  #words: SearchWords | undefined;
  /** The index's parts, newest first (the first is the bundle's own), and how many are searched. */
  #parts: SearchPart[] = [];
  #searched = 1;
  /** The merging of further parts, one after another. */
  #merging: Promise<void> = Promise.resolve();

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
    // A filter's choice searches again; the words already did as they were typed, and their own
    // change event, as the reader leaves the box for "Show more results", must not start over.
    form.addEventListener('change', (event) => {
      if (event.target !== input) later();
    });
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
    // Their counts are the whole archive's, so every part of the index is searched from then on.
    narrow?.addEventListener('toggle', () => {
      if (narrow.open && this.#pagefind)
        void this.#pagefind.then(async (pagefind) => {
          if (!(await this.#reach(pagefind, this.#parts.length))) return;
          await this.#offerFilters(form, pagefind);
          await this.#recount(pagefind);
        });
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
   * Pagefind's bundle, which is the index's first part, and the list of its parts: a large
   * archive's index is made in parts by date (scripts/lib/search-index.ts), listed in `parts`,
   * each a folder beside the first. The list is asked for beside the bundle, not after it, so it
   * adds no wait; older parts are merged in only as a search needs them (`#reach`).
   */
  async #open(bundle: string, parts: string): Promise<Pagefind> {
    const baseUrl = this.dataset['base'] ?? '/';
    const listed = fetch(parts).then(async (response) => {
      if (!response.ok) throw new Error(`${parts}: ${response.status}`);
      return ((await response.json()) as SearchParts).parts;
    });
    const [pagefind, all] = await Promise.all([import(/* @vite-ignore */ bundle) as Promise<Pagefind>, listed]);
    await pagefind.options({ baseUrl, excerptLength: 24 });
    this.#parts = all;
    return pagefind;
  }

  /**
   * Searches the first `count` parts of the index from now on, merging those not yet merged, in
   * order. False if a part could not be loaded (a dropped connection): Pagefind keeps a part it
   * failed to open and fails every search after it, so the page then says search is unavailable
   * and offers the lists, as when Pagefind itself cannot load.
   */
  async #reach(pagefind: Pagefind, count: number): Promise<boolean> {
    const baseUrl = this.dataset['base'] ?? '/';
    const folder = new URL(this.dataset['parts'] ?? '', window.location.href);
    for (const part of this.#parts.slice(this.#searched, count)) {
      this.#searched += 1;
      this.#merging = this.#merging.then(() => pagefind.mergeIndex(new URL(part.path, folder).pathname, { baseUrl }));
    }
    try {
      await this.#merging;
      return true;
    } catch {
      this.#failed();
      return false;
    }
  }

  /**
   * `asked`'s results over as many parts as it takes to have `want` of them, or all: the newest
   * part first, then each older one. Undefined if a newer search was asked for meanwhile.
   */
  async #search(pagefind: Pagefind, asked: Asked, want: number, ticket: number): Promise<PagefindResult[] | undefined> {
    for (;;) {
      const found = await pagefind.search(asked.query, { filters: asked.filters });
      if (!found || ticket !== this.#asked) return undefined;
      const all = this.#searched >= this.#parts.length;
      // A first part of places and actors alone says nothing of how far back the news was searched.
      if (all || (found.results.length >= want && this.#since() !== undefined)) return found.results;
      if (!(await this.#reach(pagefind, this.#searched + 1)) || ticket !== this.#asked) return undefined;
    }
  }

  /** How far back the search reaches while older parts are left, as the page's language writes it. */
  #since(): string | undefined {
    if (this.#searched >= this.#parts.length) return undefined;
    return this.#parts
      .slice(0, this.#searched)
      .map((part) => part.since)
      .findLast((since) => since !== undefined);
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

  /**
   * The next results of the current search, appended; older parts of the index are searched when
   * those searched so far have no more. Results already shown stay where they are.
   */
  async #showMore() {
    const list = this.querySelector<HTMLOListElement>('[data-search-results]');
    const current = this.#current;
    if (!list || !current || !this.#pagefind) return;
    const ticket = this.#asked;
    const found = await this.#search(await this.#pagefind, current.asked, current.shown.size + SHOWN, ticket);
    if (!found) return;
    const next = found.filter((result) => !current.shown.has(result.id)).slice(0, SHOWN);
    const data = await Promise.all(next.map((result) => result.data()));
    if (ticket !== this.#asked) return;
    next.forEach((result) => current.shown.add(result.id));
    list.append(...data.map(resultItem));
    this.#report(current.asked.query, found.length);
  }

  /**
   * The status line of the results shown, once every part is searched: the count is then the
   * whole archive's. The list stays as it is; "Show more results" goes on from it.
   */
  async #recount(pagefind: Pagefind) {
    const current = this.#current;
    const ticket = this.#asked;
    if (!current) return;
    const found = await this.#search(pagefind, current.asked, 0, ticket);
    if (found && current === this.#current) this.#report(current.asked.query, found.length);
  }

  /** The status line and the "Show more results" button, after results are shown. */
  #report(query: string, total: number) {
    const status = this.querySelector<HTMLElement>('[data-search-status]');
    const more = this.querySelector<HTMLButtonElement>('[data-search-more]');
    const shown = this.#current?.shown.size ?? 0;
    const since = this.#since();
    if (more) more.hidden = !query || (shown >= total && since === undefined);
    if (status && this.#words) status.textContent = query ? searchStatus(this.#words, query, total, SHOWN, since) : '';
  }

  async #run(form: HTMLFormElement, input: HTMLInputElement) {
    const list = this.querySelector<HTMLOListElement>('[data-search-results]');
    if (!list || !this.#pagefind) return;
    const query = input.value.trim();
    const asked = ++this.#asked;
    const url = new URL(window.location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    window.history.replaceState(null, '', url);
    if (!query) {
      list.replaceChildren();
      this.#current = undefined;
      this.#report('', 0);
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
    const search = { query, filters };
    const found = await this.#search(pagefind, search, SHOWN, asked);
    // A newer query was typed while this one ran: its answer is the one to show.
    if (!found) return;
    const first = found.slice(0, SHOWN);
    const data = await Promise.all(first.map((result) => result.data()));
    if (asked !== this.#asked) return;
    list.replaceChildren(...data.map(resultItem));
    this.#current = { asked: search, shown: new Set(first.map((result) => result.id)) };
    this.#report(query, found.length);
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
