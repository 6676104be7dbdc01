/**
 * `node scripts/index-search.ts [folder]`: indexes a built site (dist/ by default) for its search
 * pages. `npm run build` does this itself once Astro has exited; this is for a site built with
 * `astro build` alone, as the build tests build their fixture copies.
 */
import { resolve } from 'node:path';
import { indexSite } from './lib/search-index.ts';

const site = resolve(process.argv[2] ?? 'dist');
const started = performance.now();
try {
  const pages = await indexSite(site);
  const counts = Object.entries(pages).map(([locale, n]) => `${n} ${locale}`);
  console.log(`Indexed ${counts.join(', ')} pages for search in ${Math.round(performance.now() - started)} ms.`);
} catch (error) {
  console.error(`The search index of ${site} could not be built: ${(error as Error).message}`);
  process.exit(1);
}
