/**
 * The home page's map panel: open from the start where there is room for the map beside the
 * timeline, collapsed on a phone until the reader opens it. The map's code (and, through it,
 * Leaflet) is fetched only when the panel opens, so a phone that only reads the timeline never
 * downloads it.
 */
const WIDE = '(min-width: 64rem)';

const panel = document.querySelector<HTMLDetailsElement>('[data-map-panel]');
if (panel) {
  /** A "Show on the map" that came before the map's code did: repeated once it is there. */
  let early: { type: string; detail: unknown } | undefined;
  let loading: Promise<unknown> | undefined;

  const load = () => {
    loading ??= import('./aras-map.ts').then(() => {
      if (early) document.dispatchEvent(new CustomEvent(early.type, { detail: early.detail }));
      early = undefined;
    });
  };

  document.addEventListener('aras:show-places', (event) => {
    if (customElements.get('aras-map')) return;
    early = { type: event.type, detail: (event as CustomEvent).detail };
    panel.open = true;
  });
  panel.addEventListener('toggle', () => {
    if (panel.open) load();
  });

  const media = window.matchMedia(WIDE);
  const fit = () => {
    if (media.matches) panel.open = true;
    panel.classList.toggle('is-pinned', media.matches);
  };
  fit();
  media.addEventListener('change', fit);
  if (panel.open) load();
}
