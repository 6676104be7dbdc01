/**
 * Sizes the fonts a Persian page shows before Vazirmatn arrives (src/styles/persian-fallbacks.css).
 *
 * A Persian page is first drawn in whatever Arabic-script font the reader's system has, then again
 * in Vazirmatn once it has downloaded (`font-display: swap`). The two set the same words at
 * different widths and heights, so lines rewrap and the page jumps: a layout shift of 0.08 on the
 * Persian about page at phone width, the one point it lost in Lighthouse. For each common system
 * font, `npm run persian-fallbacks` measures, in Chromium, how wide our own Persian text is in it and in Vazirmatn,
 * and how tall both are, and writes a font face that draws the system font scaled to Vazirmatn's
 * width (`size-adjust`) with Vazirmatn's ascent and descent (the `*-override` descriptors).
 *
 * The text measured is every Persian letter the site has: the Persian interface strings and the
 * Persian translations of the digests, shaped as a browser shapes them. Every font listed must be
 * installed on the machine that runs it (Debian: `apt-get install fonts-noto-core fonts-dejavu-core`);
 * it stops rather than write a file that quietly leaves one out. Run it after Vazirmatn is
 * upgraded, the list below changes or the Persian text grows much; the browser tests check that a
 * Persian page no longer moves when Vazirmatn swaps in (tests/e2e/persian.test.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { CONTENT_DIR } from '../../src/consts.ts';

export const FALLBACKS_CSS = 'src/styles/persian-fallbacks.css';
const require = createRequire(import.meta.url);

/**
 * The system fonts a Persian reader's browser is likely to fall back on, most specific first:
 * Noto Sans Arabic and Noto Naskh Arabic (Android and most Linux systems), DejaVu Sans (the
 * fallback on a Debian machine with neither, as where Lighthouse and the tests run). Names are
 * the fonts' full names, as `local()` matches them.
 */
export const FALLBACK_FONTS = [
  { family: 'Vazirmatn-sized Noto Sans Arabic', regular: 'Noto Sans Arabic Regular', bold: 'Noto Sans Arabic Bold' },
  { family: 'Vazirmatn-sized Noto Naskh Arabic', regular: 'Noto Naskh Arabic Regular', bold: 'Noto Naskh Arabic Bold' },
  { family: 'Vazirmatn-sized DejaVu Sans', regular: 'DejaVu Sans', bold: 'DejaVu Sans Bold' },
] as const;

/** One system font at one weight, as measured against Vazirmatn at the same weight. */
export interface FallbackMetrics {
  family: string;
  local: string;
  weight: number;
  /** Vazirmatn's width over the system font's, for the same text. */
  sizeAdjust: number;
  /** Vazirmatn's ascent and descent as fractions of the font size. */
  ascent: number;
  descent: number;
}

/** The same letters Vazirmatn covers, so Latin text keeps the system's Latin fonts unscaled. */
export const ARABIC_SCRIPT_RANGE = 'U+0600-06FF, U+0750-077F, U+08A0-08FF, U+200C-200F, U+FB50-FDFF, U+FE70-FEFF';

// One decimal is a tenth of a pixel on a 100-pixel line; written as Prettier writes numbers.
const percent = (n: number) => `${Number((n * 100).toFixed(1))}%`;

/**
 * The stylesheet: a face per font and weight, and `--persian-fallbacks`, the families in order,
 * for the Persian font stacks in global.css. `size-adjust` scales the overrides as well, so they
 * are divided by it to come out at Vazirmatn's own ascent and descent.
 */
export function fallbackFacesCss(metrics: readonly FallbackMetrics[]): string {
  const faces = metrics.map(
    (m) => `@font-face {
  font-family: '${m.family}';
  font-weight: ${m.weight};
  src: local('${m.local}');
  size-adjust: ${percent(m.sizeAdjust)};
  ascent-override: ${percent(m.ascent / m.sizeAdjust)};
  descent-override: ${percent(m.descent / m.sizeAdjust)};
  line-gap-override: 0%;
  unicode-range: ${ARABIC_SCRIPT_RANGE};
}`,
  );
  const families = [...new Set(metrics.map((m) => `'${m.family}'`))].join(', ');
  return `/*
 * Written by \`npm run persian-fallbacks\` (scripts/persian-fallbacks.ts); do not edit by hand.
 * System fonts drawn at Vazirmatn's width and height, so that a Persian page does not jump when
 * Vazirmatn arrives. Measured on our own Persian text in Chromium.
 */
${faces.join('\n')}
:root {
  --persian-fallbacks:
    ${families};
}
`;
}

/** Every run of Arabic-script letters in the site's Persian text, joined by spaces. */
export function persianText(): string {
  const translations = join(CONTENT_DIR, 'translations', 'fa');
  const files = [
    'src/i18n/fa.ts',
    ...readdirSync(translations, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.md'))
      .sort()
      .map((f) => join(translations, f)),
  ];
  const runs = files.flatMap((f) => readFileSync(f, 'utf8').match(/[\u0600-\u06FF\u200C]+/g) ?? []);
  return runs.join(' ');
}

export async function measureFallbacks(text: string): Promise<FallbackMetrics[]> {
  const vazirmatn = (weight: number) =>
    readFileSync(require.resolve(`@fontsource/vazirmatn/files/vazirmatn-arabic-${weight}-normal.woff2`)).toString(
      'base64',
    );
  // Imported here, so that reading the font list does not look for a browser.
  const { launch } = await import('../../tests/support/chromium.ts');
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><html lang="fa" dir="rtl"><body></body></html>');
    return await page.evaluate(
      async ({ sample, fonts, woff2 }) => {
        let faces = 0;
        // Width of the whole text on one line at 100 px, and the font's ascent and descent there.
        const measure = async (source: string, weight: number) => {
          const face = new FontFace(`measured-${(faces += 1)}`, source, { weight: String(weight) });
          await face.load();
          document.fonts.add(face);
          const span = document.createElement('span');
          span.style.cssText = `font: ${weight} 100px '${face.family}'; white-space: nowrap`;
          span.textContent = sample;
          document.body.append(span);
          const width = span.getBoundingClientRect().width;
          span.remove();
          const context = document.createElement('canvas').getContext('2d')!;
          context.font = `${weight} 100px '${face.family}'`;
          const box = context.measureText(sample.slice(0, 200));
          document.fonts.delete(face);
          return { width, ascent: box.fontBoundingBoxAscent / 100, descent: box.fontBoundingBoxDescent / 100 };
        };
        const results = [];
        for (const font of fonts) {
          for (const [weight, local] of [
            [400, font.regular],
            [700, font.bold],
          ] as const) {
            const target = await measure(`url(data:font/woff2;base64,${woff2[weight]})`, weight);
            let system;
            try {
              system = await measure(`local('${local}')`, weight);
            } catch {
              throw new Error(`${local} is not installed here: install it before measuring (see the script's header).`);
            }
            results.push({
              family: font.family,
              local,
              weight,
              sizeAdjust: target.width / system.width,
              ascent: target.ascent,
              descent: target.descent,
            });
          }
        }
        return results;
      },
      { sample: text, fonts: FALLBACK_FONTS, woff2: { 400: vazirmatn(400), 700: vazirmatn(700) } },
    );
  } finally {
    await browser.close();
  }
}
