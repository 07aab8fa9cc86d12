/*
 * Debian's headless Chromium through playwright-core, started one way for
 * every test script that drives it (browser-run.mjs, compile.mjs).
 * launchChromium(profile) returns the browser context, or prints one line
 * naming why Chromium cannot start and exits with EXIT_CANNOT_START (77),
 * which the bats tests turn into a skip with that line.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const CHROMIUM = '/usr/bin/chromium';
export const EXIT_CANNOT_START = 77;
export const TIMEOUT_MS = 20000;

/* cleanup runs before the exit when Chromium cannot start. */
export async function launchChromium(profile, cleanup = () => {}) {
  if (!fs.existsSync(CHROMIUM)) {
    console.log(`${CHROMIUM} is not installed (Debian package chromium)`);
    cleanup();
    process.exit(EXIT_CANNOT_START);
  }
  const { chromium } = await import(path.join(ROOT, 'node_modules/playwright-core/index.mjs'));
  try {
    return await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: 900, height: 600 },
      timeout: TIMEOUT_MS,
    });
  } catch (e) {
    console.log(`Chromium cannot start here: ${e.message.split('\n')[0]}`);
    cleanup();
    process.exit(EXIT_CANNOT_START);
  }
}
