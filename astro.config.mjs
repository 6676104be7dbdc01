// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { OPT_IN_TILES } from './src/consts.ts';
import { DEFAULT_LOCALE, LOCALES, LOCALE_CODES } from './src/i18n/locales.ts';
import { digestMarkdown } from './src/markdown/processor.ts';

export default defineConfig({
  // Canonical URLs, link previews, citations, JSON-LD and the sitemap are absolute: they use this.
  // The deploy workflow sets SITE_URL and BASE_PATH; see README "Addresses".
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'ignore',
  // English stays at the root; every other language (src/i18n/locales.ts) under its prefix, /fa/…
  i18n: {
    defaultLocale: DEFAULT_LOCALE,
    locales: LOCALE_CODES.map((code) => ({ path: LOCALES[code].prefix || code, codes: [code] })),
    routing: { prefixDefaultLocale: false },
  },
  markdown: {
    // remark with only what a digest needs: safe Markdown, typographic punctuation (src/markdown/).
    processor: digestMarkdown(),
    // Digests carry no code; Shiki's inline styles would also break under the CSP.
    syntaxHighlight: false,
  },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        `img-src 'self' data: ${OPT_IN_TILES}`,
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  // Four pages in flight at once: while one page's files are written, the next renders, instead
  // of page generation waiting on the disk (measured in docs/benchmarks.md, section 3).
  build: { format: 'directory', concurrency: 4 },
  // The sitemap lists every page but the 404, each with its versions in the other languages
  // (`xhtml:link hreflang`), as the pages' own <link rel="alternate"> do.
  integrations: [
    sitemap({
      filter: (page) => !/\/404\/?$/.test(new URL(page).pathname),
      i18n: {
        defaultLocale: DEFAULT_LOCALE,
        locales: Object.fromEntries(LOCALE_CODES.map((code) => [LOCALES[code].prefix || code, LOCALES[code].lang])),
      },
    }),
  ],
  // A page whose getStaticPaths gives a `cacheKey` (event pages: src/site/eventPage.ts) is copied
  // from the previous build's output when its key and its code are unchanged, instead of rendered
  // again: a contributor's build after adding a digest redoes only what the digest touches.
  // The copies live in node_modules/.astro/; a fresh clone builds everything.
  experimental: { incrementalBuild: true },
  devToolbar: { enabled: false },
  server: { port: 4321 },
});
