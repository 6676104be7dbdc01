/**
 * Building the map's DOM from text. Every string the map shows comes over the network, so it
 * goes into `textContent`, never into markup.
 */

/** An element with an optional class and text: `el('p', 'popup-status', 'Loading…')`. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A link with the given text: `link('/places/jolfa/', 'Jolfa')`. */
export function link(href: string, text: string, className?: string): HTMLAnchorElement {
  const a = el('a', className, text);
  a.href = href;
  return a;
}
