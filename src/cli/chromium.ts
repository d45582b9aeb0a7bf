/**
 * Finds and launches the system Chromium for end-to-end specs, screenshots, benchmarks and audits.
 * Browser downloads are not possible here, so the Debian package (or CHROMIUM_PATH) is used.
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function chromiumPath(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  if (existsSync(DEFAULT_CHROMIUM)) return DEFAULT_CHROMIUM;
  throw new Error(
    `No Chromium found: CHROMIUM_PATH is ${fromEnv ? `set to "${fromEnv}", which does not exist` : 'not set'}, ` +
      `and ${DEFAULT_CHROMIUM} does not exist. Install it with "apt-get install chromium" or set CHROMIUM_PATH.`,
  );
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}
