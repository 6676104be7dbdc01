/**
 * The search pages' Content-Security-Policy: Pagefind's search runs as WebAssembly, which the
 * site's policy forbids everywhere else. Astro's policy is per page, so only a page that calls
 * this may run it.
 */
import type { AstroGlobal } from 'astro';

/** Call from a search page's frontmatter: `allowSearchCode(Astro.csp)`. */
export function allowSearchCode(csp: AstroGlobal['csp']): void {
  // Absent where no policy applies (astro dev). Naming a source replaces Astro's default, so
  // 'self' is restated.
  csp?.insertScriptResource("'self'");
  csp?.insertScriptResource("'wasm-unsafe-eval'");
}
