/** Site addresses for unit tests of the exports, which take them as arguments. */
import type { SiteUrls } from '../../src/lib/exports/siteUrls.ts';

/** The site's addresses as a small site without a base path has them. */
export const testUrls: SiteUrls = {
  entry: (entry) => `/#${entry.anchor}`,
  article: (id) => `/articles/${id}/`,
  place: (id) => `/places/${id}/`,
  actor: (id) => `/actors/${id}/`,
  data: (path) => `/data/${path}`,
  absolute: (path) => `https://example.org${path}`,
};
