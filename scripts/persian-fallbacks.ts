/**
 * Measures the system fonts a Persian page falls back on against Vazirmatn and writes
 * src/styles/persian-fallbacks.css (what and why: scripts/lib/persian-fallbacks.ts). Needs
 * Chromium and the fonts listed there installed.
 */
import { writeFileSync } from 'node:fs';
import { FALLBACKS_CSS, fallbackFacesCss, measureFallbacks, persianText } from './lib/persian-fallbacks.ts';

const metrics = await measureFallbacks(persianText()).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message.replace(/^page\.evaluate: Error: /, '').split('\n')[0] : error);
  process.exit(1);
});
writeFileSync(FALLBACKS_CSS, fallbackFacesCss(metrics));
for (const m of metrics) console.log(`${m.local}: size-adjust ${(m.sizeAdjust * 100).toFixed(2)}%`);
console.log(`Wrote ${FALLBACKS_CSS}.`);
