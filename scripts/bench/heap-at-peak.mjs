/**
 * Preloaded into a build (`node --import ./heap-at-peak.mjs …`) by `npm run bench -- --heap`:
 * runs V8's sampling heap profiler for the whole process and keeps the profile taken when the
 * process's resident memory was highest, written to $ARAS_HEAP_PEAK_FILE as it exits. Node's own
 * `--heap-prof` writes only what is still alive at exit, after page generation has let go of
 * most of what it held; this one shows what held the memory at its peak.
 */
import { Session } from 'node:inspector';
import { writeFileSync } from 'node:fs';

const out = process.env.ARAS_HEAP_PEAK_FILE;
if (out) {
  const session = new Session();
  session.connect();
  session.post('HeapProfiler.enable');
  session.post('HeapProfiler.startSampling', { samplingInterval: 64 * 1024 });
  /** The profile at the highest resident memory seen so far, and that memory. */
  let peak = { rss: 0, at: 0, profile: undefined };
  const started = performance.now();
  let taking = false;
  const timer = setInterval(() => {
    const rss = process.memoryUsage.rss();
    // A new profile only when memory has grown by a twentieth: taking one costs a pause.
    if (taking || rss < peak.rss * 1.05) return;
    taking = true;
    session.post('HeapProfiler.getSamplingProfile', (error, result) => {
      taking = false;
      if (!error) peak = { rss, at: Math.round(performance.now() - started), profile: result.profile };
    });
  }, 1000);
  timer.unref();
  process.on('exit', () => {
    if (peak.profile) writeFileSync(out, JSON.stringify({ rss: peak.rss, atMs: peak.at, ...peak.profile }));
  });
}
