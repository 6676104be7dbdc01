/**
 * The site is read right to left as well as left to right, so its stylesheets say "start" and
 * "end", never "left" and "right": a physical side written in a new rule would sit on the wrong
 * side of every Persian page. A physical side is allowed only where a comment on the lines just
 * above says why it must not mirror (the map's own space, for one).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const SRC = new URL('../../../src/', import.meta.url).pathname;
const PHYSICAL =
  /^\s*(?:(?:margin|padding|border)-(?:left|right)(?:-\w+)?|left|right|float\s*:\s*(?:left|right)|text-align\s*:\s*(?:left|right)|clear\s*:\s*(?:left|right))\s*[:;]/;
/** Lines of context above a declaration in which a reason may stand. */
const REASON_WINDOW = 3;

/** Every stylesheet and every component's `<style>` block, as [file, CSS]. */
function stylesheets(): [string, string][] {
  return readdirSync(SRC, { recursive: true, withFileTypes: true }).flatMap((entry) => {
    const path = join(entry.parentPath, entry.name);
    if (entry.name.endsWith('.css')) return [[path, readFileSync(path, 'utf8')] as [string, string]];
    if (!entry.name.endsWith('.astro')) return [];
    // Blank out what is not inside <style> so line numbers stay those of the file.
    const text = readFileSync(path, 'utf8');
    let inside = false;
    const css = text.split('\n').map((line) => {
      if (/<style\b/.test(line)) inside = true;
      const kept = inside ? line : '';
      if (/<\/style>/.test(line)) inside = false;
      return kept;
    });
    return css.some(Boolean) ? [[path, css.join('\n')] as [string, string]] : [];
  });
}

/** "file:line: declaration" for each physical side without a reason above it. */
export function unexplainedPhysicalSides(file: string, css: string): string[] {
  const lines = css.split('\n');
  return lines.flatMap((line, i) => {
    if (!PHYSICAL.test(line)) return [];
    const above = lines.slice(Math.max(0, i - REASON_WINDOW), i + 1).join('\n');
    return /\/\*[^]*?\*\//.test(above) ? [] : [`${file.slice(SRC.length)}:${i + 1}: ${line.trim()}`];
  });
}

describe('stylesheets mirror for right-to-left pages', () => {
  test('finds a physical side, and lets one with a reason beside it stand', () => {
    expect(unexplainedPhysicalSides(`${SRC}x.css`, '.a {\n  margin-left: 1rem;\n  text-align: right;\n}')).toEqual([
      'x.css:2: margin-left: 1rem;',
      'x.css:3: text-align: right;',
    ]);
    expect(unexplainedPhysicalSides(`${SRC}x.css`, '.a {\n  /* The map does not mirror. */\n  left: 2px;\n}')).toEqual(
      [],
    );
    expect(
      unexplainedPhysicalSides(`${SRC}x.css`, '.a {\n  margin-inline-start: 1rem;\n  inset-inline-end: 0;\n}'),
    ).toEqual([]);
  });

  test('every rule in src/ uses start and end, or says why not', () => {
    const found = stylesheets().flatMap(([file, css]) => unexplainedPhysicalSides(file, css));
    expect(found).toEqual([]);
  });
});
