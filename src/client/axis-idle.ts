/**
 * Loads the time axis's control (aras-axis.ts) once the page is idle, and only where the page has
 * an axis: the front page's first paint and its phone byte budget do not wait for it, and the axis
 * reads and links without it.
 */
if (document.querySelector('aras-axis')) {
  const load = () => void import('./aras-axis.ts');
  if ('requestIdleCallback' in window) requestIdleCallback(load, { timeout: 2000 });
  else setTimeout(load, 200);
}
