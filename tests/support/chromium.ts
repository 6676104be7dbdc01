/**
 * Finds Debian's Chromium for the browser tests. In CI a missing browser is a failure;
 * elsewhere the tests are skipped with a message that says how to get one.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CANDIDATES = [
  process.env['CHROME_PATH'],
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

export const browserPath = CANDIDATES.find((p): p is string => Boolean(p && existsSync(p)));

export const HOW_TO_GET_ONE =
  'No Chromium found, so the browser tests are skipped. Install it with `sudo apt-get install -y chromium` ' +
  '(Debian/Ubuntu) or point CHROME_PATH at a Chromium or Chrome binary, then run `npm run test:e2e`.';

if (!browserPath) {
  if (process.env['CI']) throw new Error(`Browser tests must run in CI. ${HOW_TO_GET_ONE}`);
  console.warn(`\n${HOW_TO_GET_ONE}\n`);
}

/** Starts Chromium headless with no background traffic of its own. */
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: browserPath!,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
