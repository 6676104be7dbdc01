/**
 * <aras-filters>: narrows the timeline already on the page to what the reader asks for, keeps
 * that question in the URL (so it can be shared, reloaded, and undone with Back), and links
 * the timeline with the map through three document events:
 *   aras:filter       { filter }   the filter changed (the map highlights the place)
 *   aras:select-place { id }       a marker was chosen (narrow the timeline to that place)
 *   aras:show-places  { ids }      an entry asks the map to show its places
 *   aras:set-dates    { from, to } a stretch was chosen on the time axis (either may be absent)
 */
import {
  FILTER_KEYS,
  filterToSearch,
  isEmptyFilter,
  matches,
  parseFilter,
  type EntryFacts,
  type Filter,
} from '../lib/timeline/filters.ts';
import { factsFromData, readIds } from '../lib/timeline/entryFacts.ts';
import { count } from '../lib/site/count.ts';

class ArasFilters extends HTMLElement {
  #form: HTMLFormElement | null = null;
  #status: HTMLElement | null = null;
  #entries: { item: HTMLElement; facts: EntryFacts }[] = [];

  connectedCallback() {
    this.#form = this.querySelector('[data-filters-form]');
    this.#status = this.querySelector('[data-filters-status]');
    const timeline = document.querySelector('.timeline');
    if (!this.#form || !timeline) return;
    this.#entries = [...timeline.querySelectorAll<HTMLElement>('article.entry')].map((el) => ({
      item: el.closest('li') ?? el,
      facts: factsFromData(el.dataset),
    }));

    this.#form.addEventListener('change', () => this.#commit(this.#readForm()));
    this.#form.addEventListener('submit', (event) => event.preventDefault());
    this.#form.addEventListener('reset', () => queueMicrotask(() => this.#commit({})));
    window.addEventListener('popstate', () => this.#show(parseFilter(location.search)));
    document.addEventListener('aras:select-place', (event) => {
      const id = (event as CustomEvent<{ id: string }>).detail.id;
      this.#commit({ ...this.#readForm(), place: id });
    });

    document.addEventListener('aras:set-dates', (event) => {
      const { from, to } = (event as CustomEvent<{ from?: string; to?: string }>).detail;
      const { from: _from, to: _to, ...rest } = this.#readForm();
      this.#commit({ ...rest, ...(from ? { from } : {}), ...(to ? { to } : {}) });
    });

    this.#setUpShowOnMap();
    this.#show(parseFilter(location.search));
  }

  /** A new question from the reader: a new history entry, then the answer. */
  #commit(filter: Filter) {
    const url = `${location.pathname}${filterToSearch(filter)}`;
    if (url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
    this.#show(filter);
  }

  #readForm(): Filter {
    return parseFilter(new URLSearchParams(new FormData(this.#form!) as unknown as Record<string, string>));
  }

  #writeForm(filter: Filter) {
    const form = this.#form!;
    for (const name of FILTER_KEYS) {
      const field = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
      if (!field) continue;
      if (name === 'contested') (field as HTMLInputElement).checked = filter.contested === true;
      else field.value = filter[name] ?? '';
    }
  }

  /** Shows the entries that answer the filter and hides the rest, with their empty headings. */
  #show(filter: Filter) {
    this.#writeForm(filter);
    let shown = 0;
    for (const { item, facts } of this.#entries) {
      const visible = matches(facts, filter);
      item.hidden = !visible;
      if (visible) shown++;
    }
    for (const section of document.querySelectorAll<HTMLElement>(
      '.timeline section.day, .timeline .period-undated, .timeline .period-continuing, .timeline section.period',
    )) {
      section.hidden = section.querySelector('li:not([hidden])') === null;
    }
    if (this.#status) {
      // A page in another language gives its sentences in data-* (TimelineFilters.astro).
      const { none, showing, showingOnPage, numbers } = this.dataset;
      const onPage = this.dataset['scope'] === 'page';
      const sentence = onPage ? showingOnPage : showing;
      const n = (value: number) => value.toLocaleString(numbers);
      this.#status.textContent = isEmptyFilter(filter)
        ? ''
        : shown === 0
          ? (none ?? 'No entry answers these filters.')
          : sentence
            ? sentence.replace('{shown}', n(shown)).replace('{total}', n(this.#entries.length))
            : `Showing ${shown} of ${count(this.#entries.length, 'entry')}${onPage ? ' on this page; every month, place, actor and kind also has a page of its own' : ''}.`;
    }
    document.dispatchEvent(new CustomEvent('aras:filter', { detail: { filter } }));
  }

  /** "Show on the map" buttons: the page renders them only where its map is linked to the timeline. */
  #setUpShowOnMap() {
    for (const button of document.querySelectorAll<HTMLButtonElement>('[data-show-places]')) {
      button.addEventListener('click', () => {
        const ids = readIds(button.dataset['showPlaces']);
        document.dispatchEvent(new CustomEvent('aras:show-places', { detail: { ids } }));
      });
    }
  }
}

customElements.define('aras-filters', ArasFilters);
