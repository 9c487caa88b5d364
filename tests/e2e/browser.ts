import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/** Debian's Chromium (`apt-get install -y chromium`), the browser CI installs. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** CI, or REQUIRE_BROWSER=1: a missing Chromium fails the run instead of skipping the browser tests. */
export function browserRequired(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.REQUIRE_BROWSER === '1' || (env.CI !== undefined && env.CI !== '' && env.CI !== 'false');
}

/**
 * Why the browser tests skip (one line: the reason and how to enable them), or null when they run.
 * Throws when the browser is required but missing.
 */
export function browserSkipReason(
  found: boolean = existsSync(CHROMIUM_PATH),
  env: NodeJS.ProcessEnv = process.env,
): string | null {
  if (found) return null;
  const why = `Chromium not found at ${CHROMIUM_PATH}`;
  if (browserRequired(env)) throw new Error(`${why}, and the browser is required (CI or REQUIRE_BROWSER=1).`);
  return `Browser tests skipped: ${why}. Install it with "apt-get install -y chromium" to run them.`;
}
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: install it with "apt-get install -y chromium".`);
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
