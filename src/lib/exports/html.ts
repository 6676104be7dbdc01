/**
 * Escaping for the files whose readers render HTML (TimelineJS puts slide text in innerHTML; feed
 * readers render Atom's `type="html"` titles and summaries); also valid in XML attributes.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe inside an element or a quoted attribute: `escapeHtml('<b>')` is "&lt;b&gt;". */
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
