/**
 * The Persian pages' stand-in fonts (src/styles/persian-fallbacks.css): one face per listed system
 * font and weight, in the stacks in the listed order, covering exactly Vazirmatn's letters.
 * Whether they do their job, the page not jumping when Vazirmatn arrives, is checked in Chromium
 * (tests/e2e/persian.test.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  ARABIC_SCRIPT_RANGE,
  FALLBACKS_CSS,
  FALLBACK_FONTS,
  fallbackFacesCss,
} from '../../../scripts/lib/persian-fallbacks.ts';

const committed = readFileSync(FALLBACKS_CSS, 'utf8');
const global = readFileSync('src/styles/global.css', 'utf8');

const faces = [...committed.matchAll(/@font-face \{([^}]*)\}/g)].map(([, body]) => {
  const field = (name: string) => new RegExp(`${name}: ([^;]+);`).exec(body!)?.[1];
  return {
    family: field('font-family'),
    weight: field('font-weight'),
    local: field('src'),
    range: field('unicode-range'),
  };
});

describe('the Persian stand-in fonts', () => {
  test('have a face for every listed font at both weights the site uses, and nothing else', () => {
    expect(faces.map((f) => [f.family, f.weight, f.local])).toEqual(
      FALLBACK_FONTS.flatMap((font) => [
        [`'${font.family}'`, '400', `local('${font.regular}')`],
        [`'${font.family}'`, '700', `local('${font.bold}')`],
      ]),
    );
  });

  test('cover the letters Vazirmatn covers, so Latin words keep their own fonts', () => {
    const vazirmatn = [...global.matchAll(/font-family: Vazirmatn;[^}]*unicode-range: ([^;]+);/g)].map(([, r]) => r);
    expect(vazirmatn).toEqual([ARABIC_SCRIPT_RANGE, ARABIC_SCRIPT_RANGE]);
    for (const face of faces) expect(face.range).toBe(ARABIC_SCRIPT_RANGE);
  });

  test('come right after Vazirmatn in every Persian font stack', () => {
    expect(committed.replace(/\s+/g, ' ')).toContain(
      `--persian-fallbacks: ${FALLBACK_FONTS.map((f) => `'${f.family}'`).join(', ')};`,
    );
    const stacks = [...global.matchAll(/(?:font-family|--serif|--sans):\s*Vazirmatn,\s*([^,]+),/g)].map(
      ([, next]) => next,
    );
    expect(stacks).toHaveLength(3);
    for (const next of stacks) expect(next).toBe('var(--persian-fallbacks)');
  });

  test('undo size-adjust in the overrides, so the line is as tall as in Vazirmatn', () => {
    const css = fallbackFacesCss([
      { family: 'X', local: 'Y', weight: 400, sizeAdjust: 0.8, ascent: 1.0, descent: 0.5 },
    ]);
    expect(css).toContain('size-adjust: 80%;');
    expect(css).toContain('ascent-override: 125%;');
    expect(css).toContain('descent-override: 62.5%;');
  });
});
