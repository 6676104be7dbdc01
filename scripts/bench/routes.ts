/**
 * What each page type costs in a build, read from `astro build`'s own log: Astro prints every
 * file it writes, with a timestamp when it starts it and its render time when it is done
 * ("12:00:01   ├─ /events/x/index.html (+35ms)"). Pages of one route are generated one route
 * after another, so a type's pages sit together in the log: the seconds from its first page's
 * timestamp to the next type's first page are that type's share of the wall time. The summed
 * render times overlap when Astro renders several pages at once (`build.concurrency`); they are
 * reported beside the span, not instead of it.
 */

export interface PageTypeCost {
  /** "events", "fa/articles", "feeds/places"…: the language prefix and the first path segment. */
  type: string;
  files: number;
  /** Of those, the files an incremental build copied from the previous build instead of rendering. */
  reused: number;
  /** Seconds of the build's wall time from this type's first page to the next type's. */
  spanSeconds: number;
  /** Sum of Astro's per-page render times, in milliseconds. */
  renderMs: number;
}

export interface BuildLog {
  /** Seconds Astro reported for its phases: content sync, page generation, the whole build. */
  phases: { name: string; seconds: number }[];
  pageTypes: PageTypeCost[];
}

const LOCALE_PREFIXES = new Set(['fa', 'az']);
/** Feeds and data files sit one folder deeper: their first two segments name the type. */
const NESTED = new Set(['feeds', 'data']);

/** The page type of a written file's path: "/fa/articles/x/index.html" is "fa/articles". */
export function pageType(path: string): string {
  const parts = path.replace(/^\//, '').split('/');
  const locale = parts[0] !== undefined && LOCALE_PREFIXES.has(parts[0]) ? parts.shift()! : undefined;
  const [first = '', second] = parts;
  const isFile = parts.length === 1;
  const base = isFile
    ? first === 'index.html'
      ? 'home'
      : first
    : NESTED.has(first) && second !== undefined && parts.length > 2
      ? `${first}/${second}`
      : first;
  return locale ? `${locale}/${base}` : base;
}

const seconds = (clock: string) => {
  const [h = 0, m = 0, s = 0] = clock.split(':').map(Number);
  return h * 3600 + m * 60 + s;
};

/** "1m 8s", "12.34s", "345ms" (Astro's formats) in seconds. */
function astroDuration(text: string): number | undefined {
  const minutes = /(\d+)m(?:\s+(\d+)s)?/.exec(text);
  if (minutes) return Number(minutes[1]) * 60 + Number(minutes[2] ?? 0);
  const secs = /([\d.]+)s\b/.exec(text);
  if (secs) return Number(secs[1]);
  const ms = /(\d+)ms\b/.exec(text);
  return ms ? Number(ms[1]) / 1000 : undefined;
}

/** Reads phases and per-type costs from the text of an `astro build` log (colours stripped). */
export function readBuildLog(log: string): BuildLog {
  // eslint-disable-next-line no-control-regex
  const text = log.replace(/\x1b\[[0-9;]*m/g, '');
  const phases: BuildLog['phases'] = [];
  const phase = (name: string, pattern: RegExp) => {
    const match = pattern.exec(text);
    const value = match?.[1] === undefined ? undefined : astroDuration(match[1]);
    if (value !== undefined) phases.push({ name, seconds: value });
  };
  phase(
    'content layer and build info',
    /Collecting build info\.\.\.\s*\n\S+ \[build\] ✓ Completed in ([^.\n]+(?:\.\d+s)?)/,
  );
  phase('static entrypoints (client bundle)', /\[vite\] ✓ built in ([\d.]+m?s)/);
  phase('page generation', /Rearranging server assets\.\.\.[\s\S]*?\[build\] ✓ Completed in ([^\n]+?)\.?\s*\n/);
  const search = /Indexed [^\n]*?pages for search in (\d+) ms/.exec(text);
  if (search) phases.push({ name: 'search index (Pagefind)', seconds: Number(search[1]) / 1000 });
  phase('whole build', /page\(s\) built in ([^\n]+)/);

  // A file's line: its start time and path, then its render time once it is done; with several
  // pages in flight, the next file's start can come before the time, on the same line. A file an
  // incremental build copied from the previous build has "(restored)" or "(cached)" instead.
  const files: { at: number; type: string; ms: number; reused: boolean }[] = [];
  const fileLine =
    /(\d\d:\d\d:\d\d)\s+[├└]─ (\/\S*?)(?=\d\d:\d\d:\d\d|\s|$)(?: \(\+([\d.]+)(ms|s)\)| \((restored|cached)\))?/g;
  for (const match of text.matchAll(fileLine)) {
    const [, clock = '', path = '', amount, unit, copied] = match;
    const ms = amount === undefined ? 0 : unit === 's' ? Number(amount) * 1000 : Number(amount);
    files.push({ at: seconds(clock), type: pageType(path), ms, reused: copied !== undefined });
  }
  const end = files.length > 0 ? files[files.length - 1]!.at : 0;
  const byType = new Map<string, PageTypeCost>();
  files.forEach((file, i) => {
    const cost = byType.get(file.type) ?? { type: file.type, files: 0, reused: 0, spanSeconds: 0, renderMs: 0 };
    cost.files++;
    if (file.reused) cost.reused++;
    cost.renderMs += file.ms;
    // Each file's share of the wall time runs until the next file starts.
    const next = files[i + 1];
    const gap = (next ? next.at : end) - file.at;
    cost.spanSeconds += gap < 0 ? gap + 86_400 : gap; // a build that runs past midnight
    byType.set(file.type, cost);
  });
  return { phases, pageTypes: [...byType.values()].sort((a, b) => b.spanSeconds - a.spanSeconds) };
}
