/**
 * <aras-axis>: makes the time axis a control for the timeline's date filter. A drag across it,
 * or a stretch chosen with the keyboard, asks <aras-filters> for those dates (`aras:set-dates`),
 * which puts them in the URL; every `aras:filter` the filters announce is drawn back on the axis:
 * the chosen stretch, and when the entries that answer the other filters (a place chosen on the
 * map, an actor, a kind) happened.
 */
import {
  dayAtX,
  dayNumber,
  drawnX,
  isoDay,
  segmentsFromData,
  xOfDay,
  type Segment,
} from '../lib/timeline/axisScale.ts';
import { matches, parseFilter, type EntryFacts, type Filter } from '../lib/timeline/filters.ts';
import { factsFromData } from '../lib/timeline/entryFacts.ts';

const SVG = 'http://www.w3.org/2000/svg';
/** A pointer must move this far (px) before a press on the axis counts as a drag, not a click. */
const DRAG_THRESHOLD = 4;
const STEP: Record<string, number> = { day: 1, week: 7, month: 30 };

class ArasAxis extends HTMLElement {
  #segments: Segment[] = [];
  #svg: SVGSVGElement | null = null;
  #selection: SVGRectElement | null = null;
  #highlights: SVGGElement | null = null;
  #status: HTMLElement | null = null;
  /** "From {from} to {to}. …", in the page's language, from the page. */
  #chosenText = '';
  #dateFormat = new Intl.DateTimeFormat(document.documentElement.lang || 'en', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  /** Where the page's language keeps another calendar (Persian: Solar Hijri), the Gregorian date beside it. */
  #gregorian =
    this.#dateFormat.resolvedOptions().calendar === 'gregory'
      ? undefined
      : new Intl.DateTimeFormat(`${document.documentElement.lang || 'en'}-u-ca-gregory`, {
          day: 'numeric',
          month: 'long',
          year: 'numeric',
          timeZone: 'UTC',
        });
  #facts: EntryFacts[] = [];
  /** The stretch being chosen with the keyboard: the day it started from and the day it reaches. */
  #pending: { anchor: number; focus: number } | undefined;
  #drag: { startX: number; anchor: number; moved: boolean } | undefined;
  #swallowClick = false;
  /** On a right-to-left page time runs from the right (TimelineAxis.astro says why). */
  #dir: 'ltr' | 'rtl' = 'ltr';

  connectedCallback() {
    this.#segments = segmentsFromData(this.dataset['segments']);
    this.#dir = getComputedStyle(this).direction === 'rtl' ? 'rtl' : 'ltr';
    this.#svg = this.querySelector('svg');
    this.#selection = this.querySelector('.axis-selection');
    this.#highlights = this.querySelector('.axis-highlights');
    const figure = this.closest('figure');
    const control = figure?.querySelector<HTMLElement>('[data-axis-control]');
    this.#status = figure?.querySelector('[data-axis-status]') ?? null;
    if (!this.#svg || this.#segments.length === 0) return;
    this.#facts = [...document.querySelectorAll<HTMLElement>('.timeline article.entry[id]')].map((el) =>
      factsFromData(el.dataset),
    );

    this.#svg.addEventListener('pointerdown', (e) => this.#pointerDown(e));
    this.#svg.addEventListener('pointermove', (e) => this.#pointerMove(e));
    this.#svg.addEventListener('pointerup', (e) => this.#pointerUp(e));
    this.#svg.addEventListener('pointercancel', () => (this.#drag = undefined));
    // A drag that began on a mark must not then follow the mark's link.
    this.#svg.addEventListener(
      'click',
      (e) => {
        if (!this.#swallowClick) return;
        this.#swallowClick = false;
        e.preventDefault();
      },
      true,
    );
    if (control) {
      this.#chosenText = control.dataset['chosen'] ?? '';
      control.querySelector('button')?.addEventListener('keydown', (e) => this.#key(e));
    }
    document.addEventListener('aras:filter', (e) => this.#draw((e as CustomEvent<{ filter: Filter }>).detail.filter));
    this.#draw(parseFilter(location.search));
  }

  #dayAt(clientX: number): number {
    const box = this.#svg!.getBoundingClientRect();
    const x = ((clientX - box.left) / box.width) * 100;
    return dayAtX(this.#segments, this.#dir === 'rtl' ? 100 - x : x);
  }

  #pointerDown(e: PointerEvent) {
    if (e.button !== 0) return;
    this.#drag = { startX: e.clientX, anchor: this.#dayAt(e.clientX), moved: false };
  }

  #pointerMove(e: PointerEvent) {
    const drag = this.#drag;
    if (!drag) return;
    if (!drag.moved && Math.abs(e.clientX - drag.startX) < DRAG_THRESHOLD) return;
    if (!drag.moved) {
      drag.moved = true;
      this.#svg!.setPointerCapture(e.pointerId);
      this.classList.add('axis-dragging');
    }
    this.#drawSelection(drag.anchor, this.#dayAt(e.clientX));
  }

  #pointerUp(e: PointerEvent) {
    const drag = this.#drag;
    this.#drag = undefined;
    if (!drag?.moved) return;
    this.classList.remove('axis-dragging');
    this.#swallowClick = true;
    this.#choose(drag.anchor, this.#dayAt(e.clientX));
  }

  #key(e: KeyboardEvent) {
    const step = STEP[this.dataset['unit'] ?? 'day'] ?? 1;
    const first = this.#segments[0]!.start;
    const last = this.#segments.at(-1)!.end - 1;
    const clamp = (day: number) => Math.min(Math.max(day, first), last);
    if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
      e.preventDefault();
      // The arrow that points the way time runs on the drawing moves later.
      const later = e.key === (this.#dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight');
      const filter = parseFilter(location.search);
      const pending = this.#pending ?? {
        anchor: filter.from ? dayNumber(filter.from) : first,
        focus: filter.to ? dayNumber(filter.to) : first,
      };
      const focus = clamp(pending.focus + (later ? step : -step));
      this.#pending = { anchor: e.shiftKey ? pending.anchor : focus, focus };
      this.#drawSelection(this.#pending.anchor, this.#pending.focus);
      const [from, to] = this.#ordered(this.#pending.anchor, this.#pending.focus);
      const day = (iso: string) => {
        const date = new Date(`${iso}T00:00:00Z`);
        const text = this.#dateFormat.format(date);
        return this.#gregorian ? `${text} (${this.#gregorian.format(date)})` : text;
      };
      this.#say(this.#chosenText.replace('{from}', day(from)).replace('{to}', day(to)));
    } else if (e.key === 'Enter' && this.#pending) {
      e.preventDefault();
      this.#choose(this.#pending.anchor, this.#pending.focus);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      this.#pending = undefined;
      document.dispatchEvent(new CustomEvent('aras:set-dates', { detail: {} }));
    }
  }

  #ordered(a: number, b: number): [string, string] {
    return [isoDay(Math.min(a, b)), isoDay(Math.max(a, b))];
  }

  #choose(a: number, b: number) {
    this.#pending = undefined;
    const [from, to] = this.#ordered(a, b);
    document.dispatchEvent(new CustomEvent('aras:set-dates', { detail: { from, to } }));
  }

  #say(text: string) {
    if (this.#status) this.#status.textContent = text;
  }

  #drawSelection(a: number, b: number) {
    const rect = this.#selection;
    if (!rect) return;
    const x0 = xOfDay(this.#segments, Math.min(a, b));
    const x1 = xOfDay(this.#segments, Math.max(a, b) + 1);
    const width = Math.max(0.3, x1 - x0);
    rect.setAttribute('x', `${drawnX(x0, width, this.#dir)}%`);
    rect.setAttribute('width', `${width}%`);
    rect.setAttribute('visibility', 'visible');
  }

  /** Draws what the filter asks: its dates as the selection, its other parts as marks under the axis. */
  #draw(filter: Filter) {
    if (filter.from || filter.to) {
      const first = this.#segments[0]!.start;
      const last = this.#segments.at(-1)!.end - 1;
      this.#drawSelection(filter.from ? dayNumber(filter.from) : first, filter.to ? dayNumber(filter.to) : last);
    } else if (!this.#drag && !this.#pending) this.#selection?.setAttribute('visibility', 'hidden');

    const highlights = this.#highlights;
    if (!highlights) return;
    highlights.replaceChildren();
    const { from: _from, to: _to, ...rest } = filter;
    if (Object.keys(rest).length === 0) return;
    const drawn = new Set<string>();
    for (const facts of this.#facts) {
      const key = `${facts.start} ${facts.end}`;
      if (drawn.has(key) || !matches(facts, rest)) continue;
      drawn.add(key);
      const x0 = xOfDay(this.#segments, dayNumber(facts.start));
      const x1 = xOfDay(this.#segments, dayNumber(facts.end) + 1);
      const rect = document.createElementNS(SVG, 'rect');
      const width = Math.max(0.4, x1 - x0);
      rect.setAttribute('x', `${drawnX(x0, width, this.#dir)}%`);
      rect.setAttribute('width', `${width}%`);
      rect.setAttribute('height', '6');
      highlights.append(rect);
    }
  }
}

customElements.define('aras-axis', ArasAxis);
