/**
 * A search result's excerpt as plain text runs, so the browser builds it from text nodes and never
 * parses the index's HTML. Pagefind escapes a page's text and wraps each match in `<mark>`; any
 * other tag is kept as the literal text it would be.
 */

export interface ExcerptRun {
  text: string;
  /** True for a run the query matched. */
  marked: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Turns HTML character references back into characters: `decode('a &amp; b')` is "a & b". */
export function decodeEntities(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/**
 * `excerptRuns('IRGC commander <mark>Pakpour</mark> toured')` is
 * `[{ text: 'IRGC commander ', marked: false }, { text: 'Pakpour', marked: true },
 *   { text: ' toured', marked: false }]`.
 */
export function excerptRuns(excerpt: string): ExcerptRun[] {
  const runs: ExcerptRun[] = [];
  let marked = false;
  for (const part of excerpt.split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part !== '') runs.push({ text: decodeEntities(part), marked });
  }
  return runs;
}
