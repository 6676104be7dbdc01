/**
 * Hiding the name beside a marker where it would cover another name or marker, measured in the
 * page as drawn. The marker keeps its accessible name either way.
 */

const overlaps = (a: DOMRect, b: DOMRect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Goes through `icons` (place markers, most important first): each keeps its name where the
 * name stays inside `frame` and covers no dot, no cluster and no name kept before it.
 */
export function declutterLabels(icons: readonly HTMLElement[], clusters: readonly Element[], frame: DOMRect) {
  const items = icons.flatMap((icon) => {
    const label = icon.querySelector<HTMLElement>('.place-marker-label');
    const dot = icon.querySelector<HTMLElement>('.place-marker-dot');
    if (!label || !dot) return [];
    label.classList.remove('label-hidden');
    return [{ label, dot }];
  });
  const taken: DOMRect[] = [
    ...items.map(({ dot }) => dot.getBoundingClientRect()),
    ...clusters.map((c) => c.getBoundingClientRect()),
  ];
  // Every box is read before any name is hidden (hiding moves nothing), so the page is laid out
  // once, not once for each name.
  const boxes = items.map(({ label }) => label.getBoundingClientRect());
  const outside = (box: DOMRect) => box.right > frame.right || box.bottom > frame.bottom || box.top < frame.top;
  const hidden = items.filter((_, i) => {
    const box = boxes[i]!;
    if (outside(box) || taken.some((other) => overlaps(box, other))) return true;
    taken.push(box);
    return false;
  });
  for (const { label } of hidden) label.classList.add('label-hidden');
}
