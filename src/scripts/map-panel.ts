/**
 * The home page's map panel: open from the start where there is room for the map beside the
 * timeline, collapsed on a phone until the reader opens it (so a phone that only reads the
 * timeline never downloads Leaflet).
 */
const WIDE = '(min-width: 64rem)';

const panel = document.querySelector<HTMLDetailsElement>('[data-map-panel]');
if (panel) {
  const media = window.matchMedia(WIDE);
  const fit = () => {
    if (media.matches) panel.open = true;
    panel.classList.toggle('is-pinned', media.matches);
  };
  fit();
  media.addEventListener('change', fit);
}
